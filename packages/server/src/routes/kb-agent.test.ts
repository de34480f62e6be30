import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { kbArticleListSchema, kbArticleSchema, type KbArticle } from '@aftercare/sdk/schemas';
import { initInstance } from '../services/setup.js';
import { agentWithToken } from '../test-support/agents.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';

describe.each(DIALECTS)('knowledge-base administration on %s', (dialect) => {
  const clock = fixedClock('2026-03-02T10:00:00.000Z');
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let projectId: string;
  let otherProjectId: string;
  let agent: { id: string; auth: Record<string, string> };
  let viewer: Record<string, string>;
  let outsider: Record<string, string>;

  beforeAll(async () => {
    deps = await freshDeps(dialect, clock);
    app = createApp(deps);
    projectId = (await initInstance(deps, { name: 'Shop', slug: 'shop' })).projectId;
    otherProjectId = (await initInstance(deps, { name: 'Blog', slug: 'blog' })).projectId;
    agent = await agentWithToken(deps, { name: 'Ana', projectId });
    viewer = (await agentWithToken(deps, { name: 'Vic', projectId, projectRole: 'viewer' })).auth;
    outsider = (await agentWithToken(deps, { name: 'Olga', projectId: otherProjectId })).auth;
  });
  afterAll(() => deps.close());

  const call = (method: string, path: string, auth: Record<string, string>, body?: unknown) =>
    app.request(`/v1/agent${path}`, {
      method,
      headers: { ...auth, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
  async function create(body: Record<string, unknown>): Promise<KbArticle> {
    clock.advance(1_000);
    const res = await call('POST', `/projects/${projectId}/kb/articles`, agent.auth, body);
    expect(res.status).toBe(201);
    return kbArticleSchema.parse(await res.json());
  }
  const list = async (query = '', auth = agent.auth) => {
    const res = await call('GET', `/projects/${projectId}/kb/articles${query}`, auth);
    expect(res.status).toBe(200);
    return kbArticleListSchema.parse(await res.json());
  };
  const audit = async (targetId: string) =>
    (await deps.db.selectFrom('audit_log').selectAll().where('target_id', '=', targetId).orderBy('created_at').orderBy('id').execute()).map((row) => ({
      action: row.action,
      agentId: row.agent_id,
      before: row.before === null ? null : (JSON.parse(row.before) as unknown),
      after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    }));

  it('creates drafts with a slug made from the title, free in the project and locale', async () => {
    const first = await create({ title: 'Refunds: how long?', bodyMarkdown: 'Refunds take **5** days.', tags: ['billing', 'billing'], category: 'Billing' });
    expect(first).toMatchObject({
      projectId, slug: 'refunds-how-long', locale: 'en', status: 'draft', category: 'Billing', tags: ['billing'],
      views: 0, deflections: 0, createdBy: agent.id, publishedAt: null, sourceTicketId: null,
      bodyMarkdown: 'Refunds take **5** days.', html: '<p>Refunds take <strong>5</strong> days.</p>\n',
    });
    expect((await create({ title: 'Refunds how long' })).slug).toBe('refunds-how-long-2');
    expect((await create({ title: 'Refunds how long', locale: 'zh-cn' })).slug).toBe('refunds-how-long');
    const zh = await create({ title: '退款多久到账', locale: 'zh-cn' });
    expect(zh.locale).toBe('zh-CN');
    expect(zh.slug).toMatch(/^article-[0-9a-f]{8}$/);
    expect(await audit(first.id)).toEqual([
      { action: 'kb.create', agentId: agent.id, before: null, after: { title: 'Refunds: how long?', slug: 'refunds-how-long', locale: 'en', status: 'draft' } },
    ]);
  });

  it('rejects invalid articles and a slug already taken with 422', async () => {
    await create({ title: 'Shipping times', slug: 'shipping' });
    for (const body of [
      { title: 'Again', slug: 'shipping' },
      { title: '' },
      { title: 'x', slug: 'Not A Slug' },
      { title: 'x', locale: 'not a locale' },
      { title: 'x', status: 'archived' },
      { title: 'x', unknown: 1 },
      { title: 'Empty but published', status: 'published' },
      { title: 'x', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
    ]) {
      const res = await call('POST', `/projects/${projectId}/kb/articles`, agent.auth, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(await errorCode(res)).toBe('validation_failed');
    }
    const other = await create({ title: 'Customs' });
    const taken = await call('PATCH', `/kb/articles/${other.id}`, agent.auth, { slug: 'shipping' });
    expect(taken.status).toBe(422);
    expect((await call('PATCH', `/kb/articles/${other.id}`, agent.auth, { slug: 'shipping', locale: 'fr' })).status).toBe(200);
    const res = await call('POST', `/projects/${projectId}/kb/articles`, agent.auth, { title: 'Again', slug: 'shipping' });
    expect(((await res.json()) as { error: { details: unknown } }).error.details).toEqual([{ path: ['slug'], message: expect.any(String) }]);
  });

  it('changes, publishes and unpublishes, auditing before → after', async () => {
    const article = await create({ title: 'Two-factor login', bodyMarkdown: 'Use an app.' });
    clock.advance(60_000);
    const res = await call('PATCH', `/kb/articles/${article.id}`, agent.auth, { title: 'Two-factor sign-in', bodyMarkdown: 'Use an authenticator app.', tags: [] });
    expect(res.status).toBe(200);
    const changed = kbArticleSchema.parse(await res.json());
    expect(changed).toMatchObject({ title: 'Two-factor sign-in', slug: 'two-factor-login', html: '<p>Use an authenticator app.</p>\n' });
    expect(changed.updatedAt).not.toBe(article.updatedAt);
    expect((await call('PATCH', `/kb/articles/${article.id}`, agent.auth, { title: 'Two-factor sign-in' })).status).toBe(200);
    expect((await call('PATCH', `/kb/articles/${article.id}`, agent.auth, {})).status).toBe(422);
    expect((await call('PATCH', `/kb/articles/${article.id}`, agent.auth, { status: 'published' })).status).toBe(422);

    clock.advance(1_000);
    const published = kbArticleSchema.parse(await (await call('POST', `/kb/articles/${article.id}/publish`, agent.auth)).json());
    expect(published).toMatchObject({ status: 'published', publishedAt: clock.now().toISOString() });
    expect((await call('POST', `/kb/articles/${article.id}/publish`, agent.auth)).status).toBe(200);
    expect((await call('PATCH', `/kb/articles/${article.id}`, agent.auth, { bodyMarkdown: '  ' })).status).toBe(422);
    clock.advance(1_000);
    const draft = kbArticleSchema.parse(await (await call('POST', `/kb/articles/${article.id}/unpublish`, agent.auth)).json());
    expect(draft).toMatchObject({ status: 'draft', publishedAt: null });

    expect(await audit(article.id)).toEqual([
      expect.objectContaining({ action: 'kb.create' }),
      {
        action: 'kb.update', agentId: agent.id,
        before: { title: 'Two-factor login', bodyMarkdown: 'Use an app.' },
        after: { title: 'Two-factor sign-in', bodyMarkdown: 'Use an authenticator app.' },
      },
      { action: 'kb.publish', agentId: agent.id, before: { status: 'draft' }, after: { status: 'published' } },
      { action: 'kb.unpublish', agentId: agent.id, before: { status: 'published' }, after: { status: 'draft' } },
    ]);
    const empty = await create({ title: 'Nothing yet' });
    expect((await call('POST', `/kb/articles/${empty.id}/publish`, agent.auth)).status).toBe(422);
  });

  it('lists drafts and published articles, filters, searches and pages', async () => {
    const a = await create({ title: 'Delivery to islands', bodyMarkdown: 'We ship to islands.', status: 'published', locale: 'en-GB', category: 'Shipping' });
    const b = await create({ title: '配送范围', bodyMarkdown: '我们配送到所有岛屿。', locale: 'zh-CN', category: 'Shipping' });
    const all = await list('?limit=100');
    expect(all.items.map((i) => i.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(all.items[0]!.id).toBe(b.id); // newest first
    expect(all.nextOffset).toBeNull();
    expect(all.items.find((i) => i.id === a.id)).toMatchObject({ status: 'published', snippet: 'We ship to islands.', views: 0, deflections: 0 });
    expect((await list('?status=published')).items.every((i) => i.status === 'published')).toBe(true);
    expect((await list('?status=draft')).items.map((i) => i.id)).toContain(b.id);
    expect((await list('?locale=en-gb')).items.map((i) => i.id)).toEqual([a.id]);
    expect((await list('?category=Shipping')).items.map((i) => i.id)).toEqual([b.id, a.id]);
    expect((await list(`?q=${encodeURIComponent('islands')}`)).items.map((i) => i.id)).toEqual([a.id]);
    expect((await list(`?q=${encodeURIComponent('配送')}`)).items.map((i) => i.id)).toEqual([b.id]);
    const [hit] = (await list(`?q=${encodeURIComponent('岛屿')}`)).items;
    expect(hit).toMatchObject({ id: b.id, snippet: '我们配送到所有岛屿。' });
    const page = await list('?limit=2');
    expect(page.items).toHaveLength(2);
    expect(page.nextOffset).toBe(2);
    expect((await list(`?limit=2&offset=${page.nextOffset}`)).items[0]!.id).not.toBe(page.items[0]!.id);
    for (const query of ['?status=gone', '?limit=0', '?q=x', '?sort=title', '?offset=-1']) {
      expect((await call('GET', `/projects/${projectId}/kb/articles${query}`, agent.auth)).status, query).toBe(422);
    }
  });

  it('lets a viewer read but not write', async () => {
    const article = await create({ title: 'Viewer check', bodyMarkdown: 'text' });
    expect((await list('', viewer)).items.length).toBeGreaterThan(0);
    expect((await call('GET', `/kb/articles/${article.id}`, viewer)).status).toBe(200);
    for (const [method, path, body] of [
      ['POST', `/projects/${projectId}/kb/articles`, { title: 'Nope' }],
      ['PATCH', `/kb/articles/${article.id}`, { title: 'Nope' }],
      ['POST', `/kb/articles/${article.id}/publish`, undefined],
      ['POST', `/kb/articles/${article.id}/unpublish`, undefined],
      ['DELETE', `/kb/articles/${article.id}`, undefined],
    ] as const) {
      const res = await call(method, path, viewer, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(await errorCode(res)).toBe('forbidden');
    }
    expect((await call('GET', `/kb/articles/${article.id}`, viewer)).status).toBe(200);
  });

  it('answers 404 to an agent of another project', async () => {
    const article = await create({ title: 'Private to the shop', bodyMarkdown: 'text' });
    const listing = await call('GET', `/projects/${projectId}/kb/articles`, outsider);
    expect(listing.status).toBe(404);
    expect(await errorCode(listing)).toBe('project_not_found');
    expect(await errorCode(await call('POST', `/projects/${projectId}/kb/articles`, outsider, { title: 'x' }))).toBe('project_not_found');
    for (const [method, path, body] of [
      ['GET', `/kb/articles/${article.id}`, undefined],
      ['PATCH', `/kb/articles/${article.id}`, { title: 'Mine now' }],
      ['POST', `/kb/articles/${article.id}/publish`, undefined],
      ['DELETE', `/kb/articles/${article.id}`, undefined],
    ] as const) {
      const res = await call(method, path, outsider, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(await errorCode(res)).toBe('article_not_found');
    }
    expect((await list('?limit=100')).items.map((i) => i.id)).toContain(article.id);
    expect((await call('GET', '/kb/articles/unknown', agent.auth)).status).toBe(404);
    expect((await app.request(`/v1/agent/kb/articles/${article.id}`)).status).toBe(401);
  });

  it('deletes an article with its deflections', async () => {
    const article = await create({ title: 'Old promo', bodyMarkdown: 'Expired.', status: 'published' });
    const key = (await deps.db.selectFrom('projects').select('public_key').where('id', '=', projectId).executeTakeFirstOrThrow()).public_key;
    expect((await app.request(`/v1/kb/articles/${article.id}/deflections`, { method: 'POST', headers: { 'X-Aftercare-Key': key } })).status).toBe(204);
    clock.advance(1_000);
    const res = await call('DELETE', `/kb/articles/${article.id}`, agent.auth);
    expect(res.status).toBe(204);
    expect((await call('GET', `/kb/articles/${article.id}`, agent.auth)).status).toBe(404);
    expect(await deps.db.selectFrom('kb_deflections').select('id').where('article_id', '=', article.id).execute()).toEqual([]);
    expect((await audit(article.id)).map((e) => e.action)).toEqual(['kb.create', 'kb.delete']);
    expect((await call('DELETE', `/kb/articles/${article.id}`, agent.auth)).status).toBe(404);
  });
});
