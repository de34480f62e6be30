/**
 * SLA storage: versioned policies, the notices that fire once, and the lease
 * that lets one server instance at a time run the scheduler.
 */
import { isUniqueViolation } from '../connect.js';
import type { Db } from '../schema.js';

/** Stores a new policy version. */
export async function insertPolicyVersion(db: Db, row: { projectId: string; version: number; policy: unknown; createdAt: string }): Promise<void> {
  await db
    .insertInto('sla_policies')
    .values({ project_id: row.projectId, version: row.version, policy: JSON.stringify(row.policy), created_at: row.createdAt })
    .execute();
}

/** Every stored policy version of a project (raw JSON values), oldest first. */
export async function listPolicyVersions(db: Db, projectId: string): Promise<Array<{ version: number; policy: unknown }>> {
  const rows = await db
    .selectFrom('sla_policies')
    .select(['version', 'policy'])
    .where('project_id', '=', projectId)
    .orderBy('version')
    .execute();
  return rows.map((row) => ({ version: Number(row.version), policy: JSON.parse(row.policy) as unknown }));
}

/** One stored policy version of a project (raw JSON value), if there is one. */
export async function findPolicyVersion(db: Db, projectId: string, version: number): Promise<unknown> {
  const row = await db
    .selectFrom('sla_policies')
    .select('policy')
    .where('project_id', '=', projectId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.policy) as unknown);
}

/**
 * Records that a warning or breach was announced. Returns false when it had
 * been already (by this instance, another one, or before a restart).
 */
export async function claimNotice(
  db: Db,
  notice: { ticketId: string; metric: string; kind: 'warning' | 'breach'; targetStartedAt: string; createdAt: string },
): Promise<boolean> {
  const result = await db
    .insertInto('sla_notices')
    .values({
      ticket_id: notice.ticketId,
      metric: notice.metric,
      kind: notice.kind,
      target_started_at: notice.targetStartedAt,
      created_at: notice.createdAt,
    })
    .onConflict((oc) => oc.columns(['ticket_id', 'metric', 'kind', 'target_started_at']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Takes or renews a named lease until `expiresAt`. True when `holder` holds
 * it: it was free, expired, or already held by `holder`.
 */
export async function acquireLease(db: Db, lease: { name: string; holder: string; now: string; expiresAt: string }): Promise<boolean> {
  const renewed = await db
    .updateTable('leases')
    .set({ holder: lease.holder, expires_at: lease.expiresAt })
    .where('name', '=', lease.name)
    .where((eb) => eb.or([eb('holder', '=', lease.holder), eb('expires_at', '<=', lease.now)]))
    .executeTakeFirst();
  if (Number(renewed.numUpdatedRows) > 0) return true;
  try {
    await db.insertInto('leases').values({ name: lease.name, holder: lease.holder, expires_at: lease.expiresAt }).execute();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
