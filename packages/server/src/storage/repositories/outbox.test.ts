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
    const file = async (message: string) =>
      reportReceiptSchema.parse(await (await app.request('/v1/reports', postReport(init.projectKey, reportBody({ message })))).json());
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
      'sla.warning',
    ]);
    expect(events[3]!.payload).toMatchObject({ ticketId: a.ticket.id, score: 2, comment: 'slow' });
    expect(events[4]!.payload).toMatchObject({ ticketId: a.ticket.id, into: b.ticket.id });
    expect(events.every((e) => e.projectId === init.projectId)).toBe(true);
    expect(await readEvents(deps.db, events[2]!.id, 100)).toHaveLength(3);
  });
});
