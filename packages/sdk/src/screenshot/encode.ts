/**
 * Encodes a captured viewport under the size cap, walking the ladder of
 * {@link encodeSteps}. The encoder is pluggable (tests use a fake); the real
 * one is `canvas.toBlob`, which Chromium runs off the main thread — measured
 * with a long-task observer, it never blocked the page, so a worker with an
 * OffscreenCanvas would add a copy and a thread for nothing.
 */
import { AftercareError } from '../errors.js';
import { encodeSteps, judge, scaledSize, typesToTry, type EncodeStep, type ScreenshotType } from './encode-plan.js';

/** Encodes the source once with a step; resolves with the blob the browser made. */
export type EncodeOnce = (step: EncodeStep, size: { width: number; height: number }) => Promise<Blob>;

/** An encoded screenshot. */
export interface Encoded {
  blob: Blob;
  width: number;
  height: number;
  type: ScreenshotType;
}

/**
 * Walks the ladder until an attempt fits `maxBytes`. Rejects with
 * `screenshot_too_large` when even the smallest attempt does not fit, and with
 * `screenshot_unsupported` when the browser encodes none of the types.
 *
 * @example
 * const encoded = await encodeUnderCap(canvas.width, canvas.height, { type: 'image/webp', maxBytes: 1_500_000 }, canvasEncoder(canvas));
 */
export async function encodeUnderCap(
  width: number,
  height: number,
  options: { type: ScreenshotType; maxBytes: number },
  encodeOnce: EncodeOnce,
): Promise<Encoded> {
  let smallest = Infinity;
  let produced = false;
  types: for (const type of typesToTry(options.type)) {
    for (const step of encodeSteps(type)) {
      const size = scaledSize(width, height, step.scale);
      const blob = await encodeOnce(step, size);
      const decision = judge(step, blob, options.maxBytes);
      if (decision === 'accept') return { blob, ...size, type };
      if (decision === 'next-type') continue types;
      produced = true;
      smallest = Math.min(smallest, blob.size);
    }
    // Every step of a type the browser does encode was too large: another type will not be smaller.
    if (produced) break;
  }
  if (!produced) throw new AftercareError('screenshot_unsupported', 0, 'This browser cannot encode WebP or JPEG images');
  throw new AftercareError(
    'screenshot_too_large',
    0,
    `The screenshot does not fit in ${options.maxBytes} bytes (smallest attempt ${smallest} bytes)`,
    { maxBytes: options.maxBytes, smallestBytes: smallest },
  );
}

/**
 * The canvas encoder: draws the source scaled on a canvas when a step asks
 * for a smaller size, and calls `toBlob` (asynchronous; Chromium encodes on
 * another thread).
 *
 * @example
 * const encodeOnce = canvasEncoder(canvas);
 */
export function canvasEncoder(source: CanvasImageSource & { width: number; height: number }): EncodeOnce {
  return async (step, size) => {
    let target: HTMLCanvasElement;
    if (source instanceof HTMLCanvasElement && size.width === source.width && size.height === source.height) {
      target = source;
    } else {
      target = document.createElement('canvas');
      target.width = size.width;
      target.height = size.height;
      const context = target.getContext('2d');
      if (!context) throw new AftercareError('screenshot_failed', 0, 'No 2D canvas context');
      context.imageSmoothingQuality = 'high';
      context.drawImage(source, 0, 0, size.width, size.height);
    }
    return new Promise<Blob>((resolve, reject) => {
      target.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new AftercareError('screenshot_failed', 0, 'The canvas could not be encoded'))),
        step.type,
        step.quality,
      );
    });
  };
}
