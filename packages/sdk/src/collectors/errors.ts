/**
 * The error collector: records uncaught errors (`error` on window) and
 * unhandled promise rejections (`unhandledrejection`) with parsed stacks.
 * Browser only; in Node use `installProcessHandlers`.
 */
import type { ErrorEntry } from '../schemas/diagnostics.js';
import { errorEntry } from './error-entry.js';
import { createRingBuffer } from './ring-buffer.js';
import { defaultContext, isoNow, type Collector, type CollectorContext } from './types.js';

/** Options of the error collector. */
export interface ErrorCollectorOptions {
  /** Entries kept, newest last. Default 30. */
  max?: number;
}

/** An error collector that also accepts errors the host app caught itself. */
export interface ErrorCollector extends Collector<ErrorEntry[]> {
  /** Records an error the host app handled but wants in the next report. */
  capture(error: unknown): void;
}

/**
 * Creates the error collector.
 *
 * @example
 * const errors = createErrorCollector();
 * errors.install();
 * // later: errors.collect() → [{ kind: 'error', type: 'TypeError', frames: [...] }]
 */
export function createErrorCollector(
  options: ErrorCollectorOptions = {},
  context: CollectorContext = defaultContext,
): ErrorCollector {
  const buffer = createRingBuffer<ErrorEntry>(options.max ?? 30);
  const target = globalThis as Partial<Pick<Window, 'addEventListener' | 'removeEventListener'>>;
  const parseOptions = context.isInApp ? { isInApp: context.isInApp } : undefined;
  let installed = false;

  function onError(event: Event): void {
    const e = event as ErrorEvent;
    // Resource load failures are plain Events from elements, not script errors.
    if (!('message' in e)) return;
    const value = e.error ?? { name: 'Error', message: e.message || 'Script error.' };
    buffer.push(
      errorEntry('error', value, isoNow(context), { url: e.filename, line: e.lineno, column: e.colno }, parseOptions),
    );
  }

  function onRejection(event: Event): void {
    const reason = (event as PromiseRejectionEvent).reason;
    buffer.push(errorEntry('unhandledrejection', reason, isoNow(context), undefined, parseOptions));
  }

  return {
    install() {
      if (installed || !target.addEventListener) return;
      target.addEventListener('error', onError);
      target.addEventListener('unhandledrejection', onRejection);
      installed = true;
    },
    uninstall() {
      if (!installed || !target.removeEventListener) return;
      target.removeEventListener('error', onError);
      target.removeEventListener('unhandledrejection', onRejection);
      installed = false;
    },
    capture(error) {
      buffer.push(errorEntry('captured', error, isoNow(context), undefined, parseOptions));
    },
    collect() {
      const entries = buffer.toArray();
      return entries.length > 0 ? entries : undefined;
    },
    clear() {
      buffer.clear();
    },
  };
}
