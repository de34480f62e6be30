/**
 * The audit log: the only place that reads and writes `audit_log`.
 */
import type { Db } from '../schema.js';

/** One agent action. */
export interface AuditEntry {
  id: string;
  agentId: string;
  projectId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  createdAt: string;
}

/** Records an agent action. */
export async function insertAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: entry.id,
      agent_id: entry.agentId,
      project_id: entry.projectId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      created_at: entry.createdAt,
    })
    .execute();
}

/** The latest audit entries of a project, newest first. */
export async function listAudit(db: Db, projectId: string, limit: number): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    agentId: row.agent_id,
    projectId: row.project_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    createdAt: row.created_at,
  }));
}
