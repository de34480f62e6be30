/**
 * A screenshot under a strict Content-Security-Policy. This file runs in the
 * `csp` group of web-test-runner.config.mjs, whose page carries the policy
 * the docs give for screenshots (`STRICT_CSP`: no inline style or script, no
 * eval, images from the page, `blob:` and `data:`). The page is built through
 * the CSSOM only, as a page under such a policy must be. Every path of the
 * rasteriser that adds inline styles to its copy of the page runs: stand-ins
 * for what is off screen, a canvas, a sticky header and a fixed box, a
 * scrolled container with text, a scrolled flex row, a finished animation,
 * a link, a shadow tree and a masked box. The browser must report no violation, and the
 * picture must be right.
 */
import { assert, assertEqual, describe, it } from '../../test-support/browser-assert.js';
import { countPixels as count, cssRgb as hex } from '../../test-support/pixels.js';
import { createMasker } from '../privacy/mask.js';
import { captureViewport, exclusionRule } from './capture-viewport.js';
import { rasteriseOwn } from './own-rasterise.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

const MAGENTA = [255, 0, 255] as const;
const LIME = [0, 255, 0] as const;
const CYAN = [0, 255, 255] as const;
const ORANGE = [255, 128, 0] as const;

/** An element styled through the CSSOM (allowed under the policy, unlike a `style` attribute). */
function box(tag: string, css: string, ...children: Array<Node | string>): HTMLElement {
  const element = document.createElement(tag);
  element.style.cssText = css;
  element.append(...children);
  return element;
}

describe('a screenshot under a strict CSP', () => {
  it('the policy is in force on this page', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    await settle();
    assert(violations.some((v) => v.startsWith('style-src-attr')), `a style attribute is refused: ${violations.join(', ')}`);
    violations.length = 0;
  });

  it('is drawn by our rasteriser with every inline style it adds, and no violation', async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 50;
    canvas.height = 20;
    canvas.style.cssText = 'display:block;width:200px;height:80px';
    const context = canvas.getContext('2d')!;
    context.fillStyle = hex(LIME);
    context.fillRect(0, 0, 50, 20);
    const scroller = box(
      'div',
      'overflow:auto;height:100px;width:200px',
      box('div', `height:100px;background:${hex(MAGENTA)}`, 'away'),
      box('div', `height:100px;background:${hex(CYAN)}`, 'shown text'),
      box('div', 'height:100px'),
    );
    const row = box(
      'div',
      'display:flex;overflow:auto;scrollbar-width:none;width:100px;height:40px',
      box('div', `flex:none;width:100px;background:${hex(MAGENTA)}`),
      box('div', `flex:none;width:100px;background:${hex(ORANGE)}`),
    );
    const faded = box('div', `opacity:0;width:80px;height:30px;background:${hex(LIME)}`);
    const link = document.createElement('a');
    link.href = '#somewhere';
    link.textContent = 'a link';
    const host = box('div', 'width:60px;height:30px');
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`p { margin: 0; height: 30px; background: ${hex(ORANGE)}; }`);
    shadow.adoptedStyleSheets = [sheet];
    shadow.append(document.createElement('p'));
    const header = box('header', `position:sticky;top:0;height:40px;background:${hex(ORANGE)}`, 'header');
    const fixed = box('div', `position:fixed;right:0;bottom:0;width:60px;height:30px;background:${hex(CYAN)}`);
    // Masked: drawn as an empty box of its size, made from its styling attributes (style included).
    const masked = box('div', `width:70px;height:25px;background:${hex(MAGENTA)}`, 'secret');
    masked.setAttribute('data-aftercare-mask', '');
    const afterMasked = box('div', `width:70px;height:20px;background:${hex(LIME)}`);
    const page = box(
      'main',
      '',
      box('div', 'height:300px'),
      header,
      box('div', 'height:100px'),
      canvas,
      scroller,
      row,
      faded,
      link,
      host,
      masked,
      afterMasked,
      // Far below the viewport: drawn as empty boxes of their size.
      box('div', 'height:3000px', box('span', 'display:inline', 'off screen text'), box('p', '', 'more')),
      fixed,
    );
    document.body.append(page);
    try {
      scroller.scrollTop = 100;
      row.scrollLeft = 100;
      faded.animate([{ opacity: 0 }, { opacity: 1 }], { duration: 1000, fill: 'forwards' }).finish();
      window.scrollTo(0, 350);
      assertEqual(header.getBoundingClientRect().top, 0, 'the header is stuck');
      violations.length = 0;

      const drawn = await rasteriseOwn({ exclude: exclusionRule(createMasker()), pixelRatio: 1, backgroundColor: '#ffffff' });
      const pixels = drawn.getContext('2d')!.getImageData(0, 0, drawn.width, drawn.height);
      await settle();
      assertEqual(violations.join('\n'), '', 'CSP violations');

      const rect = (element: Element) => element.getBoundingClientRect();
      assert(count(pixels, ORANGE, rect(header)) >= rect(header).width * 40 * 0.9, 'the stuck header shows at the top');
      assert(count(pixels, LIME, rect(canvas)) >= 200 * 80 * 0.95, 'the canvas pixels');
      assert(count(pixels, CYAN, rect(scroller)) >= 190 * 100 * 0.8, "the container's scrolled-to child");
      assertEqual(count(pixels, MAGENTA, rect(scroller)), 0, 'not the child scrolled away');
      assert(count(pixels, ORANGE, rect(row)) >= 100 * 40 * 0.9, "the row's scrolled-to item");
      assert(count(pixels, LIME, rect(faded)) >= 80 * 30 * 0.95, 'the finished fade-in');
      assert(count(pixels, ORANGE, rect(host)) >= 60 * 30 * 0.95, 'the shadow content');
      assert(count(pixels, CYAN, rect(fixed)) >= 60 * 30 * 0.95, 'the fixed box');
      assertEqual(count(pixels, MAGENTA, rect(masked)), 0, 'nothing of the masked box');
      assert(count(pixels, LIME, rect(afterMasked)) >= 70 * 20 * 0.95, 'what follows the masked box keeps its place');

      const shot = await captureViewport();
      await settle();
      assertEqual(shot.rasteriser, { rasteriser: 'own' }, 'drawn by our rasteriser');
      assert(shot.blob.size > 0, 'an image');
      assertEqual(violations.join('\n'), '', 'CSP violations of the whole capture');
    } finally {
      page.remove();
      window.scrollTo(0, 0);
    }
  });
});
