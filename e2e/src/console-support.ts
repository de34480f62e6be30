/**
 * What the console's end-to-end tests share: a real server over a fresh
 * SQLite file with an initialised instance (project + admin token), serving
 * the built console; a Chromium page that records page errors and failed
 * responses; and waits that see inside shadow roots.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initInstance, migrateToLatest, openDatabase, startServer, systemClock, type RunningServer } from '@aftercare/server';
import type { Browser, Page } from 'puppeteer-core';
import { OUTPUT_DIR } from './support.js';

const consoleDir = fileURLToPath(new URL('../../packages/console/dist', import.meta.url));

/** A started server and the instance it was initialised with. */
export interface ConsoleServer {
  server: RunningServer;
  adminToken: string;
  projectKey: string;
  projectId: string;
}

/** Starts the real server on a fresh SQLite file after `aftercare init` (one project, one admin token). */
export async function startConsoleServer(label: string, secret: string): Promise<ConsoleServer> {
  const dir = await mkdtemp(join(tmpdir(), `aftercare-${label}-`));
  const databaseUrl = join(dir, 'console.sqlite');
  const database = openDatabase(databaseUrl);
  await migrateToLatest(database.db);
  const deps = { db: database.db, dialect: database.dialect, clock: systemClock, config: { secret } };
  const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
  await database.close();
  const server = await startServer({ databaseUrl, secret, port: 0, consoleDir });
  return { server, adminToken: init.adminToken, projectKey: init.projectKey, projectId: init.projectId };
}

/**
 * A 1280x800 page that records page errors, Content-Security-Policy
 * violations (as page errors) and 4xx/5xx responses (favicon aside) into the
 * given lists.
 */
export async function openRecordedPage(
  browser: Browser,
  record: { pageErrors: string[]; failures: string[]; acceptDialogs?: boolean },
): Promise<Page> {
  const page = await browser.newPage();
  const { pageErrors, failures } = record;
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.exposeFunction('__aftercareCspViolation', (violation: string) => pageErrors.push(`CSP violation: ${violation}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __aftercareCspViolation(violation: string): void }).__aftercareCspViolation;
      report(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  if (record.acceptDialogs) page.on('dialog', (dialog) => void dialog.accept());
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('favicon.ico')) failures.push(`${response.status()} ${response.url()}`);
  });
  await page.setViewport({ width: 1280, height: 800 });
  await mkdir(OUTPUT_DIR, { recursive: true });
  return page;
}

/**
 * Waits for a `>>>` selector by polling: puppeteer's own wait re-checks on
 * mutations of the document, which do not see changes inside shadow roots.
 */
export async function waitDeep(page: Page, selector: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const handle = await page.$(selector);
    if (handle) return handle;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Polls until the text of a `>>>` selector passes `test`; answers that text. */
export async function waitText(page: Page, selector: string, test: (text: string) => boolean, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const handle = await page.$(selector);
    const value = handle ? await handle.evaluate((el) => el.textContent ?? '') : '';
    if (handle && test(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for text of ${selector}; last: ${value}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
