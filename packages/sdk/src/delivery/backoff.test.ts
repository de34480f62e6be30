import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backoffCeiling, backoffDelay, nextRetryDelay, parseRetryAfter } from './backoff.js';

const NOW = Date.parse('2025-03-01T12:00:00Z');

describe('backoff schedule', () => {
  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [4, 8_000],
    [9, 256_000],
    [10, 300_000],
    [50, 300_000],
    [5000, 300_000],
    [0, 1_000],
  ])('ceiling of retry %i is %i ms', (attempt, ceiling) => {
    expect(backoffCeiling(attempt)).toBe(ceiling);
  });

  it.each([
    [1, 0, 0],
    [1, 0.5, 500],
    [3, 0.25, 1_000],
    [3, 0.999999, 3_999],
    [20, 0.5, 150_000],
  ])('retry %i with random %f waits %i ms (full jitter)', (attempt, random, delay) => {
    expect(backoffDelay(attempt, {}, () => random)).toBe(delay);
  });

  it('respects custom base and cap', () => {
    expect(backoffCeiling(3, { baseMs: 100, maxMs: 250 })).toBe(250);
    expect(backoffDelay(2, { baseMs: 100 }, () => 0.5)).toBe(100);
  });

  it('always stays within [0, ceiling) and never shrinks its ceiling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, r) => {
        const delay = backoffDelay(attempt, {}, () => r);
        expect(Number.isInteger(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(backoffCeiling(attempt));
        expect(backoffCeiling(attempt + 1)).toBeGreaterThanOrEqual(backoffCeiling(attempt));
      }),
    );
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Sat, 01 Mar 2025 12:00:30 GMT', 30_000],
    ['Sat, 01 Mar 2025 11:00:00 GMT', 0],
    ['-5', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe('nextRetryDelay', () => {
  it.each([
    ['no header: full jitter', { attempt: 3, now: NOW }, 2_000],
    ['seconds header', { attempt: 1, retryAfter: '30', now: NOW }, 30_500],
    ['date header', { attempt: 1, retryAfter: 'Sat, 01 Mar 2025 12:01:00 GMT', now: NOW }, 60_500],
    ['unreadable header falls back to backoff', { attempt: 2, retryAfter: 'later', now: NOW }, 1_000],
    ['absurd header is capped at 24 h', { attempt: 1, retryAfter: String(365 * 86_400), now: NOW }, 86_400_000 + 500],
  ])('%s', (_name, input, expected) => {
    expect(nextRetryDelay(input, {}, () => 0.5)).toBe(expected);
  });

  it('never comes back earlier than Retry-After asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400 }), fc.double({ min: 0, max: 1, noNaN: true }), (seconds, r) => {
        expect(nextRetryDelay({ attempt: 1, retryAfter: String(seconds), now: NOW }, {}, () => r)).toBeGreaterThanOrEqual(seconds * 1000);
      }),
    );
  });
});
