/**
 * Starting the HTTP server on Node: open the database, migrate, listen.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { systemClock } from './clock.js';
import type { Deps, ServerConfig } from './deps.js';
import { startIngestThread } from './services/ingest-thread.js';
import { startScheduler } from './services/scheduler.js';
import { startWebhookDispatcher } from './services/webhook-dispatcher.js';
import { ensureDemoProject, issueDemoAdminToken } from './services/setup.js';
import { openDatabase } from './storage/connect.js';
import { migrateToLatest } from './storage/migrate.js';

/** Options of {@link startServer}. */
export interface StartOptions {
  databaseUrl: string;
  secret: string;
  port?: number;
  host?: string;
  widgetDir?: string;
  consoleDir?: string;
  /** How often the SLA scheduler looks for warnings and breaches (default 15 s). */
  schedulerIntervalMs?: number;
  /** Serve the demo page at `/` for the demo project (created if missing). */
  demoPage?: string;
}

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  /** The demo project's key, when the demo page is served. */
  demoProjectKey?: string;
  /** A fresh token of the demo admin, for the console, when the demo page is served. */
  demoAdminToken?: string;
  close(): Promise<void>;
}

/**
 * Opens the database, applies migrations and listens. Port 0 picks a free port.
 *
 * @example
 * const server = await startServer({ databaseUrl: ':memory:', secret, port: 0 });
 * console.log(server.url); await server.close();
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const database = openDatabase(options.databaseUrl);
  await migrateToLatest(database.db);
  const config: ServerConfig = { secret: options.secret, widgetDir: options.widgetDir, consoleDir: options.consoleDir };
  const ingest = database.dialect === 'sqlite' && options.databaseUrl !== ':memory:' ? await startIngestThread(options.databaseUrl, options.secret) : undefined;
  const deps: Deps = { db: database.db, dialect: database.dialect, clock: systemClock, config, ...(ingest && { ingest }) };
  let demoProjectKey: string | undefined;
  let demoAdminToken: string | undefined;
  if (options.demoPage) {
    const demo = await ensureDemoProject(deps);
    demoProjectKey = demo.publicKey;
    demoAdminToken = await issueDemoAdminToken(deps, demo);
    config.demo = { htmlFile: options.demoPage, projectKey: demoProjectKey };
  }
  const app = createApp(deps);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const stopScheduler = startScheduler(deps, { intervalMs: options.schedulerIntervalMs ?? 15_000 });
  const stopWebhooks = startWebhookDispatcher(deps);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    ...(demoProjectKey && { demoProjectKey }),
    ...(demoAdminToken && { demoAdminToken }),
    close: async () => {
      await stopScheduler();
      await stopWebhooks();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ingest?.stop();
      await database.close();
    },
  };
}
