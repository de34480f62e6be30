import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dryRunResultSchema,
  frequentIssuesSchema,
  reportReceiptSchema,
  reporterTicketSchema,
  similarTicketsSchema,
  ticketDetailSchema,
  triageSettingsSchema,
  type ReportReceipt,
} from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { initInstance } from '../services/setup.js';
import { agentWithToken } from '../test-support/agents.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { uncaughtError } from '../test-support/diagnostics.js';
import { postReport, reportBody } from '../test-support/reports.js';

describe.each(DIALECTS)('triage through the agent API on %s', (dialect) => {
  const clock = fixedClock('2026-03-02T10:00:00.000Z');
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let projectId: string;
  let key: string;
  let admin: Record<string, string>;
  let agent: Record<string, string>;
  let viewer: Record<string, string>;

  beforeAll(async () => {
    deps = await freshDeps(dialect, clock);
    app = createApp(deps);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    projectId = init.projectId;
    key = init.projectKey;
    admin = { Authorization: `Bearer ${init.adminToken}` };
    agent = (await agentWithToken(deps, { name: 'Ana', projectId })).auth;
    viewer = (await agentWithToken(deps, { name: 'Vic', projectId, projectRole: 'viewer' })).auth;
  });
  afterAll(() => deps.close());

  async function file(overrides: Parameters<typeof reportBody>[0]): Promise<ReportReceipt> {
    clock.advance(1_000);
    return reportReceiptSchema.parse(await (await app.request('/v1/reports', postReport(key, reportBody(overrides)))).json());
  }
  const call = (method: string, path: string, auth: Record<string, string>, body?: unknown) =>
    app.request(`/v1/agent${path}`, {
      method,
      headers: { ...auth, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  const detail = async (id: string) => ticketDetailSchema.parse(await (await call('GET', `/tickets/${id}`, admin)).json());
  const ticketCount = async () => Number((await deps.db.selectFrom('tickets').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('dry-runs the rules on a report without filing anything', async () => {
    const before = await ticketCount();
    const res = await call('POST', `/projects/${projectId}/triage/dry-run`, viewer, {
      kind: 'bug',
      impact: 'blocks_me',
      message: 'Checkout crashes',
      diagnostics: uncaughtError('x is undefined'),
    });
    expect(res.status).toBe(200);
    const body = dryRunResultSchema.parse(await res.json());
    expect(body.decision).toMatchObject({ severity: 'urgent', tier: 2 });
    expect(body.decision.appliedRules.length).toBeGreaterThan(0);
    expect(body).toMatchObject({ wouldJoin: null, wouldRegress: null });
    expect(await ticketCount()).toBe(before);

    // Once a ticket exists, the same report would join it.
    const filed = await file({ message: 'Dry runs join this', diagnostics: uncaughtError('dry is undefined', 'dryRun') });
    const again = await call(
      'POST',
      `/projects/${projectId}/triage/dry-run`,
      viewer,
      reportBody({ message: 'Dry runs join this', diagnostics: uncaughtError('dry is undefined', 'dryRun') }),
    );
    expect(dryRunResultSchema.parse(await again.json()).wouldJoin).toMatchObject({ id: filed.ticket.id });
    const bad = await call('POST', `/projects/${projectId}/triage/dry-run`, viewer, { kind: 'complaint', message: 'x' });
    expect(bad.status).toBe(422);
  });

  it('applies a project rule set and records the rule id and version on the ticket', async () => {
    const rules = [
      {
        id: 'refunds',
        version: 3,
        description: 'Money questions go first',
        when: { type: 'message_contains_any', words: ['refund', '退款'] },
        actions: [{ type: 'set_severity', severity: 'urgent' }, { type: 'add_tags', tags: ['billing'] }],
        onMatch: 'stop',
      },
    ];
    expect((await call('PUT', `/projects/${projectId}/triage/rules`, agent, { rules })).status).toBe(403);
    const invalid = await call('PUT', `/projects/${projectId}/triage/rules`, admin, { rules: [{ id: 'x', when: {} }] });
    expect(invalid.status).toBe(422);
    const saved = await call('PUT', `/projects/${projectId}/triage/rules`, admin, { rules });
    expect(saved.status).toBe(200);
    expect(triageSettingsSchema.parse(await saved.json())).toMatchObject({ rulesAreDefault: false, rules: [{ id: 'refunds', version: 3 }] });

    const receipt = await file({ message: '我要退款', kind: 'question' });
    expect(receipt.ticket.severity).toBe('urgent');
    const { ticket, timeline } = await detail(receipt.ticket.id);
    expect(ticket.tags).toEqual(['billing']);
    const applied = timeline.find((e) => e.type === 'triaged')!.data.appliedRules;
    expect(applied).toEqual([expect.objectContaining({ ruleId: 'refunds', version: 3 })]);

    await call('PUT', `/projects/${projectId}/triage/rules`, admin, { rules: null });
    expect((await file({ message: 'Another refund please', kind: 'question' })).ticket.severity).toBe('normal');
    const log = await deps.db.selectFrom('audit_log').select('action').where('project_id', '=', projectId).execute();
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(['triage.rules']));
  });

  it('versions a new SLA policy and recomputes working tickets under it', async () => {
    const receipt = await file({ message: 'Graph is empty', kind: 'bug', impact: 'hinders' });
    const before = (await detail(receipt.ticket.id)).ticket.sla;
    expect(before.policyVersion).toBe(0);
    const settings = triageSettingsSchema.parse(await (await call('GET', `/projects/${projectId}/triage`, viewer)).json());
    const policy: Partial<typeof settings.slaPolicy> & Pick<typeof settings.slaPolicy, 'targets'> = structuredClone(settings.slaPolicy);
    delete policy.version;
    policy.targets.normal.firstResponse = { amount: 30, unit: 'minutes', clock: '24x7' };
    const res = await call('PUT', `/projects/${projectId}/sla-policy`, admin, policy);
    expect(res.status).toBe(200);
    expect(triageSettingsSchema.parse(await res.json())).toMatchObject({ slaPolicy: { version: 1 }, slaPolicyVersions: [0, 1] });
    const after = (await detail(receipt.ticket.id)).ticket.sla;
    expect(after.policyVersion).toBe(0); // the ticket keeps its start; its clock follows the change
    expect(Date.parse(after.firstResponseDue!)).toBeLessThan(Date.parse(before.firstResponseDue!));
    expect((await detail(receipt.ticket.id)).timeline.map((e) => e.type)).toContain('policy_changed');
    const bad = await call('PUT', `/projects/${projectId}/sla-policy`, admin, { calendar: { timeZone: 'Mars/Olympus' } });
    expect(bad.status).toBe(422);

    const routed = await call('PUT', `/projects/${projectId}/triage/routing`, admin, { strategy: 'least_loaded' });
    expect(triageSettingsSchema.parse(await routed.json())).toMatchObject({ routingStrategy: 'least_loaded', slaPolicyVersions: [0, 1] });
    await call('PUT', `/projects/${projectId}/triage/routing`, admin, { strategy: 'round_robin' });
  });

  it('lets an agent escalate a ticket to tier 2 by hand, and hand it back', async () => {
    const receipt = await file({ message: 'Odd rounding in invoices', kind: 'bug', impact: 'minor' });
    expect((await detail(receipt.ticket.id)).ticket.tier).toBe(1);
    expect((await call('PATCH', `/tickets/${receipt.ticket.id}`, viewer, { tier: 2 })).status).toBe(403);
    const up = await call('PATCH', `/tickets/${receipt.ticket.id}`, agent, { tier: 2 });
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ tier: 2 });
    const down = await call('PATCH', `/tickets/${receipt.ticket.id}`, agent, { tier: 1 });
    expect(await down.json()).toMatchObject({ tier: 1 });
    const types = (await detail(receipt.ticket.id)).timeline.map((e) => e.type);
    expect(types.filter((t) => t === 'escalated' || t === 'deescalated')).toEqual(['escalated', 'deescalated']);
    expect((await call('PATCH', `/tickets/${receipt.ticket.id}`, agent, { tier: 3 })).status).toBe(422);
  });

  it('merges and unmerges tickets without losing a report', async () => {
    const a = await file({ message: 'Cannot log in with Google' });
    const b = await file({ message: 'Google sign-in loops forever' });
    const merged = await call('POST', `/tickets/${a.ticket.id}/merge`, agent, { into: b.ticket.id });
    expect(merged.status).toBe(200);
    expect(await merged.json()).toMatchObject({ id: b.ticket.id, occurrences: 2 });
    expect((await detail(a.ticket.id)).ticket).toMatchObject({ status: 'closed', mergedInto: b.ticket.id });
    expect((await detail(b.ticket.id)).reports.map((r) => r.message)).toEqual(['Cannot log in with Google', 'Google sign-in loops forever']);

    // The first reporter's link still works and now shows the ticket they were merged into.
    const view = reporterTicketSchema.parse(
      await (await app.request(`/v1/tickets/${a.ticket.id}`, { headers: { 'X-Aftercare-Tracking': a.trackingToken } })).json(),
    );
    expect(view.id).toBe(b.ticket.id);

    expect((await call('POST', `/tickets/${a.ticket.id}/merge`, agent, { into: b.ticket.id })).status).toBe(409);
    expect((await call('POST', `/tickets/${b.ticket.id}/merge`, agent, { into: b.ticket.id })).status).toBe(422);

    const unmerged = await call('POST', `/tickets/${a.ticket.id}/unmerge`, agent);
    expect(unmerged.status).toBe(200);
    expect(await unmerged.json()).toMatchObject({ id: a.ticket.id, status: 'open', mergedInto: null, occurrences: 1 });
    expect((await detail(b.ticket.id)).reports.map((r) => r.message)).toEqual(['Google sign-in loops forever']);
    expect((await detail(a.ticket.id)).reports.map((r) => r.message)).toEqual(['Cannot log in with Google']);
  });

  it('lists frequent issues and similar tickets', async () => {
    const error = uncaughtError('Cannot read "price" of null', 'renderCart');
    const hot = await file({ message: 'Cart empty', diagnostics: error, reporter: { id: 'r1' } });
    await file({ message: 'Cart broken', diagnostics: error, reporter: { id: 'r2' } });
    await file({ message: 'Cart again', diagnostics: error, reporter: { id: 'r3' } });
    const top = frequentIssuesSchema.parse(await (await call('GET', `/projects/${projectId}/frequent-issues?days=7`, viewer)).json());
    expect(top.items[0]).toMatchObject({ id: hot.ticket.id, reports: 3, reporters: 3 });

    const one = await file({ message: 'Cannot export the CSV file' });
    const two = await file({ message: 'cannot export csv' });
    expect(two.ticket.id).not.toBe(one.ticket.id);
    const similar = similarTicketsSchema.parse(await (await call('GET', `/tickets/${two.ticket.id}/similar`, viewer)).json());
    expect(similar.items.map((s) => s.id)).toContain(one.ticket.id);
  });
});
