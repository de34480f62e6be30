/**
 * `GET /v1/tickets/:id`: a reporter reads their ticket with its tracking token.
 */
import { Hono } from 'hono';
import { TRACKING_HEADER } from '@aftercare/sdk/schemas';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { originAllowed } from '../services/projects.js';
import { reporterTicket } from '../services/tickets.js';
import type { AppEnv } from './env.js';

/** Routes for reporters following their tickets. */
export function ticketRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/:id', async (c) => {
    const { ticket, project } = await reporterTicket(deps, c.req.param('id'), c.req.header(TRACKING_HEADER));
    const origin = c.req.header('origin');
    if (!originAllowed(project, origin)) {
      c.set('originRejected', true);
      throw new AppError('origin_not_allowed', 403, `Origin ${origin} is not allowed for this project`);
    }
    c.header('Cache-Control', 'no-store');
    return c.json(ticket, 200);
  });
  return app;
}
