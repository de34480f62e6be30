/**
 * Projects repository: the only place that reads and writes `projects`.
 */
import type { Selectable, Updateable } from 'kysely';
import { compiledQuery } from '../compiled-query.js';
import type { Db, ProjectTable } from '../schema.js';

/** A project as services see it. */
export interface Project {
  id: string;
  slug: string;
  name: string;
  publicKey: string;
  allowedOrigins: string[];
  disabled: boolean;
  timeZone: string;
  /** The project's triage rules as stored (JSON), or null for the defaults. */
  triageRules: unknown;
  routingStrategy: 'round_robin' | 'least_loaded';
  lastAssigneeId: string | null;
  /** Current SLA policy version; 0 is the default policy. */
  slaPolicyVersion: number;
  /** Days after which a resolved ticket without reply closes itself. */
  autoCloseDays: number;
  createdAt: string;
}

function toProject(row: Selectable<ProjectTable>): Project {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    publicKey: row.public_key,
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    disabled: row.disabled === 1,
    timeZone: row.time_zone,
    triageRules: row.triage_rules === null ? null : (JSON.parse(row.triage_rules) as unknown),
    routingStrategy: row.routing_strategy as Project['routingStrategy'],
    lastAssigneeId: row.last_assignee_id,
    slaPolicyVersion: Number(row.sla_policy_version),
    autoCloseDays: Number(row.auto_close_days),
    createdAt: row.created_at,
  };
}

/** Finds a project by its public key. */
export async function findProjectByKey(db: Db, publicKey: string): Promise<Project | undefined> {
  return (await findProjectsByKeys(db, [publicKey])).get(publicKey);
}

/** The projects of these public keys, by key (unknown keys are missing from the map). */
export async function findProjectsByKeys(db: Db, publicKeys: readonly string[]): Promise<Map<string, Project>> {
  if (publicKeys.length === 0) return new Map();
  const rows = await projectsByKeysQuery(db, { keys: [...new Set(publicKeys)] });
  return new Map(rows.map((row) => [row.public_key, toProject(row)]));
}

// Every report looks its key up (batched): built once (see compiled-query.ts).
const projectsByKeysQuery = compiledQuery((db, { keys }: { keys: string[] }) => db.selectFrom('projects').selectAll().where('public_key', 'in', keys));

/** Finds a project by id. */
export async function findProjectById(db: Db, id: string): Promise<Project | undefined> {
  const row = await db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toProject(row);
}

/** Finds a project by slug. */
export async function findProjectBySlug(db: Db, slug: string): Promise<Project | undefined> {
  const row = await db.selectFrom('projects').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row && toProject(row);
}

/** Inserts a project. */
export async function insertProject(
  db: Db,
  project: Omit<Project, 'triageRules' | 'routingStrategy' | 'lastAssigneeId' | 'slaPolicyVersion' | 'autoCloseDays'>,
): Promise<void> {
  await db
    .insertInto('projects')
    .values({
      id: project.id,
      slug: project.slug,
      name: project.name,
      public_key: project.publicKey,
      allowed_origins: JSON.stringify(project.allowedOrigins),
      disabled: project.disabled ? 1 : 0,
      ticket_seq: 0,
      time_zone: project.timeZone,
      created_at: project.createdAt,
    })
    .execute();
}

/** Changes a project's allowed origins, disabled flag, name or time zone. */
export async function updateProjectAccess(
  db: Db,
  id: string,
  access: { allowedOrigins?: string[]; disabled?: boolean; name?: string; timeZone?: string; autoCloseDays?: number },
): Promise<void> {
  await db
    .updateTable('projects')
    .set({
      ...(access.allowedOrigins && { allowed_origins: JSON.stringify(access.allowedOrigins) }),
      ...(access.disabled !== undefined && { disabled: access.disabled ? 1 : 0 }),
      ...(access.name !== undefined && { name: access.name }),
      ...(access.timeZone !== undefined && { time_zone: access.timeZone }),
      ...(access.autoCloseDays !== undefined && { auto_close_days: access.autoCloseDays }),
    })
    .where('id', '=', id)
    .execute();
}

/** Changes a project's triage settings. */
export async function updateProjectTriage(
  db: Db,
  id: string,
  settings: { triageRules?: unknown; routingStrategy?: Project['routingStrategy']; slaPolicyVersion?: number; lastAssigneeId?: string | null },
): Promise<void> {
  const set: Updateable<ProjectTable> = {};
  if (settings.triageRules !== undefined) set.triage_rules = settings.triageRules === null ? null : JSON.stringify(settings.triageRules);
  if (settings.routingStrategy !== undefined) set.routing_strategy = settings.routingStrategy;
  if (settings.slaPolicyVersion !== undefined) set.sla_policy_version = settings.slaPolicyVersion;
  if (settings.lastAssigneeId !== undefined) set.last_assignee_id = settings.lastAssigneeId;
  if (Object.keys(set).length === 0) return;
  await db.updateTable('projects').set(set).where('id', '=', id).execute();
}

/**
 * Hands out the next `count` ticket numbers of a project and answers the
 * first. Must run inside the transaction that inserts the tickets: the row
 * update serialises writers on PostgreSQL and SQLite alike, so numbers never
 * repeat or skip.
 */
export async function reserveTicketNumbers(trx: Db, projectId: string, count = 1): Promise<number> {
  const [row] = await reserveQuery(trx, { projectId, count });
  if (!row) throw new Error(`No project ${projectId}`);
  return Number(row.ticket_seq) - count + 1;
}

// The queries of every filing transaction are built once (see compiled-query.ts).
const reserveQuery = compiledQuery((db, { projectId, count }: { projectId: string; count: number }) =>
  db
    .updateTable('projects')
    .set((eb) => ({ ticket_seq: eb('ticket_seq', '+', count) }))
    .where('id', '=', projectId)
    .returning('ticket_seq'),
);
const routingStateQuery = compiledQuery((db, { ids }: { ids: string[] }) =>
  db.selectFrom('projects').select(['id', 'last_assignee_id']).where('id', 'in', ids).orderBy('id'),
);
const lockedRoutingStateQuery = compiledQuery((db, { ids }: { ids: string[] }) =>
  db.selectFrom('projects').select(['id', 'last_assignee_id']).where('id', 'in', ids).orderBy('id').forUpdate(),
);

/**
 * Takes the row locks of these projects until the transaction ends, in id
 * order (so two writers never wait on each other in a circle), and answers
 * each one's last assignee as it is now. On PostgreSQL this makes filers of
 * the same project take turns; SQLite has one writer at a time anyway.
 */
export async function lockRoutingState(trx: Db, dialect: 'sqlite' | 'postgres', ids: readonly string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await (dialect === 'postgres' ? lockedRoutingStateQuery : routingStateQuery)(trx, { ids: [...ids] });
  return new Map(rows.map((row) => [row.id, row.last_assignee_id]));
}
