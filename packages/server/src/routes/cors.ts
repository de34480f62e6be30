/**
 * CORS for the public `/v1` API. Preflights cannot carry the project key, so
 * they are answered for any origin; the real request is then checked against
 * the project's allowed origins, and a rejected origin gets no CORS headers.
 */
import type { MiddlewareHandler } from 'hono';
import { PROJECT_KEY_HEADER, TRACKING_HEADER } from '@aftercare/sdk/schemas';
import type { AppEnv } from './env.js';

const ALLOWED_HEADERS = ['content-type', PROJECT_KEY_HEADER.toLowerCase(), TRACKING_HEADER.toLowerCase()].join(', ');

/** The CORS middleware of the public API. */
export function publicCors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (c.req.method === 'OPTIONS' && origin && c.req.header('access-control-request-method')) {
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    await next();
    if (!origin) return;
    c.res.headers.append('Vary', 'Origin');
    if (!c.get('originRejected')) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After');
    }
  };
}
