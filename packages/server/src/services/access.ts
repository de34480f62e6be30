/**
 * Who may do what. Agents authenticate with an API token (stored hashed);
 * an instance admin may act in every project, anyone else only in the
 * projects it is a member of, with that membership's role. A project an agent
 * cannot see answers 404, never 403, so ids cannot be probed.
 */
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { hashToken } from '../security/tokens.js';
import { findAgentByTokenHash } from '../storage/repositories/agents.js';
import { findMembershipRole, type ProjectRole } from '../storage/repositories/members.js';

/** The authenticated caller of the agent API. */
export interface Agent {
  id: string;
  name: string;
  role: ProjectRole;
}

/** What an action needs: to read, to change tickets, or to administer the project. */
export type Need = 'read' | 'write' | 'admin';

const RANK: Record<ProjectRole, number> = { viewer: 0, agent: 1, admin: 2 };
const NEEDED: Record<Need, number> = { read: 0, write: 1, admin: 2 };

/** Resolves `Authorization: Bearer act_…` to an agent, or fails with 401. */
export async function authenticateAgent(deps: Deps, authorization: string | undefined): Promise<Agent> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) throw new AppError('missing_token', 401, 'Send an API token as "Authorization: Bearer <token>"');
  const agent = await findAgentByTokenHash(deps.db, hashToken(match[1]!));
  if (!agent) throw new AppError('invalid_token', 401, 'This API token is unknown or revoked');
  return { id: agent.id, name: agent.name, role: agent.role as ProjectRole };
}

/** The agent's effective role in a project; undefined when it has none. */
export async function projectRole(deps: Deps, agent: Agent, projectId: string): Promise<ProjectRole | undefined> {
  if (agent.role === 'admin') return 'admin';
  return findMembershipRole(deps.db, projectId, agent.id);
}

/**
 * Fails unless the agent may act in the project: 404 `project_not_found` when
 * it is not a member, 403 `forbidden` when its role is too low.
 */
export async function requireProject(deps: Deps, agent: Agent, projectId: string, need: Need): Promise<ProjectRole> {
  const role = await projectRole(deps, agent, projectId);
  if (!role) throw new AppError('project_not_found', 404, 'No such project for this agent');
  if (RANK[role] < NEEDED[need]) {
    throw new AppError('forbidden', 403, `This needs the ${need === 'admin' ? 'admin' : 'agent'} role in the project`);
  }
  return role;
}

/** Fails with 403 unless the agent is an instance admin. */
export function requireInstanceAdmin(agent: Agent): void {
  if (agent.role !== 'admin') throw new AppError('forbidden', 403, 'This needs an instance admin');
}
