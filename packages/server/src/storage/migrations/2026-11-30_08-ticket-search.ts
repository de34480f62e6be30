/**
 * Ticket search at scale on PostgreSQL: trigram indexes on the lower-cased
 * ticket titles and report messages, which the list's case-insensitive
 * substring search (`lower(...) like '%word%'`) can use, in any language.
 * SQLite scans instead; it serves one instance with far fewer tickets.
 * Frozen once landed.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** Creates the trigram indexes (PostgreSQL only). */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index tickets_title_trgm_idx on tickets using gin (lower(title) gin_trgm_ops)`.execute(db);
  await sql`create index reports_message_trgm_idx on reports using gin (lower(message) gin_trgm_ops)`.execute(db);
}

/** Drops the trigram indexes. */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`drop index if exists reports_message_trgm_idx`.execute(db);
  await sql`drop index if exists tickets_title_trgm_idx`.execute(db);
}
