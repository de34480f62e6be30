/**
 * Files in the browser outbox: IndexedDB keeps a report's screenshot and
 * attachments (as Blobs) across a reopen of the database, and a report with
 * a real captured screenshot, queued while the server is down, is delivered
 * once by the next page's SDK, as multipart with the same bytes; two SDKs
 * over one database (the widget's and the host app's, or two tabs) send it
 * once between them, coordinated by Web Locks.
 */
import { afterEach, assert, assertEqual, describe, it, waitFor } from '../../test-support/browser-assert.js';
import { createFakeServer } from '../../test-support/fake-server.js';
import { createAftercare, type Aftercare } from '../aftercare.js';
import { createClient } from '../client.js';
import { captureViewport } from '../screenshot/capture-viewport.js';
import { createIndexedDbStore } from './indexeddb-store.js';

const open: Aftercare[] = [];
afterEach(async () => {
  for (const aftercare of open.splice(0)) await aftercare.close();
  document.body.innerHTML = '';
});

const uniqueDbName = () => `aftercare-files-${crypto.randomUUID()}`;
const bytesOf = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

describe('the IndexedDB outbox with files', () => {
  it('keeps a screenshot Blob and attachment Files across a reopen', async () => {
    const name = uniqueDbName();
    const payload = createClient({ endpoint: 'https://x.test', projectKey: 'k' }).prepare({ kind: 'bug', message: 'kept with files' });
    const screenshot = new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/webp' });
    const attachment = new File(['steps to reproduce'], 'steps.txt', { type: 'text/plain' });
    const first = createIndexedDbStore({ name });
    await first.put({ id: payload.id, payload, files: { screenshot, attachments: [attachment] }, queuedAt: 1, attempts: 0, nextAttemptAt: 1 });
    first.close?.();

    const second = createIndexedDbStore({ name });
    const [record] = await second.all();
    assertEqual(record?.payload, payload);
    assert(record?.files?.screenshot instanceof Blob, 'the screenshot comes back as a Blob');
    assertEqual(record.files.screenshot.type, 'image/webp');
    assertEqual(await bytesOf(record.files.screenshot), [1, 2, 3, 4]);
    const [file] = record.files.attachments ?? [];
    assert(file instanceof File, 'an attachment comes back as a File');
    assertEqual([file.name, file.type, await file.text()], ['steps.txt', 'text/plain', 'steps to reproduce']);
    second.close?.();
    await deleteDb(name);
  });
});

describe('reports with a screenshot in Chromium', () => {
  it('are sent as multipart/form-data with the report JSON, the screenshot and attachments', async () => {
    const server = createFakeServer();
    const aftercare = createAftercare({ endpoint: location.origin, projectKey: 'pk', fetch: server.fetch, storage: 'memory' });
    open.push(aftercare);
    const screenshot = new Blob([new Uint8Array([82, 73, 70, 70])], { type: 'image/webp' });
    const preview = aftercare.preview({ kind: 'bug', message: 'Chart is empty' });
    await aftercare.send(preview, { screenshot, attachments: [new File(['a'], 'a.txt', { type: 'text/plain' })] });

    const [request] = server.requests;
    assert(/^multipart\/form-data; boundary=/.test(request?.headers['content-type'] ?? ''), 'multipart content type with a boundary');
    assertEqual(request?.form?.names, ['report', 'screenshot', 'attachment']);
    assertEqual(request?.form?.report, preview);
    assert(request?.raw?.includes('name="screenshot"; filename="screenshot.webp"\r\nContent-Type: image/webp'), 'screenshot part headers');
    assert(request?.raw?.includes('name="attachment"; filename="a.txt"\r\nContent-Type: text/plain'), 'attachment part headers');
  });

  it('a report with a captured screenshot, queued during an outage, is filed once after a reload', async () => {
    document.body.innerHTML = '<h1 style="background:#ff8000">Checkout</h1><p data-aftercare-mask>card 4242</p>';
    const shot = await captureViewport();
    const original = await bytesOf(shot.blob);

    const name = uniqueDbName();
    const down = createFakeServer();
    down.set({ type: 'down' });
    const before = createAftercare({ endpoint: location.origin, projectKey: 'pk', fetch: down.fetch, storage: createIndexedDbStore({ name }), autoFlush: false });
    const result = await before.report({ kind: 'bug', message: 'Pay button does nothing' }, { screenshot: shot.blob });
    assertEqual(result.status, 'queued');
    await before.close();

    // The next page load: a new SDK over the same database, the server back.
    const up = createFakeServer();
    const after = createAftercare({ endpoint: location.origin, projectKey: 'pk', fetch: up.fetch, storage: createIndexedDbStore({ name }) });
    open.push(after);
    await waitFor(() => up.storedFiles.has(result.id));
    await waitFor(async () => (await after.pending()).length === 0);
    await after.flush();

    const received = up.storedFiles.get(result.id)!.screenshot!;
    assertEqual(received.type, shot.type);
    assertEqual(await bytesOf(received), original, 'the same screenshot bytes');
    assertEqual(up.requests.filter((r) => r.method === 'POST').length, 1, 'filed once');
    assertEqual((up.stored.get(result.id) as { message: string }).message, 'Pay button does nothing');
    await deleteDb(name);
  });
});

describe('two SDKs over one IndexedDB outbox', () => {
  it('send a queued report with a screenshot once between them', async () => {
    const projectKey = `pk_${crypto.randomUUID()}`;
    const server = createFakeServer();
    server.set({ type: 'down' });
    const options = { endpoint: location.origin, projectKey, fetch: server.fetch, storage: 'indexeddb' as const, retry: { baseMs: 60_000 } };
    const host = createAftercare({ ...options, autoFlush: false });
    const widget = createAftercare({ ...options, autoFlush: false });
    open.push(host, widget);
    const screenshot = new Blob([new Uint8Array(64 * 1024)], { type: 'image/webp' });
    const result = await host.report({ kind: 'bug', message: 'Sent once between two SDKs' }, { screenshot });
    assertEqual(result.status, 'queued');

    server.set({ type: 'up', delayMs: 100 });
    await Promise.all([host.flush(), widget.flush(), widget.flush(), host.flush()]);
    await waitFor(() => server.stored.has(result.id));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const posts = server.requests.filter((r) => r.method === 'POST');
    assertEqual(posts.length, 2, 'the attempt during the outage, then one delivery');
    assertEqual(await host.pending(), []);
    assertEqual(await widget.pending(), []);
    await deleteDb(`aftercare-outbox:${projectKey}`);
  });
});
