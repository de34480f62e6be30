/**
 * The stylesheet-copy rasteriser, used in Chromium when the page allows it
 * (`chooseRasteriser` in rasterise.ts): the page's DOM cloned as it is
 * (viewport-clone.ts) with the page's own stylesheets copied beside it
 * (page-css.ts), in one SVG image (viewport-svg.ts) drawn onto a canvas.
 * Unlike snapdom it reads no computed style for light-DOM content, which is
 * what made snapdom's first capture in a page slow (docs/benchmarks.md,
 * "Capture").
 */
import type { SheetCopies } from './page-css.js';
import { nextTask } from './next-task.js';
import { viewportSvg } from './viewport-svg.js';

/** What to leave out, at what resolution, over what colour. */
export interface OwnRasteriseOptions {
  exclude: (element: Element) => boolean;
  pixelRatio: number;
  backgroundColor: string;
  /** Stand-ins for the page's unreadable stylesheets (sheet-copies.ts). */
  copies?: SheetCopies;
}

/**
 * Rasterises the visible viewport of the current document onto a canvas of
 * `viewport × pixelRatio` pixels. Throws `UnreadableStylesheet` (page-css.ts)
 * when a stylesheet cannot be read, and the image's decoding error when the
 * clone is not well-formed.
 *
 * @example
 * const canvas = await rasteriseOwn({ exclude: () => false, pixelRatio: 1, backgroundColor: '#fff' });
 */
export async function rasteriseOwn(options: OwnRasteriseOptions): Promise<HTMLCanvasElement> {
  const { svg, width, height, background, fonts } = await viewportSvg(options.exclude, options.copies);
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  // Chromium loads a data: image at once, and decoding it lays the clone out: give that a task of its own.
  await nextTask();
  const image = new Image();
  image.src = url;
  await image.decode();
  // Fonts embedded in an SVG image are not ready when it decodes in Chromium: give them one task.
  if (fonts) await nextTask();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * options.pixelRatio));
  canvas.height = Math.max(1, Math.round(height * options.pixelRatio));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas context');
  for (const colour of [options.backgroundColor, background]) {
    if (!colour) continue;
    context.fillStyle = colour;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}
