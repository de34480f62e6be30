/**
 * The retry schedule of webhook deliveries, pure: what a delivery becomes
 * after an attempt. Waits grow (30 s, 2 min, 10 min, 1 h, 6 h, 12 h, 24 h)
 * with ±20 % jitter so receivers coming back up are not hit all at once;
 * after the eighth failed attempt (about two days) the delivery is dead.
 */

/** Waits before the 2nd, 3rd, … attempt, in milliseconds. */
export const RETRY_DELAYS_MS: readonly number[] = [30_000, 120_000, 600_000, 3_600_000, 21_600_000, 43_200_000, 86_400_000];

/** Attempts before a delivery is given up (`dead`). */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** Jitter: each wait is scaled by a factor in [1 - JITTER, 1 + JITTER). */
export const JITTER = 0.2;

/** A delivery's state after an attempt. */
export interface NextState {
  status: 'succeeded' | 'failed' | 'dead';
  nextAttemptAt: string | null;
}

/**
 * The wait after `failedAttempts` failed attempts, jittered; null when no
 * attempt is left. `random` returns a number in [0, 1) (Math.random).
 */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number | null {
  if (failedAttempts < 1 || failedAttempts >= MAX_ATTEMPTS) return null;
  const base = RETRY_DELAYS_MS[failedAttempts - 1]!;
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}

/**
 * What a delivery becomes after its `attempts`-th attempt (counting this one).
 *
 * @example
 * nextState({ ok: false, attempts: 1, now }) // { status: 'failed', nextAttemptAt: now + ~30 s }
 */
export function nextState(input: { ok: boolean; attempts: number; now: Date; random?: () => number }): NextState {
  if (input.ok) return { status: 'succeeded', nextAttemptAt: null };
  const delay = retryDelayMs(input.attempts, input.random);
  if (delay === null) return { status: 'dead', nextAttemptAt: null };
  return { status: 'failed', nextAttemptAt: new Date(input.now.getTime() + delay).toISOString() };
}

/** True when an HTTP status counts as delivered: any 2xx. */
export function isDelivered(statusCode: number | null): boolean {
  return statusCode !== null && statusCode >= 200 && statusCode < 300;
}
