/**
 * `captureViewport`: a picture of what the reporter sees, taken inside the
 * page (no permission prompt), with the masked parts painted over before any
 * encoding and the widget's own UI left out, encoded as WebP (JPEG where the
 * browser cannot) under a size cap. The pixels come from one of two
 * rasterisers (rasterise.ts: our own stylesheet copy where it can copy the
 * page, snapdom elsewhere). `prepareCapture` does the expensive first pass
 * ahead of time, in idle moments, so the capture itself is quick.
 */
import { AftercareError } from '../errors.js';
import { createMasker, type Masker } from '../privacy/mask.js';
import { DEFAULT_MAX_BYTES, type ScreenshotType } from './encode-plan.js';
import { encodeUnderCap, canvasEncoder } from './encode.js';
import { findMaskedElements, maskBoxes } from './mask-boxes.js';
import { paintBoxes } from './paint-boxes.js';
import { rasteriseViewport, type Rasterised, type RasteriserChoice } from './rasterise.js';

/** The tag of the Aftercare widget, always left out of screenshots. */
export const WIDGET_TAG = 'aftercare-widget';

/** What to mask and what to leave out; shared by {@link captureViewport} and {@link prepareCapture}. */
export interface CaptureScope {
  /** Selectors masked in addition to the SDK's default masking rule (`data-aftercare-mask`, password and card inputs). */
  maskSelectors?: string[];
  /** Elements to leave out of the picture, besides every `<aftercare-widget>`. */
  exclude?: Element[];
}

/** Options of {@link captureViewport}. */
export interface CaptureViewportOptions extends CaptureScope {
  /** Largest encoded size in bytes. Default 1.5 MB. */
  maxBytes?: number;
  /** Preferred type. Default WebP; JPEG when the browser cannot encode WebP. */
  type?: ScreenshotType;
}

/** A captured, masked and encoded viewport. */
export interface ViewportScreenshot {
  blob: Blob;
  /** Size of the encoded image in pixels. */
  width: number;
  height: number;
  /** The type actually encoded: `image/webp` or `image/jpeg`. */
  type: string;
  /** Wall-clock time of the whole capture, in ms. */
  durationMs: number;
  /** Which rasteriser drew it: `own` (the stylesheet copy) or `snapdom`, with the reason ours was not used. */
  rasteriser: RasteriserChoice;
}

let preparing: Promise<void> | undefined;

/**
 * Captures the visible viewport of the page. Rejects with an `AftercareError`:
 * `screenshot_unsupported` outside a browser or without WebP and JPEG
 * encoding, `screenshot_too_large` when even the smallest attempt exceeds
 * `maxBytes`, `screenshot_failed` when the page cannot be rasterised. An
 * invalid mask selector throws its `SyntaxError` at once, as the SDK's
 * masking rule always does.
 *
 * @example
 * const { captureViewport } = await import('@aftercare/sdk/screenshot');
 * const shot = await captureViewport({ maskSelectors: ['.iban'], exclude: [myPanel] });
 * await aftercare.report({ kind: 'bug', message }, { screenshot: shot.blob });
 */
export async function captureViewport(options: CaptureViewportOptions = {}): Promise<ViewportScreenshot> {
  const started = performance.now();
  requireBrowser();
  // A preparation under way is warming the same caches: let it finish rather than compete with it.
  if (preparing) await preparing;
  const masker = createMasker({ selectors: options.maskSelectors ?? [] });
  const viewport = viewportSize();
  const boxes = maskBoxes(findMaskedElements(document, masker), viewport);

  let rasterised: Rasterised;
  try {
    rasterised = await rasteriseViewport({ exclude: exclusionRule(masker, options.exclude), pixelRatio: 1 });
  } catch (cause) {
    throw new AftercareError('screenshot_failed', 0, `The page could not be captured: ${String(cause)}`);
  }
  const { canvas, ...rasteriser } = rasterised;
  // The page may have scrolled or changed while the capture yielded: cover where masked content is now too.
  boxes.push(...maskBoxes(findMaskedElements(document, masker), viewport));
  paintBoxes(canvas, boxes, canvas.width / viewport.width);

  const encoded = await encodeUnderCap(
    canvas.width,
    canvas.height,
    { type: options.type ?? 'image/webp', maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES },
    canvasEncoder(canvas),
  );
  return { ...encoded, durationMs: performance.now() - started, rasteriser };
}

/**
 * Does the expensive part of a first capture ahead of time, when the browser
 * is idle: a capture that is thrown away, which compiles the capture code,
 * fetches the page's images and fonts as data URLs and (with snapdom, the
 * fallback rasteriser) learns the page's default and computed styles, so the
 * `captureViewport()` that follows is quicker (see docs/benchmarks.md,
 * "Capture"). Call it when a screenshot becomes likely, e.g. when the report
 * dialog opens. Never rejects; resolves when done. Calling it
 * again while it runs returns the same promise.
 *
 * @example
 * const screenshots = await import('@aftercare/sdk/screenshot');
 * void screenshots.prepareCapture({ exclude: [dialog] });
 */
export function prepareCapture(scope: CaptureScope = {}): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  preparing ??= whenIdle()
    .then(() => rasteriseViewport({ exclude: exclusionRule(createMasker({ selectors: scope.maskSelectors ?? [] }), scope.exclude), pixelRatio: 1 }))
    .then(
      () => undefined,
      () => undefined,
    )
    .finally(() => {
      preparing = undefined;
    });
  return preparing;
}

/**
 * The one rule for what stays out of the clone: the given elements, every
 * widget, and everything the masking rule matches (so masked content is never
 * even serialised; the painted boxes then cover its place).
 *
 * @example
 * const exclude = exclusionRule(createMasker(), [panel]);
 */
export function exclusionRule(masker: Masker, exclude: readonly Element[] = []): (element: Element) => boolean {
  const left = new Set(exclude);
  return (element) => left.has(element) || element.localName === WIDGET_TAG || element.matches(masker.selector);
}

function viewportSize(): { width: number; height: number } {
  return { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
}

function requireBrowser(): void {
  if (typeof document === 'undefined') throw new AftercareError('screenshot_unsupported', 0, 'captureViewport() needs a browser page');
}

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });
}
