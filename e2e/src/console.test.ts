/**
 * The agent console in Chromium against the real server: an instance set up
 * with `initInstance`, reports filed through the SDK with diagnostics, and an
 * agent who signs in, finds the ticket through a filter, reads its
 * diagnostics, replies and resolves; the reporter reads the reply and
 * confirms, and the ticket closes. Screenshots of the main screens go to
 * e2e/test-output/ (light, dark, narrow, Chinese).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createClient } from '@aftercare/sdk';
import { TRACKING_HEADER, type ReportReceipt } from '@aftercare/sdk/schemas';
import type { RunningServer } from '@aftercare/server';
import type { Browser, Page } from 'puppeteer-core';
import { openRecordedPage, startConsoleServer, waitDeep as pollDeep, waitText as pollText } from './console-support.js';
import { OUTPUT_DIR, launchChromium } from './support.js';

const SECRET = 'e2e-console-secret-0123456789-abcdefghijklmnop';
const T = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** Diagnostics as the SDK's collectors write them. */
const diagnostics = {
  sdk: { name: '@aftercare/sdk', version: '0.1.0' },
  environment: { runtime: 'browser', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120', language: 'en-GB', timeZone: 'Europe/London', viewport: { width: 1440, height: 900 } },
  console: [
    { level: 'log', time: T(3), args: ['export started', { format: 'csv', rows: 12000 }] },
    { level: 'warn', time: T(2), args: ['export slow'] },
    { level: 'error', time: T(1), args: ['export failed <b>500</b>'] },
  ],
  errors: [{
    kind: 'unhandledrejection', time: T(1), type: 'TypeError', message: "Cannot read properties of undefined (reading 'rows')",
    frames: [
      { function: 'Object.parse', file: 'https://cdn.example.com/vendor.js', line: 1, column: 2040, inApp: false },
      { function: 'exportCsv', file: 'https://app.example.com/assets/export.js', line: 88, column: 14, inApp: true },
      { function: 'onExportClick', file: 'https://app.example.com/assets/toolbar.js', line: 12, column: 3, inApp: true },
    ],
  }],
  network: [
    { type: 'fetch', time: T(2), method: 'GET', url: 'https://api.example.com/reports', status: 200, durationMs: 84, failed: false, slow: false },
    { type: 'fetch', time: T(1), method: 'POST', url: 'https://api.example.com/exports', status: 500, durationMs: 2310, failed: true, slow: true },
  ],
  breadcrumbs: [
    { type: 'navigation', time: T(4), via: 'pushState', from: '/dashboard', to: '/reports' },
    { type: 'click', time: T(2), selector: 'button#export', name: 'Export CSV' },
  ],
};

describe('the agent console against the real server', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let adminToken: string;
  let receipt: ReportReceipt;
  const pageErrors: string[] = [];
  /** Failed responses, printed when a step times out. */
  const failures: string[] = [];

  beforeAll(async () => {
    const init = await startConsoleServer('console-e2e', SECRET);
    server = init.server;
    adminToken = init.adminToken;

    const client = createClient({ endpoint: server.url, projectKey: init.projectKey });
    receipt = await client.report({
      kind: 'bug', impact: 'blocks_me', message: 'The CSV export spins forever and then nothing downloads',
      reporter: { id: 'u_7', name: 'Ada Lovelace', email: 'ada@example.com' },
      page: { url: 'https://app.example.com/reports', title: 'Reports' }, diagnostics, metadata: { plan: 'pro', build: 1142 },
    });
    await client.report({ kind: 'question', message: 'How do I invite a colleague to my workspace?', page: { url: 'https://app.example.com/team' } });
    await client.report({ kind: 'bug', message: 'Typo on the pricing page <script>alert(1)</script>', page: { url: 'https://app.example.com/pricing' } });

    browser = await launchChromium();
    page = await openRecordedPage(browser, { pageErrors, failures, acceptDialogs: false });
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      console.error('failed responses:', failures, 'page errors:', pageErrors);
      await shot('failure');
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const waitDeep = (selector: string, timeoutMs?: number) => pollDeep(page, selector, timeoutMs);

  const shot = (name: string) => page.screenshot({ path: join(OUTPUT_DIR, `console-${name}.png`), fullPage: false });
  const text = (selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

  it('an agent signs in, filters, reads diagnostics, replies and resolves; the reporter confirms', async () => {
    await page.goto(`${server.url}/console/`, { waitUntil: 'load' });
    await waitDeep('aftercare-console >>> ac-sign-in >>> input');
    await shot('sign-in');
    // The console runs under its Content-Security-Policy: an inline script is refused, and the
    // violation is recorded as a page error (so every later one fails the test).
    const inlineRan = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    await expect.poll(() => pageErrors.join('\n')).toContain('CSP violation: script-src-elem inline');
    pageErrors.splice(0);
    await page.type('aftercare-console >>> ac-sign-in >>> input', adminToken);
    await page.click('aftercare-console >>> ac-sign-in >>> button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('aftercare-console')?.shadowRoot?.querySelector('ac-inbox')?.shadowRoot?.querySelectorAll('tbody tr').length === 3);
    expect(await page.evaluate(() => sessionStorage.getItem('aftercare.console.token'))).toBe(adminToken);
    await shot('inbox');

    // Find the ticket through a filter: the search box.
    await page.click('aftercare-console >>> ac-inbox >>> ac-inbox-filters >>> #q');
    await page.keyboard.type('csv export');
    await page.waitForFunction(() => document.querySelector('aftercare-console')?.shadowRoot?.querySelector('ac-inbox')?.shadowRoot?.querySelectorAll('tbody tr').length === 1);
    expect(page.url()).toContain('q=csv+export');
    await shot('inbox-filtered');
    await page.click('aftercare-console >>> ac-inbox >>> tbody tr .title a');

    // Read the diagnostics: errors first (in-app frames first), then the network table.
    await waitDeep('aftercare-console >>> ac-ticket >>> ac-report-card >>> ac-diagnostics >>> .frames');
    expect(page.url()).toBe(`${server.url}/console/tickets/${receipt.ticket.id}`);
    expect(await text('aftercare-console >>> ac-ticket >>> h1')).toContain('#1');
    expect(await text('aftercare-console >>> ac-ticket >>> ac-report-card >>> ac-diagnostics >>> .frames li')).toContain('exportCsv');
    await shot('ticket');
    await page.click('aftercare-console >>> ac-ticket >>> ac-report-card >>> ac-diagnostics >>> [data-tab="network"]');
    const failed = await waitDeep('aftercare-console >>> ac-ticket >>> ac-report-card >>> ac-diagnostics >>> tr.failed');
    expect(await failed!.evaluate((tr) => tr.textContent?.replace(/\s+/g, ' '))).toMatch(/POST .*exports 500 2310 ms/);
    const card = await page.$('aftercare-console >>> ac-ticket >>> ac-report-card');
    await card!.screenshot({ path: join(OUTPUT_DIR, 'console-diagnostics-network.png') });
    await page.click('aftercare-console >>> ac-ticket >>> ac-report-card >>> ac-diagnostics >>> [data-tab="console"]');
    await waitDeep('aftercare-console >>> ac-ticket >>> ac-report-card >>> ac-diagnostics >>> .console .level-error');
    expect(await text('aftercare-console >>> ac-ticket >>> ac-report-card >>> ac-diagnostics >>> .console .level-error')).toContain('export failed <b>500</b>');

    // Reply to the reporter, then resolve.
    await page.type('aftercare-console >>> ac-ticket >>> ac-composer >>> textarea', 'Thanks Ada — fixed in build 1143, please try again.');
    await page.click('aftercare-console >>> ac-ticket >>> ac-composer >>> button[type="submit"]');
    await waitDeep('aftercare-console >>> ac-ticket >>> ac-timeline >>> .type-reply');
    await page.click('aftercare-console >>> ac-ticket >>> ac-ticket-fields >>> [data-action="resolve"]');
    await page.waitForFunction(() => document.querySelector('aftercare-console')?.shadowRoot?.querySelector('ac-ticket')?.shadowRoot?.querySelector('[data-field="status"]')?.textContent === 'Resolved');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await shot('ticket-resolved');

    // The reporter sees the reply and confirms the fix.
    const client = createClient({ endpoint: server.url, projectKey: 'unused' });
    const seen = await client.getTicket(receipt.ticket.id, receipt.trackingToken);
    expect(seen.status).toBe('resolved');
    expect(seen.timeline.some((e) => e.type === 'reply' && e.actor === 'team' && e.body?.includes('fixed in build 1143'))).toBe(true);
    const confirm = await fetch(`${server.url}/v1/tickets/${receipt.ticket.id}/confirm`, {
      method: 'POST', headers: { [TRACKING_HEADER]: receipt.trackingToken },
    });
    expect(confirm.status).toBe(200);
    expect((await client.getTicket(receipt.ticket.id, receipt.trackingToken)).status).toBe('closed');

    // The agent sees it closed, with the reporter's confirmation on the timeline.
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('aftercare-console')?.shadowRoot?.querySelector('ac-ticket')?.shadowRoot?.querySelector('[data-field="status"]')?.textContent === 'Closed');
    expect(await text('aftercare-console >>> ac-ticket >>> ac-timeline >>> ol')).toContain('confirmed the fix');
    expect(pageErrors).toEqual([]);
  });

  it('reads well narrow, in dark mode and in Chinese', async () => {
    await page.goto(`${server.url}/console/?view=all`, { waitUntil: 'load' });
    await waitDeep('aftercare-console >>> ac-inbox >>> tbody tr');
    // Markup in a report's title stays text.
    expect(await text('aftercare-console >>> ac-inbox >>> tbody')).toContain('<script>alert(1)</script>');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await shot('inbox-dark');
    await page.goto(`${server.url}/console/tickets/${receipt.ticket.id}`, { waitUntil: 'load' });
    await waitDeep('aftercare-console >>> ac-ticket >>> ac-report-card');
    await shot('ticket-dark');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.setViewport({ width: 390, height: 844 });
    await shot('ticket-narrow');
    await page.goto(`${server.url}/console/?view=all`, { waitUntil: 'load' });
    await waitDeep('aftercare-console >>> ac-inbox >>> tbody tr');
    await shot('inbox-narrow');
    await page.setViewport({ width: 1280, height: 800 });
    await page.select('aftercare-console >>> ac-app-header >>> #locale', 'zh-CN');
    await page.waitForFunction(() => document.querySelector('aftercare-console')?.shadowRoot?.querySelector('ac-inbox')?.shadowRoot?.querySelector('h1')?.textContent === '工单队列');
    await shot('inbox-zh');
    await page.click('aftercare-console >>> ac-app-header >>> button');
    await waitDeep('aftercare-console >>> ac-sign-in');
    expect(await page.evaluate(() => sessionStorage.getItem('aftercare.console.token'))).toBeNull();
    expect(pageErrors).toEqual([]);
  });
});
