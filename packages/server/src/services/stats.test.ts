import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectStatsSchema, reportReceiptSchema } from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { postReport, reportBody } from '../test-support/reports.js';
import { schedulerTick } from './scheduler.js';
import { initInstance } from './setup.js';
import { percentiles } from './stats.js';

describe('percentiles', () => {
  it.each([
    [[], { count: 0, median: null, p90: null }],
    [[5], { count: 1, median: 5, p90: 5 }],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { count: 10, median: 5, p90: 9 }],
    [[30, 10, 20], { count: 3, median: 20, p90: 30 }],
  ])('%j → %j', (input, expected) => {
    expect(percentiles(input)).toEqual(expected);
  });
});

describe.each(DIALECTS)('project stats on %s', (dialect) => {
  const clock = fixedClock('2026-03-02T09:00:00.000Z');
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  beforeAll(async () => {
    deps = await freshDeps(dialect, clock);
  });
  afterAll(() => deps.close());

  it('measures volume, response and resolution times, SLA compliance and satisfaction', async () => {
    const app = createApp(deps);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    const auth = { Authorization: `Bearer ${init.adminToken}`, 'content-type': 'application/json' };
    const file = async (message: string, kind: 'bug' | 'question' = 'bug') =>
      reportReceiptSchema.parse(await (await app.request('/v1/reports', postReport(init.projectKey, reportBody({ message, kind, impact: 'hinders' })))).json());
    const act = (path: string, body: unknown) => app.request(path, { method: path.endsWith('replies') ? 'POST' : 'PATCH', headers: auth, body: JSON.stringify(body) });

    // A reporter finds the answer in the knowledge base instead of filing.
    const article = await app.request(`/v1/agent/projects/${init.projectId}/kb/articles`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title: 'Where invoices are', bodyMarkdown: 'Settings → Billing.', status: 'published' }),
    });
    const { id: articleId } = (await article.json()) as { id: string };
    expect((await app.request(`/v1/kb/articles/${articleId}/deflections`, { method: 'POST', headers: { 'X-Aftercare-Key': init.projectKey } })).status).toBe(204);
    const fast = await file('Fast one');
    const slow = await file('Slow one');
    await file('Where is the invoice?', 'question');

    clock.set('2026-03-02T09:30:00.000Z');
    await act(`/v1/agent/tickets/${fast.ticket.id}/replies`, { body: 'On it' });
    await act(`/v1/agent/tickets/${fast.ticket.id}`, { status: 'resolved' });
    await app.request(`/v1/tickets/${fast.ticket.id}/rating`, {
      method: 'POST',
      headers: { 'X-Aftercare-Tracking': fast.trackingToken, 'content-type': 'application/json' },
      body: JSON.stringify({ score: 4 }),
    });
    // The slow one and the question miss their 4-business-hour first response (due 13:00).
    clock.set('2026-03-02T14:00:00.000Z');
    await schedulerTick(deps, 'stats');
    await act(`/v1/agent/tickets/${slow.ticket.id}/replies`, { body: 'Sorry for the wait' });

    const res = await app.request(`/v1/agent/projects/${init.projectId}/stats?from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z`, { headers: auth });
    expect(res.status).toBe(200);
    const stats = projectStatsSchema.parse(await res.json());
    expect(stats.volume).toMatchObject({
      tickets: 3,
      reports: 3,
      byKind: { bug: 2, question: 1 },
      bySeverity: { normal: 3 },
      byCategory: { defect: 2, inquiry: 1 },
      byDay: [{ day: '2026-03-02', count: 3 }],
    });
    expect(stats.firstResponseMinutes).toEqual({ count: 2, median: 30, p90: 300 });
    expect(stats.resolutionMinutes).toEqual({ count: 1, median: 30, p90: 30 });
    expect(stats.resolutionRate).toBe(0.333);
    expect(stats.slaCompliance.overall).toEqual({ tickets: 3, met: 1, rate: 0.333 });
    expect(stats.csat).toMatchObject({ average: 4, ratings: 1, responseRate: 1 });
    expect(stats.topIssues).toHaveLength(3);
    expect(stats.deflections).toBe(1);

    const empty = await app.request(`/v1/agent/projects/${init.projectId}/stats?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z`, { headers: auth });
    expect(projectStatsSchema.parse(await empty.json())).toMatchObject({ volume: { tickets: 0 }, resolutionRate: null, csat: { average: null } });
    const bad = await app.request(`/v1/agent/projects/${init.projectId}/stats?from=yesterday`, { headers: auth });
    expect(bad.status).toBe(422);
    const badZone = await app.request(`/v1/agent/projects/${init.projectId}/stats?timeZone=Mars/Olympus`, { headers: auth });
    expect(badZone.status).toBe(422);

    // Days are counted in a time zone: the project's (UTC here), or the one asked for.
    clock.set('2026-03-02T17:00:00.000Z');
    await file('Filed at 01:00 on 3 March in Shanghai');
    const period = 'from=2026-03-01T00:00:00Z&to=2026-03-04T00:00:00Z';
    const days = async (zone?: string) => {
      const res = await app.request(`/v1/agent/projects/${init.projectId}/stats?${period}${zone ? `&timeZone=${encodeURIComponent(zone)}` : ''}`, { headers: auth });
      const body = projectStatsSchema.parse(await res.json());
      return { timeZone: body.period.timeZone, byDay: body.volume.byDay };
    };
    expect(await days()).toEqual({ timeZone: 'UTC', byDay: [{ day: '2026-03-02', count: 4 }] });
    expect(await days('Asia/Shanghai')).toEqual({ timeZone: 'Asia/Shanghai', byDay: [{ day: '2026-03-02', count: 3 }, { day: '2026-03-03', count: 1 }] });
    expect(await days('America/Los_Angeles')).toEqual({ timeZone: 'America/Los_Angeles', byDay: [{ day: '2026-03-02', count: 4 }] });
    expect((await app.request(`/v1/agent/projects/${init.projectId}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ timeZone: 'Asia/Shanghai' }) })).status).toBe(200);
    expect(await days()).toEqual({ timeZone: 'Asia/Shanghai', byDay: [{ day: '2026-03-02', count: 3 }, { day: '2026-03-03', count: 1 }] });
  });
});
