import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportReceiptSchema } from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { fixedClock } from '../clock.js';
import type { Deps } from '../deps.js';
import { openDatabase, type DialectName, type OpenDatabase } from '../storage/connect.js';
import { migrateToLatest } from '../storage/migrate.js';
import { readCursor } from '../storage/repositories/webhook-cursor.js';
import { createPostgresDatabase, DIALECTS, TEST_SECRET } from '../test-support/databases.js';
import { postReport, reportBody } from '../test-support/reports.js';
import { initInstance } from './setup.js';
import { dispatchOnce, startWebhookDispatcher } from './webhook-dispatcher.js';
import { FANOUT_CURSOR, fanOut } from './webhook-fanout.js';
import { attemptDelivery } from './webhook-send.js';
import { verifyWebhookSignature } from './webhook-signature.js';

/** A receiver that checks signatures and answers the queued status codes, then 200. */
async function startReceiver(secret: () => string, now: () => Date) {
  const received: Array<{ eventId: string; status: number }> = [];
  const replies: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const h = req.headers as Record<string, string>;
      const check = verifyWebhookSignature(secret(), h['aftercare-webhook-timestamp'], Buffer.concat(chunks), h['aftercare-webhook-signature'], { now: now() });
      const status = check.valid ? (replies.shift() ?? 200) : 400;
      received.push({ eventId: h['aftercare-webhook-id']!, status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/in`, received, replies, close };
}

describe.each(DIALECTS)('webhook deliveries across restarts on %s', (dialect: DialectName) => {
  const clock = fixedClock('2026-03-02T10:00:00.000Z');
  let url: string;
  let dir: string | undefined;
  const open: OpenDatabase[] = [];
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let secret = '';
  let key = '';
  let adminToken = '';

  /** A server instance's dependencies over the shared database. */
  function instance(): Deps {
    const database = openDatabase(url, { poolSize: 4 });
    open.push(database);
    return { db: database.db, dialect: database.dialect, clock, config: { secret: TEST_SECRET } };
  }
  const stop = async (deps: Deps) => {
    const database = open.find((d) => d.db === deps.db)!;
    open.splice(open.indexOf(database), 1);
    await database.close();
  };
  async function file(deps: Deps, message: string): Promise<string> {
    clock.advance(1_000);
    const res = await createApp(deps).request('/v1/reports', postReport(key, reportBody({ message })));
    return reportReceiptSchema.parse(await res.json()).ticket.id;
  }
  const succeededPerEvent = () => {
    const counts = new Map<string, number>();
    for (const r of receiver.received) if (r.status === 200) counts.set(r.eventId, (counts.get(r.eventId) ?? 0) + 1);
    return counts;
  };

  beforeAll(async () => {
    if (dialect === 'sqlite') {
      dir = await mkdtemp(join(tmpdir(), 'aftercare-webhooks-'));
      url = join(dir, 'aftercare.sqlite');
    } else {
      url = await createPostgresDatabase();
    }
    const first = instance();
    await migrateToLatest(first.db);
    const init = await initInstance(first, { name: 'Shop', slug: 'shop' });
    key = init.projectKey;
    adminToken = init.adminToken;
    receiver = await startReceiver(() => secret, () => clock.now());
    const res = await createApp(first).request(`/v1/agent/projects/${init.projectId}/webhooks`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: receiver.url }),
    });
    secret = ((await res.json()) as { secret: string }).secret;
    await stop(first);
  });
  afterAll(async () => {
    await receiver.close();
    for (const database of open.splice(0)) await database.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('loses nothing and sends nothing twice when the dispatcher restarts in the middle of retrying', async () => {
    const a = instance();
    receiver.replies.push(503, 503);
    const ticketId = await file(a, 'Invoice PDF is blank');
    const patch = await createApp(a).request(`/v1/agent/tickets/${ticketId}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'in_progress' }),
    });
    expect(patch.status).toBe(200);
    expect(await dispatchOnce(a, 'instance-a')).toMatchObject({ leader: true, fannedOut: 2, attempted: 2, failed: 2 });
    await file(a, 'Export button missing'); // written, never fanned out by instance a
    await stop(a); // the process dies: no goodbye, its lease still runs

    const b = instance();
    expect(await dispatchOnce(b, 'instance-b')).toMatchObject({ leader: false, attempted: 0 });
    clock.advance(121_000); // the old lease expires; the retries are due
    expect(await dispatchOnce(b, 'instance-b')).toMatchObject({ leader: true, fannedOut: 1, attempted: 3, succeeded: 3 });
    expect(await dispatchOnce(b, 'instance-b')).toMatchObject({ fannedOut: 0, attempted: 0 });
    expect(await dispatchOnce(b, 'instance-a')).toMatchObject({ leader: false });

    expect(receiver.received.map((r) => r.status).sort()).toEqual([200, 200, 200, 503, 503]);
    expect([...succeededPerEvent().values()]).toEqual([1, 1, 1]);
    const rows = await b.db.selectFrom('webhook_deliveries').select(['status', 'attempts']).execute();
    expect(rows.map((r) => `${r.status}:${Number(r.attempts)}`).sort()).toEqual(['succeeded:1', 'succeeded:2', 'succeeded:2']);
    expect(Number((await b.db.selectFrom('webhook_attempts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(5);
    await stop(b);
  });

  it('never creates or sends a delivery twice when instances overlap', async () => {
    const a = instance();
    // Two better-sqlite3 connections in one thread cannot interleave write transactions (the busy
    // wait blocks the thread that holds the lock), so on SQLite the two instances share one.
    const b = dialect === 'sqlite' ? { ...a } : instance();
    for (const message of ['Avatar is cropped', 'Wrong currency symbol', 'Tab order broken']) await file(a, message);
    const created = await Promise.all([fanOut(a), fanOut(b), fanOut(a)]);
    expect(created.reduce((x, y) => x + y, 0)).toBe(3);
    const pending = await a.db.selectFrom('webhook_deliveries').select('id').where('status', '=', 'pending').execute();
    expect(pending).toHaveLength(3);
    // Two senders race for each delivery; the claim lets one through.
    const outcomes = await Promise.all(pending.flatMap(({ id }) => [a, b].map((deps) => attemptDelivery(deps, id, { trigger: 'automatic', dueOnly: true }))));
    expect(outcomes.filter((o) => o !== null)).toHaveLength(3);
    expect([...succeededPerEvent().values()].every((n) => n === 1)).toBe(true);
    expect(succeededPerEvent().size).toBe(6);
    await stop(a);
    if (b.db !== a.db) await stop(b);
  });

  it('picks up an event that committed after the cursor had moved past it', async () => {
    const deps = instance();
    clock.advance(121_000);
    await file(deps, 'Settings page flickers');
    expect(await dispatchOnce(deps, 'instance-c')).toMatchObject({ leader: true, attempted: 1, succeeded: 1 });
    const cursor = await readCursor(deps.db, FANOUT_CURSOR);
    // A transaction that took its id 5 s before the cursor's event, and committed only now.
    const lateId = `${(Number.parseInt(cursor.slice(0, 12), 16) - 5_000).toString(16).padStart(12, '0')}000000${'ab'.repeat(7)}`;
    const project = await deps.db.selectFrom('projects').select('id').executeTakeFirstOrThrow();
    await deps.db
      .insertInto('outbox_events')
      .values({ id: lateId, project_id: project.id, type: 'sla.warning', payload: '{"ticketId":"t"}', created_at: clock.now().toISOString() })
      .execute();
    expect(lateId < cursor).toBe(true);
    expect(await dispatchOnce(deps, 'instance-c')).toMatchObject({ fannedOut: 1, succeeded: 1 });
    expect(succeededPerEvent().get(lateId)).toBe(1);
    await stop(deps);
  });

  it('runs on a timer until stopped, and stopping waits for the pass in hand', async () => {
    const deps = instance();
    clock.advance(121_000);
    await file(deps, 'Chart tooltips overlap');
    const before = receiver.received.length;
    const stopDispatcher = startWebhookDispatcher(deps, { intervalMs: 20, holder: 'instance-d' });
    for (let i = 0; i < 200 && receiver.received.length === before; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await stopDispatcher();
    expect(receiver.received.length).toBe(before + 1);
    const count = receiver.received.length;
    await file(deps, 'Nothing sends this one');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(receiver.received.length).toBe(count);
    await stop(deps);
  });
});
