/**
 * Knowledge-base articles: the only place that reads and writes
 * `kb_articles` and `kb_deflections` (searching lives in kb-search.ts). The
 * FTS5 index on SQLite follows these writes by itself, through triggers.
 */
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../schema.js';
import type { KbArticleTable } from '../schema-kb.js';

/** Whether an article is visible to reporters. */
export type KbStatus = 'draft' | 'published';

/** An article as services see it. */
export interface KbArticleRecord {
  id: string;
  projectId: string;
  slug: string;
  locale: string;
  title: string;
  bodyMarkdown: string;
  status: KbStatus;
  category: string | null;
  tags: string[];
  sourceTicketId: string | null;
  views: number;
  deflections: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** A new article: its counters start at zero. */
export type NewKbArticle = Omit<KbArticleRecord, 'views' | 'deflections'>;

/** The columns an agent may change. */
export type KbArticlePatch = Partial<
  Pick<KbArticleRecord, 'slug' | 'locale' | 'title' | 'bodyMarkdown' | 'status' | 'category' | 'tags' | 'updatedAt' | 'publishedAt'>
>;

/** Maps a row to a record. */
export function toArticle(row: Selectable<KbArticleTable>): KbArticleRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    slug: row.slug,
    locale: row.locale,
    title: row.title,
    bodyMarkdown: row.body_markdown,
    status: row.status as KbStatus,
    category: row.category,
    tags: JSON.parse(row.tags) as string[],
    sourceTicketId: row.source_ticket_id,
    views: Number(row.views),
    deflections: Number(row.deflections),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  };
}

function patchRow(patch: KbArticlePatch): Partial<Insertable<KbArticleTable>> {
  return {
    ...(patch.slug !== undefined && { slug: patch.slug }),
    ...(patch.locale !== undefined && { locale: patch.locale }),
    ...(patch.title !== undefined && { title: patch.title }),
    ...(patch.bodyMarkdown !== undefined && { body_markdown: patch.bodyMarkdown }),
    ...(patch.status !== undefined && { status: patch.status }),
    ...(patch.category !== undefined && { category: patch.category }),
    ...(patch.tags !== undefined && { tags: JSON.stringify(patch.tags) }),
    ...(patch.updatedAt !== undefined && { updated_at: patch.updatedAt }),
    ...(patch.publishedAt !== undefined && { published_at: patch.publishedAt }),
  };
}

/** Inserts an article. */
export async function insertArticle(db: Db, article: NewKbArticle): Promise<void> {
  await db
    .insertInto('kb_articles')
    .values({
      id: article.id,
      project_id: article.projectId,
      slug: article.slug,
      locale: article.locale,
      title: article.title,
      body_markdown: article.bodyMarkdown,
      status: article.status,
      category: article.category,
      tags: JSON.stringify(article.tags),
      source_ticket_id: article.sourceTicketId,
      created_by: article.createdBy,
      created_at: article.createdAt,
      updated_at: article.updatedAt,
      published_at: article.publishedAt,
    })
    .execute();
}

/** Finds an article by id, in any project and status. */
export async function findArticle(db: Db, id: string): Promise<KbArticleRecord | undefined> {
  const row = await db.selectFrom('kb_articles').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toArticle(row);
}

/** Finds an article only when it is published in this project. */
export async function findPublishedArticle(db: Db, projectId: string, id: string): Promise<KbArticleRecord | undefined> {
  const row = await db
    .selectFrom('kb_articles')
    .selectAll()
    .where('id', '=', id)
    .where('project_id', '=', projectId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return row && toArticle(row);
}

/** Changes an article. */
export async function updateArticle(db: Db, id: string, patch: KbArticlePatch): Promise<void> {
  await db.updateTable('kb_articles').set(patchRow(patch)).where('id', '=', id).execute();
}

/** Deletes an article and its deflections. */
export async function deleteArticle(db: Db, id: string): Promise<void> {
  await db.deleteFrom('kb_deflections').where('article_id', '=', id).execute();
  await db.deleteFrom('kb_articles').where('id', '=', id).execute();
}

/** The slugs in a project and locale that are `base` or `base-…`, for picking a free one. */
export async function slugsLike(db: Db, projectId: string, locale: string, base: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('kb_articles')
    .select('slug')
    .where('project_id', '=', projectId)
    .where('locale', '=', locale)
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  return new Set(rows.map((row) => row.slug));
}

/** Counts one view of a published article; false when there is no such article. */
export async function countView(db: Db, projectId: string, id: string): Promise<boolean> {
  const result = await db
    .updateTable('kb_articles')
    .set((eb) => ({ views: eb('views', '+', 1) }))
    .where('id', '=', id)
    .where('project_id', '=', projectId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** One "this solved it" to record. */
export interface NewDeflection {
  id: string;
  projectId: string;
  articleId: string;
  query: string | null;
  createdAt: string;
}

/**
 * Counts a deflection of a published article and records it with its time
 * (for statistics per period); false when there is no such article. Run it in
 * a transaction: the counter and the record go together.
 */
export async function countDeflection(db: Db, deflection: NewDeflection): Promise<boolean> {
  const result = await db
    .updateTable('kb_articles')
    .set((eb) => ({ deflections: eb('deflections', '+', 1) }))
    .where('id', '=', deflection.articleId)
    .where('project_id', '=', deflection.projectId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await db
    .insertInto('kb_deflections')
    .values({
      id: deflection.id,
      project_id: deflection.projectId,
      article_id: deflection.articleId,
      query: deflection.query,
      created_at: deflection.createdAt,
    })
    .execute();
  return true;
}
