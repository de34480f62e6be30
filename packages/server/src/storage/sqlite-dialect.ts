/**
 * Kysely's SQLite dialect with `BEGIN IMMEDIATE` transactions. A deferred
 * `BEGIN` takes the write lock only at its first write; if another connection
 * (the ingest thread, a CLI command) wrote in between, that write fails at
 * once with SQLITE_BUSY instead of waiting. An immediate transaction takes
 * the lock up front and waits for it (`busy_timeout`), so transactions that
 * read and then write never fail for having started too early.
 */
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * `SqliteDialect`, with immediate transactions.
 *
 * @example
 * const db = new Kysely<Schema>({ dialect: new ImmediateSqliteDialect({ database: new BetterSqlite3(file) }) });
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
