/**
 * Whether the database answers and how far its schema is migrated, for the
 * readiness probe. Reads Kysely's migration table through its Migrator;
 * changes nothing.
 */
import { Migrator, sql, type Kysely } from 'kysely';
import { migrations } from './migrate.js';

/** Runs the cheapest query there is; throws when the database does not answer. */
export async function pingDatabase(db: Kysely<any>): Promise<void> {
  await sql`select 1`.execute(db);
}

/** The migrations this build knows, in order, and which of them the database has not run yet. */
export async function migrationStatus(db: Kysely<any>): Promise<{ latest: string | undefined; pending: string[] }> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const all = await migrator.getMigrations();
  return { latest: all.at(-1)?.name, pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name) };
}
