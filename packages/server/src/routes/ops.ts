/**
 * Operations: `/metrics`, `/readyz`, `/openapi.json` and the API docs page
 * `/docs`, plus the request metrics and rate-limit middleware the app puts
 * around the other routes. The work is done in `src/ops/`.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import type { Deps } from '../deps.js';
import { EXPOSITION_CONTENT_TYPE } from '../ops/metrics/registry.js';
import { measureRequests } from '../ops/metrics/http-metrics.js';
import { METRICS_TOKEN_ENV, checkMetricsToken, scrapeMetrics } from '../ops/metrics/scrape.js';
import { buildOpenApiDocument } from '../ops/openapi/document.js';
import { DOCS_PAGE_CSP, renderDocsPage } from '../ops/openapi/docs-page.js';
import { rateLimiter } from '../ops/rate-limit/middleware.js';
import { rateLimitSettings } from '../ops/rate-limit/settings.js';
import { readiness } from '../ops/readiness.js';
import type { AppEnv } from './env.js';

let documentCache: { json: string; html: string } | undefined;

/** The document and its page, built once per process: they depend only on the code. */
function apiDescription(): { json: string; html: string } {
  if (!documentCache) {
    const doc = buildOpenApiDocument();
    documentCache = { json: JSON.stringify(doc), html: renderDocsPage(doc) };
  }
  return documentCache;
}

/** Operational routes. `AFTERCARE_METRICS_TOKEN` is read once, here. */
export function opsRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const metricsToken = process.env[METRICS_TOKEN_ENV] || undefined;

  app.get('/metrics', async (c) => {
    checkMetricsToken(metricsToken, c.req.header('authorization'));
    return c.body(await scrapeMetrics(deps), 200, { 'Content-Type': EXPOSITION_CONTENT_TYPE, 'Cache-Control': 'no-store' });
  });

  app.get('/readyz', async (c) => {
    const { status, body } = await readiness(deps);
    return c.json(body, status, { 'Cache-Control': 'no-store' });
  });

  app.get('/openapi.json', (c) =>
    c.body(apiDescription().json, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' }),
  );

  app.get('/docs', (c) =>
    c.html(apiDescription().html, 200, { 'Content-Security-Policy': DOCS_PAGE_CSP, 'X-Content-Type-Options': 'nosniff' }),
  );
  return app;
}

/** Counts requests and their latencies for `/metrics`. */
export function requestMetrics(deps: Deps): MiddlewareHandler<AppEnv> {
  return measureRequests(deps);
}

/**
 * Rate limits public endpoints per project key and per client IP, with the
 * limits of the `AFTERCARE_RATE_LIMIT_*` and `AFTERCARE_TRUST_PROXY` variables
 * read once, here (see docs/operations.md).
 */
export function rateLimit(deps: Deps): MiddlewareHandler<AppEnv> {
  return rateLimiter(deps, rateLimitSettings(process.env));
}
