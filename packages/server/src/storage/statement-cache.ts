/**
 * A prepared-statement cache for better-sqlite3 under Kysely. Kysely prepares
 * every query anew; the same few statements run on every report, and
 * preparing them was about an eighth of the ingest time. Kysely runs one query
 * at a time on its single SQLite connection, so reusing a statement is safe.
 */
import type { Database as BetterSqlite3Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * Wraps a better-sqlite3 database so `prepare` reuses statements by SQL text,
 * keeping at most `capacity` of them (least recently used evicted first).
 * Batched inserts have one statement per batch size and table, hence the
 * generous default.
 */
export function withStatementCache(database: BetterSqlite3Database, capacity = 1000): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (cache.size >= capacity) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
