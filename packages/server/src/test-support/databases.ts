/**
 * Test databases: a fresh, migrated database per suite on SQLite (in memory)
 * or on the run's real PostgreSQL (a new database per call).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { fixedClock, type Clock } from '../clock.js';
import type { Deps } from '../deps.js';
import { openDatabase, type DialectName, type OpenDatabase } from '../storage/connect.js';
import { migrateToLatest } from '../storage/migrate.js';

/** Both engines every storage test runs against. */
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

/** A secret for tests only. */
export const TEST_SECRET = 'test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

/** Creates an empty PostgreSQL database on the test cluster and returns its URL. */
export async function createPostgresDatabase(): Promise<string> {
  const base = inject('postgresUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: `${base}/postgres` });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return `${base}/${name}`;
}

/** Opens a fresh migrated database of the given engine. */
export async function freshDatabase(dialect: DialectName): Promise<OpenDatabase> {
  const url = dialect === 'sqlite' ? ':memory:' : await createPostgresDatabase();
  const database = openDatabase(url, { poolSize: 4 });
  await migrateToLatest(database.db);
  return database;
}

/** Deps over a fresh database and a fake clock. */
export async function freshDeps(
  dialect: DialectName,
  clock: Clock = fixedClock('2026-03-02T10:00:00.000Z'),
): Promise<Deps & { close(): Promise<void> }> {
  const database = await freshDatabase(dialect);
  return {
    db: database.db,
    dialect: database.dialect,
    clock,
    config: { secret: TEST_SECRET },
    close: database.close,
  };
}
