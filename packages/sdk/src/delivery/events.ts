/**
 * Typed delivery events and a tiny emitter. A listener that throws does not
 * stop delivery; its error is rethrown asynchronously so it still shows up.
 */
import type { ReportReceipt } from '../schemas/index.js';
import type { DeliveryError } from './outbox-store.js';

/** The events of the outbox, by name. */
export interface DeliveryEvents {
  /** An attempt failed and the report waits in the outbox for the next one at `retryAt`. */
  queued: { id: string; attempts: number; retryAt: number; error: DeliveryError };
  /** The server acknowledged the report; it left the outbox. */
  sent: { id: string; attempts: number; receipt: ReportReceipt };
  /** The server refused the report for good (a non-retryable 4xx); it left the outbox. */
  failed: { id: string; attempts: number; code: string; status: number; message: string; reason: string };
}

/** A delivery event name. */
export type DeliveryEventName = keyof DeliveryEvents;

/** A typed emitter of delivery events. */
export interface Emitter<E> {
  /** Subscribes; returns the function that unsubscribes. */
  on<K extends keyof E>(name: K, listener: (event: E[K]) => void): () => void;
  /** Calls every listener of `name`. */
  emit<K extends keyof E>(name: K, event: E[K]): void;
}

/**
 * Creates an emitter.
 *
 * @example
 * const events = createEmitter<DeliveryEvents>();
 * const off = events.on('sent', ({ id }) => console.log('sent', id));
 */
export function createEmitter<E>(): Emitter<E> {
  const listeners = new Map<keyof E, Set<(event: never) => void>>();
  return {
    on(name, listener) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener as (event: never) => void);
      return () => set.delete(listener as (event: never) => void);
    },
    emit(name, event) {
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          (listener as (event: E[typeof name]) => void)(event);
        } catch (error) {
          setTimeout(() => {
            throw error;
          }, 0);
        }
      }
    },
  };
}
