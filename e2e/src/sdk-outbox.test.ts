/**
 * The SDK's outbox end to end: the demo page served by the real server, the
 * SDK bundle (with the screenshot module) loaded into it, and puppeteer's
 * request interception as the network edge. A report with a screenshot is
 * filed while the server refuses connections, survives a real page reload,
 * meets a 503, and is delivered when the edge lets it through: exactly one
 * ticket exists, checked through the agent API and by the next ticket number.
 * The page's SDK files into a project of its own (made with `initInstance`,
 * which also gives the agent token), so its outbox database is not the one
 * the demo page's widget keeps for the demo project.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@aftercare/sdk';
import type { ReportReceipt } from '@aftercare/sdk/schemas';
import { initInstance, openDatabase, systemClock } from '@aftercare/server';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { launchChromium, startDemoServer } from './support.js';

const sdkDir = fileURLToPath(new URL('../../packages/sdk/', import.meta.url));

/** The built SDK and screenshot module as one classic script defining `window.AftercareE2E`. */
async function sdkBundle(): Promise<string> {
  // esbuild comes with the SDK's browser-test tooling; e2e needs no dependency of its own.
  const fromSdk = createRequire(`${sdkDir}package.json`);
  const esbuild = (await import(createRequire(fromSdk.resolve('@web/dev-server-esbuild')).resolve('esbuild'))) as {
    build(options: Record<string, unknown>): Promise<{ outputFiles: Array<{ text: string }> }>;
  };
  const result = await esbuild.build({
    stdin: {
      contents: "export { createAftercare } from './dist/index.js'; export { captureViewport } from './dist/screenshot/index.js';",
      resolveDir: sdkDir,
    },
    bundle: true,
    format: 'iife',
    globalName: 'AftercareE2E',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** What the edge does with `POST /v1/reports`. */
type Edge = 'refuse' | 'unavailable' | 'through';

interface PageSdk {
  createAftercare(options: Record<string, unknown>): {
    report(draft: unknown, files?: unknown): Promise<{ status: string; id: string }>;
    pending(): Promise<Array<{ id: string; files?: { screenshot?: Blob } }>>;
    on(name: string, listener: (event: unknown) => void): () => void;
  };
  captureViewport(): Promise<{ blob: Blob; type: string }>;
}

describe('the SDK outbox in a real page against the real server', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let adminToken: string;
  let projectKey: string;
  let edge: Edge = 'refuse';
  const reachedServer: Array<{ contentType: string }> = [];
  const stoppedAtEdge: Edge[] = [];

  beforeAll(async () => {
    // startDemoServer makes its database under os.tmpdir(): point that at a directory of ours to find it.
    const previous = process.env.TMPDIR;
    const ours = await mkdtemp(join(tmpdir(), 'aftercare-sdk-e2e-'));
    process.env.TMPDIR = ours;
    try {
      server = await startDemoServer();
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
    const [dir] = await readdir(ours);
    const database = openDatabase(join(ours, dir!, 'e2e.sqlite'));
    const deps = { db: database.db, dialect: database.dialect, clock: systemClock, config: { secret: 'unused-here' } };
    ({ adminToken, projectKey } = await initInstance(deps, { name: 'SDK e2e', slug: 'sdk-e2e' }));
    await database.close();

    browser = await launchChromium();
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.evaluateOnNewDocument(await sdkBundle());
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => void intercept(request));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function intercept(request: HTTPRequest): Promise<void> {
    const isReport = request.method() === 'POST' && request.url() === `${server.url}/v1/reports`;
    if (!isReport || edge === 'through') {
      if (isReport) reachedServer.push({ contentType: request.headers()['content-type'] ?? '' });
      return request.continue();
    }
    stoppedAtEdge.push(edge);
    if (edge === 'refuse') return request.abort('connectionrefused');
    return request.respond({
      status: 503,
      headers: { 'retry-after': '1', 'access-control-allow-origin': '*' },
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'unavailable', message: 'Down for maintenance' } }),
    });
  }

  /** Starts the SDK in the page the way a host app does on every load. */
  async function startSdk(): Promise<void> {
    await page.evaluate((projectKey) => {
      const sdk = (window as unknown as { AftercareE2E: PageSdk }).AftercareE2E;
      const aftercare = sdk.createAftercare({ endpoint: location.origin, projectKey, retry: { baseMs: 300, maxMs: 600 } });
      const w = window as unknown as { aftercare: typeof aftercare; sent: unknown[] };
      w.aftercare = aftercare;
      w.sent = [];
      aftercare.on('sent', (event) => w.sent.push(event));
    }, projectKey);
  }

  async function agent<T>(path: string): Promise<T> {
    const response = await fetch(`${server.url}/v1/agent${path}`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  }

  let filed: { id: string; screenshotBytes: number; receipt: ReportReceipt };

  it('files a report with a screenshot exactly once across refused connections, a reload and a 503', async () => {
    edge = 'refuse';
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await startSdk();
    const queued = await page.evaluate(async () => {
      const w = window as unknown as { AftercareE2E: PageSdk; aftercare: ReturnType<PageSdk['createAftercare']> };
      const shot = await w.AftercareE2E.captureViewport();
      const result = await w.aftercare.report({ kind: 'bug', message: 'The Save note button does nothing after the outage' }, { screenshot: shot.blob });
      const [record] = await w.aftercare.pending();
      return { result, screenshotBytes: shot.blob.size, stored: record?.files?.screenshot?.size ?? 0 };
    });
    expect(queued.result.status).toBe('queued');
    expect(queued.stored).toBe(queued.screenshotBytes);
    expect(stoppedAtEdge).toContain('refuse');

    // A real reload: the page's SDK starts again from IndexedDB and meets a 503 with Retry-After.
    edge = 'unavailable';
    await page.reload({ waitUntil: 'load' });
    await startSdk();
    await waitUntil(() => stoppedAtEdge.includes('unavailable'));
    const pending = await page.evaluate(async () => {
      const w = window as unknown as { aftercare: ReturnType<PageSdk['createAftercare']> };
      return (await w.aftercare.pending()).map((r) => ({ id: r.id, screenshot: r.files?.screenshot?.size ?? 0 }));
    });
    expect(pending).toEqual([{ id: queued.result.id, screenshot: queued.screenshotBytes }]);

    edge = 'through';
    const sent = await waitUntil(() =>
      page.evaluate(() => (window as unknown as { sent: Array<{ id: string; receipt: ReportReceipt }> }).sent[0]),
    );
    expect(sent.id).toBe(queued.result.id);
    filed = { id: sent.id, screenshotBytes: queued.screenshotBytes, receipt: sent.receipt };
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await page.evaluate(() => (window as unknown as { sent: unknown[] }).sent.length)).toBe(1);
    expect(await page.evaluate(async () => (await (window as unknown as { aftercare: ReturnType<PageSdk['createAftercare']> }).aftercare.pending()).length)).toBe(0);

    // Exactly one ticket, holding exactly one report, with our id.
    const detail = await agent<{ ticket: { id: string; projectId: string }; reports: Array<{ id: string }> }>(`/tickets/${sent.receipt.ticket.id}`);
    expect(detail.reports.map((r) => r.id)).toEqual([queued.result.id]);
    const list = await agent<{ items: Array<{ id: string }> }>(`/projects/${detail.ticket.projectId}/tickets`);
    expect(list.items.map((t) => t.id)).toEqual([sent.receipt.ticket.id]);
    // And by filing count: the next report opens ticket #2.
    const control = await createClient({ endpoint: server.url, projectKey }).report({
      kind: 'question',
      message: 'Control: where can I download my invoices?',
      page: { url: 'app://e2e/control' },
    });
    expect([sent.receipt.ticket.number, control.ticket.number]).toEqual([1, 2]);
  });

  // Against a server from before multipart the SDK files the report without its files (after a
  // 415): this test is what says the screenshot really arrived, once, by multipart.
  it('the delivered report carries the screenshot, sent once as multipart', async () => {
    const multipart = reachedServer.filter((r) => r.contentType.startsWith('multipart/form-data'));
    expect(multipart).toHaveLength(1);
    expect(reachedServer).toHaveLength(1);
    const detail = await agent<{ reports: Array<{ id: string; attachments: Array<{ kind: string; contentType: string; size: number; url: string }> }> }>(
      `/tickets/${filed.receipt.ticket.id}`,
    );
    const [report] = detail.reports;
    expect(report?.attachments).toEqual([expect.objectContaining({ kind: 'screenshot', contentType: 'image/webp', size: filed.screenshotBytes })]);
    const url = new URL(report!.attachments[0]!.url, server.url);
    const download = await fetch(url, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(download.status).toBe(200);
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect(bytes.length).toBe(filed.screenshotBytes);
    expect(String.fromCharCode(...bytes.subarray(0, 4), ...bytes.subarray(8, 12))).toBe('RIFFWEBP');
  });
});

/** Resolves with `check()`'s first truthy value, polling; rejects after `timeoutMs`. */
async function waitUntil<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('waitUntil: timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
