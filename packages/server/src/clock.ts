/**
 * Time as a dependency, so tests can run the server on a fake clock.
 */

/** A source of the current time. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that only moves when told to; for tests.
 *
 * @example
 * const clock = fixedClock('2026-01-05T09:00:00Z'); clock.advance(60_000);
 */
export function fixedClock(start: string | Date): Clock & { advance(ms: number): void; set(at: string | Date): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
    set(at) {
      current = new Date(at);
    },
  };
}
