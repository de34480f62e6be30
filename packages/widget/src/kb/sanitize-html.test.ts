/**
 * Tests of the article sanitiser: what survives, what is dropped, and that
 * nothing runs or loads while parsing.
 */
import { assert, equal } from '../testing/assert.js';
import { sanitizeHtml } from './sanitize-html.js';

function clean(html: string): string {
  const div = document.createElement('div');
  div.append(sanitizeHtml(html));
  return div.innerHTML;
}

describe('sanitizeHtml', () => {
  const cases: [input: string, expected: string][] = [
    ['<p>Hello <strong>there</strong></p>', '<p>Hello <strong>there</strong></p>'],
    ['<p onclick="steal()" style="color:red" class="x">Hi</p>', '<p>Hi</p>'],
    ['<script>steal()</script><p>ok</p>', '<p>ok</p>'],
    ['<style>*{display:none}</style>text', 'text'],
    ['<a href="javascript:steal()">x</a>', '<a>x</a>'],
    ['<a href="https://help.example.com/a">x</a>', '<a href="https://help.example.com/a" target="_blank" rel="noopener noreferrer">x</a>'],
    ['<a href="mailto:help@example.com">mail</a>', '<a href="mailto:help@example.com" target="_blank" rel="noopener noreferrer">mail</a>'],
    ['<img src="x" onerror="steal()">', ''],
    ['<img src="https://cdn.example.com/a.png" alt="Step 1">', '<img src="https://cdn.example.com/a.png" alt="Step 1">'],
    ['<img src="data:image/png;base64,AAAA">', ''],
    ['<iframe src="https://evil.example"></iframe><form><input></form>after', 'after'],
    ['<svg><script>steal()</script></svg><math></math>x', 'x'],
    ['<h1>Title</h1><h2>Sub</h2>', '<h3>Title</h3><h4>Sub</h4>'],
    ['<custom-thing><em>kept</em></custom-thing>', '<em>kept</em>'],
    ['<table><tr><td colspan="2" onclick="x">a</td></tr></table>', '<table><tbody><tr><td colspan="2">a</td></tr></tbody></table>'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => equal(clean(input), expected, 'sanitised'));
  }

  it('runs nothing and loads nothing while parsing', async () => {
    const w = window as unknown as { stolen?: boolean };
    delete w.stolen;
    const fragment = sanitizeHtml('<img src="https://x.invalid/a.png" onerror="window.stolen=true"><script>window.stolen=true</script>');
    document.body.append(fragment);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert(!w.stolen, 'no handler or script ran');
    for (const img of document.body.querySelectorAll('img[src^="https://x.invalid"]')) img.remove();
  });
});
