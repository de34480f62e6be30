import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../client.js';
import type { ReportInput } from '../schemas/index.js';
import { createFakeServer, type FakeServer } from '../../test-support/fake-server.js';
import { createEmitter, type DeliveryEvents } from './events.js';
import { createOutbox, type Outbox } from './outbox.js';
import { createMemoryStore, type OutboxStore } from './outbox-store.js';

let server: FakeServer;
let store: OutboxStore;
let seen: Array<{ name: keyof DeliveryEvents; event: DeliveryEvents[keyof DeliveryEvents] }>;
const outboxes: Outbox[] = [];

function makeOutbox(over: OutboxStore = store): Outbox {
  const client = createClient({ endpoint: 'https://support.test', projectKey: 'pk_test', fetch: server.fetch });
  const events = createEmitter<DeliveryEvents>();
  for (const name of ['queued', 'sent', 'failed'] as const) events.on(name, (event) => seen.push({ name, event }));
  const outbox = createOutbox({ store: over, transport: (p) => client.send(p), events, random: () => 0.5 });
  outboxes.push(outbox);
  return outbox;
}

let counter = 0;
function payload(): ReportInput {
  counter++;
  return createClient({ endpoint: 'https://x.test', projectKey: 'k' }).prepare({ kind: 'bug', message: `report ${counter}` });
}

const posts = () => server.requests.filter((r) => r.method === 'POST');

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2025-03-01T12:00:00Z') });
  server = createFakeServer();
  store = createMemoryStore();
  seen = [];
});

afterEach(async () => {
  for (const outbox of outboxes.splice(0)) await outbox.close();
  vi.useRealTimers();
});

