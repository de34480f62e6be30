import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportReceiptSchema, type ReportReceipt } from '@aftercare/sdk/schemas';
import { systemClock } from './clock.js';
import { initInstance } from './services/setup.js';
import { createProject } from './services/projects.js';
import { openDatabase } from './storage/connect.js';
import { migrateToLatest } from './storage/migrate.js';
import { TEST_SECRET } from './test-support/databases.js';
import { postReport, reportBody } from './test-support/reports.js';

// The built server on a SQLite file files reports on its ingest thread (which
// runs only from dist/): tested as it runs, over HTTP.
describe('a server on a SQLite file, filing on its ingest thread', () => {
  let server: { url: string; close(): Promise<void> };
  let key: string;
  let otherKey: string;
  let admin: Record<string, string>;

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'aftercare-ingest-')), 'a.sqlite');
    const setup = openDatabase(file, { checkpointer: false });
    await migrateToLatest(setup.db);
    const deps = { db: setup.db, dialect: setup.dialect, clock: systemClock, config: { secret: TEST_SECRET } };
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    key = init.projectKey;
    otherKey = (await createProject(deps, { name: 'Blog', slug: 'blog' })).publicKey;
    admin = { Authorization: `Bearer ${init.adminToken}` };
    await setup.close();
    const { startServer } = await import('@aftercare/server');
    // One client sends everything: lift the per-IP and per-key limits for this server.
    process.env.AFTERCARE_RATE_LIMIT_REPORTS_PER_IP = '0';
    process.env.AFTERCARE_RATE_LIMIT_REPORTS_PER_KEY = '0';
    try {
      server = await startServer({ databaseUrl: file, secret: TEST_SECRET, port: 0, schedulerIntervalMs: 60_000 });
    } finally {
      delete process.env.AFTERCARE_RATE_LIMIT_REPORTS_PER_IP;
      delete process.env.AFTERCARE_RATE_LIMIT_REPORTS_PER_KEY;
    }
  });
  afterAll(() => server?.close());

  const post = (body: unknown, k = key) => fetch(`${server.url}/v1/reports`, postReport(k, body));
  const words = (n: number) => `${'abcdefghijklmnopqrstuvwxyz'[Math.floor(n / 26)]}${'abcdefghijklmnopqrstuvwxyz'[n % 26]}`;

  it('files concurrent reports with gapless numbers, grouping as it goes, while an agent edits a ticket', async () => {
    const first = reportReceiptSchema.parse(await (await post(reportBody({ message: 'The first one' }))).json());
    const reports = Array.from({ length: 60 }, (_, n) => post(reportBody({ message: n % 3 === 0 ? 'Checkout is grey' : `Problem ${words(n)} seen` })));
    const edit = fetch(`${server.url}/v1/agent/tickets/${first.ticket.id}`, {
      method: 'PATCH',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ severity: 'high' }),
    });
    const responses = await Promise.all(reports);
    expect(responses.map((res) => res.status)).toEqual(Array(60).fill(201));
    expect((await edit).status).toBe(200);
    const receipts: ReportReceipt[] = await Promise.all(responses.map(async (res) => reportReceiptSchema.parse(await res.json())));
    const grouped = receipts.filter((_, n) => n % 3 === 0);
    expect(new Set(grouped.map((receipt) => receipt.ticket.id)).size).toBe(1);
    const numbers = [...new Set(receipts.map((receipt) => receipt.ticket.number))].sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 41 }, (_, n) => n + 2));

    // They went through the thread, several to a transaction.
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    const count = Number(/aftercare_ingest_batch_reports_count\{filed_on="thread"\} (\d+)/.exec(metrics)?.[1]);
    const sum = Number(/aftercare_ingest_batch_reports_sum\{filed_on="thread"\} (\d+)/.exec(metrics)?.[1]);
    expect(sum).toBe(61);
    expect(count).toBeLessThan(61);
    expect(metrics).not.toContain('filed_on="request"');
  });

  it('answers a resend with the first receipt, and a foreign id with its error code', async () => {
    const body = reportBody({ message: 'Export hangs' });
    const first = await post(body);
    expect(first.status).toBe(201);
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    const foreign = await post(body, otherKey);
    expect(foreign.status).toBe(409);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('report_id_conflict');
  });
});
