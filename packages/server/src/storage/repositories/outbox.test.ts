import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportReceiptSchema } from '@aftercare/sdk/schemas';
import { createApp } from '../../app.js';
import { fixedClock } from '../../clock.js';
import { schedulerTick } from '../../services/scheduler.js';
import { initInstance } from '../../services/setup.js';
import { DIALECTS, freshDeps } from '../../test-support/databases.js';
import { postReport, reportBody } from '../../test-support/reports.js';
import { readEvents } from './outbox.js';

describe.each(DIALECTS)('the domain event outbox on %s', (dialect) => {
  const clock = fixedClock('2026-03-02T10:00:00.000Z');
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  beforeAll(async () => {
    deps = await freshDeps(dialect, clock);
  });
  afterAll(() => deps.close());

  it('records each kind of change in order, in the transaction of the change', async () => {
    const app = createApp(deps);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    const auth = { Authorization: `Bearer ${init.adminToken}`, 'content-type': 'application/json' };
    // Subscribed to every type (the default), paused: events are recorded for the active webhooks of a project.
    const hook = async (body: Record<string, unknown>) =>
      app.request(`/v1/agent/projects/${init.projectId}/webhooks`, { method: 'POST', headers: auth, body: JSON.stringify({ url: 'https://hooks.example.com/a', ...body }) });
    expect((await hook({ active: false })).status).toBe(201);
    const file = async (message: string) =>
      reportReceiptSchema.parse(await (await app.request('/v1/reports', postReport(init.projectKey, reportBody({ message })))).json());
    // Before an active webhook subscribes, nothing is recorded.
    await file('Nobody listens yet');
    expect(await readEvents(deps.db, '', 100)).toEqual([]);
    expect((await hook({})).status).toBe(201);
    const a = await file('Login button is grey');
    const b = await file('Cannot click login');
    clock.advance(60_000);
    await app.request(`/v1/agent/tickets/${a.ticket.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ status: 'resolved' }) });
    await app.request(`/v1/tickets/${a.ticket.id}/rating`, {
      method: 'POST',
      headers: { 'X-Aftercare-Tracking': a.trackingToken, 'content-type': 'application/json' },
      body: JSON.stringify({ score: 2, comment: 'slow' }),
    });
    await app.request(`/v1/agent/tickets/${a.ticket.id}/merge`, { method: 'POST', headers: auth, body: JSON.stringify({ into: b.ticket.id }) });
    clock.set('2026-03-02T13:30:00.000Z');
    await schedulerTick(deps, 'test');

    const events = await readEvents(deps.db, '', 100);
    expect(events.map((e) => e.type)).toEqual([
      'ticket.created',
      'ticket.created',
      'ticket.updated',
      'csat.received',
      'ticket.merged',
      // Both open tickets near their first-response deadline; the webhook now hears the first one's too.
      'sla.warning',
      'sla.warning',
    ]);
    expect(events[3]!.payload).toMatchObject({ ticketId: a.ticket.id, score: 2, comment: 'slow' });
    expect(events[4]!.payload).toMatchObject({ ticketId: a.ticket.id, into: b.ticket.id });
    expect(events.every((e) => e.projectId === init.projectId)).toBe(true);
    expect(await readEvents(deps.db, events[2]!.id, 100)).toHaveLength(4);
  });

  it('records only the types that an active webhook of the project subscribes to', async () => {
    const app = createApp(deps);
    const init = await initInstance(deps, { name: 'Docs', slug: 'docs' });
    const auth = { Authorization: `Bearer ${init.adminToken}`, 'content-type': 'application/json' };
    const created = await app.request(`/v1/agent/projects/${init.projectId}/webhooks`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ url: 'https://hooks.example.com/b', events: ['ticket.updated'] }),
    });
    expect(created.status).toBe(201);
    const before = (await readEvents(deps.db, '', 1000)).length;
    const receipt = reportReceiptSchema.parse(await (await app.request('/v1/reports', postReport(init.projectKey, reportBody({ message: 'Search is empty' })))).json());
    // The same fingerprint again: the report is grouped onto the ticket, a ticket.updated.
    await app.request('/v1/reports', postReport(init.projectKey, reportBody({ message: 'Search is empty' })));
    const recorded = (await readEvents(deps.db, '', 1000)).slice(before);
    expect(recorded.map((e) => [e.projectId, e.type])).toEqual([[init.projectId, 'ticket.updated']]);
    expect(recorded[0]!.payload).toMatchObject({ ticket: { id: receipt.ticket.id }, change: 'report_grouped' });
  });
});
