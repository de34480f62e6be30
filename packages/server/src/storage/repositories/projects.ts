/**
 * Projects repository: the only place that reads and writes `projects`.
 */
import type { Transaction } from 'kysely';
import type { Db, ProjectTable, Schema } from '../schema.js';

/** A project as services see it. */
export interface Project {
  id: string;
  slug: string;
  name: string;
  publicKey: string;
  allowedOrigins: string[];
  disabled: boolean;
  timeZone: string;
  createdAt: string;
}

function toProject(row: ProjectTable): Project {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    publicKey: row.public_key,
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    disabled: row.disabled === 1,
    timeZone: row.time_zone,
    createdAt: row.created_at,
  };
}

/** Finds a project by its public key. */
export async function findProjectByKey(db: Db, publicKey: string): Promise<Project | undefined> {
  const row = await db.selectFrom('projects').selectAll().where('public_key', '=', publicKey).executeTakeFirst();
  return row && toProject(row);
}

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
export async function insertProject(db: Db, project: Project): Promise<void> {
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

/** Changes the allowed origins and the disabled flag of a project. */
export async function updateProjectAccess(
  db: Db,
  id: string,
  access: { allowedOrigins?: string[]; disabled?: boolean },
): Promise<void> {
  await db
    .updateTable('projects')
    .set({
      ...(access.allowedOrigins && { allowed_origins: JSON.stringify(access.allowedOrigins) }),
      ...(access.disabled !== undefined && { disabled: access.disabled ? 1 : 0 }),
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Hands out the next ticket number of a project. Must run inside the
 * transaction that inserts the ticket: the row update serialises writers on
 * PostgreSQL and SQLite alike, so numbers never repeat or skip.
 */
export async function nextTicketNumber(trx: Transaction<Schema>, projectId: string): Promise<number> {
  const row = await trx
    .updateTable('projects')
    .set((eb) => ({ ticket_seq: eb('ticket_seq', '+', 1) }))
    .where('id', '=', projectId)
    .returning('ticket_seq')
    .executeTakeFirstOrThrow();
  return Number(row.ticket_seq);
}
