/**
 * The network collector: records `fetch` and `XMLHttpRequest` calls made by
 * the page (method, URL, status, duration, failed and slow flags; never
 * bodies or headers) and leaves the SDK's own requests out.
 */
import { isInternalRequest } from './internal-request.js';
import type { NetworkEntry } from '../schemas/diagnostics.js';
import { patchMethod } from './patch.js';
import { createRingBuffer } from './ring-buffer.js';
import { defaultContext, type Collector, type CollectorContext } from './types.js';

/** Options of the network collector. */
export interface NetworkCollectorOptions {
  /** Entries kept, newest last. Default 100. */
  max?: number;
  /** A request slower than this, in milliseconds, is flagged `slow`. Default 3000. */
  slowMs?: number;
  /** `'problems'` keeps only failed and slow requests. Default `'all'`. */
  record?: 'all' | 'problems';
  /** More URLs to leave out, besides the SDK's own endpoint. */
  ignoreUrls?: ReadonlyArray<string | RegExp>;
}

interface XhrInfo {
  method: string;
  url: string;
}

/**
 * Creates the network collector.
 *
 * @example
 * const network = createNetworkCollector({ slowMs: 2000, record: 'problems' });
 * network.install();
 */
export function createNetworkCollector(
  options: NetworkCollectorOptions = {},
  context: CollectorContext = defaultContext,
): Collector<NetworkEntry[]> {
  const buffer = createRingBuffer<NetworkEntry>(options.max ?? 100);
  const slowMs = options.slowMs ?? 3000;
  const xhrInfo = new WeakMap<XMLHttpRequest, XhrInfo>();
  // Durations come from a monotonic clock when there is one; times from the context's clock.
  const perf = (globalThis as { performance?: Performance }).performance;
  const tick = () => (perf ? perf.now() : context.now());
  let unpatches: Array<() => void> = [];

  function ignored(url: string): boolean {
    if (context.ignoreUrl?.(url)) return true;
    return (options.ignoreUrls ?? []).some((rule) => (typeof rule === 'string' ? url.startsWith(rule) : rule.test(url)));
  }

  function record(entry: Omit<NetworkEntry, 'failed' | 'slow'>): void {
    const failed = entry.status === 0 || entry.status >= 400;
    const slow = entry.durationMs > slowMs;
    if (options.record === 'problems' && !failed && !slow) return;
    buffer.push({ ...entry, durationMs: Math.round(entry.durationMs), failed, slow });
  }

  function patchFetch(): void {
    const scope = globalThis as { fetch?: typeof fetch };
    if (typeof scope.fetch !== 'function') return;
    unpatches.push(
      patchMethod(scope as { fetch: typeof fetch }, 'fetch', (original) =>
        function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
          const request = isRequest(input) ? input : undefined;
          const url = absoluteUrl(request ? request.url : String(input));
          const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
          const promise = Reflect.apply(original, this, [input, init]) as Promise<Response>;
          if (ignored(url) || isInternalRequest(init)) return promise;
          const time = new Date(context.now()).toISOString();
          const started = tick();
          promise.then(
            (response) => record({ type: 'fetch', time, method, url, status: response.status, durationMs: tick() - started }),
            (error: unknown) =>
              record({ type: 'fetch', time, method, url, status: 0, durationMs: tick() - started, error: errorName(error) }),
          );
          return promise;
        },
      ),
    );
  }

  function patchXhr(): void {
    const Xhr = (globalThis as { XMLHttpRequest?: typeof XMLHttpRequest }).XMLHttpRequest;
    if (!Xhr) return;
    const proto = Xhr.prototype;
    unpatches.push(
      patchMethod(proto, 'open', (original) =>
        function (this: XMLHttpRequest, ...args: unknown[]) {
          xhrInfo.set(this, { method: String(args[0] ?? 'GET').toUpperCase(), url: absoluteUrl(String(args[1])) });
          return Reflect.apply(original, this, args);
        },
      ),
      patchMethod(proto, 'send', (original) =>
        function (this: XMLHttpRequest, ...args: unknown[]) {
          const info = xhrInfo.get(this);
          if (info && !ignored(info.url)) {
            const time = new Date(context.now()).toISOString();
            const started = tick();
            let error: string | undefined;
            const onProblem = (event: Event) => (error = event.type);
            this.addEventListener('error', onProblem);
            this.addEventListener('abort', onProblem);
            this.addEventListener('timeout', onProblem);
            this.addEventListener('loadend', () => {
              const entry = { type: 'xhr' as const, time, ...info, status: this.status, durationMs: tick() - started };
              record(error ? { ...entry, error } : entry);
            }, { once: true });
          }
          return Reflect.apply(original, this, args);
        },
      ),
    );
  }

  return {
    install() {
      if (unpatches.length > 0) return;
      patchFetch();
      patchXhr();
    },
    uninstall() {
      for (const unpatch of unpatches) unpatch();
      unpatches = [];
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

function isRequest(input: unknown): input is Request {
  return typeof Request !== 'undefined' && input instanceof Request;
}

function absoluteUrl(url: string): string {
  const base = (globalThis as { location?: Location }).location?.href;
  try {
    return base ? new URL(url, base).href : new URL(url).href;
  } catch {
    return url;
  }
}

function errorName(error: unknown): string {
  if (error instanceof Error) return error.name === 'AbortError' ? 'abort' : `${error.name}: ${error.message}`;
  return String(error);
}
