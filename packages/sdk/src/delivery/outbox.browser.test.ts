/**
 * Delivery in Chromium: the IndexedDB outbox survives a reload (a new store
 * over the same database), and a report made while the server is down is
 * queued and then delivered exactly once when the browser is back online.
 */
import { afterEach, assert, assertEqual, describe, it, waitFor } from '../../test-support/browser-assert.js';
import { createFakeServer } from '../../test-support/fake-server.js';
import { createAftercare, type Aftercare } from '../aftercare.js';
import { createClient } from '../client.js';
import type { ReportInput } from '../schemas/index.js';
import { createIndexedDbStore } from './indexeddb-store.js';

const open: Aftercare[] = [];
afterEach(async () => {
  for (const aftercare of open.splice(0)) await aftercare.close();
});

function uniqueDbName(): string {
  return `aftercare-test-${crypto.randomUUID()}`;
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

describe('IndexedDB outbox store', () => {
  it('keeps a record across a reopen of the same database', async () => {
    const name = uniqueDbName();
    const payload = createClient({ endpoint: 'https://x.test', projectKey: 'k' }).prepare({ kind: 'bug', message: 'kept' });
    const first = createIndexedDbStore({ name });
    await first.put({ id: payload.id, payload, queuedAt: 1, attempts: 2, nextAttemptAt: 3, lastError: { code: 'network_error', status: 0, message: 'x' } });
    first.close?.();

    const second = createIndexedDbStore({ name });
    const records = await second.all();
    assertEqual(records, [{ id: payload.id, payload, queuedAt: 1, attempts: 2, nextAttemptAt: 3, lastError: { code: 'network_error', status: 0, message: 'x' } }]);
    await second.delete(payload.id);
    assertEqual(await second.all(), []);
    second.close?.();
    await deleteDb(name);
  });
});

describe('createAftercare delivery in Chromium', () => {
  it('server down → queued → back online → exactly one delivery', async () => {
    const name = uniqueDbName();
    const server = createFakeServer();
    server.set({ type: 'down' });
    const aftercare = createAftercare({
      endpoint: location.origin,
      projectKey: 'pk_test',
      fetch: server.fetch,
      storage: createIndexedDbStore({ name }),
      retry: { baseMs: 60_000 },
    });
    open.push(aftercare);
    const sent: string[] = [];
    aftercare.on('sent', ({ id }) => sent.push(id));

    const result = await aftercare.report({ kind: 'bug', message: 'The page froze' });
    assertEqual(result.status, 'queued');
    assertEqual((await aftercare.pending()).map((r) => r.id), [result.id]);

    server.set({ type: 'up' });
    // The retry timer is a minute away: only the online event can deliver now, and
    // several at once must not send the report twice.
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await waitFor(() => sent.length > 0);
    await aftercare.flush();

    const posts = server.requests.filter((r) => r.method === 'POST');
    const delivered = posts.length - 1; // the first request hit the server while it was down
    assertEqual(delivered, 1, 'one delivery after the outage');
    assertEqual(new Set(posts.map((r) => (r.body as ReportInput).id)).size, 1, 'one distinct report id');
    assertEqual([...server.stored.keys()], [result.id]);
    assertEqual(sent, [result.id]);
    assertEqual(await aftercare.pending(), []);
    await deleteDb(name);
  });

  it('a visibility change flushes the outbox too', async () => {
    const server = createFakeServer();
    server.set({ type: 'down' });
    const aftercare = createAftercare({ endpoint: location.origin, projectKey: 'pk', fetch: server.fetch, storage: 'memory', retry: { baseMs: 60_000 } });
    open.push(aftercare);
    const result = await aftercare.report({ kind: 'bug', message: 'x' });
    assertEqual(result.status, 'queued');
    server.set({ type: 'up' });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => server.stored.has(result.id));
  });

  it('a report queued before a reload is delivered by the next page load', async () => {
    const name = uniqueDbName();
    const down = createFakeServer();
    down.set({ type: 'down' });
    const before = createAftercare({ endpoint: location.origin, projectKey: 'pk', fetch: down.fetch, storage: createIndexedDbStore({ name }), autoFlush: false });
    const result = await before.report({ kind: 'bug', message: 'Sent just before a reload' });
    assertEqual(result.status, 'queued');
    await before.close();

    const up = createFakeServer();
    const after = createAftercare({ endpoint: location.origin, projectKey: 'pk', fetch: up.fetch, storage: createIndexedDbStore({ name }) });
    open.push(after);
    await waitFor(() => up.stored.has(result.id));
    const body = up.stored.get(result.id) as ReportInput;
    assertEqual(body.message, 'Sent just before a reload');
    await waitFor(async () => (await after.pending()).length === 0);
    await deleteDb(name);
  });

  it('the SDK endpoint never shows in its own network log, and logged URLs are redacted', async () => {
    const server = createFakeServer();
    const aftercare = createAftercare({
      endpoint: `${location.origin}/`,
      projectKey: 'pk',
      storage: 'memory',
      collectors: { network: true },
    });
    open.push(aftercare);
    await fetch(`${location.origin}/v1/reports`).catch(() => undefined);
    await fetch('/__missing__/app-call?token=abc123&page=2');
    const payload = aftercare.preview({ kind: 'bug', message: 'x' });
    const urls = ((payload.diagnostics.network ?? []) as Array<{ url: string }>).map((e) => e.url.slice(location.origin.length));
    assertEqual(urls, ['/__missing__/app-call?token=[redacted]&page=2']);
    assert(server.requests.length === 0, 'nothing sent');
  });
});
