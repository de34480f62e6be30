import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reportReceiptSchema, type ReportReceipt } from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { createProject } from './projects.js';
import { initInstance } from './setup.js';
import { dispatchOnce } from './webhook-dispatcher.js';
import { MAX_ATTEMPTS } from './webhook-retry.js';
import { verifyWebhookSignature } from './webhook-signature.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { postReport, reportBody } from '../test-support/reports.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  valid: boolean;
}

/** A real receiver: verifies each request's signature as a user's endpoint would, and answers the queued status codes (0: hangs). */
async function startReceiver(verify: (headers: IncomingHttpHeaders, body: string) => boolean) {
  const received: Received[] = [];
  const replies: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const valid = verify(req.headers, body);
      received.push({ headers: req.headers, body, valid });
      const status = valid ? (replies.shift() ?? 200) : 400;
      if (status !== 0) res.writeHead(status).end(); // 0: never answer

    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return { url: `http://127.0.0.1:${port}/hooks`, received, replies, close };
}

describe.each(DIALECTS)('the webhook dispatcher on %s', (dialect) => {
  const clock = fixedClock('2026-03-02T10:00:00.000Z');
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let secret = '';
  let key: string;
  let admin: Record<string, string>;
  let projectId: string;
  let otherKey: string;
  const jitterFree = { random: () => 0.5 };
  let captured: Received | undefined;

  beforeAll(async () => {
    deps = await freshDeps(dialect, clock);
    app = createApp(deps);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    projectId = init.projectId;
    key = init.projectKey;
    admin = { Authorization: `Bearer ${init.adminToken}`, 'content-type': 'application/json' };
    otherKey = (await createProject(deps, { name: 'Other', slug: 'other' })).publicKey;
    receiver = await startReceiver((headers, body) =>
      verifyWebhookSignature(secret, headers['aftercare-webhook-timestamp'] as string, body, headers['aftercare-webhook-signature'] as string, { now: clock.now() }).valid,
    );
    const res = await app.request(`/v1/agent/projects/${projectId}/webhooks`, { method: 'POST', headers: admin, body: JSON.stringify({ url: receiver.url }) });
    secret = ((await res.json()) as { secret: string }).secret;
  });
  afterAll(async () => {
    await receiver.close();
    await deps.close();
  });
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.replies.length = 0;
  });

  async function file(message: string, projectKey = key): Promise<ReportReceipt> {
    clock.advance(1_000);
    return reportReceiptSchema.parse(await (await app.request('/v1/reports', postReport(projectKey, reportBody({ message })))).json());
  }
  const patch = (ticketId: string, body: unknown) =>
    app.request(`/v1/agent/tickets/${ticketId}`, { method: 'PATCH', headers: admin, body: JSON.stringify(body) });
  const payloads = () => receiver.received.map((r) => JSON.parse(r.body) as { id: string; type: string; projectId: string; createdAt: string; data: Record<string, unknown> });
  const deliveries = async () => deps.db.selectFrom('webhook_deliveries').selectAll().orderBy('id').execute();

  it('delivers each event of several types once, signed, and only to its project', async () => {
    const a = await file('Totals are wrong on the invoice');
    await file('Dark mode forgets itself', otherKey);
    const b = await file('Cannot change my e-mail address');
    expect((await patch(a.ticket.id, { severity: 'high' })).status).toBe(200);
    expect((await app.request(`/v1/agent/tickets/${a.ticket.id}/merge`, { method: 'POST', headers: admin, body: JSON.stringify({ into: b.ticket.id }) })).status).toBe(200);

    expect(await dispatchOnce(deps, 'instance-a')).toMatchObject({ leader: true, fannedOut: 4, attempted: 4, succeeded: 4 });
    expect(await dispatchOnce(deps, 'instance-a')).toMatchObject({ fannedOut: 0, attempted: 0 });
    expect(receiver.received.every((r) => r.valid)).toBe(true);
    expect(payloads().map((p) => p.type).sort()).toEqual(['ticket.created', 'ticket.created', 'ticket.merged', 'ticket.updated']);
    expect(new Set(payloads().map((p) => p.id)).size).toBe(4);
    expect(payloads().every((p) => p.projectId === projectId)).toBe(true);

    const created = payloads().filter((p) => p.type === 'ticket.created').map((p) => p.data);
    expect(created).toContainEqual(expect.objectContaining({ ticket: expect.objectContaining({ id: a.ticket.id, number: a.ticket.number }), reportId: a.reportId }));
    const headers = receiver.received.find((r) => r.body.includes('"ticket.merged"'))!.headers;
    expect(headers).toMatchObject({
      'content-type': 'application/json',
      'aftercare-webhook-event': 'ticket.merged',
      'aftercare-webhook-timestamp': String(clock.now().getTime() / 1000),
    });
    expect(headers['aftercare-webhook-id']).toBe(payloads().find((p) => p.type === 'ticket.merged')!.id);
    expect(headers['aftercare-webhook-signature']).toMatch(/^v1=[0-9a-f]{64}$/);
    expect((await deliveries()).every((d) => d.status === 'succeeded' && Number(d.attempts) === 1 && Number(d.last_status_code) === 200)).toBe(true);
    captured = receiver.received[0];
  });

  it('refuses a replayed request: an old timestamp or a changed body fails verification', async () => {
    const { headers, body } = captured!;
    const timestamp = headers['aftercare-webhook-timestamp'] as string;
    const signature = headers['aftercare-webhook-signature'] as string;
    expect(verifyWebhookSignature(secret, timestamp, body, signature, { now: clock.now() }).valid).toBe(true);
    expect(verifyWebhookSignature(secret, timestamp, body.replace('"ticket.', '"ticket.x'), signature, { now: clock.now() })).toEqual({ valid: false, reason: 'signature_mismatch' });
    // The same request, captured and sent again ten minutes later, is turned away by the receiver.
    clock.advance(600_000);
    expect(verifyWebhookSignature(secret, timestamp, body, signature, { now: clock.now() })).toEqual({ valid: false, reason: 'timestamp_out_of_tolerance' });
    const replay = await fetch(receiver.url, { method: 'POST', headers: headers as Record<string, string>, body });
    expect(replay.status).toBe(400);
  });

  it('sends nothing from a second instance without the lease', async () => {
    expect(await dispatchOnce(deps, 'instance-a')).toMatchObject({ leader: true, attempted: 0 });
    await file('Search ignores accents');
    expect(await dispatchOnce(deps, 'instance-b')).toEqual({ leader: false, fannedOut: 0, attempted: 0, succeeded: 0, failed: 0 });
    expect(receiver.received).toHaveLength(0);
    expect(await dispatchOnce(deps, 'instance-a')).toMatchObject({ leader: true, fannedOut: 1, succeeded: 1 });
    expect(receiver.received).toHaveLength(1);
  });

  it('retries a failing receiver after the backoff and records every attempt', async () => {
    receiver.replies.push(500);
    const { ticket } = await file('Password reset mail never arrives');
    expect(await dispatchOnce(deps, 'instance-a', jitterFree)).toMatchObject({ attempted: 1, failed: 1 });
    const [failed] = (await deliveries()).filter((d) => d.status !== 'succeeded');
    expect(failed).toMatchObject({ status: 'failed', last_status_code: 500, last_error: 'HTTP 500', next_attempt_at: new Date(clock.now().getTime() + 30_000).toISOString() });

    clock.advance(20_000); // not yet due
    expect(await dispatchOnce(deps, 'instance-a', jitterFree)).toMatchObject({ attempted: 0 });
    clock.advance(10_000);
    expect(await dispatchOnce(deps, 'instance-a', jitterFree)).toMatchObject({ attempted: 1, succeeded: 1 });
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[0]!.headers['aftercare-webhook-id']).toBe(receiver.received[1]!.headers['aftercare-webhook-id']);
    expect(receiver.received[0]!.body).toBe(receiver.received[1]!.body);
    expect(receiver.received[1]!.headers['aftercare-webhook-timestamp']).not.toBe(receiver.received[0]!.headers['aftercare-webhook-timestamp']);

    const res = await app.request(`/v1/agent/projects/${projectId}/webhook-deliveries/${failed!.id}`, { headers: admin });
    expect(await res.json()).toMatchObject({
      status: 'succeeded',
      attempts: 2,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
      payload: { type: 'ticket.created', data: { ticket: { id: ticket.id } } },
      history: [
        { number: 1, trigger: 'automatic', statusCode: 500, error: 'HTTP 500' },
        { number: 2, trigger: 'automatic', statusCode: 200, error: null },
      ],
    });
  });

  it('redelivers by hand: the same event again, now, as a manual attempt', async () => {
    const [done] = (await deliveries()).filter((d) => d.status === 'succeeded').slice(-1);
    const url = `/v1/agent/projects/${projectId}/webhook-deliveries/${done!.id}/redeliver`;
    const res = await app.request(url, { method: 'POST', headers: admin });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { attempts: number; status: string; history: Array<{ trigger: string; statusCode: number }> };
    expect(body).toMatchObject({ status: 'succeeded', attempts: Number(done!.attempts) + 1 });
    expect(body.history.at(-1)).toMatchObject({ trigger: 'manual', statusCode: 200 });
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]).toMatchObject({ valid: true, body: done!.payload, headers: { 'aftercare-webhook-id': done!.event_id } });
    expect(await dispatchOnce(deps, 'instance-a')).toMatchObject({ attempted: 0 }); // nothing left scheduled
  });

  it('counts a receiver that does not answer in time as a failed attempt', async () => {
    receiver.replies.push(0);
    await file('Spinner forever on the billing page');
    expect(await dispatchOnce(deps, 'instance-a', { ...jitterFree, timeoutMs: 300 })).toMatchObject({ attempted: 1, failed: 1 });
    const [late] = (await deliveries()).filter((d) => d.status === 'failed');
    expect(late).toMatchObject({ last_status_code: null, last_error: 'Timed out after 300 ms', attempts: 1 });
    clock.advance(40_000);
    expect(await dispatchOnce(deps, 'instance-a', jitterFree)).toMatchObject({ attempted: 1, succeeded: 1 });
  });

  it('gives up after the last attempt, and a dead delivery can still be redelivered by hand', async () => {
    receiver.replies.push(...Array.from({ length: MAX_ATTEMPTS }, () => 503));
    await file('Calendar sync duplicates events');
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expect(await dispatchOnce(deps, 'instance-a', jitterFree)).toMatchObject({ attempted: 1 });
      clock.advance(2 * 86_400_000);
    }
    expect(await dispatchOnce(deps, 'instance-a', jitterFree)).toMatchObject({ attempted: 0 });
    const [dead] = (await deliveries()).filter((d) => d.status === 'dead');
    expect(dead).toMatchObject({ attempts: MAX_ATTEMPTS, last_status_code: 503, next_attempt_at: null });
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS);
    const log = await app.request(`/v1/agent/projects/${projectId}/webhook-deliveries?status=dead`, { headers: admin });
    expect(((await log.json()) as { items: Array<{ id: string }> }).items.map((d) => d.id)).toEqual([dead!.id]);

    const res = await app.request(`/v1/agent/projects/${projectId}/webhook-deliveries/${dead!.id}/redeliver`, { method: 'POST', headers: admin });
    expect(await res.json()).toMatchObject({ status: 'succeeded', attempts: MAX_ATTEMPTS + 1, lastStatusCode: 200 });
  });

  it('delivers nothing that happens while a webhook is paused, and only the subscribed types', async () => {
    const hooks = `/v1/agent/projects/${projectId}/webhooks`;
    const [webhook] = ((await (await app.request(hooks, { headers: admin })).json()) as { items: Array<{ id: string }> }).items;
    const pause = (active: boolean) => app.request(`${hooks}/${webhook!.id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ active }) });
    expect((await pause(false)).status).toBe(200);
    const paused = await file('Tooltip covers the save button');
    expect(await dispatchOnce(deps, 'instance-a')).toMatchObject({ fannedOut: 0, attempted: 0 });
    clock.advance(1_000);
    await pause(true);
    expect(await dispatchOnce(deps, 'instance-a')).toMatchObject({ fannedOut: 0, attempted: 0 });
    await patch(paused.ticket.id, { status: 'in_progress' });
    expect(await dispatchOnce(deps, 'instance-a')).toMatchObject({ fannedOut: 1, succeeded: 1 });
    expect(payloads().map((p) => [p.type, p.data.ticketId])).toEqual([['ticket.updated', paused.ticket.id]]);

    await app.request(`${hooks}/${webhook!.id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ events: ['csat.received'] }) });
    await patch(paused.ticket.id, { status: 'resolved' });
    await file('Another one for the log');
    expect(await dispatchOnce(deps, 'instance-a')).toMatchObject({ fannedOut: 0, attempted: 0 });
    expect(receiver.received).toHaveLength(1);
  });
});
