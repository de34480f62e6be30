/**
 * The rasteriser: turns what the viewport shows into pixels on a canvas,
 * without a permission prompt. It is @zumer/snapdom, chosen by measurement
 * (bench/capture.mjs, docs/benchmarks.md, "Capture"): it clones the DOM with
 * computed styles into an SVG foreignObject and draws that, clipped to the
 * viewport so off-screen subtrees are pruned before any styling work.
 */
import { snapdom } from '@zumer/snapdom';
import { drawCapture, drawsInPage } from './draw-capture.js';
import { edgeBleedFix, nativeTextFields } from './snapdom-fixes.js';

const BACKGROUND = '#ffffff';

/** What to leave out of the picture, and at what resolution. */
export interface RasteriseOptions {
  /** True for an element to leave out (with its subtree); its space stays, empty. */
  exclude: (element: Element) => boolean;
  /** Canvas pixels per CSS pixel. */
  pixelRatio: number;
}

/**
 * Rasterises the visible viewport of the current document onto a canvas of
 * `viewport × pixelRatio` pixels.
 *
 * @example
 * const canvas = await rasteriseViewport({ exclude: (el) => el.localName === 'aftercare-widget', pixelRatio: 1 });
 */
export async function rasteriseViewport(options: RasteriseOptions): Promise<HTMLCanvasElement> {
  const result = await snapdom(document.documentElement, {
    clip: 'viewport',
    dpr: options.pixelRatio,
    scale: 1,
    exclude: options.exclude,
    excludeMode: 'hide',
    backgroundColor: BACKGROUND,
    // Measured: pinning the clone's diverging boxes to the live layout halves the pixels off for ~20 ms.
    reconcile: true,
    // Hand the event loop a turn about every frame, so no task runs long.
    fast: false,
    plugins: [edgeBleedFix({ x: window.scrollX, y: window.scrollY }), nativeTextFields()],
  });
  return drawsInPage() ? drawCapture(result, { pixelRatio: options.pixelRatio, backgroundColor: BACKGROUND }) : result.toCanvas();
}
