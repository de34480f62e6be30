/**
 * A page with hostile global CSS: rules that would wreck a widget living in
 * the page's DOM, and `!important` on the widget element itself, whose
 * inherited values reach into a shadow root. The widget must look as
 * designed anyway; and its own styles must not reach the page.
 * A file of its own: the page's stylesheet stays for every test in it.
 */
import { equal } from './testing/assert.js';
import { mount, part, unmountAll } from './testing/fixture.js';

const HOSTILE = `
  :root { font-size: 5px !important; }
  *, *::before, *::after {
    color: rgb(255, 0, 0) !important;
    font-family: 'Comic Sans MS', cursive !important;
    font-size: 40px !important;
    font-style: italic !important;
    letter-spacing: 6px !important;
    line-height: 4 !important;
    text-transform: uppercase !important;
    text-align: right !important;
    text-shadow: 2px 2px red !important;
    white-space: pre !important;
    visibility: visible;
    cursor: wait !important;
    box-sizing: content-box !important;
  }
  aftercare-widget {
    direction: rtl !important;
    pointer-events: none !important;
    -webkit-text-fill-color: red !important;
    word-spacing: 30px !important;
    visibility: hidden !important;
  }
  button, dialog, textarea, input, h2, p, label, legend, fieldset, form, div {
    display: none !important;
    all: unset !important;
    background: red !important;
    border: 10px solid red !important;
    margin: 50px !important;
  }
  dialog::backdrop { background: red !important; }
`;

/** A page control with the same tag and class names the widget uses inside. */
function pageControls(): HTMLElement {
  const box = document.createElement('section');
  box.innerHTML = '<button class="launcher" part="launcher">Page button</button><h2 id="title">Page title</h2><p class="hint">Page hint</p>';
  return box;
}

describe('a page with hostile global CSS', () => {
  afterEach(unmountAll);

  it('does not reach into the widget', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HOSTILE);
    document.adoptedStyleSheets = [sheet];
    const widget = await mount();
    const launcher = part(widget, '[part~="launcher"]');
    const style = getComputedStyle(launcher);
    equal(style.display, 'block', 'launcher display (fixed, so blockified)');
    equal(style.visibility, 'visible', 'launcher visibility');
    equal(style.pointerEvents, 'auto', 'launcher pointer events');
    equal(style.color, 'rgb(255, 255, 255)', 'launcher text colour');
    equal(style.backgroundColor, 'rgb(48, 80, 216)', 'launcher background');
    equal(style.fontSize, '15px', 'launcher font size');
    equal(style.letterSpacing, 'normal', 'letter spacing');
    equal(style.textTransform, 'none', 'text transform');
    equal(style.direction, 'ltr', 'direction');
    equal(style.getPropertyValue('-webkit-text-fill-color'), 'rgb(255, 255, 255)', 'text fill colour');
    equal(style.fontFamily.includes('Comic Sans'), false, 'font family');

    await widget.open();
    const dialog = part<HTMLDialogElement>(widget, 'dialog');
    equal(getComputedStyle(dialog).display, 'flex', 'dialog display');
    equal(getComputedStyle(dialog).visibility, 'visible', 'dialog visibility');
    const title = getComputedStyle(part(widget, '#title'));
    equal(`${title.color} ${title.fontSize} ${title.fontStyle} ${title.textAlign} ${title.whiteSpace} ${title.lineHeight}`, 'rgb(29, 35, 48) 18px normal start normal 23.4px', 'dialog title');
    const textarea = part(widget, '#message');
    equal(getComputedStyle(textarea).display, 'inline-block', 'textarea shown');
    equal(textarea.getBoundingClientRect().height > 60, true, 'textarea has its size');
    // It works: a click lands on the launcher despite pointer-events: none on the host.
    widget.close();
    const box = launcher.getBoundingClientRect();
    equal(widget.shadowRoot?.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2), launcher as Element, 'launcher is hit-testable');
    document.adoptedStyleSheets = [];
  });

  it('keeps its own styles to itself', async () => {
    const page = pageControls();
    document.body.append(page);
    const before = [...page.children].map((el) => getComputedStyle(el).cssText || JSON.stringify([getComputedStyle(el).color, getComputedStyle(el).position, getComputedStyle(el).font, getComputedStyle(el).backgroundColor]));
    const widget = await mount({ theme: 'dark' });
    await widget.open();
    const after = [...page.children].map((el) => getComputedStyle(el).cssText || JSON.stringify([getComputedStyle(el).color, getComputedStyle(el).position, getComputedStyle(el).font, getComputedStyle(el).backgroundColor]));
    equal(JSON.stringify(after), JSON.stringify(before), 'page elements named like the widget’s are unchanged');
    equal(getComputedStyle(page.querySelector('.launcher')!).position, 'static', 'the page’s .launcher is not fixed');
    equal(document.querySelectorAll('style').length, 0, 'no <style> element added to the page');
    page.remove();
  });
});
