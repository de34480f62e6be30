/**
 * `drawCapture` in Chromium: it draws the same pixels as snapdom's own
 * `toCanvas()`, and a capture drawn with it adds no frame to the page (the
 * decode iframe that `toCanvas()` makes on first use is what it avoids).
 */
import { snapdom } from '@zumer/snapdom';
import { afterEach, assert, assertEqual, describe, it } from '../../test-support/browser-assert.js';
import { drawCapture, drawsInPage } from './draw-capture.js';
import { rasteriseViewport } from './rasterise.js';

afterEach(() => {
  document.body.innerHTML = '';
});

const PAGE = `
  <div style="margin:12px;padding:10px 14px;width:260px;border-radius:10px;background:linear-gradient(#fdfdff,#eef2fb);box-shadow:0 2px 6px rgb(0 0 0 / .3);font:16px/1.4 sans-serif;color:#243b6b">
    <h3 style="margin:0 0 6px">Orders</h3><p style="margin:0">refund <b>pending</b> <code>#42</code></p>
    <button type="button" style="margin-top:8px;border:0;border-radius:6px;padding:4px 10px;background:#2f62d6;color:#fff">Export</button>
  </div>
  <div style="width:120px;height:40px;margin:12px;background:rgb(255,0,255)"></div>`;

function pixelsOf(canvas: HTMLCanvasElement): Uint8ClampedArray {
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
}

describe('drawCapture', () => {
  it('is used in Chromium, and a capture then adds no frame to the page', async () => {
    assert(drawsInPage(), 'Chromium draws in the page');
    document.body.innerHTML = PAGE;
    const added: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node.nodeName === 'IFRAME') added.push(node);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    const { canvas } = await rasteriseViewport({ exclude: () => false, pixelRatio: 1 });
    await Promise.resolve();
    observer.disconnect();
    assertEqual(added.length, 0, 'no iframe added while capturing');
    assertEqual([canvas.width, canvas.height], [document.documentElement.clientWidth, document.documentElement.clientHeight]);
    assertEqual(document.querySelectorAll('iframe').length, 0, 'no iframe left behind');
  });

  it("draws the same pixels as snapdom's toCanvas, at the asked pixel ratio", async () => {
    document.body.innerHTML = PAGE;
    for (const pixelRatio of [1, 2]) {
      const result = await snapdom(document.documentElement, { clip: 'viewport', dpr: pixelRatio, backgroundColor: '#ffffff' });
      const ours = await drawCapture(result, { pixelRatio, backgroundColor: '#ffffff' });
      const theirs = await result.toCanvas();
      assertEqual([ours.width, ours.height], [theirs.width, theirs.height], `same size at ${pixelRatio}x`);
      assertEqual(ours.width, document.documentElement.clientWidth * pixelRatio);
      const a = pixelsOf(ours);
      const b = pixelsOf(theirs);
      let differing = 0;
      let magenta = 0;
      for (let i = 0; i < a.length; i += 4) {
        if (Math.abs(a[i]! - b[i]!) > 2 || Math.abs(a[i + 1]! - b[i + 1]!) > 2 || Math.abs(a[i + 2]! - b[i + 2]!) > 2) differing++;
        if (a[i] === 255 && a[i + 1] === 0 && a[i + 2] === 255) magenta++;
      }
      assertEqual(differing, 0, `no pixel differs at ${pixelRatio}x`);
      assert(magenta > 120 * 40 * pixelRatio * pixelRatio * 0.9, `the page is drawn at ${pixelRatio}x (${magenta} magenta pixels)`);
    }
  });

  it('fills transparent parts with the background colour', async () => {
    document.body.innerHTML = '';
    document.documentElement.style.background = 'transparent';
    try {
      const result = await snapdom(document.documentElement, { clip: 'viewport', dpr: 1 });
      const canvas = await drawCapture(result, { pixelRatio: 1, backgroundColor: 'rgb(0, 255, 0)' });
      assertEqual([...pixelsOf(canvas).slice(0, 4)], [0, 255, 0, 255]);
    } finally {
      document.documentElement.style.removeProperty('background');
    }
  });
});
