/**
 * The knowledge base: articles (Markdown, per project and locale, draft or
 * published) and the deflections counted against them, plus a substring
 * index that works for Chinese as well as English. Frozen once landed.
 *
 * - SQLite: an FTS5 table with the trigram tokenizer over title and body,
 *   as an external-content index of `kb_articles` (no second copy of the
 *   text), kept in sync by triggers, so every write path (repositories,
 *   restores, hand-run SQL) updates it. It refers to rows by `seq`, an
 *   INTEGER PRIMARY KEY, because the rowid of a table keyed by text may
 *   change on VACUUM.
 * - PostgreSQL: the `pg_trgm` extension (a trusted extension: the database
 *   owner may create it) and one GIN trigram index over title and body,
 *   which serves `ILIKE '%…%'`.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

const FTS_SYNC = [
  sql`create trigger kb_articles_fts_insert after insert on kb_articles begin
    insert into kb_articles_fts (rowid, title, body_markdown) values (new.seq, new.title, new.body_markdown);
  end`,
  sql`create trigger kb_articles_fts_delete after delete on kb_articles begin
    insert into kb_articles_fts (kb_articles_fts, rowid, title, body_markdown) values ('delete', old.seq, old.title, old.body_markdown);
  end`,
  // Only text changes touch the index: counting views and deflections does not.
  sql`create trigger kb_articles_fts_update after update of title, body_markdown on kb_articles begin
    insert into kb_articles_fts (kb_articles_fts, rowid, title, body_markdown) values ('delete', old.seq, old.title, old.body_markdown);
    insert into kb_articles_fts (rowid, title, body_markdown) values (new.seq, new.title, new.body_markdown);
  end`,
];

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Creates the knowledge-base tables and the search index of the engine. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = isPostgres(db);
  await db.schema
    .createTable('kb_articles')
    .addColumn('seq', 'integer', (c) => (postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_markdown', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    // A purged ticket leaves its article in place.
    .addColumn('source_ticket_id', 'text', (c) => c.references('tickets.id').onDelete('set null'))
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deflections', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull().references('agents.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addUniqueConstraint('kb_articles_slug_unique', ['project_id', 'locale', 'slug'])
    .execute();
  await db.schema.createIndex('kb_articles_project_idx').on('kb_articles').columns(['project_id', 'status', 'updated_at']).execute();
  await db.schema.createIndex('kb_articles_ticket_idx').on('kb_articles').column('source_ticket_id').execute();

  await db.schema
    .createTable('kb_deflections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('article_id', 'text', (c) => c.notNull().references('kb_articles.id').onDelete('cascade'))
    .addColumn('query', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('kb_deflections_project_idx').on('kb_deflections').columns(['project_id', 'created_at']).execute();
  await db.schema.createIndex('kb_deflections_article_idx').on('kb_deflections').column('article_id').execute();

  if (postgres) {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index kb_articles_search_idx on kb_articles using gin (title gin_trgm_ops, body_markdown gin_trgm_ops)`.execute(db);
    return;
  }
  await sql`create virtual table kb_articles_fts using fts5(
    title, body_markdown, content='kb_articles', content_rowid='seq', tokenize='trigram'
  )`.execute(db);
  for (const trigger of FTS_SYNC) await trigger.execute(db);
}

/**
 * Drops what `up` created. `pg_trgm` stays: an extension belongs to the
 * whole database and other schemas may use it.
 */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) {
    for (const trigger of ['kb_articles_fts_update', 'kb_articles_fts_delete', 'kb_articles_fts_insert']) {
      await sql`drop trigger ${sql.id(trigger)}`.execute(db);
    }
    await sql`drop table kb_articles_fts`.execute(db);
  }
  await db.schema.dropTable('kb_deflections').execute();
  await db.schema.dropTable('kb_articles').execute();
}
