import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportReceiptSchema } from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { findTicket, listTicketEvents } from '../storage/repositories/tickets.js';
import { agentWithToken } from '../test-support/agents.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { postReport, reportBody } from '../test-support/reports.js';
import { schedulerTick } from './scheduler.js';
import { initInstance } from './setup.js';

describe.each(DIALECTS)('the SLA scheduler on %s', (dialect) => {
  const clock = fixedClock('2026-03-02T10:00:00.000Z');
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let ticketId: string;
  let senior: string;

  beforeAll(async () => {
    deps = await freshDeps(dialect, clock);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    await deps.db.updateTable('agents').set({ capacity: 0 }).execute(); // the admin takes no tickets
    await agentWithToken(deps, { name: 'Ana', projectId: init.projectId });
    senior = (await agentWithToken(deps, { name: 'Sam', projectId: init.projectId })).id;
    await deps.db.updateTable('agents').set({ tier: 2 }).where('id', '=', senior).execute();
    const res = await createApp(deps).request(
      '/v1/reports',
      postReport(init.projectKey, reportBody({ message: 'Totals are wrong', kind: 'bug', impact: 'hinders' })),
    );
    ticketId = reportReceiptSchema.parse(await res.json()).ticket.id;
  });
  afterAll(() => deps.close());

  const types = async () => (await listTicketEvents(deps.db, ticketId, { includeInternal: true })).map((e) => e.type);

  it('warns before the first-response deadline, once', async () => {
    // Normal severity: first response due 14:00, warning at 80 % of 4 business hours = 13:12.
    clock.set('2026-03-02T13:00:00.000Z');
    expect(await schedulerTick(deps, 'instance-a')).toMatchObject({ leader: true, warnings: 0, breaches: 0 });
    clock.set('2026-03-02T13:20:00.000Z');
    expect(await schedulerTick(deps, 'instance-a')).toMatchObject({ warnings: 1, breaches: 0 });
    expect(await schedulerTick(deps, 'instance-a')).toMatchObject({ warnings: 0 });
    expect((await findTicket(deps.db, ticketId))?.slaState).toBe('warning');
    expect((await types()).filter((t) => t === 'sla_warning')).toHaveLength(1);
  });

  it('lets only the lease holder work', async () => {
    expect(await schedulerTick(deps, 'instance-b')).toMatchObject({ leader: false, checked: 0 });
  });

  it('announces the breach and escalates to a tier-2 agent, never twice', async () => {
    clock.set('2026-03-02T14:05:00.000Z');
    expect(await schedulerTick(deps, 'instance-a')).toMatchObject({ breaches: 1, escalations: 1 });
    const ticket = await findTicket(deps.db, ticketId);
    expect(ticket).toMatchObject({ tier: 2, assigneeId: senior, slaState: 'breached' });
    const events = await listTicketEvents(deps.db, ticketId, { includeInternal: true });
    expect(events.find((e) => e.type === 'sla_breached')?.data).toMatchObject({ metric: 'firstResponse', dueAt: '2026-03-02T14:00:00.000Z' });

    // A restarted or second instance, once the lease has expired, repeats nothing.
    clock.set('2026-03-02T16:00:00.000Z');
    const later = await schedulerTick(deps, 'instance-b');
    expect(later.leader).toBe(true);
    expect(later).toMatchObject({ breaches: 0, escalations: 0 });
    expect((await types()).filter((t) => t === 'sla_breached' || t === 'escalated')).toEqual(['sla_breached', 'escalated']);
  });
});

describe.each(DIALECTS)('auto-closing resolved tickets on %s', (dialect) => {
  it('closes a resolved ticket after the project quiet period, not before, and it stays readable', async () => {
    const clock = fixedClock('2026-03-02T10:00:00.000Z');
    const deps = await freshDeps(dialect, clock);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    await deps.db.updateTable('projects').set({ auto_close_days: 3 }).execute();
    const app = createApp(deps);
    const receipt = reportReceiptSchema.parse(
      await (await app.request('/v1/reports', postReport(init.projectKey, reportBody({ message: 'Old bug' })))).json(),
    );
    const auth = { Authorization: `Bearer ${init.adminToken}`, 'content-type': 'application/json' };
    await app.request(`/v1/agent/tickets/${receipt.ticket.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ status: 'resolved' }) });

    clock.set('2026-03-05T09:59:00.000Z');
    expect((await schedulerTick(deps, 'a')).autoClosed).toBe(0);
    clock.set('2026-03-05T10:01:00.000Z');
    expect((await schedulerTick(deps, 'a')).autoClosed).toBe(1);
    expect((await findTicket(deps.db, receipt.ticket.id))?.status).toBe('closed');
    expect((await schedulerTick(deps, 'a')).autoClosed).toBe(0);
    const list = await app.request(`/v1/agent/projects/${init.projectId}/tickets?status=closed&q=old`, { headers: auth });
    expect(((await list.json()) as { items: Array<{ id: string }> }).items.map((t) => t.id)).toEqual([receipt.ticket.id]);
    await deps.close();
  });
});
