import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeServer, type FakeServer } from '../../test-support/fake-server.js';
import { createClient } from '../client.js';
import type { ReportFiles } from '../payload/report-files.js';
import { createEmitter, type DeliveryEvents } from './events.js';
import { createOutbox, type Outbox } from './outbox.js';
import { createMemoryStore, type OutboxStore } from './outbox-store.js';

let server: FakeServer;
let store: OutboxStore;
let events: Array<{ name: keyof DeliveryEvents; event: DeliveryEvents[keyof DeliveryEvents] }>;
const outboxes: Outbox[] = [];

function makeOutbox(): Outbox {
  const client = createClient({ endpoint: 'https://support.test', projectKey: 'pk', fetch: server.fetch });
  const emitter = createEmitter<DeliveryEvents>();
  for (const name of ['queued', 'sent', 'failed'] as const) emitter.on(name, (event) => events.push({ name, event }));
  const outbox = createOutbox({ store, transport: (payload, files) => client.send(payload, files), events: emitter, random: () => 0.5 });
  outboxes.push(outbox);
  return outbox;
}

const payload = () => createClient({ endpoint: 'https://x.test', projectKey: 'k' }).prepare({ kind: 'bug', message: 'with files' });
const files = (): ReportFiles => ({
  screenshot: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' }),
  attachments: [new File(['log line'], 'console.log', { type: 'text/plain' })],
});

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2025-03-01T12:00:00Z') });
  server = createFakeServer();
  store = createMemoryStore();
  events = [];
});

afterEach(async () => {
  for (const outbox of outboxes.splice(0)) await outbox.close();
  vi.useRealTimers();
});

describe('the outbox with files', () => {
  it('keeps the files with the report through an outage and files them once', async () => {
    server.set({ type: 'down' });
    const outbox = makeOutbox();
    const report = payload();
    expect((await outbox.enqueue(report, files())).status).toBe('queued');
    const [record] = await store.all();
    expect(record?.files?.screenshot?.size).toBe(3);
    expect(record?.files?.attachments?.[0]?.name).toBe('console.log');

    server.set({ type: 'up' });
    await vi.advanceTimersByTimeAsync(500);
    await vi.advanceTimersByTimeAsync(600_000);
    const posts = server.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts.every((r) => r.form?.names.join() === 'report,screenshot,attachment')).toBe(true);
    expect(server.stored.size).toBe(1);
    const stored = server.storedFiles.get(report.id)!;
    expect(new Uint8Array(await stored.screenshot!.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(await stored.attachments[0]!.text()).toBe('log line');
    expect(events.map((e) => e.name)).toEqual(['queued', 'sent']);
    expect(await store.all()).toEqual([]);
  });

  it('a lost answer is retried with the same files and the server holds the report once', async () => {
    server.queue({ type: 'lose-response' });
    const outbox = makeOutbox();
    const report = payload();
    expect((await outbox.enqueue(report, files())).status).toBe('queued');
    await vi.advanceTimersByTimeAsync(500);
    expect(server.requests).toHaveLength(2);
    expect(server.stored.size).toBe(1);
    expect(events.at(-1)).toMatchObject({ name: 'sent', event: { id: report.id, attempts: 2 } });
  });

  it.each([
    [400, 'invalid_multipart'],
    [413, 'attachment_too_large'],
    [415, 'unsupported_attachment_type'],
    [422, 'too_many_attachments'],
  ])('drops a report the server refuses with %i %s, with a reason, instead of looping', async (status, code) => {
    server.set({ type: 'error', status, code });
    const outbox = makeOutbox();
    const outcome = await outbox.enqueue(payload(), files());
    expect(outcome).toMatchObject({ status: 'failed', error: { code, status } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ name: 'failed', event: { code, status, reason: expect.stringContaining('will not be retried') } });
    expect(await store.all()).toEqual([]);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(server.requests).toHaveLength(1);
  });
});