describe('outbox', () => {
  it('sends at once when the server is up and keeps nothing', async () => {
    const outbox = makeOutbox();
    const report = payload();
    const outcome = await outbox.enqueue(report);
    expect(outcome).toMatchObject({ status: 'sent', id: report.id, receipt: { reportId: report.id } });
    expect(await store.all()).toEqual([]);
    expect(seen.map((s) => s.name)).toEqual(['sent']);
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.body).toEqual(report);
    expect(posts()[0]?.headers['x-aftercare-key']).toBe('pk_test');
  });

  it('keeps a report while the server is down and retries on the backoff schedule', async () => {
    server.set({ type: 'down' });
    const outbox = makeOutbox();
    const report = payload();
    const start = Date.now();
    expect(await outbox.enqueue(report)).toMatchObject({ status: 'queued', id: report.id });
    const [stored] = await store.all();
    expect(stored).toMatchObject({ id: report.id, attempts: 1, nextAttemptAt: start + 500, lastError: { code: 'network_error', status: 0 } });
    expect(seen).toEqual([
      { name: 'queued', event: { id: report.id, attempts: 1, retryAt: start + 500, error: expect.objectContaining({ code: 'network_error' }) } },
    ]);

    // Full jitter with random 0.5: 500, 1000, 2000 ms after each failure.
    await vi.advanceTimersByTimeAsync(499);
    expect(posts()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(posts()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(posts()).toHaveLength(3);
    server.set({ type: 'up' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(posts()).toHaveLength(4);
    expect(seen.at(-1)).toMatchObject({ name: 'sent', event: { id: report.id, attempts: 4 } });
    expect(await store.all()).toEqual([]);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(posts()).toHaveLength(4);
    expect(server.stored.size).toBe(1);
  });

  it('honours 429 Retry-After even on a forced flush', async () => {
    server.queue({ type: 'error', status: 429, code: 'rate_limited', headers: { 'Retry-After': '30' } });
    const outbox = makeOutbox();
    const report = payload();
    expect((await outbox.enqueue(report)).status).toBe('queued');
    await outbox.flush({ force: true });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(posts()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(501);
    expect(posts()).toHaveLength(2);
    expect(server.stored.has(report.id)).toBe(true);
    expect(seen.map((s) => s.name)).toEqual(['queued', 'sent']);
  });

  it('retries a 503 that is not even JSON', async () => {
    server.queue({ type: 'error', status: 503, html: true });
    const outbox = makeOutbox();
    const report = payload();
    const outcome = await outbox.enqueue(report);
    expect(outcome).toMatchObject({ status: 'queued', error: { status: 503, code: 'invalid_response' } });
    await vi.advanceTimersByTimeAsync(500);
    expect(server.stored.has(report.id)).toBe(true);
  });

  it.each([
    [400, 'validation_failed'],
    [401, 'unknown_project_key'],
    [413, 'payload_too_large'],
  ])('drops a report the server refuses with %i %s, with a reason', async (status, code) => {
    server.set({ type: 'error', status, code });
    const outbox = makeOutbox();
    const report = payload();
    const outcome = await outbox.enqueue(report);
    expect(outcome).toMatchObject({ status: 'failed', error: { status, code } });
    expect(await store.all()).toEqual([]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ name: 'failed', event: { id: report.id, attempts: 1, code, status } });
    expect((seen[0]?.event as DeliveryEvents['failed']).reason).toContain('will not be retried');
    await vi.advanceTimersByTimeAsync(600_000);
    expect(posts()).toHaveLength(1);
  });

  it('sends a report once however many flushes race for it', async () => {
    server.set({ type: 'down' });
    const outbox = makeOutbox();
    const report = payload();
    await outbox.enqueue(report);
    server.set({ type: 'up' });
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush(), vi.advanceTimersByTimeAsync(500), outbox.flush()]);
    await vi.advanceTimersByTimeAsync(600_000);
    const ids = posts().map((r) => (r.body as ReportInput).id);
    expect(ids.filter((id) => id === report.id)).toHaveLength(2); // the failed first try and one delivery
    expect(seen.filter((s) => s.name === 'sent')).toHaveLength(1);
  });

  it('never sends a report that is already in flight', async () => {
    server.set({ type: 'up', delayMs: 100 });
    const outbox = makeOutbox();
    const report = payload();
    const enqueued = outbox.enqueue(report);
    const flushed = outbox.flush();
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await enqueued).status).toBe('sent');
    await flushed;
    expect(posts()).toHaveLength(1);
  });

  it('skips a report delivered while a flush was busy with another', async () => {
    server.set({ type: 'down' });
    const outbox = makeOutbox();
    const older = payload();
    await outbox.enqueue(older);
    const newer = payload();
    // The flush starts on the older report (slow); the newer one's own first try ends first.
    server.set({ type: 'up', delayMs: (body) => ((body as ReportInput).id === newer.id ? 50 : 200) });
    const enqueued = outbox.enqueue(newer);
    const flushed = outbox.flush();
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all([enqueued, flushed]);
    const count = (id: string) => posts().filter((r) => (r.body as ReportInput).id === id).length;
    expect(count(older.id)).toBe(2);
    expect(count(newer.id)).toBe(1);
    expect(await outbox.pending()).toEqual([]);
  });

  it('retries after a lost response and the server still holds the report once', async () => {
    server.queue({ type: 'lose-response' });
    const outbox = makeOutbox();
    const report = payload();
    expect((await outbox.enqueue(report)).status).toBe('queued');
    await vi.advanceTimersByTimeAsync(500);
    expect(posts()).toHaveLength(2);
    expect(new Set(posts().map((r) => (r.body as ReportInput).id))).toEqual(new Set([report.id]));
    expect(server.stored.size).toBe(1);
    expect(seen.at(-1)).toMatchObject({ name: 'sent', event: { receipt: { reportId: report.id } } });
  });

  it('delivers what an earlier outbox left in the same store', async () => {
    server.set({ type: 'down' });
    const first = makeOutbox();
    const a = payload();
    const b = payload();
    await first.enqueue(a);
    await first.enqueue(b);
    await first.close();
    expect((await first.pending()).map((r) => r.id)).toEqual([a.id, b.id]);

    server.set({ type: 'up' });
    const second = makeOutbox(store);
    await second.flush();
    expect([...server.stored.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(await second.pending()).toEqual([]);
  });

  it('stops retrying once closed', async () => {
    server.set({ type: 'down' });
    const outbox = makeOutbox();
    await outbox.enqueue(payload());
    await outbox.close();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(posts()).toHaveLength(1);
    expect(await store.all()).toHaveLength(1);
  });
});

