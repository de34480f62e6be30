import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportReceiptSchema, reporterTicketSchema, type ReportReceipt } from '@aftercare/sdk/schemas';
import { createHmac, randomUUID } from 'node:crypto';
import { createApp } from '../app.js';
import { hashToken } from '../security/tokens.js';
import { createProject } from '../services/projects.js';
import { insertTicketEvent } from '../storage/repositories/tickets.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { postReport, reportBody } from '../test-support/reports.js';

describe.each(DIALECTS)('GET /v1/tickets/:id on %s', (dialect) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let mine: ReportReceipt;
  let theirs: ReportReceipt;
  let older: ReportReceipt;

  beforeAll(async () => {
    deps = await freshDeps(dialect);
    app = createApp(deps);
    const key = (await createProject(deps, { name: 'Shop', slug: 'shop' })).publicKey;
    const file = async (message: string) =>
      reportReceiptSchema.parse(await (await app.request('/v1/reports', postReport(key, reportBody({ message })))).json());
    mine = await file('The save button does nothing');
    theirs = await file('Export hangs at 99 percent');
    older = await file('Dark mode forgets itself');
  });
  afterAll(() => deps.close());

  const read = (id: string, token?: string) =>
    app.request(`/v1/tickets/${id}`, { headers: token ? { 'X-Aftercare-Tracking': token } : {} });

  it('shows the reporter their ticket with its public timeline', async () => {
    const res = await read(mine.ticket.id, mine.trackingToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const ticket = reporterTicketSchema.parse(await res.json());
    expect(ticket).toMatchObject({ id: mine.ticket.id, number: mine.ticket.number, status: 'new' });
    expect(ticket.createdAt).toBe('2026-03-02T10:00:00.000Z');
    expect(ticket.timeline).toEqual([
      expect.objectContaining({ type: 'created', actor: 'reporter', at: '2026-03-02T10:00:00.000Z' }),
    ]);
  });

  it('never shows internal notes and names the team, not the agent', async () => {
    const at = '2026-03-02T11:00:00.000Z';
    const base = { ticketId: mine.ticket.id, actorType: 'agent' as const, actorId: 'agent-7', data: {}, createdAt: at };
    await insertTicketEvent(deps.db, { ...base, id: randomUUID(), type: 'note', visibility: 'internal', body: 'customer is on the old plan' });
    await insertTicketEvent(deps.db, { ...base, id: randomUUID(), type: 'reply', visibility: 'public', body: 'We are on it.' });
    const ticket = reporterTicketSchema.parse(await (await read(mine.ticket.id, mine.trackingToken)).json());
    expect(ticket.timeline.map((e) => e.type)).toEqual(['created', 'reply']);
    expect(ticket.timeline[1]).toMatchObject({ actor: 'team', body: 'We are on it.' });
    expect(JSON.stringify(ticket)).not.toContain('old plan');
    expect(JSON.stringify(ticket)).not.toContain('agent-7');
  });

  it('still opens tickets with a token of the first form (the HMAC alone), stored by its SHA-256', async () => {
    const legacy = `trk_${createHmac('sha256', deps.config.secret).update(`tracking:${older.reportId}`).digest('base64url')}`;
    await deps.db.updateTable('reports').set({ tracking_hash: hashToken(legacy) }).where('id', '=', older.reportId).execute();
    expect((await read(older.ticket.id, legacy)).status).toBe(200);
    expect((await read(older.ticket.id, older.trackingToken)).status).toBe(404);
    expect((await read(mine.ticket.id, legacy)).status).toBe(404);
  });

  /** `token` with its last byte changed: the report id it carries stays, its HMAC no longer matches. */
  const forged = (token: string) => {
    const bytes = Buffer.from(token.slice(4), 'base64url');
    bytes[bytes.length - 1]! ^= 1;
    return `trk_${bytes.toString('base64url')}`;
  };

  it.each([
    ['no token', () => read(mine.ticket.id)],
    ['a wrong token', () => read(mine.ticket.id, 'trk_wrong')],
    ['a token carrying this report id with a forged HMAC', () => read(mine.ticket.id, forged(mine.trackingToken))],
    ["another reporter's token", () => read(mine.ticket.id, theirs.trackingToken)],
    ['an unknown ticket id', () => read(randomUUID(), mine.trackingToken)],
  ])('answers 404 ticket_not_found for %s', async (_name, request) => {
    const res = await request();
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('ticket_not_found');
  });
});
