/**
 * One delivery attempt per report across every outbox over the same store:
 * two tabs of an app, or the widget's outbox and the host app's own, all
 * flush the same IndexedDB database. The server would still file a report
 * once (the id is the idempotency key), but its files would travel twice.
 * A Web Lock per report id lets one context send while the others skip it.
 */

/** Returned instead of running the task when another context holds the lock. */
export const BUSY: unique symbol = Symbol('aftercare.busy');

/** Runs `task` holding the lock for `key`, or resolves {@link BUSY} at once when another context holds it. */
export type Exclusive = <T>(key: string, task: () => Promise<T>) => Promise<T | typeof BUSY>;

/**
 * An {@link Exclusive} over the Web Locks API, scoped to one store; undefined
 * where the API is missing (Node, insecure origins, old browsers), where one
 * context has the store to itself anyway or nothing can coordinate.
 *
 * @example
 * const exclusive = webLocksExclusive('aftercare-outbox:pk_live_1');
 */
export function webLocksExclusive(scope: string): Exclusive | undefined {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (!locks) return undefined;
  // request() resolves with what the callback's promise resolves to (lib.dom types it one promise deeper).
  return <T>(key: string, task: () => Promise<T>) =>
    locks.request(`${scope}:${key}`, { ifAvailable: true }, (lock) => (lock ? task() : BUSY)) as unknown as Promise<T | typeof BUSY>;
}
