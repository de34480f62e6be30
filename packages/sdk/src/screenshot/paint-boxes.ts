/**
 * Painting masked areas over a captured canvas: solid boxes, before any
 * encoding, so no original pixel under a mask leaves the page.
 */
import { AftercareError } from '../errors.js';
import type { Box } from './mask-boxes.js';

/** Colour of the boxes painted over masked elements. */
export const MASK_COLOUR = '#1f2937';

/**
 * Paints solid boxes (CSS pixels, scaled by `ratio`) over a canvas, rounded
 * outwards to whole pixels so no partly covered pixel keeps original colour.
 *
 * @example
 * paintBoxes(canvas, [{ x: 10, y: 10, width: 100, height: 20 }], 1);
 */
export function paintBoxes(canvas: HTMLCanvasElement, boxes: readonly Box[], ratio: number): void {
  if (boxes.length === 0) return;
  const context = canvas.getContext('2d');
  if (!context) throw new AftercareError('screenshot_failed', 0, 'No 2D canvas context');
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.globalAlpha = 1;
  context.globalCompositeOperation = 'source-over';
  context.fillStyle = MASK_COLOUR;
  for (const box of boxes) {
    const x = Math.floor(box.x * ratio);
    const y = Math.floor(box.y * ratio);
    context.fillRect(x, y, Math.ceil((box.x + box.width) * ratio) - x, Math.ceil((box.y + box.height) * ratio) - y);
  }
  context.restore();
}
