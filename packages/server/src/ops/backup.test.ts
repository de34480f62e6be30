import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { systemClock } from '../clock.js';
import { initInstance } from '../services/setup.js';
import { openDatabase } from '../storage/connect.js';
import { migrateToLatest } from '../storage/migrate.js';
import { TEST_SECRET } from '../test-support/databases.js';
import { postReport, reportBody } from '../test-support/reports.js';
import { backupSqlite, pgDumpCommand, redactUrl } from './backup.js';

describe('aftercare backup (SQLite)', () => {
  it('copies a database that is open and written to, committed WAL frames included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aftercare-backup-'));
    const source = join(dir, 'live.sqlite');
    const database = openDatabase(source);
    try {
      await migrateToLatest(database.db);
      const deps = { db: database.db, dialect: database.dialect, clock: systemClock, config: { secret: TEST_SECRET } };
      const { projectKey } = await initInstance(deps, { name: 'Shop', slug: 'shop' });
      const app = createApp(deps);
      for (const message of ['Export hangs', 'Login fails', 'Totals are wrong']) {
        expect((await app.request('/v1/reports', postReport(projectKey, reportBody({ message })))).status).toBe(201);
      }
      // The server's connection is still open, so the rows sit in the WAL, not yet in the main file.
      expect(statSync(`${source}-wal`).size).toBeGreaterThan(0);

      const result = await backupSqlite(source, join(dir, 'copy.sqlite'));
      expect(result).toMatchObject({ file: join(dir, 'copy.sqlite'), tickets: 3 });
      expect(result.bytes).toBe(statSync(result.file).size);
      expect(statSync(result.file).mode & 0o777).toBe(0o600);
      const copy = new BetterSqlite3(result.file, { readonly: true });
      expect(copy.prepare('select count(*) as n from reports').get()).toEqual({ n: 3 });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      copy.close();
      // No temporary file is left behind.
      expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);

      // The server goes on writing; a second copy sees the new row.
      expect((await app.request('/v1/reports', postReport(projectKey, reportBody({ message: 'Search is slow' })))).status).toBe(201);
      expect((await backupSqlite(source, join(dir, 'copy-2.sqlite'))).tickets).toBe(4);
    } finally {
      await database.close();
    }
  });

  it('never overwrites, and refuses what it cannot copy', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aftercare-backup-'));
    const source = join(dir, 'a.sqlite');
    const database = openDatabase(source);
    await migrateToLatest(database.db);
    await database.close();
    writeFileSync(join(dir, 'taken.sqlite'), 'precious');
    await expect(backupSqlite(source, join(dir, 'taken.sqlite'))).rejects.toThrow(/exists; not overwriting/);
    expect(statSync(join(dir, 'taken.sqlite')).size).toBe('precious'.length);
    await expect(backupSqlite(':memory:', join(dir, 'm.sqlite'))).rejects.toThrow(/in-memory/);
    await expect(backupSqlite(join(dir, 'missing.sqlite'), join(dir, 'm.sqlite'))).rejects.toThrow(/No database/);
    await expect(backupSqlite(source, join(dir, 'no-such-dir', 'm.sqlite'))).rejects.toThrow(/does not exist/);
    expect(existsSync(join(dir, 'm.sqlite'))).toBe(false);
  });
});

describe('the pg_dump command for PostgreSQL', () => {
  it('names the variable, or the URL without its password', () => {
    expect(pgDumpCommand('postgres://u:secret@db:5432/aftercare', '/b/x.dump', true)).toBe(
      `pg_dump --format=custom --file='/b/x.dump' --dbname="$AFTERCARE_DATABASE"`,
    );
    const printed = pgDumpCommand('postgres://u:secret@db:5432/aftercare', "it's.dump", false);
    expect(printed).not.toContain('secret');
    expect(printed).toBe(`pg_dump --format=custom --file='it'\\''s.dump' --dbname='postgres://u:***@db:5432/aftercare'`);
    expect(redactUrl('not a url')).toBe('<database URL>');
  });
});
