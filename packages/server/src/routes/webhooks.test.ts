import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deliveryPageSchema,
  webhookDeliveryDetailSchema,
  webhookListSchema,
  webhookSchema,
  webhookWithSecretSchema,
} from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { dispatchOnce } from '../services/webhook-dispatcher.js';
import { createProject } from '../services/projects.js';
import { initInstance } from '../services/setup.js';
import { agentWithToken } from '../test-support/agents.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { postReport, reportBody } from '../test-support/reports.js';

describe.each(DIALECTS)('the webhook API on %s', (dialect) => {
  const clock = fixedClock('2026-03-02T10:00:00.000Z');
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let projectId: string;
  let key: string;
  let admin: Record<string, string>;
  let agent: Record<string, string>;
  let viewer: Record<string, string>;
  let outsider: Record<string, string>;

  beforeAll(async () => {
    deps = await freshDeps(dialect, clock);
    app = createApp(deps);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    projectId = init.projectId;
    key = init.projectKey;
    admin = { Authorization: `Bearer ${init.adminToken}` };
    agent = (await agentWithToken(deps, { name: 'Ana', projectId })).auth;
    viewer = (await agentWithToken(deps, { name: 'Vic', projectId, projectRole: 'viewer' })).auth;
    const other = await createProject(deps, { name: 'Other', slug: 'other' });
    outsider = (await agentWithToken(deps, { name: 'Oz', projectId: other.id, projectRole: 'admin' })).auth;
  });
  afterAll(() => deps.close());

  const call = (method: string, path: string, auth: Record<string, string>, body?: unknown) =>
    app.request(`/v1/agent/projects/${projectId}${path}`, {
      method,
      headers: { ...auth, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

  it('creates a webhook and shows its secret once, stored sealed', async () => {
    const res = await call('POST', '/webhooks', admin, { url: 'https://hooks.example.com/aftercare#x', events: ['ticket.updated', 'ticket.created', 'ticket.created'] });
    expect(res.status).toBe(201);
    const created = webhookWithSecretSchema.parse(await res.json());
    expect(created).toMatchObject({ url: 'https://hooks.example.com/aftercare', events: ['ticket.created', 'ticket.updated'], active: true, description: null });
    expect(created.secret).toMatch(/^whsec_/);

    const read = await call('GET', `/webhooks/${created.id}`, admin);
    expect(read.status).toBe(200);
    expect(webhookSchema.parse(await read.json())).toEqual(webhookSchema.parse(created));
    expect(await (await call('GET', `/webhooks/${created.id}`, admin)).json()).not.toHaveProperty('secret');
    const list = webhookListSchema.parse(await (await call('GET', '/webhooks', admin)).json());
    expect(list.items.map((w) => w.id)).toEqual([created.id]);
    expect(list.items[0]).not.toHaveProperty('secret');
    const row = await deps.db.selectFrom('webhooks').select('secret').where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.secret).not.toContain(created.secret.slice(6));
    const audit = await deps.db.selectFrom('audit_log').select(['action', 'after']).where('target_id', '=', created.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['webhook.create']);
    expect(audit[0]!.after).not.toContain(created.secret);
  });

  it('defaults to every event type and checks the URL', async () => {
    const all = (await (await call('POST', '/webhooks', admin, { url: 'http://localhost:9999/hook', description: 'dev' })).json()) as { events: string[] };
    expect(all.events).toEqual(['ticket.created', 'ticket.updated', 'ticket.merged', 'sla.warning', 'sla.breached', 'csat.received']);
    for (const url of ['http://hooks.example.com/x', 'ftp://hooks.example.com/x', 'https://user:pw@hooks.example.com/x', 'not a url', 'javascript:alert(1)']) {
      const res = await call('POST', '/webhooks', admin, { url });
      expect(res.status, url).toBe(422);
      expect(await errorCode(res)).toBe('invalid_webhook_url');
    }
    for (const url of ['http://127.0.0.1:8080/x', 'http://[::1]/x', 'http://app.localhost/x']) {
      expect((await call('POST', '/webhooks', admin, { url })).status, url).toBe(201);
    }
    for (const body of [{ url: 'https://a.example.com', events: ['ticket.deleted'] }, { url: 'https://a.example.com', events: [] }, { url: 'https://a.example.com', secret: 'mine' }, {}]) {
      const res = await call('POST', '/webhooks', admin, body);
      expect(res.status).toBe(422);
      expect(await errorCode(res)).toBe('validation_failed');
    }
  });

  it('changes, pauses, rotates the secret of and deletes a webhook', async () => {
    const { id, secret } = (await (await call('POST', '/webhooks', admin, { url: 'https://a.example.com/1' })).json()) as { id: string; secret: string };
    clock.advance(1_000);
    const changed = await call('PATCH', `/webhooks/${id}`, admin, { url: 'https://b.example.com/2', events: ['csat.received'], active: false });
    expect(changed.status).toBe(200);
    const body = (await changed.json()) as Record<string, unknown>;
    webhookSchema.parse(body);
    expect(body).toMatchObject({ url: 'https://b.example.com/2', events: ['csat.received'], active: false, updatedAt: '2026-03-02T10:00:01.000Z' });
    expect(body).not.toHaveProperty('secret');
    const rotated = webhookWithSecretSchema.parse(await (await call('PATCH', `/webhooks/${id}`, admin, { rotateSecret: true })).json());
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(secret);
    expect((await call('PATCH', `/webhooks/${id}`, admin, {})).status).toBe(422);
    expect(await errorCode(await call('PATCH', `/webhooks/${id}`, admin, { url: 'http://b.example.com' }))).toBe('invalid_webhook_url');

    expect(await (await call('DELETE', `/webhooks/${id}`, admin)).json()).toEqual({ id, deleted: true });
    const gone = await call('GET', `/webhooks/${id}`, admin);
    expect(gone.status).toBe(404);
    expect(await errorCode(gone)).toBe('webhook_not_found');
    expect((await call('DELETE', `/webhooks/${id}`, admin)).status).toBe(404);
    const actions = await deps.db.selectFrom('audit_log').select('action').where('target_id', '=', id).orderBy('created_at').execute();
    expect(actions.map((a) => a.action)).toEqual(['webhook.create', 'webhook.update', 'webhook.update', 'webhook.delete']);
  });

  it('lets only project admins manage webhooks, and hides them from other projects', async () => {
    const { id } = (await (await call('POST', '/webhooks', admin, { url: 'https://a.example.com/roles' })).json()) as { id: string };
    for (const auth of [viewer, agent]) {
      for (const [method, path, body] of [
        ['POST', '/webhooks', { url: 'https://a.example.com/x' }],
        ['GET', '/webhooks', undefined],
        ['GET', `/webhooks/${id}`, undefined],
        ['PATCH', `/webhooks/${id}`, { active: false }],
        ['DELETE', `/webhooks/${id}`, undefined],
      ] as const) {
        const res = await call(method, path, auth, body);
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(await errorCode(res)).toBe('forbidden');
      }
    }
    for (const [method, path] of [['POST', '/webhooks'], ['GET', '/webhooks'], ['GET', `/webhooks/${id}`], ['GET', '/webhook-deliveries']] as const) {
      const res = await call(method, path, outsider, method === 'POST' ? { url: 'https://a.example.com/x' } : undefined);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(await errorCode(res)).toBe('project_not_found');
    }
    expect((await app.request(`/v1/agent/projects/${projectId}/webhooks`)).status).toBe(401);
  });

  it('serves the delivery log to every member and redelivery to admins only', async () => {
    // Only this webhook, to a receiver that is not listening: each attempt fails fast.
    const existing = (await (await call('GET', '/webhooks', admin)).json()) as { items: Array<{ id: string }> };
    for (const webhook of existing.items) await call('DELETE', `/webhooks/${webhook.id}`, admin);
    const { id } = (await (await call('POST', '/webhooks', admin, { url: 'http://127.0.0.1:9/closed', events: ['ticket.created'] })).json()) as { id: string };
    await app.request('/v1/reports', postReport(key, reportBody({ message: 'Export is empty' })));
    await app.request('/v1/reports', postReport(key, reportBody({ message: 'Avatar upload hangs' })));
    expect(await dispatchOnce(deps, 'test')).toMatchObject({ leader: true, fannedOut: 2, attempted: 2, failed: 2 });

    const page = await call('GET', `/webhook-deliveries?webhookId=${id}&limit=1`, viewer);
    expect(page.status).toBe(200);
    const first = deliveryPageSchema.parse(await page.json());
    expect(first.items).toEqual([expect.objectContaining({ webhookId: id, eventType: 'ticket.created', status: 'failed', attempts: 1, lastStatusCode: null })]);
    expect(first.items[0]!.lastError).toMatch(/^Request failed/);
    const second = deliveryPageSchema.parse(await (await call('GET', `/webhook-deliveries?webhookId=${id}&cursor=${first.nextCursor}`, agent)).json());
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(second.items[0]!.id < first.items[0]!.id).toBe(true);
    expect(((await (await call('GET', '/webhook-deliveries?status=succeeded,dead', viewer)).json()) as { items: unknown[] }).items).toEqual([]);
    expect((await call('GET', '/webhook-deliveries?status=lost', viewer)).status).toBe(422);
    expect((await call('GET', '/webhook-deliveries?cursor=abc', viewer)).status).toBe(400);

    const deliveryId = first.items[0]!.id;
    const detail = webhookDeliveryDetailSchema.parse(await (await call('GET', `/webhook-deliveries/${deliveryId}`, viewer)).json());
    expect(detail.payload).toMatchObject({ type: 'ticket.created', projectId });
    expect(detail.history).toEqual([expect.objectContaining({ number: 1, trigger: 'automatic', statusCode: null })]);

    expect((await call('POST', `/webhook-deliveries/${deliveryId}/redeliver`, viewer)).status).toBe(403);
    expect((await call('POST', `/webhook-deliveries/${deliveryId}/redeliver`, agent)).status).toBe(403);
    expect((await call('POST', `/webhook-deliveries/${deliveryId}/redeliver`, outsider)).status).toBe(404);
    const again = await call('POST', `/webhook-deliveries/${deliveryId}/redeliver`, admin);
    expect(again.status).toBe(200);
    expect(webhookDeliveryDetailSchema.parse(await again.json())).toMatchObject({ attempts: 2, status: 'failed', history: [{ trigger: 'automatic' }, { number: 2, trigger: 'manual' }] });
    const missing = await call('GET', '/webhook-deliveries/00000000000000000000000000000000', viewer);
    expect(missing.status).toBe(404);
    expect(await errorCode(missing)).toBe('delivery_not_found');

    // Deleting the webhook deletes its log.
    await call('DELETE', `/webhooks/${id}`, admin);
    expect((await call('GET', `/webhook-deliveries/${deliveryId}`, viewer)).status).toBe(404);
  });
});
