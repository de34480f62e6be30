import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agentMeSchema,
  reportReceiptSchema,
  reporterTicketSchema,
  ticketDetailSchema,
  ticketPageSchema,
  type ReportReceipt,
} from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { createProject } from '../services/projects.js';
import { initInstance } from '../services/setup.js';
import { agentWithToken } from '../test-support/agents.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { postReport, reportBody } from '../test-support/reports.js';

describe.each(DIALECTS)('agent API on %s', (dialect) => {
  const clock = fixedClock('2026-03-02T10:00:00.000Z');
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let projectId: string;
  let otherProjectId: string;
  let key: string;
  let otherKey: string;
  let admin: Record<string, string>;
  let agent: Awaited<ReturnType<typeof agentWithToken>>;
  let viewer: Awaited<ReturnType<typeof agentWithToken>>;
  let outsider: Awaited<ReturnType<typeof agentWithToken>>;

  beforeAll(async () => {
    deps = await freshDeps(dialect, clock);
    app = createApp(deps);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    projectId = init.projectId;
    key = init.projectKey;
    admin = { Authorization: `Bearer ${init.adminToken}` };
    const other = await createProject(deps, { name: 'Blog', slug: 'blog' });
    otherProjectId = other.id;
    otherKey = other.publicKey;
    agent = await agentWithToken(deps, { name: 'Ana', projectId, projectRole: 'agent' });
    viewer = await agentWithToken(deps, { name: 'Vic', projectId, projectRole: 'viewer' });
    outsider = await agentWithToken(deps, { name: 'Olga', projectId: otherProjectId, projectRole: 'admin' });
  });
  afterAll(() => deps.close());

  async function file(overrides: Parameters<typeof reportBody>[0] = {}, k = key): Promise<ReportReceipt> {
    clock.advance(1_000);
    const res = await app.request('/v1/reports', postReport(k, reportBody(overrides)));
    return reportReceiptSchema.parse(await res.json());
  }
  const get = (path: string, auth: Record<string, string>) => app.request(path, { headers: auth });
  const send = (method: string, path: string, auth: Record<string, string>, body?: unknown) =>
    app.request(path, {
      method,
      headers: { ...auth, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
  const track = (receipt: ReportReceipt) => ({ 'X-Aftercare-Tracking': receipt.trackingToken });

  it('refuses requests without a valid token', async () => {
    const none = await get('/v1/agent/me', {});
    expect(none.status).toBe(401);
    expect(await code(none)).toBe('missing_token');
    const wrong = await get('/v1/agent/me', { Authorization: 'Bearer act_nope' });
    expect(wrong.status).toBe(401);
    expect(await code(wrong)).toBe('invalid_token');
  });

  it('tells an agent who it is and lists only its projects', async () => {
    const me = agentMeSchema.parse(await (await get('/v1/agent/me', agent.auth)).json());
    expect(me).toMatchObject({ name: 'Ana', role: 'agent', projects: [{ id: projectId, role: 'agent' }] });
    const adminMe = agentMeSchema.parse(await (await get('/v1/agent/me', admin)).json());
    expect(adminMe.projects.map((p) => p.slug).sort()).toEqual(['blog', 'shop']);
  });

  it('lists tickets with filters, search and cursor pagination', async () => {
    await file({ message: 'Checkout fails with a 500', kind: 'bug', impact: 'blocks_me' });
    await file({ message: 'How do I export invoices?', kind: 'question' });
    await file({ message: 'Dark mode please', kind: 'idea' });
    await file({ message: 'Invoice PDF has 100% wrong totals', kind: 'bug' });
    await file({ message: 'Elsewhere' }, otherKey);

    const all = ticketPageSchema.parse(await (await get(`/v1/agent/projects/${projectId}/tickets`, agent.auth)).json());
    expect(all.items.map((t) => t.title)).toEqual([
      'Invoice PDF has 100% wrong totals',
      'Dark mode please',
      'How do I export invoices?',
      'Checkout fails with a 500',
    ]);
    const bugs = ticketPageSchema.parse(
      await (await get(`/v1/agent/projects/${projectId}/tickets?category=defect&severity=high,normal`, agent.auth)).json(),
    );
    expect(bugs.items.map((t) => t.title)).toEqual(['Invoice PDF has 100% wrong totals', 'Checkout fails with a 500']);
    const tierOne = ticketPageSchema.parse(await (await get(`/v1/agent/projects/${projectId}/tickets?tier=1&sla=ok,warning`, agent.auth)).json());
    expect(tierOne.items).toHaveLength(4);
    const tierTwo = ticketPageSchema.parse(await (await get(`/v1/agent/projects/${projectId}/tickets?tier=2`, agent.auth)).json());
    expect(tierTwo.items).toEqual([]);
    const breached = ticketPageSchema.parse(await (await get(`/v1/agent/projects/${projectId}/tickets?sla=breached`, agent.auth)).json());
    expect(breached.items).toEqual([]);
    const search = ticketPageSchema.parse(await (await get(`/v1/agent/projects/${projectId}/tickets?q=INVOICE`, agent.auth)).json());
    expect(search.items).toHaveLength(2);
    const literal = ticketPageSchema.parse(await (await get(`/v1/agent/projects/${projectId}/tickets?q=100%25`, agent.auth)).json());
    expect(literal.items.map((t) => t.title)).toEqual(['Invoice PDF has 100% wrong totals']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?sort=created&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = ticketPageSchema.parse(await (await get(`/v1/agent/projects/${projectId}/tickets${query}`, agent.auth)).json());
      seen.push(...page.items.map((t) => t.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...all.items.map((t) => t.title)].reverse());
  });

  it.each([
    ['an unknown status', '?status=bogus', 422, 'validation_failed'],
    ['a limit over 100', '?limit=500', 422, 'validation_failed'],
    ['an unknown parameter', '?colour=red', 422, 'validation_failed'],
    ['a forged cursor', '?cursor=bm9wZQ', 400, 'invalid_cursor'],
  ])('rejects a list query with %s', async (_name, query, status, expected) => {
    const res = await get(`/v1/agent/projects/${projectId}/tickets${query}`, agent.auth);
    expect(res.status).toBe(status);
    expect(await code(res)).toBe(expected);
  });

  it('hides other projects and their tickets behind 404', async () => {
    const foreign = await file({ message: 'Blog comments broken' }, otherKey);
    for (const res of [
      await get(`/v1/agent/projects/${otherProjectId}/tickets`, agent.auth),
      await get(`/v1/agent/tickets/${foreign.ticket.id}`, agent.auth),
      await send('PATCH', `/v1/agent/tickets/${foreign.ticket.id}`, agent.auth, { status: 'closed' }),
      await send('POST', `/v1/agent/tickets/${foreign.ticket.id}/replies`, agent.auth, { body: 'hi' }),
    ]) {
      expect(res.status).toBe(404);
    }
    const mine = await file({ message: 'Mine only' });
    expect((await get(`/v1/agent/tickets/${mine.ticket.id}`, outsider.auth)).status).toBe(404);
  });

  it('lets a viewer read but not change anything', async () => {
    const receipt = await file({ message: 'Viewer test' });
    expect((await get(`/v1/agent/tickets/${receipt.ticket.id}`, viewer.auth)).status).toBe(200);
    for (const res of [
      await send('PATCH', `/v1/agent/tickets/${receipt.ticket.id}`, viewer.auth, { severity: 'urgent' }),
      await send('POST', `/v1/agent/tickets/${receipt.ticket.id}/replies`, viewer.auth, { body: 'hi' }),
      await send('POST', `/v1/agent/tickets/${receipt.ticket.id}/notes`, viewer.auth, { body: 'hi' }),
    ]) {
      expect(res.status).toBe(403);
      expect(await code(res)).toBe('forbidden');
    }
  });

  it('runs a ticket through its whole life with the reporter', async () => {
    const receipt = await file({ message: 'Cannot upload avatars', reporter: { email: 'rita@example.com' } });
    const id = receipt.ticket.id;
    const reporterView = async () =>
      reporterTicketSchema.parse(await (await app.request(`/v1/tickets/${id}`, { headers: track(receipt) })).json());

    // Triage by the agent: assign, tag, raise severity; an internal note.
    const patched = await send('PATCH', `/v1/agent/tickets/${id}`, agent.auth, {
      assigneeId: agent.id,
      tags: ['uploads'],
      severity: 'high',
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ assigneeId: agent.id, tags: ['uploads'], severity: 'high', status: 'new' });
    expect((await send('POST', `/v1/agent/tickets/${id}/notes`, agent.auth, { body: 'S3 bucket policy?' })).status).toBe(201);

    // A reply that waits on the reporter; the reporter answers.
    clock.advance(60_000);
    const reply = await send('POST', `/v1/agent/tickets/${id}/replies`, agent.auth, { body: 'Which browser?', waitOnReporter: true });
    expect(reply.status).toBe(201);
    let view = await reporterView();
    expect(view.status).toBe('waiting_on_reporter');
    expect(JSON.stringify(view)).not.toContain('S3 bucket');
    expect(view.timeline.find((e) => e.type === 'reply')).toMatchObject({ actor: 'team', body: 'Which browser?' });
    const answer = await app.request(`/v1/tickets/${id}/replies`, {
      method: 'POST',
      headers: { ...track(receipt), 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Firefox 140' }),
    });
    expect(answer.status).toBe(201);
    expect(reporterTicketSchema.parse(await answer.json()).status).toBe('open');

    // Resolved: the reporter rates once, then says it is still broken.
    expect((await send('PATCH', `/v1/agent/tickets/${id}`, agent.auth, { status: 'resolved' })).status).toBe(200);
    const confirmed = await app.request(`/v1/tickets/${id}/confirm`, { method: 'POST', headers: track(receipt) });
    expect(confirmed.status).toBe(200);
    expect(reporterTicketSchema.parse(await confirmed.json()).status).toBe('closed');
    const rate = (score: number) =>
      app.request(`/v1/tickets/${id}/rating`, {
        method: 'POST',
        headers: { ...track(receipt), 'content-type': 'application/json' },
        body: JSON.stringify({ score, comment: 'quick' }),
      });
    const rated = await rate(4);
    expect(rated.status).toBe(201);
    expect(await rated.json()).toMatchObject({ rating: { score: 4, comment: 'quick' }, canRate: false });
    const twice = await rate(5);
    expect(twice.status).toBe(409);
    expect(await code(twice)).toBe('already_rated');

    const reopened = await app.request(`/v1/tickets/${id}/reopen`, {
      method: 'POST',
      headers: { ...track(receipt), 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Broken again on Safari' }),
    });
    expect(reopened.status).toBe(200);
    view = reporterTicketSchema.parse(await reopened.json());
    expect(view).toMatchObject({ status: 'open', canRate: false, rating: null });

    // A second resolution can be rated again; confirming closes it.
    expect((await send('PATCH', `/v1/agent/tickets/${id}`, agent.auth, { status: 'resolved' })).status).toBe(200);
    expect((await reporterView()).canRate).toBe(true);
    expect((await rate(5)).status).toBe(201);
    const detail = ticketDetailSchema.parse(await (await get(`/v1/agent/tickets/${id}`, agent.auth)).json());
    expect(detail.ticket).toMatchObject({ status: 'resolved', reopenCount: 1 });
    expect(detail.ticket.firstRespondedAt).not.toBeNull();
    expect(detail.reports[0]).toMatchObject({ message: 'Cannot upload avatars', reporter: { email: 'rita@example.com' } });
    expect(detail.timeline.map((e) => e.type)).toEqual([
      'created', 'triaged', 'assigned', 'updated', 'note', 'reply', 'status_changed', 'reply', 'status_changed',
      'status_changed', 'confirmed', 'status_changed', 'rated', 'reopened', 'status_changed',
      'status_changed', 'rated',
    ]);
    const audit = await deps.db.selectFrom('audit_log').select(['action', 'agent_id']).where('target_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toEqual(['ticket.update', 'ticket.note', 'ticket.reply', 'ticket.update', 'ticket.update']);
  });

  it.each([
    ['an invalid transition', { status: 'resolved' }, { status: 'new' }, 409, 'invalid_transition'],
    ['an assignee outside the project', {}, { assigneeId: 'nobody' }, 422, 'unknown_assignee'],
    ['an empty change', {}, {}, 422, 'validation_failed'],
    ['an unknown field', {}, { priority: 1 }, 422, 'validation_failed'],
  ])('rejects %s', async (_name, first, second, status, expected) => {
    const receipt = await file();
    if (Object.keys(first).length) await send('PATCH', `/v1/agent/tickets/${receipt.ticket.id}`, agent.auth, first);
    const res = await send('PATCH', `/v1/agent/tickets/${receipt.ticket.id}`, agent.auth, second);
    expect(res.status).toBe(status);
    expect(await code(res)).toBe(expected);
  });

  it('refuses reporter actions that do not fit the status', async () => {
    const receipt = await file();
    for (const action of ['confirm', 'reopen']) {
      const res = await app.request(`/v1/tickets/${receipt.ticket.id}/${action}`, { method: 'POST', headers: track(receipt) });
      expect(res.status).toBe(409);
      expect(await code(res)).toBe('not_resolved');
    }
    const bad = await app.request(`/v1/tickets/${receipt.ticket.id}/rating`, {
      method: 'POST',
      headers: { ...track(receipt), 'content-type': 'application/json' },
      body: JSON.stringify({ score: 9 }),
    });
    expect(bad.status).toBe(422);
  });
});
