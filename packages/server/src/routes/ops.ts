/**
 * Operations: `/metrics`, `/readyz`, `/openapi.json` and the API docs page,
 * request metrics and rate limits. Filled in by the operations work.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import type { Deps } from '../deps.js';
import type { AppEnv } from './env.js';

/** Operational routes. */
export function opsRoutes(_deps: Deps): Hono<AppEnv> {
  return new Hono<AppEnv>();
}

/** Counts requests and their latencies for `/metrics`. */
export function requestMetrics(_deps: Deps): MiddlewareHandler<AppEnv> {
  return async (_c, next) => {
    await next();
  };
}

/** Rate limits public endpoints per project key and per IP. */
export function rateLimit(_deps: Deps): MiddlewareHandler<AppEnv> {
  return async (_c, next) => {
    await next();
  };
}
