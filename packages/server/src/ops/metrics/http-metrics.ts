/**
 * What the server counts about itself while it runs: requests by method,
 * route pattern and status class, their latency, and refusals by the rate
 * limiter. Kept per app (per `deps`), in memory, for `/metrics`.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Deps } from '../../deps.js';
import { LATENCY_BUCKETS, counter, histogram, type Counter, type Histogram } from './registry.js';

/** The in-process metrics of one app. */
export interface HttpMetrics {
  requests: Counter;
  duration: Histogram;
  rateLimited: Counter;
  /** Reports per filing batch (one transaction), by where it ran: `thread` (the ingest thread) or `request`. */
  ingestBatches: Histogram;
}

/** Bounds of the batch-size histogram (a batch takes at most 64 reports; the ingest thread merges queued batches up to 256). */
export const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256] as const;

const byDeps = new WeakMap<Deps, HttpMetrics>();

/** The metrics of the app built over `deps` (created on first use, shared by the middleware and `/metrics`). */
export function httpMetricsFor(deps: Deps): HttpMetrics {
  let metrics = byDeps.get(deps);
  if (!metrics) {
    metrics = {
      requests: counter('aftercare_http_requests_total', 'HTTP requests answered, by method, route pattern and status class.', ['method', 'route', 'status']),
      duration: histogram('aftercare_http_request_duration_seconds', 'Time to answer HTTP requests, by method and route pattern.', ['method', 'route'], LATENCY_BUCKETS),
      rateLimited: counter('aftercare_rate_limited_total', 'Requests refused with 429, by endpoint group and by which limit (ip or key).', ['scope', 'by']),
      ingestBatches: histogram(
        'aftercare_ingest_batch_reports',
        'Reports filed together in one transaction, by where the batch ran (thread: the ingest thread; request: the request thread).',
        ['filed_on'],
        BATCH_BUCKETS,
      ),
    };
    byDeps.set(deps, metrics);
  }
  return metrics;
}

/** `2xx`, `4xx`…: the status class, so a scanner's 404s do not add series. */
export function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}

/**
 * The route pattern a request matched (`/v1/agent/tickets/:id`), never its raw
 * path, so the number of series stays bounded. Middleware-only matches (a
 * static directory) give their pattern; nothing matched gives `unmatched`.
 */
export function routeLabel(c: Context): string {
  const routes = matchedRoutes(c);
  for (let i = routes.length - 1; i >= 0; i--) {
    if (routes[i]!.method !== 'ALL') return routes[i]!.path;
  }
  if (c.res.status === 404) return 'unmatched';
  return routes[c.req.routeIndex]?.path ?? 'unmatched';
}

/** Middleware counting every request and timing it, around everything else. */
export function measureRequests(deps: Deps): MiddlewareHandler {
  const metrics = httpMetricsFor(deps);
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const method = c.req.method;
      const route = routeLabel(c);
      metrics.requests.inc({ method, route, status: statusClass(c.res.status) });
      metrics.duration.observe({ method, route }, (performance.now() - started) / 1000);
    }
  };
}
