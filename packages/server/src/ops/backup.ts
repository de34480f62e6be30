/**
 * `aftercare backup`: a consistent copy of a live SQLite database, and the
 * pg_dump command to use on PostgreSQL. The copy is made with `VACUUM INTO`,
 * which reads the database in one read transaction (a snapshot that includes
 * every committed transaction, WAL frames too) while the server keeps
 * writing, and writes a compact single file. It goes to a temporary name
 * first and is linked into place only when complete and checked, so a
 * failure never leaves a half-written backup and an existing file is never
 * overwritten.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, copyFileSync, constants, existsSync, fsyncSync, linkSync, openSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/** What a backup wrote. */
export interface BackupResult {
  file: string;
  bytes: number;
  tickets: number;
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Puts `from` at `to` unless `to` exists (atomically, with a hard link where the file system has them). */
function placeWithoutOverwriting(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new Error(`${to} exists; not overwriting it`);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  }
}

/**
 * Copies the SQLite database at `source` to `target`, online. Refuses
 * `:memory:`, a missing source and an existing target. The copy is readable
 * by its owner only (it holds reporters' data).
 *
 * @example
 * const { bytes } = await backupSqlite('./aftercare.sqlite', '/backups/aftercare-2026-03-02.sqlite');
 */
export async function backupSqlite(source: string, target: string): Promise<BackupResult> {
  if (source === ':memory:') throw new Error('An in-memory database cannot be backed up');
  if (!existsSync(source)) throw new Error(`No database at ${source}`);
  const file = resolve(target);
  if (existsSync(file)) throw new Error(`${file} exists; not overwriting it`);
  if (!existsSync(dirname(file))) throw new Error(`The directory ${dirname(file)} does not exist`);

  const partial = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.partial`);
  const db = new BetterSqlite3(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    db.prepare('VACUUM INTO ?').run(partial);
  } finally {
    db.close();
  }
  try {
    chmodSync(partial, 0o600);
    const copy = new BetterSqlite3(partial, { readonly: true, fileMustExist: true });
    let tickets: number;
    try {
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`The copy failed its integrity check: ${String(check)}`);
      tickets = (copy.prepare('select count(*) as n from tickets').get() as { n: number }).n;
    } finally {
      copy.close();
    }
    syncFile(partial);
    placeWithoutOverwriting(partial, file);
    return { file, bytes: statSync(file).size, tickets };
  } finally {
    rmSync(partial, { force: true });
  }
}

/** A PostgreSQL URL without its password, for printing. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return '<database URL>';
  }
}

/**
 * The pg_dump command that makes the equivalent backup on PostgreSQL.
 * `fromEnv` writes `"$AFTERCARE_DATABASE"` instead of the URL, so no password is printed.
 */
export function pgDumpCommand(url: string, target: string, fromEnv: boolean): string {
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
  const database = fromEnv ? '"$AFTERCARE_DATABASE"' : quote(redactUrl(url));
  return `pg_dump --format=custom --file=${quote(target)} --dbname=${database}`;
}
