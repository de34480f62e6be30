import { describe, expect, it } from 'vitest';
import { isSafeUrl, markdownToText, renderMarkdown } from './markdown.js';

describe('isSafeUrl', () => {
  it.each([
    ['https://example.com/a?b=c', true],
    ['http://example.com', true],
    ['mailto:help@example.com', true],
    ['/docs/refunds', true],
    ['#steps', true],
    ['refunds?x=a:b', true],
    ['//cdn.example.com/x.png', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['java%0ascript:alert(1)', false],
    ['vbscript:msgbox(1)', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['data:image/png;base64,AAAA', false],
    ['file:///etc/passwd', false],
    ['ftp://example.com', false],
  ])('%j → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});

describe('renderMarkdown', () => {
  it('escapes raw HTML instead of rendering it', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    expect(renderMarkdown('Hi <b onclick="x()">there</b>')).toBe('<p>Hi &lt;b onclick=&quot;x()&quot;&gt;there&lt;/b&gt;</p>\n');
  });

  it('keeps unsafe links and images as text, never as href or src', () => {
    for (const source of ['[x](javascript:alert(1))', '![x](data:image/png;base64,AAAA)', '<javascript:alert(1)>', '[x][r]\n\n[r]: javascript:alert(1)']) {
      expect(renderMarkdown(source)).not.toMatch(/<a |<img /);
    }
  });

  it('marks links noopener noreferrer nofollow, linkified ones too, and escapes attributes', () => {
    expect(renderMarkdown('[Help](https://example.com/help "Say \\"hi\\"")')).toBe(
      '<p><a href="https://example.com/help" title="Say &quot;hi&quot;" rel="noopener noreferrer nofollow">Help</a></p>\n',
    );
    expect(renderMarkdown('See www.example.com')).toBe('<p>See <a href="http://www.example.com" rel="noopener noreferrer nofollow">www.example.com</a></p>\n');
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownToText('## Refunds\n\nOpen **Billing** and [click](https://x.io) `Refund`.\n\n- one\n- two\n\n```\ncode\n```\n\n![a screenshot](https://x.io/a.png)')).toBe(
      'Refunds Open Billing and click Refund. one two code a screenshot',
    );
  });

  it('leaves out tag-like text, so a snippet never looks like HTML', () => {
    expect(markdownToText('Before <script>alert(1)</script> after')).toBe('Before alert(1) after');
    expect(markdownToText('2 < 3 and 4 > 1')).toBe('2 < 3 and 4 > 1');
  });
});
