import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  reportReceiptSchema,
  reporterTicketSchema,
  ticketDetailSchema,
  type ReportReceipt,
} from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { initInstance } from '../services/setup.js';
import { agentWithToken } from '../test-support/agents.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { uncaughtError } from '../test-support/diagnostics.js';
import { postReport, reportBody } from '../test-support/reports.js';

// Monday 2 March 2026, 10:00 UTC: inside the default Mon–Fri 09:00–18:00 calendar.
const MONDAY_10 = '2026-03-02T10:00:00.000Z';

describe.each(DIALECTS)('triage of filed reports on %s', (dialect) => {
  const clock = fixedClock(MONDAY_10);
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let key: string;
  let admin: Record<string, string>;
  let agents: Array<Awaited<ReturnType<typeof agentWithToken>>>;

  beforeAll(async () => {
    deps = await freshDeps(dialect, clock);
    app = createApp(deps);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    key = init.projectKey;
    admin = { Authorization: `Bearer ${init.adminToken}` };
    // The instance admin is a project admin too; give the rotation two more tier-1 agents.
    agents = [
      await agentWithToken(deps, { name: 'Ana', projectId: init.projectId }),
      await agentWithToken(deps, { name: 'Ben', projectId: init.projectId }),
    ];
  });
  afterAll(() => deps.close());

  async function file(overrides: Parameters<typeof reportBody>[0]): Promise<ReportReceipt> {
    clock.advance(1_000);
    const res = await app.request('/v1/reports', postReport(key, reportBody(overrides)));
    expect(res.status).toBe(201);
    return reportReceiptSchema.parse(await res.json());
  }
  const detail = async (id: string) =>
    ticketDetailSchema.parse(await (await app.request(`/v1/agent/tickets/${id}`, { headers: admin })).json());
  const patch = (id: string, body: unknown) =>
    app.request(`/v1/agent/tickets/${id}`, {
      method: 'PATCH',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('grades with the default rules and records why, rule by rule', async () => {
    const crash = await file({ message: '保存的时候应用崩溃了', kind: 'bug', impact: 'hinders' });
    expect(crash.ticket).toMatchObject({ severity: 'high', category: 'defect' });
    const blocking = await file({
      message: 'Saving throws',
      impact: 'blocks_me',
      diagnostics: uncaughtError('Cannot read properties of undefined (reading "id")', 'persistDraft'),
    });
    expect(blocking.ticket.severity).toBe('urgent');
    const question = await file({ message: 'Where are invoices?', kind: 'question', impact: 'unknown' });
    expect(question.ticket).toMatchObject({ severity: 'normal', category: 'inquiry' });

    const d = await detail(blocking.ticket.id);
    expect(d.ticket.tier).toBe(2);
    const triaged = d.timeline.find((e) => e.type === 'triaged')!;
    expect(triaged.visibility).toBe('internal');
    const applied = triaged.data.appliedRules as Array<{ ruleId: string; version: number }>;
    expect(applied.length).toBeGreaterThan(0);
    for (const rule of applied) expect(rule).toMatchObject({ ruleId: expect.any(String), version: expect.any(Number) });
    expect(d.timeline.map((e) => e.type)).toContain('escalated');
  });

  it('stores the SLA deadlines of the default policy on the ticket', async () => {
    clock.set('2026-03-02T09:59:59.000Z');
    const receipt = await file({ message: 'The chart legend overlaps', kind: 'bug', impact: 'hinders' });
    const { ticket } = await detail(receipt.ticket.id);
    expect(ticket.severity).toBe('normal');
    // Normal: first response in 4 business hours, resolution in 2 business days.
    expect(ticket.sla).toMatchObject({
      state: 'ok',
      policyVersion: 0,
      firstResponseDue: '2026-03-02T14:00:00.000Z',
      resolutionDue: '2026-03-04T10:00:00.000Z',
    });

    // Waiting on the reporter pauses the clock; the reply meets the first response.
    clock.advance(30 * 60_000);
    await app.request(`/v1/agent/tickets/${receipt.ticket.id}/replies`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Which browser?', waitOnReporter: true }),
    });
    const paused = (await detail(receipt.ticket.id)).ticket;
    expect(paused.sla.state).toBe('paused');
    expect(paused.sla.resolutionDue).toBeNull();

    // Raising the severity moves the deadlines.
    await patch(receipt.ticket.id, { status: 'open', severity: 'urgent' });
    const urgent = (await detail(receipt.ticket.id)).ticket;
    expect(urgent.sla.resolutionDue).not.toBeNull();
    expect(Date.parse(urgent.sla.resolutionDue!)).toBeLessThan(Date.parse('2026-03-02T14:31:00.000Z'));
    clock.set(MONDAY_10);
  });

  it('groups the same error from several reporters into one ticket', async () => {
    const error = uncaughtError('Request 4711 failed for user 9f8e7d6c-1111-4222-8333-444455556666');
    const first = await file({ message: 'Save broke', diagnostics: error, reporter: { id: 'u1' } });
    const again = await file({
      message: 'It does not save',
      diagnostics: uncaughtError('Request 5812 failed for user 0a1b2c3d-1111-4222-8333-444455556666'),
      reporter: { id: 'u2' },
    });
    const third = await file({ message: 'me again', diagnostics: error, reporter: { id: 'u1' } });
    expect(again.ticket.id).toBe(first.ticket.id);
    expect(third.ticket.id).toBe(first.ticket.id);
    const { ticket, reports } = await detail(first.ticket.id);
    expect(ticket).toMatchObject({ occurrences: 3, reporterCount: 2 });
    expect(reports.map((r) => r.message)).toEqual(['Save broke', 'It does not save', 'me again']);

    // Each reporter sees the shared ticket, but only their own entries.
    const view = reporterTicketSchema.parse(
      await (await app.request(`/v1/tickets/${first.ticket.id}`, { headers: { 'X-Aftercare-Tracking': again.trackingToken } })).json(),
    );
    expect(view.timeline.filter((e) => e.type === 'created')).toHaveLength(1);
  });

  it('opens a regression ticket when a closed problem comes back', async () => {
    const error = uncaughtError('Quota exceeded', 'uploadAvatar');
    const original = await file({ message: 'Upload fails', diagnostics: error });
    expect((await patch(original.ticket.id, { status: 'closed' })).status).toBe(200);
    const back = await file({ message: 'Upload fails again', diagnostics: error });
    expect(back.ticket.id).not.toBe(original.ticket.id);
    const { ticket, timeline } = await detail(back.ticket.id);
    expect(ticket.regressionOf).toBe(original.ticket.id);
    expect(timeline.map((e) => e.type)).toContain('regression');
  });

  it("groups on the host app's own fingerprint when the report carries one", async () => {
    const a = await file({ message: 'Payment widget timed out', fingerprint: 'psp-timeout' });
    const b = await file({ message: 'Card form never loads', fingerprint: 'psp-timeout', reporter: { id: 'u9' } });
    expect(b.ticket.id).toBe(a.ticket.id);
    expect((await detail(a.ticket.id)).ticket.occurrences).toBe(2);
  });

  it('groups plain feedback only on near-identical text', async () => {
    const a = await file({ message: 'Please add a CSV export!', kind: 'idea' });
    const b = await file({ message: 'please add a csv export', kind: 'idea' });
    const c = await file({ message: 'Please add an Excel export', kind: 'idea' });
    expect(b.ticket.id).toBe(a.ticket.id);
    expect(c.ticket.id).not.toBe(a.ticket.id);
  });

  it('routes new tier-1 tickets round-robin across the project agents', async () => {
    const assignees: Array<string | null> = [];
    for (const message of ['Typo on pricing page', 'Footer link is dead', 'Avatar is blurry', 'Date shows in UTC']) {
      const receipt = await file({ message, kind: 'bug', impact: 'minor' });
      assignees.push((await detail(receipt.ticket.id)).ticket.assigneeId);
    }
    expect(new Set(assignees).size).toBe(3);
    expect(assignees[3]).toBe(assignees[0]);
    for (const id of assignees) expect(id).not.toBeNull();
    expect(assignees).toEqual(expect.arrayContaining(agents.map((a) => a.id)));
  });
});
