/**
 * Readiness: may this instance take traffic? Yes when the database answers
 * and its schema is at the latest migration this build knows. A load
 * balancer keeps an instance out while it is not (e.g. during a deploy whose
 * migrations another instance is still running).
 */
import type { Deps } from '../deps.js';
import { migrationStatus, pingDatabase } from '../storage/migration-status.js';

/** The answer of `/readyz`: its status code and body. */
export type Readiness =
  | { status: 200; body: { status: 'ready'; database: string; migration: string | null } }
  | {
      status: 503;
      body: { status: 'unavailable'; database: string; reason: 'database_unreachable' | 'migrations_pending'; message: string; pending?: string[] };
    };

/**
 * Checks the database and its migrations.
 *
 * @example
 * const { status, body } = await readiness(deps); // 200 { status: 'ready', … }
 */
export async function readiness(deps: Deps): Promise<Readiness> {
  const database = deps.dialect;
  try {
    await pingDatabase(deps.db);
  } catch (error) {
    const message = `The database does not answer: ${error instanceof Error ? error.message : String(error)}`;
    return { status: 503, body: { status: 'unavailable', database, reason: 'database_unreachable', message } };
  }
  let status: Awaited<ReturnType<typeof migrationStatus>>;
  try {
    status = await migrationStatus(deps.db);
  } catch (error) {
    const message = `The migration state cannot be read: ${error instanceof Error ? error.message : String(error)}`;
    return { status: 503, body: { status: 'unavailable', database, reason: 'database_unreachable', message } };
  }
  if (status.pending.length > 0) {
    const message = `${status.pending.length} migration(s) not applied yet; run \`aftercare migrate\` (serve migrates on start)`;
    return { status: 503, body: { status: 'unavailable', database, reason: 'migrations_pending', message, pending: status.pending } };
  }
  return { status: 200, body: { status: 'ready', database, migration: status.latest ?? null } };
}
