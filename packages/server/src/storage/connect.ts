/**
 * The dialect choice: better-sqlite3 (WAL) for a file path or `:memory:`, pg
 * for a `postgres://` URL. Everything above this file is dialect-agnostic.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Db, Schema } from './schema.js';
import { BACKSTOP_PAGES, startCheckpointer } from './checkpointer.js';
import { ImmediateSqliteDialect } from './sqlite-dialect.js';
import { withStatementCache } from './statement-cache.js';

/** Which engine a database runs on. */
export type DialectName = 'sqlite' | 'postgres';

/** An open database and how to close it. */
export interface OpenDatabase {
  db: Db;
  dialect: DialectName;
  close(): Promise<void>;
}

/** Options of {@link openDatabase}. */
export interface OpenOptions {
  /** Most PostgreSQL connections (default 10). */
  poolSize?: number;
  /** Checkpoint a SQLite file's log on a background thread (default true; one per database is enough). */
  checkpointer?: boolean;
}

/** True when `url` names a PostgreSQL database. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * Opens a database by URL or path.
 *
 * @example
 * const { db, close } = openDatabase('./aftercare.sqlite');
 * const pgDb = openDatabase('postgres://user:pass@db:5432/aftercare');
 */
export function openDatabase(url: string, options: OpenOptions = {}): OpenDatabase {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const sqlite = new BetterSqlite3(url);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Statement journals (a multi-row insert may need to undo itself) stay in memory instead of spilling to temp files.
  sqlite.pragma('temp_store = MEMORY');
  const db = new Kysely<Schema>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
  if (url === ':memory:') return { db, dialect: 'sqlite', close: () => db.destroy() };
  sqlite.pragma('journal_mode = WAL');
  // Checkpoints happen on a background thread; this connection only steps in when the log grows large.
  sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  sqlite.pragma('journal_size_limit = 67108864');
  const checkpointer = options.checkpointer === false ? undefined : startCheckpointer(url);
  return {
    db,
    dialect: 'sqlite',
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

/** True when `error` is a unique-constraint violation on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
