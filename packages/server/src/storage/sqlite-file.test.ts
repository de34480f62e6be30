import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { BACKSTOP_PAGES } from './checkpointer.js';
import { openDatabase, type OpenDatabase } from './connect.js';

// A SQLite file as the server runs it: WAL, background checkpoints, immediate transactions.
describe('a SQLite database file', () => {
  const opened: OpenDatabase[] = [];
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
  });
  const open = (file: string, options?: Parameters<typeof openDatabase>[1]) => {
    const database = openDatabase(file, options);
    opened.push(database);
    return database;
  };
  const fresh = () => join(mkdtempSync(join(tmpdir(), 'aftercare-sqlite-')), 'a.sqlite');

  async function fill(database: OpenDatabase, rows: number) {
    await sql`create table if not exists filler (id integer primary key, body text not null)`.execute(database.db);
    await database.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows; i++) await sql`insert into filler (body) values (${'x'.repeat(3000)})`.execute(trx);
    });
  }

  it('copies the log into the database file in the background, long before the backstop', async () => {
    const file = fresh();
    const database = open(file);
    await fill(database, 300); // about 300 pages, far below the request connection's own threshold
    expect(300).toBeLessThan(BACKSTOP_PAGES);
    const before = statSync(file).size;
    const deadline = Date.now() + 5_000;
    while (statSync(file).size < before + 300 * 3000 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statSync(file).size).toBeGreaterThan(before + 300 * 3000);
  });

  it('leaves the log alone without the checkpointer (up to the backstop)', async () => {
    const file = fresh();
    const database = open(file, { checkpointer: false });
    await fill(database, 300);
    const size = statSync(file).size;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(statSync(file).size).toBe(size);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(300 * 3000);
  });

  it('takes the write lock when a transaction begins, so a read-then-write never fails for starting early', async () => {
    const file = fresh();
    const database = open(file);
    await sql`create table counter (n integer not null)`.execute(database.db);
    await sql`insert into counter (n) values (0)`.execute(database.db);
    const other = new BetterSqlite3(file);
    other.pragma('busy_timeout = 0');
    try {
      let refused: unknown;
      await database.db.transaction().execute(async (trx) => {
        await sql`select n from counter`.execute(trx);
        // A deferred transaction would hold only a read snapshot here, and the other writer would get in first.
        try {
          other.prepare('update counter set n = n + 1').run();
        } catch (error) {
          refused = error;
        }
        await sql`update counter set n = n + 10`.execute(trx);
      });
      expect((refused as { code?: string }).code).toBe('SQLITE_BUSY');
      expect(other.prepare('select n from counter').get()).toEqual({ n: 10 });
    } finally {
      other.close();
    }
  });
});
