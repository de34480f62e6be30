/**
 * Project memberships: the only place that reads and writes `project_members`.
 */
import { compiledQuery } from '../compiled-query.js';
import type { Db } from '../schema.js';

/** An agent's role in one project. */
export type ProjectRole = 'admin' | 'agent' | 'viewer';

/** Adds an agent to a project, or changes its role there. */
export async function upsertMembership(
  db: Db,
  membership: { projectId: string; agentId: string; role: ProjectRole; createdAt: string },
): Promise<void> {
  await db
    .insertInto('project_members')
    .values({
      project_id: membership.projectId,
      agent_id: membership.agentId,
      role: membership.role,
      created_at: membership.createdAt,
    })
    .onConflict((oc) => oc.columns(['project_id', 'agent_id']).doUpdateSet({ role: membership.role }))
    .execute();
}

/** The agent's role in a project, if it is a member. */
export async function findMembershipRole(db: Db, projectId: string, agentId: string): Promise<ProjectRole | undefined> {
  const row = await db
    .selectFrom('project_members')
    .select('role')
    .where('project_id', '=', projectId)
    .where('agent_id', '=', agentId)
    .executeTakeFirst();
  return row?.role as ProjectRole | undefined;
}

/** The projects an agent belongs to, with its role in each. */
export async function listAgentProjects(
  db: Db,
  agentId: string,
): Promise<Array<{ id: string; name: string; slug: string; role: ProjectRole }>> {
  const rows = await db
    .selectFrom('project_members')
    .innerJoin('projects', 'projects.id', 'project_members.project_id')
    .select(['projects.id', 'projects.name', 'projects.slug', 'project_members.role'])
    .where('project_members.agent_id', '=', agentId)
    .orderBy('projects.name')
    .execute();
  return rows.map((row) => ({ ...row, role: row.role as ProjectRole }));
}

/** Every project, for instance admins. */
export async function listAllProjects(db: Db): Promise<Array<{ id: string; name: string; slug: string }>> {
  return db.selectFrom('projects').select(['id', 'name', 'slug']).orderBy('name').execute();
}

/** The load of an agent who can take tickets in a project. */
export interface AgentLoadRow {
  id: string;
  tier: 1 | 2;
  capacity: number;
  openCount: number;
}

const WORKING_STATUSES = ['new', 'open', 'in_progress', 'waiting_on_reporter'];

/** Agents and admins of a project who can take tickets, with their open tickets across projects. */
export async function routingAgents(db: Db, projectId: string): Promise<AgentLoadRow[]> {
  const rows = await routingAgentsQuery(db, { projectId });
  return rows.map((row) => ({
    id: row.id,
    tier: Number(row.tier) === 2 ? 2 : 1,
    capacity: Number(row.capacity),
    openCount: Number(row.open_count ?? 0),
  }));
}

// Runs on every batch of reports that opens a ticket: built once (see compiled-query.ts).
const routingAgentsQuery = compiledQuery((db, { projectId }: { projectId: string }) =>
  db
    .selectFrom('project_members')
    .innerJoin('agents', 'agents.id', 'project_members.agent_id')
    .select((eb) => [
      'agents.id',
      'agents.tier',
      'agents.capacity',
      eb
        .selectFrom('tickets')
        .select(eb.fn.countAll().as('n'))
        .whereRef('tickets.assignee_id', '=', 'agents.id')
        .where('tickets.status', 'in', WORKING_STATUSES)
        .as('open_count'),
    ])
    .where('project_members.project_id', '=', projectId)
    .where('project_members.role', 'in', ['admin', 'agent'])
    .where('agents.disabled', '=', 0)
    .orderBy('agents.id'),
);

/** The members of a project with their role. */
export async function listMembers(db: Db, projectId: string): Promise<Array<{ agentId: string; name: string; role: ProjectRole }>> {
  const rows = await db
    .selectFrom('project_members')
    .innerJoin('agents', 'agents.id', 'project_members.agent_id')
    .select(['agents.id', 'agents.name', 'project_members.role'])
    .where('project_members.project_id', '=', projectId)
    .orderBy('agents.name')
    .execute();
  return rows.map((r) => ({ agentId: r.id, name: r.name, role: r.role as ProjectRole }));
}

/** Removes an agent from a project. */
export async function removeMembership(db: Db, projectId: string, agentId: string): Promise<void> {
  await db.deleteFrom('project_members').where('project_id', '=', projectId).where('agent_id', '=', agentId).execute();
}
