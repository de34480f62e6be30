/**
 * The console's knowledge base and webhooks in Chromium against the real
 * server: an agent drafts an article from a solved ticket, edits it,
 * previews it in the sandboxed frame and publishes it; the widget's public
 * endpoints find it, count a view and a deflection, and the console shows
 * them. Then an admin adds a webhook to a local receiver (its secret shown
 * once), a new report is delivered to it, the failed first delivery shows in
 * the log with its attempts, and a redelivery by hand succeeds. Screenshots
 * go to e2e/test-output/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createClient } from '@aftercare/sdk';
import type { ReportReceipt } from '@aftercare/sdk/schemas';
import type { RunningServer } from '@aftercare/server';
import type { Browser, Page } from 'puppeteer-core';
import { openRecordedPage, startConsoleServer, waitDeep as pollDeep, waitText as pollText } from './console-support.js';
import { OUTPUT_DIR, launchChromium } from './support.js';

const SECRET = 'e2e-console-content-secret-0123456789-abcdefgh';
const C = 'aftercare-console';

describe('the console\'s knowledge base and webhooks against the real server', () => {
  let server: RunningServer;
  let receiver: Server;
  let receiverUrl: string;
  let browser: Browser;
  let page: Page;
  let adminToken: string;
  let projectKey: string;
  let receipt: ReportReceipt;
  const received: Array<{ headers: Record<string, unknown>; body: string }> = [];
  const pageErrors: string[] = [];
  const failures: string[] = [];

  beforeAll(async () => {
    const init = await startConsoleServer('console-content-e2e', SECRET);
    server = init.server;
    adminToken = init.adminToken;
    projectKey = init.projectKey;

    // A receiver that fails the first delivery and accepts the rest.
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(received.length === 1 ? 500 : 204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/aftercare`;

    const client = createClient({ endpoint: server.url, projectKey });
    receipt = await client.report({
      kind: 'question', message: 'How do I get a refund for a duplicate charge? My email is ada@example.com',
      reporter: { id: 'u_1', name: 'Ada Lovelace', email: 'ada@example.com' }, page: { url: 'https://app.example.com/billing' },
    });
    const reply = await fetch(`${server.url}/v1/agent/tickets/${receipt.ticket.id}/replies`, {
      method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Open Billing, pick the order and click Refund. It takes 3 days.' }),
    });
    expect(reply.status).toBe(201);

    browser = await launchChromium();
    page = await openRecordedPage(browser, { pageErrors, failures, acceptDialogs: true });
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      console.error('failed responses:', failures, 'page errors:', pageErrors);
      await page.screenshot({ path: join(OUTPUT_DIR, 'console-content-failure.png') });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const waitText = (selector: string, test: (text: string) => boolean, timeoutMs?: number) => pollText(page, selector, test, timeoutMs);
  const shot = (name: string) => page.screenshot({ path: join(OUTPUT_DIR, `console-${name}.png`), fullPage: false });
  async function signIn(path: string) {
    await page.goto(`${server.url}/console/`, { waitUntil: 'load' });
    await page.evaluate((t) => sessionStorage.setItem('aftercare.console.token', t), adminToken);
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  }

  it('drafts an article from a ticket, previews it sandboxed, publishes it; the widget counts a view and a deflection', async () => {
    await signIn(`/console/tickets/${receipt.ticket.id}`);
    await page.click(`${C} >>> ac-ticket >>> ac-kb-draft >>> [data-action="kb-draft"]`);
    const editor = `${C} >>> ac-kb-article`;
    await waitText(`${editor} >>> h1`, (t) => t.includes('refund'));
    const body = await page.$eval(`${editor} >>> #body`, (el) => (el as HTMLTextAreaElement).value);
    expect(body).toContain('click Refund');
    expect(body).not.toContain('ada@example.com');
    await shot('kb-draft');
    await page.$eval(`${editor} >>> #body`, (el, text) => {
      const area = el as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }, `${body}\n\n| Step | Where |\n|---|---|\n| 1 | **Billing** |\n\n<script>alert(1)</script>`);
    await page.click(`${editor} >>> [data-tab="preview"]`);
    await page.click(`${editor} >>> [data-action="save-preview"]`);
    await waitText(`${editor} >>> [data-status="done"]`, (t) => t === 'Saved.');
    const frame = await page.$(`${editor} >>> iframe.preview`);
    expect(await frame!.evaluate((f) => f.getAttribute('sandbox'))).toBe('allow-popups allow-popups-to-escape-sandbox');
    const doc = await frame!.evaluate((f) => f.getAttribute('srcdoc') ?? '');
    expect(doc).toContain('<strong>Billing</strong>');
    expect(doc).toContain('&lt;script&gt;');
    await shot('kb-preview');
    await page.click(`${editor} >>> [data-action="publish"]`);
    await waitText(`${editor} >>> [data-field="status"]`, (t) => t === 'Published');
    const articleId = page.url().split('/').at(-1)!;

    const headers = { 'X-Aftercare-Key': projectKey };
    const search = (await (await fetch(`${server.url}/v1/kb/search?q=refund`, { headers })).json()) as { items: Array<{ id: string }> };
    expect(search.items.map((i) => i.id)).toContain(articleId);
    expect((await fetch(`${server.url}/v1/kb/articles/${articleId}`, { headers })).status).toBe(200);
    expect((await fetch(`${server.url}/v1/kb/articles/${articleId}/deflections`, { method: 'POST', headers })).status).toBe(204);

    await page.reload({ waitUntil: 'load' });
    await waitText(`${editor} >>> [data-field="deflections"]`, (t) => t === '1');
    expect(await page.$eval(`${editor} >>> [data-field="views"]`, (el) => el.textContent)).toBe('1');
    await shot('kb-article');
    await page.click(`${editor} >>> a.back`);
    await waitText(`${C} >>> ac-kb-list >>> tbody`, (t) => t.includes('Published'));
    await shot('kb-list');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.setViewport({ width: 390, height: 844 });
    await shot('kb-list-narrow-dark');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.setViewport({ width: 1280, height: 800 });
    expect(pageErrors).toEqual([]);
  });

  it('adds a webhook, shows the failed delivery with its attempts, and redelivers it', async () => {
    await signIn('/console/admin/webhooks');
    const hooks = `${C} >>> ac-admin >>> ac-webhooks-admin`;
    await waitText(`${hooks} >>> section`, (t) => t.includes('No webhooks yet'));
    await page.type(`${hooks} >>> #new-url`, receiverUrl);
    await page.type(`${hooks} >>> #new-description`, 'Local receiver');
    await page.click(`${hooks} >>> form.card button[type="submit"]`);
    const secret = await waitText(`${hooks} >>> ac-secret-once >>> [data-secret]`, (t) => t.startsWith('whsec_'));
    await shot('admin-webhook-secret');
    await page.click(`${hooks} >>> ac-secret-once >>> [data-action="dismiss"]`);
    expect(await page.$eval(`${hooks} >>> section`, (el) => el.textContent)).not.toContain(secret);

    const client = createClient({ endpoint: server.url, projectKey });
    await client.report({ kind: 'bug', message: 'The invoice PDF is empty', page: { url: 'https://app.example.com/invoices' } });
    const log = `${hooks} >>> ac-webhook-deliveries`;
    const deadline = Date.now() + 20_000;
    while (!(await page.$(`${log} >>> tr[data-delivery-id] .pill.failed`))) {
      if (Date.now() > deadline) throw new Error('no failed delivery in the log');
      await page.click(`${log} >>> [data-action="refresh"]`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(received[0]!.headers['aftercare-webhook-event']).toBe('ticket.created');
    await page.click(`${log} >>> tr[data-delivery-id] [data-action="details"]`);
    await waitText(`${log} >>> [data-field="payload"]`, (t) => t.includes('ticket.created'));
    await shot('admin-webhook-log');
    await page.click(`${log} >>> tr[data-delivery-id] [data-action="redeliver"]`);
    await waitText(`${log} >>> tr[data-delivery-id] [data-field="status"]`, (t) => t === 'Delivered');
    expect(received.length).toBe(2);
    expect(received[1]!.headers['aftercare-webhook-id']).toBe(received[0]!.headers['aftercare-webhook-id']);
    await shot('admin-webhook-redelivered');
    expect(pageErrors).toEqual([]);
  });
});
