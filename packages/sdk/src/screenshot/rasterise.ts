/**
 * The rasteriser: turns what the viewport shows into pixels on a canvas,
 * without a permission prompt. Two of them, chosen per capture by
 * {@link chooseRasteriser}:
 *
 * - our own stylesheet-copy rasteriser (own-rasterise.ts), in Chromium when
 *   every stylesheet of the page can be read (or fetched again with CORS)
 *   and nothing is in the top layer:
 *   it clones the DOM as it is and copies the page's CSS beside it, reading
 *   computed styles only for shadow content;
 * - @zumer/snapdom everywhere else: it clones the DOM with computed styles
 *   into an SVG foreignObject, clipped to the viewport so off-screen subtrees
 *   are pruned before any styling work. It is also the fallback when ours
 *   fails on a page.
 *
 * Both are measured by bench/capture.mjs (docs/benchmarks.md, "Capture").
 */
import { snapdom } from '@zumer/snapdom';
import { drawCapture, drawsInPage } from './draw-capture.js';
import { openShadowRoots } from './mask-boxes.js';
import { rasteriseOwn } from './own-rasterise.js';
import { isReadable, pageSheets, type SheetCopies } from './page-css.js';
import { copyUnreadableSheets } from './sheet-copies.js';
import { edgeBleedFix, nativeTextFields } from './snapdom-fixes.js';

const BACKGROUND = '#ffffff';

/** What to leave out of the picture, and at what resolution. */
export interface RasteriseOptions {
  /** True for an element to leave out (with its subtree); its space stays, empty. */
  exclude: (element: Element) => boolean;
  /** Canvas pixels per CSS pixel. */
  pixelRatio: number;
}

/** Which rasteriser a capture of the page uses, and why not ours when it is snapdom. */
export type RasteriserChoice = { rasteriser: 'own' } | { rasteriser: 'snapdom'; reason: string };

/** A rasterised viewport, and which rasteriser drew it (snapdom with the reason when it was not ours). */
export type Rasterised = RasteriserChoice & { canvas: HTMLCanvasElement };

/**
 * Which rasteriser suits the current page: ours in Chromium-based browsers
 * (where it was measured), unless a cross-origin stylesheet's rules can be
 * neither read nor fetched again with CORS (ours copies rules, snapdom reads
 * computed styles) or an element that `exclude` does not leave out is in the
 * top layer (a modal dialog or an open popover: its placement there is not
 * something a clone keeps).
 *
 * @example
 * await chooseRasteriser(); // { rasteriser: 'snapdom', reason: 'a cross-origin stylesheet cannot be read, nor fetched with CORS' }
 */
export async function chooseRasteriser(exclude: (element: Element) => boolean = () => false): Promise<RasteriserChoice> {
  const { copies: _copies, ...choice } = await choose(exclude);
  return choice;
}

async function choose(exclude: (element: Element) => boolean): Promise<RasteriserChoice & { copies?: SheetCopies }> {
  if (!drawsInPage()) return { rasteriser: 'snapdom', reason: 'not a Chromium-based browser' };
  if (hasTopLayer(exclude)) return { rasteriser: 'snapdom', reason: 'a modal dialog or popover is open' };
  if (pageSheets(document).every(isReadable)) return { rasteriser: 'own' };
  const copies = await copyUnreadableSheets(document);
  if (!copies) return { rasteriser: 'snapdom', reason: 'a cross-origin stylesheet cannot be read, nor fetched with CORS' };
  return { rasteriser: 'own', copies };
}

/**
 * Rasterises the visible viewport of the current document onto a canvas of
 * `viewport × pixelRatio` pixels, with the rasteriser {@link chooseRasteriser}
 * picks; with snapdom when ours fails (the error is the reason given).
 *
 * @example
 * const { canvas, rasteriser } = await rasteriseViewport({ exclude: (el) => el.localName === 'aftercare-widget', pixelRatio: 1 });
 */
export async function rasteriseViewport(options: RasteriseOptions): Promise<Rasterised> {
  const { copies, ...choice } = await choose(options.exclude);
  if (choice.rasteriser === 'snapdom') return { ...choice, canvas: await rasteriseWithSnapdom(options) };
  try {
    return { rasteriser: 'own', canvas: await rasteriseOwn({ ...options, backgroundColor: BACKGROUND, copies }) };
  } catch (error) {
    // An unforeseen page (or a stylesheet that became unreadable meanwhile): snapdom can still take the picture.
    return { rasteriser: 'snapdom', reason: `own rasteriser failed: ${String(error)}`, canvas: await rasteriseWithSnapdom(options) };
  }
}

/**
 * Rasterises with snapdom, whatever the page: the fallback of {@link rasteriseViewport}.
 *
 * @example
 * const canvas = await rasteriseWithSnapdom({ exclude: () => false, pixelRatio: 1 });
 */
export async function rasteriseWithSnapdom(options: RasteriseOptions): Promise<HTMLCanvasElement> {
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

/** True when an element that is not left out is in the top layer: a modal dialog or an open popover, in the page or in an open shadow tree. */
function hasTopLayer(exclude: (element: Element) => boolean): boolean {
  try {
    for (const root of [document, ...openShadowRoots(document)]) {
      for (const element of root.querySelectorAll(':modal, :popover-open')) if (!leftOut(element, exclude)) return true;
    }
    return false;
  } catch {
    // A browser without these pseudo-classes has no top layer to worry about.
    return false;
  }
}

function leftOut(element: Element, exclude: (element: Element) => boolean): boolean {
  for (let current: Element | null = element; current; ) {
    if (exclude(current)) return true;
    const root = current.getRootNode();
    current = current.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return false;
}
