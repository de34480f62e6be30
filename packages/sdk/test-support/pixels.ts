/**
 * Pixel checks for the screenshot's browser tests: each test draws elements
 * in a distinctive colour and counts where that colour shows.
 */

/** RGBA pixels, as `ImageData` has them. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A rectangle in CSS px (= image px at a pixel ratio of 1), as `getBoundingClientRect()` gives. */
export interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Pixels within `tolerance` (per channel) of `colour`, inside `area` or the whole image.
 *
 * @example
 * assert(countPixels(pixels, [0, 255, 0], element.getBoundingClientRect()) > 0, 'the element shows');
 */
export function countPixels(pixels: Pixels, colour: readonly number[], area?: Area, tolerance = 40): number {
  const left = area ? Math.max(0, Math.floor(area.left)) : 0;
  const top = area ? Math.max(0, Math.floor(area.top)) : 0;
  const right = area ? Math.min(pixels.width, Math.ceil(area.right)) : pixels.width;
  const bottom = area ? Math.min(pixels.height, Math.ceil(area.bottom)) : pixels.height;
  let found = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const i = (y * pixels.width + x) * 4;
      if (colour.every((c, k) => Math.abs(pixels.data[i + k]! - c) <= tolerance)) found++;
    }
  }
  return found;
}

/**
 * A colour as CSS.
 *
 * @example
 * element.style.background = cssRgb([255, 0, 255]); // 'rgb(255,0,255)'
 */
export const cssRgb = (rgb: readonly number[]): string => `rgb(${rgb.join(',')})`;
