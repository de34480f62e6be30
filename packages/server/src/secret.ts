/**
 * Finding the server secret: `AFTERCARE_SECRET`, else (SQLite only) a file
 * beside the database created on first start. PostgreSQL deployments run
 * several instances, which must share one secret, so there it must be set.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isPostgresUrl } from './storage/connect.js';

/** Resolves the secret for a database; throws with instructions when none can be found. */
export function resolveSecret(databaseUrl: string, fromEnv: string | undefined): string {
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('AFTERCARE_SECRET must be at least 32 characters');
    return fromEnv;
  }
  if (isPostgresUrl(databaseUrl)) {
    throw new Error('Set AFTERCARE_SECRET (the same value on every instance) when running on PostgreSQL');
  }
  if (databaseUrl === ':memory:') return randomBytes(32).toString('base64url');
  const file = `${databaseUrl}.secret`;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
