/**
 * Test helpers: plain assertions that throw (no assertion library is a
 * dependency here) and a poll for conditions that settle asynchronously.
 */

/** Throws with `message` unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

/** Throws unless `actual` and `expected` are identical (`Object.is`). */
export function equal<T>(actual: T, expected: T, message: string): void {
  if (!Object.is(actual, expected)) {
    throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** Throws unless the two values serialise to the same JSON. */
export function sameJson(actual: unknown, expected: unknown, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}

/** Throws unless `text` contains `part`. */
export function includes(text: string | null | undefined, part: string, message: string): void {
  if (!text?.includes(part)) throw new Error(`${message}: expected ${JSON.stringify(text)} to contain ${JSON.stringify(part)}`);
}

/** Polls `probe` every 10 ms until it returns a truthy value, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T, what: string, timeoutMs = 3000): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value as NonNullable<T>;
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
