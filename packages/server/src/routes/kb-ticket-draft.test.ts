import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportReceiptSchema, type ReportReceipt } from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { kbArticleSchema } from '@aftercare/sdk/schemas';
import { initInstance } from '../services/setup.js';
import { agentWithToken } from '../test-support/agents.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { postReport, reportBody } from '../test-support/reports.js';

describe.each(DIALECTS)('drafting an article from a ticket on %s', (dialect) => {
  const clock = fixedClock('2026-03-02T10:00:00.000Z');
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let projectId: string;
  let key: string;
  let agent: { id: string; auth: Record<string, string> };
  let viewer: Record<string, string>;
  let outsider: Record<string, string>;

  beforeAll(async () => {
    deps = await freshDeps(dialect, clock);
    app = createApp(deps);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    projectId = init.projectId;
    key = init.projectKey;
    const other = await initInstance(deps, { name: 'Blog', slug: 'blog' });
    agent = await agentWithToken(deps, { name: 'Ana', projectId });
    viewer = (await agentWithToken(deps, { name: 'Vic', projectId, projectRole: 'viewer' })).auth;
    outsider = (await agentWithToken(deps, { name: 'Olga', projectId: other.projectId })).auth;
  });
  afterAll(() => deps.close());

  const call = (method: string, path: string, auth: Record<string, string>, body?: unknown) => {
    clock.advance(1_000);
    return app.request(`/v1/agent${path}`, {
      method,
      headers: { ...auth, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  };
  async function file(overrides: Parameters<typeof reportBody>[0]): Promise<ReportReceipt> {
    clock.advance(1_000);
    return reportReceiptSchema.parse(await (await app.request('/v1/reports', postReport(key, reportBody(overrides)))).json());
  }
  const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

  it('holds the question and the public replies, redacted, never internal notes', async () => {
    const receipt = await file({
      kind: 'question',
      message: 'Hi, Ada Lovelace here (ada@example.com). I was charged twice on card 4111 1111 1111 1111, see https://shop.example.com/orders/77?session=s3cr3t',
      reporter: { id: 'u_42', name: 'Ada Lovelace', email: 'ada@example.com' },
    });
    const ticketId = receipt.ticket.id;
    expect((await call('POST', `/tickets/${ticketId}/notes`, agent.auth, { body: 'INTERNAL: VIP customer, refund manually via admin panel' })).status).toBe(201);
    expect((await call('POST', `/tickets/${ticketId}/replies`, agent.auth, { body: 'Hello Ada Lovelace, open https://shop.example.com/billing?token=abc and click **Refund**.' })).status).toBe(201);
    const reporterReply = await app.request(`/v1/tickets/${ticketId}/replies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Aftercare-Tracking': receipt.trackingToken },
      body: JSON.stringify({ body: 'Thanks! My phone is 138 1234 5678' }),
    });
    expect(reporterReply.status).toBe(201);
    expect((await call('POST', `/tickets/${ticketId}/replies`, agent.auth, { body: 'The refund arrives within 5 days.' })).status).toBe(201);

    const res = await call('POST', `/tickets/${ticketId}/kb-draft`, agent.auth);
    expect(res.status).toBe(201);
    const draft = kbArticleSchema.parse(await res.json());
    const ticket = (await deps.db.selectFrom('tickets').select('title').where('id', '=', ticketId).executeTakeFirstOrThrow()).title;
    expect(draft).toMatchObject({ projectId, status: 'draft', sourceTicketId: ticketId, locale: 'en', createdBy: agent.id, publishedAt: null });
    // The ticket's title, redacted like the body.
    expect(ticket.startsWith('Hi, Ada Lovelace here (ada@example.com). I was charged twice on card 4111')).toBe(true);
    expect(draft.title.startsWith('Hi, [name] here ([email]). I was charged twice on card [number]')).toBe(true);
    expect(draft.bodyMarkdown).toBe(
      '## Question\n\n' +
        '> Hi, [name] here ([email]). I was charged twice on card [number], see https://shop.example.com/orders/77?[redacted]\n\n' +
        '## Answer\n\n' +
        'Hello [name], open https://shop.example.com/billing?[redacted] and click **Refund**.\n\n' +
        'The refund arrives within 5 days.\n',
    );
    for (const secret of ['INTERNAL', 'VIP', 'ada@', '4111', 's3cr3t', 'token=abc', 'Lovelace', '5678', 'Thanks']) {
      expect(JSON.stringify(draft), secret).not.toContain(secret);
    }

    const log = await deps.db.selectFrom('audit_log').selectAll().where('target_id', '=', draft.id).execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'kb.draft_from_ticket', agent_id: agent.id, project_id: projectId, target_type: 'kb_article' });
    expect(JSON.parse(log[0]!.after!)).toMatchObject({ sourceTicketId: ticketId, status: 'draft' });

    const search = await app.request(`/v1/kb/search?q=${encodeURIComponent('refund arrives')}`, { headers: { 'X-Aftercare-Key': key } });
    expect(await search.json()).toEqual({ items: [] });
  });

  it('redacts a title cut short as a whole', async () => {
    const receipt = await file({ message: `${'Please help with my order. '.repeat(4)}Card 4111 1111 1111 1111, mail ada@example.com` });
    const ticket = (await deps.db.selectFrom('tickets').select('title').where('id', '=', receipt.ticket.id).executeTakeFirstOrThrow()).title;
    expect(ticket.endsWith('…')).toBe(true);
    const draft = kbArticleSchema.parse(await (await call('POST', `/tickets/${receipt.ticket.id}/kb-draft`, agent.auth)).json());
    expect(draft.title.endsWith('Card [number], mail [email]')).toBe(true);
  });

  it('writes in the reporter’s language unless told otherwise', async () => {
    const receipt = await file({
      kind: 'question',
      message: '怎么申请退款？',
      diagnostics: { environment: { runtime: 'browser', language: 'zh-cn' } },
    });
    const zh = kbArticleSchema.parse(await (await call('POST', `/tickets/${receipt.ticket.id}/kb-draft`, agent.auth)).json());
    expect(zh.locale).toBe('zh-CN');
    expect(zh.bodyMarkdown).toBe('## 问题\n\n> 怎么申请退款？\n\n## 解答\n\n_还没有公开回复：请在此写下解答。_\n');
    const de = await call('POST', `/tickets/${receipt.ticket.id}/kb-draft`, agent.auth, { locale: 'de-DE' });
    expect(de.status).toBe(201);
    expect(kbArticleSchema.parse(await de.json())).toMatchObject({ locale: 'de-DE', sourceTicketId: receipt.ticket.id });
    expect((await call('POST', `/tickets/${receipt.ticket.id}/kb-draft`, agent.auth, { locale: 'no such thing' })).status).toBe(422);
    expect((await call('POST', `/tickets/${receipt.ticket.id}/kb-draft`, agent.auth, { other: 1 })).status).toBe(422);
  });

  it('needs the right to change the ticket', async () => {
    const receipt = await file({ message: 'The export button is grey' });
    const byViewer = await call('POST', `/tickets/${receipt.ticket.id}/kb-draft`, viewer);
    expect(byViewer.status).toBe(403);
    expect(await errorCode(byViewer)).toBe('forbidden');
    const byOutsider = await call('POST', `/tickets/${receipt.ticket.id}/kb-draft`, outsider);
    expect(byOutsider.status).toBe(404);
    expect(await errorCode(byOutsider)).toBe('ticket_not_found');
    expect((await call('POST', '/tickets/no-such-ticket/kb-draft', agent.auth)).status).toBe(404);
    const drafts = await deps.db.selectFrom('kb_articles').select('id').where('source_ticket_id', '=', receipt.ticket.id).execute();
    expect(drafts).toEqual([]);
  });
});
