/**
 * `createApp(deps)`: the one Hono app. One error handler turns every failure
 * into `{ error: { code, message, details? } }`; routes are chained below.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import { agentRoutes } from './routes/agent.js';
import { publicCors } from './routes/cors.js';
import type { AppEnv } from './routes/env.js';
import { healthRoutes } from './routes/health.js';
import { kbPublicRoutes } from './routes/kb.js';
import { opsRoutes, rateLimit, requestMetrics } from './routes/ops.js';
import { reportRoutes } from './routes/reports.js';
import { staticRoutes } from './routes/static.js';
import { ticketRoutes } from './routes/tickets.js';

/**
 * Builds the HTTP app over its dependencies.
 *
 * @example
 * const app = createApp({ db, dialect: 'sqlite', clock: systemClock, config: { secret } });
 * const res = await app.request('/healthz');
 */
export function createApp(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.onError((error, c) => {
    if (error instanceof AppError) {
      const body = { error: { code: error.code, message: error.message, ...(error.details !== undefined && { details: error.details }) } };
      return c.json(body, error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ error: { code: 'bad_request', message: error.message || 'Bad request' } }, error.status);
    }
    console.error('Unhandled error on %s %s', c.req.method, c.req.path, error);
    return c.json({ error: { code: 'internal_error', message: 'Something went wrong on our side' } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}` } }, 404));

  app.use('*', requestMetrics(deps));
  for (const path of ['/v1/reports/*', '/v1/tickets/*', '/v1/kb/*']) {
    app.use(path, publicCors());
    app.use(path, rateLimit(deps));
  }
  return app
    .route('/', healthRoutes(deps))
    .route('/v1/reports', reportRoutes(deps))
    .route('/v1/tickets', ticketRoutes(deps))
    .route('/v1/kb', kbPublicRoutes(deps))
    .route('/v1/agent', agentRoutes(deps))
    .route('/', opsRoutes(deps))
    .route('/', staticRoutes(deps.config));
}
