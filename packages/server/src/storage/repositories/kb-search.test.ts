import { randomUUID } from 'node:crypto';
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initInstance } from '../../services/setup.js';
import { agentWithToken } from '../../test-support/agents.js';
import { DIALECTS, freshDeps } from '../../test-support/databases.js';
import { deleteArticle, insertArticle, updateArticle, type NewKbArticle } from './kb-articles.js';
import { articleQuery, searchArticles, type KbArticleQuery } from './kb-search.js';

describe.each(DIALECTS)('knowledge-base search on %s', (dialect) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let projectId: string;
  let otherProjectId: string;
  let agentId: string;
  let n = 0;

  beforeAll(async () => {
    deps = await freshDeps(dialect);
    projectId = (await initInstance(deps, { name: 'Shop', slug: 'shop' })).projectId;
    otherProjectId = (await initInstance(deps, { name: 'Other', slug: 'other' })).projectId;
    agentId = (await agentWithToken(deps, { name: 'Ana' })).id;
  });
  afterAll(() => deps.close());

  async function article(fields: Partial<NewKbArticle> & Pick<NewKbArticle, 'title' | 'bodyMarkdown'>): Promise<string> {
    n += 1;
    const at = `2026-03-02T10:00:${String(n).padStart(2, '0')}.000Z`;
    const id = randomUUID();
    await insertArticle(deps.db, {
      id, projectId, slug: `a-${n}`, locale: 'en', status: 'published', category: null, tags: [], sourceTicketId: null,
      createdBy: agentId, createdAt: at, updatedAt: at, publishedAt: at, ...fields,
    });
    return id;
  }
  const search = async (terms: string[], extra: Partial<KbArticleQuery> = {}) =>
    (await searchArticles(deps.db, deps.dialect, { projectId, terms, limit: 10, ...extra })).map((a) => a.title);

  it('finds long and short terms, in English and Chinese, ranking title hits first', async () => {
    await article({ title: 'Export your invoices', bodyMarkdown: 'Open **Billing** and click Export.' });
    await article({ title: 'Billing overview', bodyMarkdown: 'How invoices are made. You can also request a refund.' });
    await article({ title: '退款政策', bodyMarkdown: '申请退款需要在七天内提交。' });
    await article({ title: '修改密码', bodyMarkdown: '在设置里修改密码。' });
    expect(await search(['invoice'])).toEqual(['Export your invoices', 'Billing overview']);
    expect(await search(['INVOICE'])).toEqual(['Export your invoices', 'Billing overview']);
    expect(await search(['退款'])).toEqual(['退款政策']);
    expect(await search(['退款政策'])).toEqual(['退款政策']);
    expect(await search(['设置'])).toEqual(['修改密码']);
    expect(await search(['refund', '密码'])).toEqual(['修改密码', 'Billing overview']);
    expect(await search(['nothing-like-this'])).toEqual([]);
  });

  it('treats LIKE wildcards and FTS syntax in terms as plain text', async () => {
    await article({ title: 'Discounts', bodyMarkdown: 'Save 50% on yearly plans; use code a_b.' });
    await article({ title: 'Plans', bodyMarkdown: 'Save 50 dollars; use code axb.' });
    expect(await search(['50%'])).toEqual(['Discounts']);
    expect(await search(['a_b'])).toEqual(['Discounts']);
    expect(await search(['"plans" OR *'])).toEqual([]);
  });

  it('keeps the index in step with updates and deletes', async () => {
    const id = await article({ title: 'Two-factor login', bodyMarkdown: 'Use an authenticator app.' });
    expect(await search(['authenticator'])).toEqual(['Two-factor login']);
    await updateArticle(deps.db, id, { bodyMarkdown: 'Use a security key.' });
    expect(await search(['authenticator'])).toEqual([]);
    expect(await search(['security key'])).toEqual(['Two-factor login']);
    await updateArticle(deps.db, id, { title: '双重验证' });
    expect(await search(['双重验证'])).toEqual(['双重验证']);
    await deleteArticle(deps.db, id);
    expect(await search(['security key'])).toEqual([]);
    expect(await search(['双重验证'])).toEqual([]);
    // With rank 1, FTS5 checks its index against the article rows themselves and throws when they differ.
    if (dialect === 'sqlite') await sql`insert into kb_articles_fts (kb_articles_fts, rank) values ('integrity-check', 1)`.execute(deps.db);
  });

  it('filters by status, language, category and project, and pages', async () => {
    await article({ title: 'Shipping draft', bodyMarkdown: 'shipping times', status: 'draft', publishedAt: null });
    await article({ title: 'Shipping', bodyMarkdown: 'shipping times', category: 'orders' });
    await article({ title: 'Versand', bodyMarkdown: 'shipping times', locale: 'de-CH' });
    await article({ title: 'Shipping elsewhere', bodyMarkdown: 'shipping times', projectId: otherProjectId });
    expect(await search(['shipping'], { status: 'published' })).toEqual(['Shipping', 'Versand']);
    expect(await search(['shipping'])).toEqual(['Shipping', 'Shipping draft', 'Versand']);
    expect(await search(['shipping'], { language: 'de' })).toEqual(['Versand']);
    expect(await search(['shipping'], { language: 'en', status: 'published' })).toEqual(['Shipping']);
    expect(await search(['shipping'], { category: 'orders' })).toEqual(['Shipping']);
    expect(await search(['shipping'], { limit: 1, offset: 1 })).toEqual(['Shipping draft']);
    expect((await search([], { limit: 2 })).length).toBe(2);
  });

  it('answers long terms from the trigram index once a project has thousands of articles', async () => {
    const bulk = (await initInstance(deps, { name: 'Bulk', slug: 'bulk' })).projectId;
    const at = '2026-03-02T10:00:00.000Z';
    const rows = Array.from({ length: 4000 }, (_, i) => ({
      id: randomUUID(), project_id: bulk, slug: `s-${i}`, locale: 'en', title: `Article ${i}`,
      body_markdown: `Filler text number ${i} about nothing in particular.`, status: 'published', created_by: agentId, created_at: at, updated_at: at,
    }));
    rows[1567]!.body_markdown = 'How to get a refund.';
    for (let i = 0; i < rows.length; i += 500) await deps.db.insertInto('kb_articles').values(rows.slice(i, i + 500)).execute();
    // VACUUM also moves new rows out of the GIN index's pending list, as autovacuum would.
    await (dialect === 'postgres' ? sql`vacuum analyze kb_articles` : sql`analyze`).execute(deps.db);

    const query = articleQuery(deps.db, deps.dialect, { projectId: bulk, terms: ['refund'], status: 'published', limit: 5 });
    expect((await query.execute()).map((row) => row.title)).toEqual(['Article 1567']);
    const compiled = query.compile();
    const prefix = dialect === 'postgres' ? 'explain ' : 'explain query plan ';
    const plan = await deps.db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(prefix + compiled.sql, [...compiled.parameters]));
    const text = plan.rows.map((row) => Object.values(row).join(' ')).join('\n');
    expect(text).toMatch(dialect === 'postgres' ? /Bitmap Index Scan on kb_articles_search_idx/ : /SCAN kb_articles_fts VIRTUAL TABLE INDEX/);
  });
});
