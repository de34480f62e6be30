/**
 * The rate limiter of the public endpoints: a token bucket per client IP and
 * per project key, for each group of endpoints (filing reports; everything
 * else public). Buckets live in this process: with several instances behind a
 * load balancer, each applies the limits on its own.
 */
import type { MiddlewareHandler } from 'hono';
import { PROJECT_KEY_HEADER } from '@aftercare/sdk/schemas';
import type { Deps } from '../../deps.js';
import type { AppEnv } from '../../routes/env.js';
import { httpMetricsFor } from '../metrics/http-metrics.js';
import { clientAddress, ipKey } from './client-ip.js';
import type { RateLimitSettings, ScopeLimits } from './settings.js';
import { bucketStore, takeTokens, type BucketStore } from './token-bucket.js';

const WINDOW_MS = 60_000;

type Scope = 'reports' | 'requests';
type By = 'ip' | 'key';

function storesFor(limits: ScopeLimits): Partial<Record<By, BucketStore>> {
  return {
    ...(limits.perIp > 0 && { ip: bucketStore({ limit: limits.perIp, windowMs: WINDOW_MS }) }),
    ...(limits.perKey > 0 && { key: bucketStore({ limit: limits.perKey, windowMs: WINDOW_MS }) }),
  };
}

/**
 * Refuses a request over its limits with `429 rate_limited` and `Retry-After`
 * (whole seconds). Time comes from `deps.clock`, so tests use a fake clock.
 *
 * @example
 * app.use('/v1/reports/*', rateLimiter(deps, rateLimitSettings(process.env)));
 */
export function rateLimiter(deps: Deps, settings: RateLimitSettings): MiddlewareHandler<AppEnv> {
  const stores: Record<Scope, Partial<Record<By, BucketStore>>> = {
    reports: storesFor(settings.reports),
    requests: storesFor(settings.requests),
  };
  const refused = httpMetricsFor(deps).rateLimited;

  return async (c, next) => {
    const scope: Scope = c.req.path === '/v1/reports' || c.req.path.startsWith('/v1/reports/') ? 'reports' : 'requests';
    const address = clientAddress(c, settings.trustedProxies);
    // Bounded: a key is an opaque token, and a longer header is no more distinct.
    const key = c.req.header(PROJECT_KEY_HEADER)?.slice(0, 128);
    const claims: Array<{ by: By; store: BucketStore; key: string }> = [];
    const { ip: ipStore, key: keyStore } = stores[scope];
    if (ipStore && address) claims.push({ by: 'ip', store: ipStore, key: ipKey(address) });
    if (keyStore && key) claims.push({ by: 'key', store: keyStore, key });
    if (claims.length === 0) return next();

    const result = takeTokens(claims, deps.clock.now().getTime());
    if (result.allowed) return next();
    const claim = claims[result.refusedBy]!;
    refused.inc({ scope, by: claim.by });
    const limit = claim.store.limit.limit;
    const body = {
      error: {
        code: 'rate_limited',
        message: `Too many requests from this ${claim.by === 'ip' ? 'address' : 'project key'}: at most ${limit} a minute. Retry later.`,
        details: { limit, windowSeconds: WINDOW_MS / 1000, by: claim.by },
      },
    };
    return c.json(body, 429, { 'Retry-After': String(Math.max(1, Math.ceil(result.retryAfterMs / 1000))) });
  };
}
