/**
 * When to try a failed delivery again: exponential backoff with full jitter
 * (a random delay between zero and an exponentially growing, capped ceiling),
 * and the server's `Retry-After` when it sent one. Pure: time and randomness
 * come in as arguments.
 */

/** Tuning of the retry schedule. */
export interface BackoffOptions {
  /** Ceiling of the first retry's delay, in ms. Default 1000. */
  baseMs?: number;
  /** Largest ceiling, in ms. Default 5 minutes. */
  maxMs?: number;
  /** Longest `Retry-After` honoured, in ms; longer values are cut to this. Default 24 hours. */
  maxRetryAfterMs?: number;
}

const DEFAULTS: Required<BackoffOptions> = { baseMs: 1_000, maxMs: 5 * 60_000, maxRetryAfterMs: 24 * 3_600_000 };

/**
 * The ceiling of the delay before retry number `attempt` (1 for the first retry):
 * `min(maxMs, baseMs * 2^(attempt - 1))`.
 *
 * @example
 * backoffCeiling(3); // 4000
 */
export function backoffCeiling(attempt: number, options: BackoffOptions = {}): number {
  const { baseMs, maxMs } = { ...DEFAULTS, ...options };
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  return Math.min(maxMs, baseMs * 2 ** exponent);
}

/**
 * Full-jitter delay before retry number `attempt`: a whole number of ms in
 * `[0, backoffCeiling(attempt))`, given `random()` in `[0, 1)`.
 *
 * @example
 * backoffDelay(3, {}, () => 0.5); // 2000
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const ceiling = backoffCeiling(attempt, options);
  const r = Math.min(Math.max(random(), 0), 1 - Number.EPSILON);
  return Math.floor(r * ceiling);
}

/**
 * Reads a `Retry-After` header (delay in seconds, or an HTTP date) as a delay
 * in ms from `now`; `undefined` when absent or unreadable.
 *
 * @example
 * parseRetryAfter('120', Date.now()); // 120000
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** What the schedule needs to know about a failed attempt. */
export interface RetryInput {
  /** Retry number: 1 after the first failure. */
  attempt: number;
  /** The `Retry-After` header of the failed response, if any. */
  retryAfter?: string | null;
  /** Current time, ms since the epoch. */
  now: number;
}

/**
 * Delay before the next attempt. With a `Retry-After`, never earlier than the
 * server asked (plus up to `baseMs` of jitter so clients do not return all at
 * once); otherwise {@link backoffDelay}.
 *
 * @example
 * nextRetryDelay({ attempt: 1, retryAfter: '30', now: Date.now() }, {}, () => 0); // 30000
 */
export function nextRetryDelay(input: RetryInput, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const opts = { ...DEFAULTS, ...options };
  const asked = parseRetryAfter(input.retryAfter, input.now);
  if (asked !== undefined) {
    const jitter = Math.floor(Math.min(Math.max(random(), 0), 1 - Number.EPSILON) * opts.baseMs);
    return Math.min(asked, opts.maxRetryAfterMs) + jitter;
  }
  return backoffDelay(input.attempt, opts, random);
}
