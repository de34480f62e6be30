import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportReceiptSchema, type ReportInputDraft } from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { initInstance } from '../services/setup.js';
import { insertAttachment } from '../storage/repositories/attachments.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { postReport, reportBody } from '../test-support/reports.js';
import { describePurge, purge } from './purge.js';

const DAY = 86_400_000;

describe.each(DIALECTS)('aftercare purge on %s', (dialect) => {
  const clock = fixedClock('2026-01-05T10:00:00.000Z');
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let key: string;
  let projectId: string;
  let admin: Record<string, string>;
  const t: Record<'closed' | 'merged' | 'open' | 'recent', { ticket: string; report: string; tracking: string }> = {} as never;

  async function file(name: keyof typeof t, body: Partial<ReportInputDraft>) {
    const res = await app.request('/v1/reports', postReport(key, reportBody({ diagnostics: { environment: { url: 'https://app.example.com/' } }, ...body })));
    const receipt = reportReceiptSchema.parse(await res.json());
    t[name] = { ticket: receipt.ticket.id, report: receipt.reportId, tracking: receipt.trackingToken };
    await insertAttachment(
      deps.db,
      { id: randomUUID(), projectId, reportId: receipt.reportId, kind: 'file', filename: `${name}.txt`, contentType: 'text/plain', size: 1000, sha256: 'x', createdAt: clock.now().toISOString() },
      new Uint8Array(1000),
    );
  }
  const agent = (path: string, method: string, body: unknown) =>
    app.request(`/v1/agent${path}`, { method, headers: { ...admin, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const reporter = (name: keyof typeof t, action: string, body?: unknown) =>
    app.request(`/v1/tickets/${t[name].ticket}/${action}`, {
      method: 'POST',
      headers: { 'X-Aftercare-Tracking': t[name].tracking, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  const ticketIds = async () => (await deps.db.selectFrom('tickets').select('id').execute()).map((r) => r.id).sort();
  const diagnosticsOf = async (reportId: string) => (await deps.db.selectFrom('reports').select('diagnostics').where('id', '=', reportId).executeTakeFirst())?.diagnostics;
  const attachments = async () => Number((await deps.db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    deps = await freshDeps(dialect, clock);
    app = createApp(deps);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    key = init.projectKey;
    projectId = init.projectId;
    admin = { Authorization: `Bearer ${init.adminToken}` };

    // January: three tickets. One is merged into another, which is resolved, rated and confirmed (closed).
    await file('closed', { message: 'Export to CSV hangs forever' });
    await file('merged', { kind: 'question', message: 'How do I change my billing address?' });
    await file('open', { kind: 'idea', message: 'A dark theme would be lovely' });
    expect((await agent(`/tickets/${t.merged.ticket}/merge`, 'POST', { into: t.closed.ticket })).status).toBe(200);
    expect((await agent(`/tickets/${t.closed.ticket}`, 'PATCH', { status: 'resolved' })).status).toBe(200);
    expect((await reporter('closed', 'rating', { score: 5 })).status).toBe(201);
    expect((await reporter('closed', 'confirm')).status).toBe(200);

    // April: a new ticket, a regression of the closed one, closed quickly.
    clock.set(new Date(Date.parse('2026-01-05T10:00:00.000Z') + 100 * DAY));
    await file('recent', { message: 'Export to PDF is blank' });
    await deps.db.updateTable('tickets').set({ regression_of: t.closed.ticket }).where('id', '=', t.recent.ticket).execute();
    expect((await agent(`/tickets/${t.recent.ticket}`, 'PATCH', { status: 'closed' })).status).toBe(200);
  });
  afterAll(() => deps.close());

  it('a dry run counts what would go and changes nothing', async () => {
    const before = await ticketIds();
    const report = await purge(deps, { olderThanDays: 30, tickets: true, dryRun: true });
    expect(report).toEqual({
      cutoff: '2026-03-16T10:00:00.000Z',
      dryRun: true,
      diagnosticsCleared: 3,
      attachmentsDeleted: { count: 3, bytes: 3000 },
      // The closed ticket and the one merged into it (whose report moved onto the closed one); the idea's ticket stays open.
      ticketsDeleted: { tickets: 2, reports: 2, attachments: 0, events: expect.any(Number), ratings: 1, notices: 0 },
    });
    expect(report.ticketsDeleted!.events).toBeGreaterThan(4);
    expect(describePurge(report)[0]).toMatch(/^Dry run: nothing changed/);
    expect(await ticketIds()).toEqual(before);
    expect(await diagnosticsOf(t.open.report)).not.toBe('{}');
    expect(await attachments()).toBe(4);
  });

  it('without --tickets empties old diagnostics and deletes old attachments only', async () => {
    const report = await purge(deps, { olderThanDays: 30, batchSize: 2 });
    expect(report).toMatchObject({ dryRun: false, diagnosticsCleared: 3, attachmentsDeleted: { count: 3, bytes: 3000 }, ticketsDeleted: null });
    expect(await diagnosticsOf(t.open.report)).toBe('{}');
    expect(await diagnosticsOf(t.recent.report)).not.toBe('{}');
    expect(await attachments()).toBe(1);
    expect((await ticketIds()).length).toBe(4);
    expect(describePurge(report).at(-1)).toMatch(/Tickets kept/);
  });

  it('with --tickets deletes old closed tickets with what hangs off them, and lets go of references', async () => {
    const report = await purge(deps, { olderThanDays: 30, tickets: true, batchSize: 5 });
    expect(report.ticketsDeleted).toMatchObject({ tickets: 2, reports: 2, ratings: 1, notices: 0 });
    expect(await ticketIds()).toEqual([t.open.ticket, t.recent.ticket].sort());
    for (const table of ['ticket_events', 'ratings', 'reports'] as const) {
      const left = await deps.db.selectFrom(table).select('ticket_id').where('ticket_id', 'in', [t.closed.ticket, t.merged.ticket]).execute();
      expect(left, table).toEqual([]);
    }
    const recent = await deps.db.selectFrom('tickets').select('regression_of').where('id', '=', t.recent.ticket).executeTakeFirstOrThrow();
    expect(recent.regression_of).toBeNull();
    // The reporter of a deleted ticket gets the same 404 as for any unknown ticket.
    expect((await app.request(`/v1/tickets/${t.closed.ticket}`, { headers: { 'X-Aftercare-Tracking': t.closed.tracking } })).status).toBe(404);
    // The server still works on what is left.
    expect((await app.request(`/v1/agent/tickets/${t.open.ticket}`, { headers: admin })).status).toBe(200);
    // Nothing is left to do.
    expect(await purge(deps, { olderThanDays: 30, tickets: true })).toMatchObject({ diagnosticsCleared: 0, attachmentsDeleted: { count: 0 }, ticketsDeleted: { tickets: 0 } });
  });

  it('refuses a nonsensical age', async () => {
    await expect(purge(deps, { olderThanDays: 0 })).rejects.toThrow(/at least 1/);
    await expect(purge(deps, { olderThanDays: 1.5 })).rejects.toThrow(/whole number/);
  });
});
