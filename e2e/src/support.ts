/**
 * End-to-end support: the real server (built) on a free port over a fresh
 * SQLite file, serving the built widget and the demo page; and Debian's
 * Chromium driven by puppeteer-core (which never downloads a browser).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '@aftercare/server';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumLaunchOptions } from '../../tools/chromium.mjs';

const repo = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

/** Where screenshots taken during the tests go (not committed). */
export const OUTPUT_DIR = repo('e2e/test-output');

/** Starts the server the way `npm start` does, on a throw-away database. */
export async function startDemoServer(): Promise<RunningServer & { projectKey: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'aftercare-e2e-'));
  const server = await startServer({
    databaseUrl: join(dir, 'e2e.sqlite'),
    secret: 'e2e-secret-0123456789-abcdefghijklmnopqrstuvwxyz',
    port: 0,
    widgetDir: repo('packages/widget/cdn'),
    consoleDir: repo('packages/console/dist'),
    demoPage: repo('examples/script-tag/index.html'),
  });
  if (!server.demoProjectKey) throw new Error('the demo project was not created');
  return { ...server, projectKey: server.demoProjectKey };
}

/** Launches headless Chromium from /usr/bin/chromium with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch(chromiumLaunchOptions());
}
