/**
 * Paints the annotations into the screenshot's pixels, so what the server
 * receives is the annotated image itself: under a redaction there is nothing
 * but black. Redactions are painted last and on whole pixels, so no highlight
 * and no anti-aliased edge shows through them. The result is a PNG (lossless,
 * so black stays black); when that is over the size limit, WebP and then a
 * smaller image are tried.
 */
import type { Annotation } from './annotations.js';

/** The highlight colour: strong on light and dark pages alike. */
export const HIGHLIGHT_COLOUR = '#ffb000';

/**
 * Draws an image and its annotations onto a 2D context, at `scale` (display
 * size / image size). Used for the editor's view and for the final image.
 *
 * @example
 * paint(ctx, bitmap, annotations, 0.5);
 */
export function paint(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  image: CanvasImageSource & { width: number; height: number },
  annotations: readonly Annotation[],
  scale: number,
): void {
  ctx.drawImage(image, 0, 0, image.width * scale, image.height * scale);
  const line = Math.max(2, Math.round(Math.max(image.width, image.height) / 400)) * scale;
  ctx.lineWidth = line;
  ctx.strokeStyle = HIGHLIGHT_COLOUR;
  for (const a of annotations) {
    if (a.tool === 'highlight') ctx.strokeRect(a.x * scale + line / 2, a.y * scale + line / 2, a.w * scale - line, a.h * scale - line);
  }
  ctx.fillStyle = '#000000';
  for (const a of annotations) {
    if (a.tool !== 'redact') continue;
    // Whole pixels outward: the edge is black too, not a blend with what is under it.
    const x0 = Math.floor(a.x * scale);
    const y0 = Math.floor(a.y * scale);
    ctx.fillRect(x0, y0, Math.ceil((a.x + a.w) * scale) - x0, Math.ceil((a.y + a.h) * scale) - y0);
  }
}

function encode(canvas: OffscreenCanvas, type: string, quality?: number): Promise<Blob> {
  return canvas.convertToBlob(quality === undefined ? { type } : { type, quality });
}

/**
 * The screenshot with its annotations painted in, within `maxBytes`.
 *
 * @example
 * const blob = await burnIn(screenshot, annotations, { maxBytes: LIMITS.screenshotBytes });
 */
export async function burnIn(image: Blob, annotations: readonly Annotation[], options: { maxBytes: number }): Promise<Blob> {
  const bitmap = await createImageBitmap(image);
  try {
    for (let scale = 1; scale > 0.2; scale *= 0.7) {
      const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas');
      paint(ctx, bitmap, annotations, scale);
      const png = await encode(canvas, 'image/png');
      if (png.size <= options.maxBytes) return png;
      const webp = await encode(canvas, 'image/webp', 0.85);
      if (webp.type === 'image/webp' && webp.size <= options.maxBytes) return webp;
    }
    throw new Error('the screenshot does not fit the size limit');
  } finally {
    bitmap.close();
  }
}
