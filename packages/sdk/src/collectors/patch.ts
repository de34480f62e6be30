/**
 * Patching a global method so that it can always be taken back: `unpatch`
 * restores the original when nobody patched on top of us, and otherwise turns
 * our wrapper into a plain pass-through so the later patch keeps working.
 */

type AnyFunction = (...args: any[]) => any;

/**
 * Replaces `target[key]` with `wrap(original)`; returns the function that undoes it.
 *
 * @example
 * const unpatch = patchMethod(console, 'log', (original) => function (...args) { seen.push(args); return original.apply(this, args); });
 * unpatch();
 */
export function patchMethod<T extends object, K extends keyof T>(
  target: T,
  key: K,
  wrap: (original: T[K] & AnyFunction) => AnyFunction,
): () => void {
  const original = target[key] as T[K] & AnyFunction;
  if (typeof original !== 'function') return () => {};
  let active = true;
  const wrapped = wrap(original);
  const patched = function (this: unknown, ...args: unknown[]): unknown {
    return Reflect.apply(active ? wrapped : original, this, args);
  };
  Object.defineProperty(patched, 'name', { value: original.name });
  target[key] = patched as T[K];
  return () => {
    active = false;
    if (target[key] === (patched as T[K])) target[key] = original;
  };
}
