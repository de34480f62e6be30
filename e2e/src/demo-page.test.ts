import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient } from '@aftercare/sdk';
import type { ReportReceipt } from '@aftercare/sdk/schemas';
import type { Browser, Page } from 'puppeteer-core';
import { OUTPUT_DIR, launchChromium, startDemoServer } from './support.js';

// The newcomer's path: the demo page served by the real server, the widget
// mounted by the script tag, a report filed by clicking and typing.
describe('the demo page in Chromium against the real server', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await mkdir(OUTPUT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('files a report from the widget and the reporter can read the ticket back', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.evaluate(() => {
      const w = window as unknown as { receipts: unknown[] };
      w.receipts = [];
      document.addEventListener('aftercare-submitted', (event) => w.receipts.push((event as CustomEvent).detail));
    });

    const launcher = await page.waitForSelector('aftercare-widget >>> button[part~="launcher"]', { visible: true });
    expect(await page.$eval('aftercare-widget', (el) => el.getAttribute('project-key'))).toBe(server.projectKey);
    await launcher!.click();
    await page.waitForSelector('aftercare-widget >>> dialog[open]');

    // Sending nothing is refused in the page, before any request.
    await page.click('aftercare-widget >>> button[type="submit"]');
    const alert = await page.waitForSelector('aftercare-widget >>> [role="alert"]');
    expect(await alert!.evaluate((el) => el.textContent?.trim())).not.toBe('');

    await page.type('aftercare-widget >>> textarea', 'The export button spins forever <script>alert(1)</script>');
    await page.screenshot({ path: join(OUTPUT_DIR, 'demo-dialog.png') });
    await page.click('aftercare-widget >>> button[type="submit"]');
    const status = await page.waitForSelector('aftercare-widget >>> [role="status"]');
    expect(await status!.evaluate((el) => el.textContent)).toContain('#1');
    await page.screenshot({ path: join(OUTPUT_DIR, 'demo-sent.png') });

    const receipts = await page.evaluate(() => (window as unknown as { receipts: ReportReceipt[] }).receipts);
    expect(receipts).toHaveLength(1);
    const receipt = receipts[0]!;
    expect(receipt.ticket).toMatchObject({ number: 1, status: 'new', category: 'defect' });

    const client = createClient({ endpoint: server.url, projectKey: server.projectKey });
    const ticket = await client.getTicket(receipt.ticket.id, receipt.trackingToken);
    expect(ticket).toMatchObject({ number: 1, status: 'new' });
    expect(ticket.timeline[0]).toMatchObject({ type: 'created', actor: 'reporter' });
    expect(pageErrors).toEqual([]);
  });
});
