/**
 * The masking rule and element descriptions on real DOM, shadow roots included.
 */
import { afterEach, assert, assertEqual, describe, it } from '../../test-support/browser-assert.js';
import { accessibleName, looksGenerated, stableSelector } from '../collectors/describe-element.js';
import { createMasker, isMasked } from './mask.js';

afterEach(() => {
  document.body.innerHTML = '';
});

function html(markup: string): void {
  document.body.innerHTML = markup;
}
const $ = (selector: string) => document.querySelector(selector)!;

describe('isMasked', () => {
  it('masks the attribute, its descendants, password and card inputs, and configured selectors', () => {
    html(`
      <section data-aftercare-mask><p id="inside">secret <b id="deep">text</b></p></section>
      <input id="pw" type="PASSWORD"><input id="cc" autocomplete="cc-number"><input id="plain">
      <div class="ssn"><span id="ssn-child">123</span></div>
      <p id="visible">hello</p>`);
    const cases: Array<[string, boolean]> = [
      ['section', true],
      ['#inside', true],
      ['#deep', true],
      ['#pw', true],
      ['#cc', true],
      ['#plain', false],
      ['#ssn-child', false],
      ['#visible', false],
    ];
    for (const [selector, expected] of cases) assertEqual(isMasked($(selector)), expected, `isMasked(${selector})`);
    assert(isMasked($('#ssn-child'), ['.ssn']), 'configured selector masks descendants');
    assert(isMasked($('#deep').firstChild!), 'a text node inside a masked element is masked');
  });

  it('sees through shadow roots', () => {
    html('<div data-aftercare-mask id="host"></div><div id="open-host"></div>');
    const masked = $('#host').attachShadow({ mode: 'open' });
    masked.innerHTML = '<button>inside a masked host</button>';
    const open = $('#open-host').attachShadow({ mode: 'open' });
    open.innerHTML = '<button>free</button><span data-aftercare-mask><i>hidden</i></span>';
    assert(isMasked(masked.querySelector('button')!), 'masked host masks its shadow tree');
    assert(!isMasked(open.querySelector('button')!), 'unmasked shadow content');
    assert(isMasked(open.querySelector('i')!), 'mask inside a shadow tree');
  });

  it('fails loudly on an invalid selector', () => {
    let thrown: unknown;
    try {
      createMasker({ selectors: ['!invalid'] });
    } catch (error) {
      thrown = error;
    }
    assert(thrown instanceof DOMException && thrown.name === 'SyntaxError', 'SyntaxError');
  });
});

describe('stableSelector and accessibleName', () => {
  it('builds short selectors from stable ids, test ids, names and classes', () => {
    html(`
      <main id="app"><ul class="list"><li class="row"><a class="link" href="#">Open</a></li></ul></main>
      <div class="css-1x2y3z"><button data-testid="save-btn">Save</button></div>
      <form><input name="q"></form>
      <div id="r123456"><span class="a b c">x</span></div>`);
    assertEqual(stableSelector($('a.link')), 'ul.list > li.row > a.link');
    assertEqual(stableSelector($('li.row')), 'main#app > ul.list > li.row');
    assertEqual(stableSelector($('[data-testid]')), 'button[data-testid="save-btn"]');
    assertEqual(stableSelector($('input')), 'input[name="q"]');
    assertEqual(stableSelector($('span.a')), 'body > div > span.a.b');
  });

  it('computes a short accessible name without field values', () => {
    html(`
      <button aria-label="Close dialog">×</button>
      <span id="l1">Delete</span><span id="l2">account</span><button aria-labelledby="l1 l2">x</button>
      <label>Card holder <input id="holder" value="Ann Example"></label>
      <img alt="Company logo" src="data:,">
      <input type="submit" value="Send">
      <textarea id="t">private words</textarea>
      <a id="long" href="#">${'word '.repeat(40)}</a>`);
    assertEqual(accessibleName($('button[aria-label]')), 'Close dialog');
    assertEqual(accessibleName($('button[aria-labelledby]')), 'Delete account');
    assertEqual(accessibleName($('#holder')), 'Card holder');
    assertEqual(accessibleName($('img')), 'Company logo');
    assertEqual(accessibleName($('input[type=submit]')), 'Send');
    assertEqual(accessibleName($('#t')), undefined);
    assertEqual(accessibleName($('#long'))!.length, 80);
  });

  it('tells generated tokens from stable ones', () => {
    const cases: Array<[string, boolean]> = [
      ['save', false],
      ['checkout-form', false],
      ['css-1x2y3z', true],
      [':r1a:', true],
      ['ember123', true],
      ['a1b2c3d4', true],
      ['Button_root__x7Yq2', true],
    ];
    for (const [token, expected] of cases) assertEqual(looksGenerated(token), expected, token);
  });
});
