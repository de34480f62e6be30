import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeSteps, judge, scaledSize, typesToTry } from './encode-plan.js';

describe('encode ladder', () => {
  it('tries lossless WebP first, then lower quality, then smaller sizes', () => {
    expect(encodeSteps('image/webp').map((s) => [s.quality, s.scale])).toEqual([
      [1, 1],
      [0.9, 1],
      [0.8, 1],
      [0.65, 1],
      [0.5, 1],
      [0.7, 0.75],
      [0.7, 0.5],
      [0.7, 0.35],
      [0.7, 0.25],
    ]);
    expect(encodeSteps('image/jpeg')[0]).toEqual({ type: 'image/jpeg', quality: 0.92, scale: 1 });
  });

  it.each([
    ['image/webp', ['image/webp', 'image/jpeg']],
    ['image/jpeg', ['image/jpeg']],
  ] as const)('%s falls back to %j', (type, expected) => {
    expect(typesToTry(type)).toEqual(expected);
  });

  it.each([
    ['fits', { type: 'image/webp', size: 100 }, 100, 'accept'],
    ['too large', { type: 'image/webp', size: 101 }, 100, 'next-step'],
    ['browser made PNG instead', { type: 'image/png', size: 10 }, 100, 'next-type'],
  ] as const)('%s → %s', (_name, result, max, decision) => {
    expect(judge({ type: 'image/webp', quality: 1, scale: 1 }, result, max)).toBe(decision);
  });

  it('never lets quality or size grow along the ladder', () => {
    for (const type of ['image/webp', 'image/jpeg'] as const) {
      const steps = encodeSteps(type);
      for (let i = 1; i < steps.length; i++) {
        expect(steps[i]!.scale).toBeLessThanOrEqual(steps[i - 1]!.scale);
        if (steps[i]!.scale === steps[i - 1]!.scale) expect(steps[i]!.quality).toBeLessThan(steps[i - 1]!.quality);
      }
    }
  });

  it('scales to whole pixels, never below 1×1', () => {
    expect(scaledSize(1280, 800, 0.35)).toEqual({ width: 448, height: 280 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (w, h, s) => {
        const size = scaledSize(w, h, s);
        expect(size.width).toBeGreaterThanOrEqual(1);
        expect(size.height).toBeGreaterThanOrEqual(1);
        expect(size.width).toBeLessThanOrEqual(w);
        expect(size.height).toBeLessThanOrEqual(h);
      }),
    );
  });
});
