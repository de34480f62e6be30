/**
 * The fake desk's webhooks: managing them (project admins; a plain-http URL
 * answers `422 invalid_webhook_url`), the delivery log with its filters, one
 * delivery with its attempts, and redelivery.
 */
import type { WebhookDeliveryDetail } from '@aftercare/sdk/schemas';
import type { FakeState } from './fake-api.js';
import { error, json, route, type RecordedRequest } from './fake-http.js';
import { roleIn } from './fake-triage.js';

/** Answers a webhook request, or undefined when it is not one. */
export function webhookHandler(request: RecordedRequest, state: FakeState): Response | undefined {
  const { method, path, body } = request;
  const p = route(path, '/v1/agent/projects/:projectId/webhooks') ?? route(path, '/v1/agent/projects/:projectId/webhooks/:id')
    ?? route(path, '/v1/agent/projects/:projectId/webhook-deliveries') ?? route(path, '/v1/agent/projects/:projectId/webhook-deliveries/:id')
    ?? route(path, '/v1/agent/projects/:projectId/webhook-deliveries/:id/redeliver');
  if (!p) return undefined;
  const role = roleIn(state, p.projectId!);
  if (!role) return error(404, 'project_not_found');
  const now = new Date().toISOString();
  const view = (d: WebhookDeliveryDetail) => {
    const { payload: _p, history: _h, ...row } = d;
    return row;
  };
  if (path.includes('/webhook-deliveries')) {
    if (!p.id) {
      const status = request.query.get('status')?.split(',');
      const hook = request.query.get('webhookId');
      const items = state.deliveries.filter((d) => (!status || status.includes(d.status)) && (!hook || d.webhookId === hook)).map(view);
      return json(200, { items, nextCursor: null });
    }
    const delivery = state.deliveries.find((d) => d.id === p.id);
    if (!delivery) return error(404, 'delivery_not_found');
    if (method === 'GET') return json(200, delivery);
    if (role !== 'admin') return error(403, 'forbidden');
    delivery.attempts += 1;
    delivery.status = 'succeeded';
    delivery.lastStatusCode = 204;
    delivery.lastError = null;
    delivery.nextAttemptAt = null;
    delivery.history = [...delivery.history, { id: `att_${delivery.attempts}`, number: delivery.attempts, trigger: 'manual', statusCode: 204, error: null, durationMs: 41, at: now }];
    return json(200, delivery);
  }
  if (role !== 'admin') return error(403, 'forbidden');
  const input = body as Record<string, unknown> | undefined;
  if (typeof input?.url === 'string' && !/^https:\/\/|^http:\/\/localhost/.test(input.url)) return error(422, 'invalid_webhook_url');
  const secret = `whsec_test_${state.webhooks.length + 1}`;
  if (!p.id && method === 'GET') return json(200, { items: state.webhooks });
  if (!p.id && method === 'POST') {
    const hook = {
      id: `wh_${state.webhooks.length + 1}`, projectId: p.projectId!, url: String(input!.url), events: (input!.events as never) ?? ['ticket.created'],
      active: input!.active !== false, description: (input!.description as string | null) ?? null, createdAt: now, updatedAt: now,
    };
    state.webhooks = [...state.webhooks, hook];
    return json(201, { ...hook, secret });
  }
  const hook = state.webhooks.find((h) => h.id === p.id);
  if (!hook) return error(404, 'not_found');
  if (method === 'DELETE') {
    state.webhooks = state.webhooks.filter((h) => h !== hook);
    return json(200, { id: hook.id, deleted: true });
  }
  const { rotateSecret, ...patch } = input ?? {};
  Object.assign(hook, patch, { updatedAt: now });
  return json(200, rotateSecret ? { ...hook, secret } : hook);
}
