/**
 * Draws a snapdom capture (an SVG image of the styled clone) onto a canvas.
 *
 * snapdom's own `toCanvas()` decodes the SVG in a hidden iframe that it adds
 * to the page on its first use; in a page's first capture, making that frame
 * (a new document and script context, then a relayout of the host page) was
 * measured at about 15 ms of the 5k-element bench (bench/capture.mjs). Here
 * the image is decoded by `toSvg()`, snapdom's exporter to an `<img>` of this
 * document, and drawn the way `toCanvas()` draws it. Only where that was
 * measured (Chromium); other browsers keep `toCanvas()`, which carries
 * snapdom's workarounds for WebKit.
 */
import type { CaptureResult } from '@zumer/snapdom';
import { nextTask } from './next-task.js';

/** How to draw: canvas pixels per CSS pixel, and the colour under transparent parts. */
export interface DrawOptions {
  pixelRatio: number;
  backgroundColor: string;
}

/**
 * True where {@link drawCapture} decodes in the page: Chromium-based
 * browsers, whose user agent names Chrome or Chromium (HeadlessChrome too;
 * Chrome on iOS is WebKit and says `CriOS`). Not `navigator.userAgentData`:
 * it is missing on plain-http pages.
 *
 * @example
 * const canvas = drawsInPage() ? await drawCapture(result, options) : await result.toCanvas();
 */
export function drawsInPage(): boolean {
  return typeof navigator !== 'undefined' && /Chrom(?:e|ium)\//.test(navigator.userAgent);
}

/**
 * Decodes the capture's SVG in this document and draws it, over
 * `backgroundColor`, on a new canvas of the capture's size × `pixelRatio`.
 *
 * @example
 * const result = await snapdom(document.documentElement, { clip: 'viewport' });
 * const canvas = await drawCapture(result, { pixelRatio: 1, backgroundColor: '#ffffff' });
 */
export async function drawCapture(result: CaptureResult, options: DrawOptions): Promise<HTMLCanvasElement> {
  const image = await result.toSvg();
  // Fonts embedded in an SVG image are not ready when it decodes in Chromium: snapdom gives them one task too.
  if (/(?:%40|@)font-face/i.test(result.url)) await nextTask();
  const { vbW, vbH } = result.meta;
  const width = Number.isFinite(vbW) ? vbW : image.naturalWidth;
  const height = Number.isFinite(vbH) ? vbH : image.naturalHeight;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * options.pixelRatio));
  canvas.height = Math.max(1, Math.round(height * options.pixelRatio));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas context');
  context.fillStyle = options.backgroundColor;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}
