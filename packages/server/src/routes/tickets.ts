/**
 * The reporter's side of a ticket, authorised by the tracking token in
 * `X-Aftercare-Tracking`: read it, reply, confirm the fix, reopen, rate.
 */
import { Hono, type Context } from 'hono';
import { TRACKING_HEADER, ratingSchema, reopenSchema, reporterReplySchema } from '@aftercare/sdk/schemas';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { originAllowed } from '../services/projects.js';
import { confirmFixed, rateTicket, reopenTicket, reporterReply } from '../services/reporter-actions.js';
import { reporterAccess, reporterView, type ReporterAccess } from '../services/tickets.js';
import { validate } from '../services/validate.js';
import { limitBody, readJson } from './body.js';
import type { AppEnv } from './env.js';

/** Largest body of a reporter action. */
const ACTION_BODY_LIMIT = 64 * 1024;

/** Routes for reporters following their tickets. */
export function ticketRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  async function access(c: Context<AppEnv>): Promise<ReporterAccess> {
    const granted = await reporterAccess(deps, c.req.param('id')!, c.req.header(TRACKING_HEADER));
    const origin = c.req.header('origin');
    if (!originAllowed(granted.project, origin)) {
      c.set('originRejected', true);
      throw new AppError('origin_not_allowed', 403, `Origin ${origin} is not allowed for this project`);
    }
    return granted;
  }

  async function answer(c: Context<AppEnv>, granted: ReporterAccess, status: 200 | 201) {
    // Re-read so the answer shows the ticket after the action.
    const fresh = await reporterAccess(deps, granted.ticket.id, c.req.header(TRACKING_HEADER));
    c.header('Cache-Control', 'no-store');
    return c.json(await reporterView(deps, fresh), status);
  }

  app.get('/:id', async (c) => answer(c, await access(c), 200));

  app.post('/:id/replies', limitBody(ACTION_BODY_LIMIT), async (c) => {
    const granted = await access(c);
    const input = validate(reporterReplySchema, await readJson(c), 'The reply is not valid');
    await reporterReply(deps, granted, input.body);
    return answer(c, granted, 201);
  });

  app.post('/:id/confirm', async (c) => {
    const granted = await access(c);
    await confirmFixed(deps, granted);
    return answer(c, granted, 200);
  });

  app.post('/:id/reopen', limitBody(ACTION_BODY_LIMIT), async (c) => {
    const granted = await access(c);
    const hasBody = (c.req.header('content-length') ?? '0') !== '0';
    const input = validate(reopenSchema, hasBody ? await readJson(c) : {}, 'The reopen request is not valid');
    await reopenTicket(deps, granted, input.body);
    return answer(c, granted, 200);
  });

  app.post('/:id/rating', limitBody(ACTION_BODY_LIMIT), async (c) => {
    const granted = await access(c);
    const input = validate(ratingSchema, await readJson(c), 'The rating is not valid');
    await rateTicket(deps, granted, input);
    return answer(c, granted, 201);
  });

  return app;
}
