/**
 * The agent API under `/v1/agent`, authorised by `Authorization: Bearer
 * <API token>`: who am I, my projects, and working tickets.
 */
import { Hono } from 'hono';
import { agentReplySchema, messageInputSchema, ticketPatchSchema } from '@aftercare/sdk/schemas';
import type { Deps } from '../deps.js';
import { authenticateAgent } from '../services/access.js';
import { agentMe } from '../services/agents.js';
import { attachmentFor, contentDisposition } from '../services/attachments.js';
import {
  addNote,
  changeTicket,
  listProjectTickets,
  replyToReporter,
  ticketDetail,
} from '../services/agent-tickets.js';
import { validate } from '../services/validate.js';
import { agentAdminRoutes } from './agent-admin.js';
import { agentTriageRoutes } from './agent-triage.js';
import { kbAgentRoutes } from './kb.js';
import { webhookAgentRoutes } from './webhooks.js';
import { limitBody, readJson } from './body.js';
import type { AppEnv } from './env.js';

const BODY_LIMIT = 128 * 1024;

/** Routes of the agent API. */
export function agentRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    c.set('agent', await authenticateAgent(deps, c.req.header('authorization')));
    c.header('Cache-Control', 'no-store');
    await next();
  });

  app.get('/me', async (c) => c.json(await agentMe(deps, c.get('agent')), 200));

  app.get('/projects/:projectId/tickets', async (c) =>
    c.json(await listProjectTickets(deps, c.get('agent'), c.req.param('projectId'), c.req.query()), 200),
  );

  app.get('/tickets/:id', async (c) => c.json(await ticketDetail(deps, c.get('agent'), c.req.param('id')), 200));

  app.patch('/tickets/:id', limitBody(BODY_LIMIT), async (c) => {
    const input = validate(ticketPatchSchema, await readJson(c), 'The change is not valid');
    return c.json(await changeTicket(deps, c.get('agent'), c.req.param('id'), input), 200);
  });

  app.post('/tickets/:id/replies', limitBody(BODY_LIMIT), async (c) => {
    const input = validate(agentReplySchema, await readJson(c), 'The reply is not valid');
    return c.json(await replyToReporter(deps, c.get('agent'), c.req.param('id'), input), 201);
  });

  app.post('/tickets/:id/notes', limitBody(BODY_LIMIT), async (c) => {
    const input = validate(messageInputSchema, await readJson(c), 'The note is not valid');
    return c.json(await addNote(deps, c.get('agent'), c.req.param('id'), input.body), 201);
  });

  app.get('/attachments/:id', async (c) => {
    const { info, data } = await attachmentFor(deps, c.get('agent'), c.req.param('id'));
    const inline = info.contentType.startsWith('image/');
    return c.body(new Uint8Array(data), 200, {
      'Content-Type': info.contentType,
      'Content-Length': String(data.byteLength),
      'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', info.filename),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
  });

  app.route('/', agentTriageRoutes(deps));
  app.route('/', agentAdminRoutes(deps));
  app.route('/', kbAgentRoutes(deps));
  app.route('/', webhookAgentRoutes(deps));
  return app;
}
