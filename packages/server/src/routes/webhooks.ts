/**
 * Webhook routes of the agent API, behind its token check: project admins
 * manage webhooks and redeliver; every project member reads the delivery log.
 */
import { Hono } from 'hono';
import { deliveryQuerySchema, webhookCreateSchema, webhookPatchSchema } from '@aftercare/sdk/schemas';
import type { Deps } from '../deps.js';
import { listWebhookDeliveries, redeliverWebhook, webhookDeliveryDetail } from '../services/webhook-log.js';
import { changeWebhook, createWebhook, getWebhook, listProjectWebhooks, removeWebhook } from '../services/webhooks.js';
import { validate } from '../services/validate.js';
import { limitBody, readJson } from './body.js';
import type { AppEnv } from './env.js';

const BODY_LIMIT = 16 * 1024;

/** Webhook routes of the agent API. */
export function webhookAgentRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const hooks = '/projects/:projectId/webhooks';
  const log = '/projects/:projectId/webhook-deliveries';

  app.post(hooks, limitBody(BODY_LIMIT), async (c) => {
    const input = validate(webhookCreateSchema, await readJson(c), 'The webhook is not valid');
    return c.json(await createWebhook(deps, c.get('agent'), c.req.param('projectId'), input), 201);
  });
  app.get(hooks, async (c) => c.json(await listProjectWebhooks(deps, c.get('agent'), c.req.param('projectId')), 200));
  app.get(`${hooks}/:webhookId`, async (c) =>
    c.json(await getWebhook(deps, c.get('agent'), c.req.param('projectId'), c.req.param('webhookId')), 200),
  );
  app.patch(`${hooks}/:webhookId`, limitBody(BODY_LIMIT), async (c) => {
    const input = validate(webhookPatchSchema, await readJson(c), 'The change is not valid');
    return c.json(await changeWebhook(deps, c.get('agent'), c.req.param('projectId'), c.req.param('webhookId'), input), 200);
  });
  app.delete(`${hooks}/:webhookId`, async (c) =>
    c.json(await removeWebhook(deps, c.get('agent'), c.req.param('projectId'), c.req.param('webhookId')), 200),
  );

  app.get(log, async (c) => {
    const query = validate(deliveryQuerySchema, c.req.query(), 'The query is not valid');
    return c.json(await listWebhookDeliveries(deps, c.get('agent'), c.req.param('projectId'), query), 200);
  });
  app.get(`${log}/:deliveryId`, async (c) =>
    c.json(await webhookDeliveryDetail(deps, c.get('agent'), c.req.param('projectId'), c.req.param('deliveryId')), 200),
  );
  app.post(`${log}/:deliveryId/redeliver`, async (c) => {
    const { sent, delivery } = await redeliverWebhook(deps, c.get('agent'), c.req.param('projectId'), c.req.param('deliveryId'));
    return c.json(delivery, sent ? 200 : 202);
  });
  return app;
}
