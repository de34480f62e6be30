/**
 * The agent console's team, triage and stats screens in Chromium against
 * the real server: an instance admin adds an agent, makes them a member,
 * gives them a token (shown once), edits the triage rules (the server's 422
 * shown by path), dry-runs them, reads the SLA policy, the project settings,
 * the audit log and the stats; then works tickets with names: the breached
 * view, the assignee picker, merging a similar ticket and undoing it; and
 * the new agent, signed in with their token, sees only the screens their
 * role allows. Screenshots go to e2e/test-output/ (light, dark, narrow,
 * Chinese).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createClient } from '@aftercare/sdk';
import type { ReportReceipt } from '@aftercare/sdk/schemas';
import type { RunningServer } from '@aftercare/server';
import type { Browser, Page } from 'puppeteer-core';
import { openRecordedPage, startConsoleServer, waitDeep as pollDeep, waitText as pollText } from './console-support.js';
import { OUTPUT_DIR, launchChromium } from './support.js';

const SECRET = 'e2e-console-admin-secret-0123456789-abcdefghij';
const C = 'aftercare-console';

describe('the console\'s team, triage and stats screens against the real server', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let adminToken: string;
  let benToken = '';
  const receipts: ReportReceipt[] = [];
  const pageErrors: string[] = [];
  const failures: string[] = [];

  beforeAll(async () => {
    const init = await startConsoleServer('console-admin-e2e', SECRET);
    server = init.server;
    adminToken = init.adminToken;

    const client = createClient({ endpoint: server.url, projectKey: init.projectKey });
    const file = (message: string, fingerprint: string, kind: 'bug' | 'question' = 'bug') =>
      client.report({ kind, message, fingerprint, page: { url: 'https://app.example.com/checkout' }, reporter: { id: fingerprint, name: 'Reporter' } });
    receipts.push(await file('The checkout page crashes when I press pay', 'fp-checkout-a'));
    receipts.push(await file('The checkout page crashes when I press pay again', 'fp-checkout-b'));
    receipts.push(await file('How do I change the invoice address?', 'fp-invoice', 'question'));

    browser = await launchChromium();
    page = await openRecordedPage(browser, { pageErrors, failures, acceptDialogs: true });
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      console.error('failed responses:', failures, 'page errors:', pageErrors);
      await shot('admin-failure');
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const waitDeep = (selector: string, timeoutMs?: number) => pollDeep(page, selector, timeoutMs);
  const waitText = (selector: string, test: (text: string) => boolean, timeoutMs?: number) => pollText(page, selector, test, timeoutMs);
  const shot = (name: string) => page.screenshot({ path: join(OUTPUT_DIR, `console-${name}.png`), fullPage: false });
  const fullShot = (name: string) => page.screenshot({ path: join(OUTPUT_DIR, `console-${name}.png`), fullPage: true });
  async function signIn(token: string, path: string) {
    await page.goto(`${server.url}/console/`, { waitUntil: 'load' });
    await page.evaluate((t) => sessionStorage.setItem('aftercare.console.token', t), token);
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  }
  /** Replaces a field's value the way a user does. */
  async function setValue(selector: string, value: string) {
    const handle = await waitDeep(selector);
    await handle.evaluate((el, v) => {
      const field = el as HTMLInputElement | HTMLTextAreaElement;
      field.value = v;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }, value);
  }

  it('an admin adds an agent and a member, issues a token, edits and dry-runs triage, reads SLA, settings, audit and stats', async () => {
    await signIn(adminToken, '/console/admin');
    const agents = `${C} >>> ac-admin >>> ac-agents-admin`;
    await waitDeep(`${agents} >>> tbody tr`);
    expect(page.url()).toBe(`${server.url}/console/admin/agents`);
    await page.type(`${agents} >>> #new-name`, 'Ben Agent');
    await page.type(`${agents} >>> #new-email`, 'ben@example.com');
    await page.click(`${agents} >>> form button[type="submit"]`);
    await waitText(`${agents} >>> tbody`, (t) => t.includes('Ben Agent'));
    await shot('admin-agents');

    await page.click(`${C} >>> ac-admin >>> nav a[data-section="members"]`);
    const members = `${C} >>> ac-admin >>> ac-members-admin`;
    await waitDeep(`${members} >>> #agent option`);
    const benId = await page.$eval(`${members} >>> #agent`, (select) => [...(select as HTMLSelectElement).options].find((o) => o.textContent?.includes('Ben Agent'))!.value);
    await page.select(`${members} >>> #agent`, benId);
    await page.click(`${members} >>> form button[type="submit"]`);
    await waitText(`${members} >>> tbody`, (t) => t.includes('Ben Agent'));
    await shot('admin-members');

    await page.click(`${C} >>> ac-admin >>> nav a[data-section="tokens"]`);
    const tokens = `${C} >>> ac-admin >>> ac-tokens-admin`;
    await waitDeep(`${tokens} >>> #owner option`);
    await page.select(`${tokens} >>> #owner`, benId);
    await page.type(`${tokens} >>> #token-name`, 'e2e laptop');
    await page.click(`${tokens} >>> form button[type="submit"]`);
    benToken = await waitText(`${tokens} >>> ac-secret-once >>> [data-secret]`, (t) => t.startsWith('act_'));
    expect(await page.$eval(`${tokens} >>> ac-secret-once`, (el) => el.shadowRoot!.textContent)).toContain('shown only this once');
    await shot('admin-token');
    await page.click(`${tokens} >>> ac-secret-once >>> [data-action="dismiss"]`);
    await waitText(`${tokens} >>> tbody`, (t) => t.includes('e2e laptop'));
    expect(await page.$eval(`${tokens} >>> section`, (el) => el.textContent)).not.toContain(benToken);

    await page.click(`${C} >>> ac-admin >>> nav a[data-section="triage"]`);
    const triage = `${C} >>> ac-admin >>> ac-triage-admin`;
    const editor = `${triage} >>> ac-json-editor`;
    await waitText(`${editor} >>> textarea`, () => true);
    const rules = await page.$eval(`${editor} >>> textarea`, (el) => (el as HTMLTextAreaElement).value);
    expect(JSON.parse(rules).length).toBeGreaterThan(0);
    await setValue(`${editor} >>> textarea`, '[{ "id": "bad id", "version": 1, "when": { "type": "always" }, "actions": [] }]');
    await page.click(`${editor} >>> [data-action="save"]`);
    expect(await waitText(`${editor} >>> .issues`, (t) => t.includes('rules.0.id'))).toContain('rules.0.id');
    await shot('admin-triage-error');
    // Last, so that no default rule changes the severity after it.
    await setValue(`${editor} >>> textarea`, JSON.stringify([...JSON.parse(rules), { id: 'checkout-urgent', version: 1, when: { type: 'url_matches', pattern: '/checkout**' }, actions: [{ type: 'set_severity', severity: 'urgent' }] }]));
    await page.click(`${editor} >>> [data-action="save"]`);
    await waitText(`${editor} >>> [data-status="done"]`, (t) => t === 'Saved.');
    const dry = `${triage} >>> ac-dry-run`;
    await page.type(`${dry} >>> #dry-message`, 'Paying on the checkout page fails with an error');
    await page.type(`${dry} >>> #dry-url`, 'https://app.example.com/checkout/pay');
    await page.click(`${dry} >>> button[type="submit"]`);
    expect(await waitText(`${dry} >>> [data-rule="checkout-urgent"]`, () => true)).toContain('Urgent');
    expect(await page.$eval(`${dry} >>> [data-field="severity"]`, (el) => el.textContent)).toBe('Urgent');
    const dryCard = await page.$(dry);
    await dryCard!.screenshot({ path: join(OUTPUT_DIR, 'console-admin-dry-run.png') });

    await page.click(`${C} >>> ac-admin >>> nav a[data-section="sla"]`);
    await waitText(`${C} >>> ac-admin >>> ac-sla-admin >>> [data-version]`, (t) => t.includes('Version 0'));
    await shot('admin-sla');

    await page.click(`${C} >>> ac-admin >>> nav a[data-section="project"]`);
    const project = `${C} >>> ac-admin >>> ac-project-settings`;
    await waitDeep(`${project} >>> #autoCloseDays`);
    await setValue(`${project} >>> #autoCloseDays`, '10');
    await page.click(`${project} >>> button[type="submit"]`);
    await waitText(`${project} >>> [data-status="done"]`, (t) => t === 'Saved.');
    await shot('admin-project');

    await page.click(`${C} >>> ac-admin >>> nav a[data-section="audit"]`);
    const audit = await waitText(`${C} >>> ac-admin >>> ac-audit-log >>> tbody`, (t) => t.includes('project.update') && t.includes('Ben Agent'));
    expect(audit).toContain('member.set');
    await shot('admin-audit');

    await page.click(`${C} >>> ac-app-header >>> a[data-area="stats"]`);
    await waitText(`${C} >>> ac-stats >>> [data-figure="tickets"] dd`, (t) => t === '3');
    expect((await page.$$(`${C} >>> ac-stats >>> [data-panel="volume"] rect.column`)).length).toBeGreaterThanOrEqual(30);
    await fullShot('stats');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await shot('stats-dark');
    await page.setViewport({ width: 390, height: 844 });
    await fullShot('stats-narrow');
    await page.goto(`${server.url}/console/admin/triage`, { waitUntil: 'load' });
    await waitDeep(`${triage} >>> ac-dry-run`);
    await shot('admin-narrow-dark');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.setViewport({ width: 1280, height: 800 });
    await page.select(`${C} >>> ac-app-header >>> #locale`, 'zh-CN');
    await page.goto(`${server.url}/console/stats?days=7`, { waitUntil: 'load' });
    await waitText(`${C} >>> ac-stats >>> h1`, (t) => t === '统计');
    await shot('stats-zh');
    await page.goto(`${server.url}/console/admin/sla`, { waitUntil: 'load' });
    await waitText(`${C} >>> ac-admin >>> ac-sla-admin >>> [data-version]`, (t) => t.includes('第 0 版'));
    await shot('admin-sla-zh');
    await page.select(`${C} >>> ac-app-header >>> #locale`, 'en');
    expect(pageErrors).toEqual([]);
  });

  it('works tickets with names: breached view, assignee picker, merge with a similar ticket and unmerge', async () => {
    const [a, b] = receipts as [ReportReceipt, ReportReceipt];
    await signIn(adminToken, '/console/');
    const inbox = `${C} >>> ac-inbox`;
    await waitDeep(`${inbox} >>> tbody tr`);
    await page.click(`${inbox} >>> ac-inbox-filters >>> [data-view="breached"]`);
    await waitText(`${inbox} >>> .empty`, (t) => t.includes('No tickets'));
    expect(page.url()).toContain('view=breached');
    expect(await page.$(`${inbox} >>> [role="alert"]`)).toBeNull();

    await page.goto(`${server.url}/console/tickets/${a.ticket.id}`, { waitUntil: 'load' });
    const ticket = `${C} >>> ac-ticket`;
    await waitText(`${ticket} >>> ac-ticket-fields >>> #assignee`, (t) => t.includes('Ben Agent'));
    const benId = await page.$eval(`${ticket} >>> ac-ticket-fields >>> #assignee`, (select) => [...(select as HTMLSelectElement).options].find((o) => o.textContent === 'Ben Agent')!.value);
    await page.select(`${ticket} >>> ac-ticket-fields >>> #assignee`, benId);
    await waitText(`${ticket} >>> ac-timeline >>> ol`, (t) => t.includes('Ben Agent'));

    const similar = `${ticket} >>> ac-similar-tickets`;
    await waitText(`${similar} >>> [data-panel="similar"]`, (t) => t.includes('press pay again'));
    await page.click(`${similar} >>> [data-merge="${b.ticket.id}"]`);
    await waitDeep(`${similar} >>> dialog[open]`);
    await page.click(`${similar} >>> dialog input[value="into-this"]`);
    await shot('ticket-merge-dialog');
    await page.click(`${similar} >>> dialog button[type="submit"]`);
    await waitText(`${ticket} >>> #reports-h`, (t) => t.includes('2 reports'));
    await shot('ticket-merged-into-this');

    await page.goto(`${server.url}/console/tickets/${b.ticket.id}`, { waitUntil: 'load' });
    const banner = `${ticket} >>> ac-merged-banner >>> [data-merged-into]`;
    await waitText(banner, (t) => t.includes('#1'));
    expect(await page.$eval(`${ticket} >>> [data-field="status"]`, (el) => el.textContent)).toBe('Closed');
    await shot('ticket-merged');
    await page.click(`${ticket} >>> ac-merged-banner >>> [data-action="unmerge"]`);
    await waitText(`${ticket} >>> [data-field="status"]`, (t) => t === 'Open');
    expect(await page.$(banner)).toBeNull();

    await page.goto(`${server.url}/console/?view=all`, { waitUntil: 'load' });
    const assignees = await waitText(`${inbox} >>> tbody`, (t) => t.includes('Ben Agent'));
    expect(assignees).toContain('Ben Agent');
    await shot('inbox-names');
    expect(pageErrors).toEqual([]);
  });

  it('the new agent signs in with their token and sees only the screens their role allows', async () => {
    expect(benToken).toMatch(/^act_/);
    await page.evaluate(() => sessionStorage.clear());
    await signIn(benToken, '/console/admin');
    await waitDeep(`${C} >>> ac-admin >>> ac-tokens-admin >>> tbody tr`);
    const sections = await page.$$eval(`${C} >>> ac-admin >>> nav a`, (links) => links.map((a) => (a as HTMLElement).dataset.section));
    expect(sections).toEqual(['tokens', 'triage', 'sla']);
    await page.goto(`${server.url}/console/admin/audit`, { waitUntil: 'load' });
    expect(await waitText(`${C} >>> ac-admin >>> [role="alert"]`, () => true)).toContain('does not allow');
    expect(pageErrors).toEqual([]);
  });
});
