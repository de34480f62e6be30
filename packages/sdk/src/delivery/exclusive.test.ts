import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeServer, type FakeServer } from '../../test-support/fake-server.js';
import { createClient } from '../client.js';
import { createEmitter, type DeliveryEvents } from './events.js';
import { BUSY, type Exclusive } from './exclusive.js';
import { createOutbox, type Outbox } from './outbox.js';
import { createMemoryStore, type OutboxStore } from './outbox-store.js';

/** Locks shared by the outboxes of one test, like Web Locks across tabs. */
function sharedLocks(): Exclusive {
  const held = new Set<string>();
  return async (key, task) => {
    if (held.has(key)) return BUSY;
    held.add(key);
    try {
      return await task();
    } finally {
      held.delete(key);
    }
  };
}

let server: FakeServer;
let store: OutboxStore;
const outboxes: Outbox[] = [];
const sent: string[] = [];

function makeOutbox(exclusive: Exclusive): Outbox {
  const client = createClient({ endpoint: 'https://support.test', projectKey: 'pk', fetch: server.fetch });
  const events = createEmitter<DeliveryEvents>();
  events.on('sent', ({ id }) => sent.push(id));
  const outbox = createOutbox({ store, transport: (p, f) => client.send(p, f), events, random: () => 0.5, exclusive });
  outboxes.push(outbox);
  return outbox;
}

const payload = () => createClient({ endpoint: 'https://x.test', projectKey: 'k' }).prepare({ kind: 'bug', message: 'shared' });

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2025-03-01T12:00:00Z') });
  server = createFakeServer();
  store = createMemoryStore();
  sent.length = 0;
});

afterEach(async () => {
  for (const outbox of outboxes.splice(0)) await outbox.close();
  vi.useRealTimers();
});

describe('outboxes sharing a store', () => {
  it('send a queued report once however they race', async () => {
    const locks = sharedLocks();
    const first = makeOutbox(locks);
    const second = makeOutbox(locks);
    server.set({ type: 'down' });
    const report = payload();
    await first.enqueue(report, { screenshot: new Blob([new Uint8Array(3)], { type: 'image/webp' }) });
    server.set({ type: 'up', delayMs: 50 });
    await Promise.all([first.flush(), second.flush(), second.flush(), vi.advanceTimersByTimeAsync(5_000)]);
    await vi.advanceTimersByTimeAsync(600_000);
    const posts = server.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2); // the attempt during the outage, then one delivery
    expect(sent).toEqual([report.id]);
    expect(await store.all()).toEqual([]);
  });

  it('an outbox that finds a report busy elsewhere leaves it alone, then skips it once it is gone', async () => {
    const locks = sharedLocks();
    const first = makeOutbox(locks);
    const second = makeOutbox(locks);
    server.set({ type: 'down' });
    const report = payload();
    await first.enqueue(report);
    server.set({ type: 'up', delayMs: 1_000 });
    const slow = first.flush();
    await vi.advanceTimersByTimeAsync(10);
    await second.flush(); // busy: the first outbox holds the lock
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5_000);
    await slow;
    await second.flush();
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(sent).toEqual([report.id]);
    expect(await second.pending()).toEqual([]);
  });
});
