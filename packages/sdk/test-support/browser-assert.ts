/**
 * Assertions and the mocha globals for browser tests, which run under
 * @web/test-runner's mocha without an assertion library installed.
 */

type Fn = () => void | Promise<void>;
interface MochaGlobals {
  describe(name: string, body: () => void): void;
  it(name: string, body: Fn): void;
  beforeEach(body: Fn): void;
  afterEach(body: Fn): void;
}
const mocha = globalThis as unknown as MochaGlobals;

/** Mocha's `describe`. */
export const describe = (name: string, body: () => void) => mocha.describe(name, body);
/** Mocha's `it`. */
export const it = (name: string, body: Fn) => mocha.it(name, body);
/** Mocha's `beforeEach`. */
export const beforeEach = (body: Fn) => mocha.beforeEach(body);
/** Mocha's `afterEach`. */
export const afterEach = (body: Fn) => mocha.afterEach(body);

/** Throws unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

/** Deep equality of JSON-like values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Throws unless `actual` deep-equals `expected`, showing both. */
export function assertEqual(actual: unknown, expected: unknown, message = 'values differ'): void {
  if (!deepEqual(actual, expected)) {
    throw new Error(`${message}\n  actual:   ${JSON.stringify(actual)}\n  expected: ${JSON.stringify(expected)}`);
  }
}

/** Resolves when `check()` returns a truthy value, or rejects after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 2000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error('waitFor: timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
