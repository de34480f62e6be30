/**
 * Listing and searching knowledge-base articles: one interface, an
 * index-backed substring search on each engine.
 *
 * An article matches when its title or body contains any of the terms
 * (case-insensitive); it scores 2 per term in the title and 1 per term in
 * the body, and ties go to the article that solved more problems, then to
 * the newest. Terms of 3 characters or more are served by a trigram index:
 * on SQLite the FTS5 table `kb_articles_fts` (trigram tokenizer, where a
 * quoted phrase matches as a substring), on PostgreSQL `ILIKE` through the
 * pg_trgm GIN index. Shorter terms (Chinese words are mostly two characters)
 * are below what a trigram can find and are matched with LIKE / ILIKE.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DialectName } from '../connect.js';
import type { Db } from '../schema.js';
import { toArticle, type KbArticleRecord, type KbStatus } from './kb-articles.js';

/** What to list or search. */
export interface KbArticleQuery {
  projectId: string;
  /** Search terms (see kb/search-terms.ts); none lists articles newest first. */
  terms: readonly string[];
  status?: KbStatus;
  /** A language subtag (`zh`): articles in any locale of that language. */
  language?: string;
  /** Exactly this locale. */
  locale?: string;
  category?: string;
  limit: number;
  offset?: number;
}

type Column = 'title' | 'body_markdown';

/** The shortest term a trigram index can serve. */
const TRIGRAM_MIN = 3;

function indexable(term: string): boolean {
  return Array.from(term).length >= TRIGRAM_MIN;
}

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function ftsPhrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

function ftsRows(match: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`kb_articles.seq in (select rowid from kb_articles_fts where kb_articles_fts match ${match})`;
}

function like(dialect: DialectName, column: Column, term: string): RawBuilder<SqlBool> {
  const operator = dialect === 'postgres' ? sql`ilike` : sql`like`;
  return sql<SqlBool>`${sql.ref(`kb_articles.${column}`)} ${operator} ${likePattern(term)} escape '\\'`;
}

/** True when `column` contains `term`, through the engine's index when the term is long enough. */
function contains(dialect: DialectName, column: Column, term: string): RawBuilder<SqlBool> {
  if (dialect === 'sqlite' && indexable(term)) return ftsRows(`${column} : ${ftsPhrase(term)}`);
  return like(dialect, column, term);
}

/** True when the title or body contains any term. On SQLite, one FTS5 query finds the long ones. */
function containsAny(dialect: DialectName, terms: readonly string[]): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [];
  let scanned = terms;
  if (dialect === 'sqlite') {
    const long = terms.filter(indexable);
    if (long.length > 0) parts.push(ftsRows(long.map(ftsPhrase).join(' OR ')));
    scanned = terms.filter((term) => !indexable(term));
  }
  for (const term of scanned) parts.push(like(dialect, 'title', term), like(dialect, 'body_markdown', term));
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

function score(dialect: DialectName, terms: readonly string[]): RawBuilder<number> {
  if (terms.length === 0) return sql<number>`0`;
  const perTerm = terms.map(
    (term) =>
      sql`(case when ${contains(dialect, 'title', term)} then 2 else 0 end) + (case when ${contains(dialect, 'body_markdown', term)} then 1 else 0 end)`,
  );
  return sql<number>`(${sql.join(perTerm, sql` + `)})`;
}

/**
 * The query behind {@link searchArticles}, not yet run (tests read its plan).
 */
export function articleQuery(db: Db, dialect: DialectName, query: KbArticleQuery) {
  let select = db
    .selectFrom('kb_articles')
    .selectAll('kb_articles')
    .select(score(dialect, query.terms).as('score'))
    .where('project_id', '=', query.projectId);
  if (query.status) select = select.where('status', '=', query.status);
  if (query.category) select = select.where('category', '=', query.category);
  if (query.locale) select = select.where('locale', '=', query.locale);
  if (query.language) {
    const language = query.language;
    select = select.where((eb) => eb.or([eb('locale', '=', language), eb('locale', 'like', `${language}-%`)]));
  }
  if (query.terms.length > 0) {
    select = select.where(containsAny(dialect, query.terms)).orderBy('score', 'desc').orderBy('deflections', 'desc');
  }
  return select
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset ?? 0);
}

/**
 * Lists a project's articles, or searches them when `terms` are given, best
 * first. The same query answers the widget (published only) and agents.
 *
 * @example
 * const hits = await searchArticles(db, 'sqlite', { projectId, terms: ['退款'], status: 'published', limit: 5 });
 */
export async function searchArticles(db: Db, dialect: DialectName, query: KbArticleQuery): Promise<KbArticleRecord[]> {
  const rows = await articleQuery(db, dialect, query).execute();
  return rows.map(toArticle);
}
