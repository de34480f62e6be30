import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDelivered, MAX_ATTEMPTS, nextState, RETRY_DELAYS_MS, retryDelayMs } from './webhook-retry.js';

const now = new Date('2026-03-02T10:00:00.000Z');
const after = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe('the webhook retry schedule', () => {
  it.each([
    [1, 30_000],
    [2, 120_000],
    [3, 600_000],
    [4, 3_600_000],
    [5, 21_600_000],
    [6, 43_200_000],
    [7, 86_400_000],
  ])('waits %i failed attempt(s) → %i ms without jitter', (failed, ms) => {
    expect(retryDelayMs(failed, () => 0.5)).toBe(ms);
    expect(nextState({ ok: false, attempts: failed, now, random: () => 0.5 })).toEqual({ status: 'failed', nextAttemptAt: after(ms) });
  });

  it('gives up after the last attempt', () => {
    expect(MAX_ATTEMPTS).toBe(8);
    expect(retryDelayMs(MAX_ATTEMPTS)).toBeNull();
    expect(nextState({ ok: false, attempts: MAX_ATTEMPTS, now })).toEqual({ status: 'dead', nextAttemptAt: null });
    expect(nextState({ ok: false, attempts: MAX_ATTEMPTS + 3, now })).toEqual({ status: 'dead', nextAttemptAt: null });
    expect(RETRY_DELAYS_MS.reduce((a, b) => a + b, 0)).toBeLessThan(2 * 86_400_000);
  });

  it('succeeds on any attempt that got a 2xx', () => {
    expect(nextState({ ok: true, attempts: 5, now })).toEqual({ status: 'succeeded', nextAttemptAt: null });
    expect([199, 200, 204, 299, 300, 302, 404, 500, null].map(isDelivered)).toEqual([false, true, true, true, false, false, false, false, false]);
  });

  it('jitters within ±20 % and never shrinks between attempts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_ATTEMPTS - 1 }), fc.double({ min: 0, max: 0.9999999, noNaN: true }), (failed, r) => {
        const base = RETRY_DELAYS_MS[failed - 1]!;
        const delay = retryDelayMs(failed, () => r)!;
        expect(delay).toBeGreaterThanOrEqual(Math.round(base * 0.8));
        expect(delay).toBeLessThanOrEqual(Math.round(base * 1.2));
        if (failed > 1) expect(delay).toBeGreaterThanOrEqual(Math.round(RETRY_DELAYS_MS[failed - 2]! * 1.2));
      }),
    );
  });
});
