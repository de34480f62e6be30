/**
 * Table types of the knowledge base (migration 05): articles and the
 * "this solved it" deflections counted against them. On SQLite the FTS5
 * index `kb_articles_fts` also exists; only the search repository queries it,
 * through raw SQL, so it has no table type here.
 */
import type { Generated } from 'kysely';

/** A knowledge-base article, written in Markdown, in one locale of one project. */
export interface KbArticleTable {
  /**
   * Integer key, never reused: the FTS5 index on SQLite refers to rows by it
   * (a text key has no stable rowid there). The wire and every reference use `id`.
   */
  seq: Generated<number>;
  /** Unique, the article's id on the wire. */
  id: string;
  project_id: string;
  /** URL-friendly name, unique per project and locale. */
  slug: string;
  /** Canonical BCP 47 tag, e.g. `en`, `zh-CN`. */
  locale: string;
  title: string;
  body_markdown: string;
  /** `draft` or `published`; only published articles are public. */
  status: string;
  category: string | null;
  /** JSON array of tags. */
  tags: Generated<string>;
  /** The ticket the article was drafted from. */
  source_ticket_id: string | null;
  views: Generated<number>;
  deflections: Generated<number>;
  /** The agent who created it. */
  created_by: string;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

/** One "this solved it": when, for which article, after which query. */
export interface KbDeflectionTable {
  id: string;
  project_id: string;
  article_id: string;
  /** What the reporter had typed, redacted; null when not sent. */
  query: string | null;
  created_at: string;
}

/** The knowledge-base tables, merged into `Schema`. */
export interface KbTables {
  kb_articles: KbArticleTable;
  kb_deflections: KbDeflectionTable;
}
