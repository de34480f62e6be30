/**
 * Runs the dated migrations with Kysely's Migrator. The list is explicit (no
 * directory scan) so it works the same from source, from dist and bundled.
 */
import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as initial from './migrations/2026-11-30_01-initial.js';
import * as team from './migrations/2026-11-30_02-team.js';
import * as triage from './migrations/2026-11-30_03-triage.js';
import * as events from './migrations/2026-11-30_04-events.js';
import * as knowledgeBase from './migrations/2026-11-30_05-knowledge-base.js';
import * as webhooks from './migrations/2026-11-30_06-webhooks.js';
import * as attachments from './migrations/2026-11-30_07-attachments.js';
import * as ticketSearch from './migrations/2026-11-30_08-ticket-search.js';
import * as leanerIngestIndexes from './migrations/2026-12-01_01-leaner-ingest-indexes.js';

/**
 * Every migration, by name: `<ISO date>_<two-digit sequence>-<name>`, so names
 * sort in the order they run even when several land on one day.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-30_01-initial': initial,
  '2026-11-30_02-team': team,
  '2026-11-30_03-triage': triage,
  '2026-11-30_04-events': events,
  '2026-11-30_05-knowledge-base': knowledgeBase,
  '2026-11-30_06-webhooks': webhooks,
  '2026-11-30_07-attachments': attachments,
  '2026-11-30_08-ticket-search': ticketSearch,
  '2026-12-01_01-leaner-ingest-indexes': leanerIngestIndexes,
};

function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** Brings the schema to the latest version; throws if a migration fails. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const result = await migrator(db).migrateToLatest();
  if (result.error) throw result.error;
  return result;
}

/** Undoes the last migration (for development and the down-migration test). */
export async function migrateDown(db: Kysely<any>): Promise<MigrationResultSet> {
  const result = await migrator(db).migrateDown();
  if (result.error) throw result.error;
  return result;
}
