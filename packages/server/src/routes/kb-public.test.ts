import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kbPublicArticleSchema, kbSearchResultSchema } from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { kbArticleSchema, type KbArticle } from '@aftercare/sdk/schemas';
import { createProject } from '../services/projects.js';
import { initInstance } from '../services/setup.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';

describe.each(DIALECTS)('the public knowledge base on %s', (dialect) => {
  const clock = fixedClock('2026-03-02T10:00:00.000Z');
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let keyA: string;
  let keyB: string;
  let adminA: Record<string, string>;
  let projectA: string;
  const ids = { refund: '', invoices: '', refundZh: '', passwordZh: '', draft: '', elsewhere: '' };

  const agentCall = (method: string, path: string, auth: Record<string, string>, body?: unknown) =>
    app.request(`/v1/agent${path}`, {
      method,
      headers: { ...auth, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  async function write(projectId: string, auth: Record<string, string>, body: Record<string, unknown>): Promise<KbArticle> {
    clock.advance(1_000);
    const res = await agentCall('POST', `/projects/${projectId}/kb/articles`, auth, { status: 'published', ...body });
    expect(res.status).toBe(201);
    return kbArticleSchema.parse(await res.json());
  }
  const get = (path: string, key: string | undefined, headers: Record<string, string> = {}) =>
    app.request(`/v1/kb${path}`, { headers: { ...(key !== undefined && { 'X-Aftercare-Key': key }), ...headers } });
  const search = async (params: Record<string, string>, key = keyA) => {
    const res = await get(`/search?${new URLSearchParams(params)}`, key);
    expect(res.status).toBe(200);
    return kbSearchResultSchema.parse(await res.json()).items;
  };
  const titles = async (q: string, extra: Record<string, string> = {}, key = keyA) => (await search({ q, ...extra }, key)).map((h) => h.title);
  const deflect = (id: string, init: RequestInit = {}, key = keyA) =>
    app.request(`/v1/kb/articles/${id}/deflections`, { method: 'POST', ...init, headers: { 'X-Aftercare-Key': key, ...init.headers } });
  const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
  const detail = async (id: string) => kbArticleSchema.parse(await (await agentCall('GET', `/kb/articles/${id}`, adminA)).json());

  beforeAll(async () => {
    deps = await freshDeps(dialect, clock);
    app = createApp(deps);
    const a = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    const b = await initInstance(deps, { name: 'Blog', slug: 'blog' });
    keyA = a.projectKey;
    keyB = b.projectKey;
    projectA = a.projectId;
    adminA = { Authorization: `Bearer ${a.adminToken}` };
    const adminB = { Authorization: `Bearer ${b.adminToken}` };
    const long = 'Some general words about the shop and its many pages. '.repeat(8);
    ids.refund = (await write(projectA, adminA, {
      title: 'How to get a refund',
      bodyMarkdown: `${long}\n\n## Steps\n\nOpen **Billing**, pick the order and click *Refund*. Refunds take [5 days](https://example.com/help).`,
    })).id;
    ids.invoices = (await write(projectA, adminA, { title: 'Export your invoices', bodyMarkdown: 'Go to Billing, then Invoices, and click **Export CSV**.' })).id;
    ids.refundZh = (await write(projectA, adminA, { title: '退款政策', locale: 'zh-CN', bodyMarkdown: '申请**退款**需要在七天内提交。退款会原路返回。' })).id;
    ids.passwordZh = (await write(projectA, adminA, { title: '修改密码', locale: 'zh-CN', bodyMarkdown: '在**设置**里修改密码。' })).id;
    ids.draft = (await write(projectA, adminA, { title: 'Refund roadmap (secret)', bodyMarkdown: 'refund draft text 退款', status: 'draft' })).id;
    ids.elsewhere = (await write(b.projectId, adminB, { title: 'Refund in the blog project', bodyMarkdown: 'refund 退款' })).id;
  });
  afterAll(() => deps.close());

  it('searches published English articles with a plain-text snippet around the match', async () => {
    const hits = await search({ q: 'How do I get a refund?' });
    expect(hits.map((h) => h.title)).toEqual(['How to get a refund']);
    expect(hits[0]).toMatchObject({ id: ids.refund, locale: 'en' });
    expect(hits[0]!.snippet).toContain('Open Billing, pick the order and click Refund.');
    expect(hits[0]!.snippet.startsWith('…')).toBe(true);
    expect(hits[0]!.snippet).not.toMatch(/[*#<>[\]]/);
    expect(await titles('billing')).toEqual(['Export your invoices', 'How to get a refund']);
    expect(await titles('exporting invoices')).toEqual(['Export your invoices']);
  });

  it('searches Chinese, also with a two-character query below the trigram minimum', async () => {
    expect(await titles('退款')).toEqual(['退款政策']);
    expect(await titles('设置')).toEqual(['修改密码']);
    expect(await titles('退款政策')).toEqual(['退款政策']);
    expect(await titles('我想申请退款怎么办')).toEqual(['退款政策']);
    const [hit] = await search({ q: '原路' });
    expect(hit).toMatchObject({ id: ids.refundZh, locale: 'zh-CN', snippet: '申请退款需要在七天内提交。退款会原路返回。' });
  });

  it('filters by language and limits the hits', async () => {
    expect(await titles('refund 退款', { locale: 'zh-TW' })).toEqual(['退款政策']);
    expect(await titles('refund 退款', { locale: 'en-US' })).toEqual(['How to get a refund']);
    expect(await titles('refund 退款')).toHaveLength(2);
    expect(await titles('refund 退款', { limit: '1' })).toHaveLength(1);
  });

  it('never shows drafts, nor another project’s articles', async () => {
    expect(await titles('roadmap')).toEqual([]);
    expect(await titles('secret')).toEqual([]);
    expect((await get(`/articles/${ids.draft}`, keyA)).status).toBe(404);
    expect((await deflect(ids.draft)).status).toBe(404);
    expect(await titles('refund', {}, keyB)).toEqual(['Refund in the blog project']);
    expect(await titles('退款', {}, keyB)).toEqual(['Refund in the blog project']);
    const foreign = await get(`/articles/${ids.refund}`, keyB);
    expect(foreign.status).toBe(404);
    expect(await errorCode(foreign)).toBe('article_not_found');
    expect((await deflect(ids.refund, {}, keyB)).status).toBe(404);
    expect((await get(`/articles/${ids.elsewhere}`, keyA)).status).toBe(404);
    expect((await get('/articles/no-such-id', keyA)).status).toBe(404);
  });

  it('reads an article as sanitised HTML and counts each view', async () => {
    const before = (await detail(ids.refund)).views;
    const res = await get(`/articles/${ids.refund}`, keyA);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const article = kbPublicArticleSchema.parse(await res.json());
    expect(article).toMatchObject({ id: ids.refund, title: 'How to get a refund', locale: 'en' });
    expect(article.html).toContain('<h2>Steps</h2>');
    expect(article.html).toContain('<strong>Billing</strong>');
    expect(article.html).toContain('<a href="https://example.com/help" rel="noopener noreferrer nofollow">5 days</a>');
    await get(`/articles/${ids.refund}`, keyA);
    expect((await detail(ids.refund)).views).toBe(before + 2);
    await get(`/articles/${ids.refund}`, keyB);
    expect((await detail(ids.refund)).views).toBe(before + 2);
  });

  it('escapes markup written in Markdown and drops javascript: and data: links', async () => {
    const { id } = await write(projectA, adminA, {
      title: 'Tricky <b>title</b>',
      bodyMarkdown: [
        '<script>alert(1)</script>',
        '<img src=x onerror="alert(2)">',
        '[click](javascript:alert(3)) [upper](JaVaScRiPt:alert(4)) [entity](&#106;avascript:alert(5))',
        '[data](data:text/html;base64,PHNjcmlwdD4=) ![pic](data:image/png;base64,AAAA) ![js](javascript:alert(6))',
        '<javascript:alert(7)> [ok](https://example.com/ok) www.example.org',
      ].join('\n\n'),
    });
    const { html, title } = kbPublicArticleSchema.parse(await (await get(`/articles/${id}`, keyA)).json());
    expect(title).toBe('Tricky <b>title</b>'); // a title is text: the widget renders it as text
    expect(html).not.toMatch(/<script|<img[^>]*onerror/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
    expect([...html.matchAll(/<a /g)]).toHaveLength(2);
    expect(html).toContain('<a href="https://example.com/ok" rel="noopener noreferrer nofollow">ok</a>');
    expect(html).toContain('<a href="http://www.example.org" rel="noopener noreferrer nofollow">www.example.org</a>');
    const [hit] = await search({ q: 'tricky' });
    expect(hit!.snippet).not.toMatch(/[<>]/);
  });

  it('counts deflections, with or without a body, and keeps the query redacted', async () => {
    const before = (await detail(ids.invoices)).deflections;
    expect((await deflect(ids.invoices)).status).toBe(204);
    const json = { 'content-type': 'application/json' };
    expect((await deflect(ids.invoices, { headers: json, body: '{}' })).status).toBe(204);
    const res = await deflect(ids.invoices, { headers: json, body: JSON.stringify({ query: ' export for ada@example.com ' }) });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect((await detail(ids.invoices)).deflections).toBe(before + 3);
    const rows = await deps.db.selectFrom('kb_deflections').select(['query', 'project_id']).where('article_id', '=', ids.invoices).execute();
    expect(rows.map((r) => r.query).sort()).toEqual([null, null, 'export for [email]'].sort());
    expect(rows.every((r) => r.project_id === projectA)).toBe(true);

    expect((await deflect(ids.invoices, { headers: json, body: JSON.stringify({ query: 5 }) })).status).toBe(422);
    expect((await deflect(ids.invoices, { headers: json, body: JSON.stringify({ extra: true }) })).status).toBe(422);
    expect((await deflect(ids.invoices, { headers: json, body: '{oops' })).status).toBe(400);
    expect((await deflect(ids.invoices, { headers: { 'content-type': 'text/plain' }, body: 'hello' })).status).toBe(415);
    expect((await deflect(ids.invoices, { headers: json, body: JSON.stringify({ query: 'x'.repeat(5000) }) })).status).toBe(413);
    expect((await detail(ids.invoices)).deflections).toBe(before + 3);
  });

  it('rejects bad queries with 422', async () => {
    const bad: Array<Record<string, string>> = [{ q: 'a' }, { q: '  a ' }, { q: 'refund', limit: '11' }, { q: 'refund', limit: '0' }, { q: 'refund', page: '2' }, { q: 'refund', locale: '!!' }, {}];
    for (const params of bad) {
      const res = await get(`/search?${new URLSearchParams(params)}`, keyA);
      expect(res.status, JSON.stringify(params)).toBe(422);
      expect(await errorCode(res)).toBe('validation_failed');
    }
    expect(await titles('!!')).toEqual([]);
  });

  it('needs a known key from an allowed origin', async () => {
    expect(await errorCode(await get('/search?q=refund', undefined))).toBe('missing_project_key');
    expect(await errorCode(await get('/search?q=refund', 'pk_nope'))).toBe('unknown_project_key');
    const strict = await createProject(deps, { name: 'Strict', slug: 'strict', allowedOrigins: ['https://app.example.com'] });
    const refused = await get('/search?q=refund', strict.publicKey, { Origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expect(await errorCode(refused)).toBe('origin_not_allowed');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect((await get(`/articles/${ids.refund}`, strict.publicKey, { Origin: 'https://evil.example' })).status).toBe(403);
    const allowed = await get('/search?q=refund', strict.publicKey, { Origin: 'https://app.example.com' });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
  });

  it('hides an unpublished article at once', async () => {
    const { id } = await write(projectA, adminA, { title: 'Gift cards', bodyMarkdown: 'Gift cards never expire.' });
    expect(await titles('gift cards')).toEqual(['Gift cards']);
    expect((await agentCall('POST', `/kb/articles/${id}/unpublish`, adminA)).status).toBe(200);
    expect(await titles('gift cards')).toEqual([]);
    expect((await get(`/articles/${id}`, keyA)).status).toBe(404);
  });
});
