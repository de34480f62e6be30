import { describe, expect, it } from 'vitest';
import { AftercareError } from '../errors.js';
import type { EncodeStep } from './encode-plan.js';
import { encodeUnderCap, type EncodeOnce } from './encode.js';

/** A fake encoder: the blob's size is `bytesPerPixel × pixels × quality`; `produces` overrides the type made. */
function fakeEncoder(bytesPerPixel: number, produces?: (type: string) => string) {
  const calls: Array<EncodeStep & { width: number; height: number }> = [];
  const encodeOnce: EncodeOnce = async (step, size) => {
    calls.push({ ...step, ...size });
    const bytes = Math.round(size.width * size.height * bytesPerPixel * step.quality);
    return new Blob([new Uint8Array(bytes)], { type: produces ? produces(step.type) : step.type });
  };
  return { encodeOnce, calls };
}

describe('encodeUnderCap', () => {
  it('keeps the first attempt that fits', async () => {
    const { encodeOnce, calls } = fakeEncoder(0.1);
    const encoded = await encodeUnderCap(100, 50, { type: 'image/webp', maxBytes: 1_000 }, encodeOnce);
    expect(encoded).toMatchObject({ type: 'image/webp', width: 100, height: 50 });
    expect(encoded.blob.size).toBe(500);
    expect(calls).toHaveLength(1);
  });

  it('steps quality down, then size, until the cap is met', async () => {
    const { encodeOnce, calls } = fakeEncoder(1);
    // 100×100 at quality 1 is 10 000 bytes; 0.7 × 50×50 = 1 750 is the first to fit 2 000.
    const encoded = await encodeUnderCap(100, 100, { type: 'image/webp', maxBytes: 2_000 }, encodeOnce);
    expect(encoded).toMatchObject({ width: 50, height: 50, type: 'image/webp' });
    expect(encoded.blob.size).toBeLessThanOrEqual(2_000);
    expect(calls.map((c) => [c.quality, c.scale])).toEqual([
      [1, 1],
      [0.9, 1],
      [0.8, 1],
      [0.65, 1],
      [0.5, 1],
      [0.7, 0.75],
      [0.7, 0.5],
    ]);
  });

  it('falls back to JPEG when the browser cannot encode WebP', async () => {
    const { encodeOnce, calls } = fakeEncoder(0.1, (type) => (type === 'image/webp' ? 'image/png' : type));
    const encoded = await encodeUnderCap(100, 100, { type: 'image/webp', maxBytes: 10_000 }, encodeOnce);
    expect(encoded.type).toBe('image/jpeg');
    expect(calls.map((c) => c.type)).toEqual(['image/webp', 'image/jpeg']);
  });

  it('rejects with screenshot_too_large when nothing fits, after one type only', async () => {
    const { encodeOnce, calls } = fakeEncoder(10);
    const error = await encodeUnderCap(1000, 1000, { type: 'image/webp', maxBytes: 10 }, encodeOnce).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AftercareError);
    expect(error).toMatchObject({ code: 'screenshot_too_large', details: { maxBytes: 10 } });
    expect(new Set(calls.map((c) => c.type))).toEqual(new Set(['image/webp']));
  });

  it('rejects with screenshot_unsupported when the browser encodes neither type', async () => {
    const { encodeOnce } = fakeEncoder(0.1, () => 'image/png');
    await expect(encodeUnderCap(10, 10, { type: 'image/webp', maxBytes: 10_000 }, encodeOnce)).rejects.toMatchObject({
      code: 'screenshot_unsupported',
    });
  });
});
