/**
 * Agents: who the caller is and which projects it works in.
 */
import type { AgentMe } from '@aftercare/sdk/schemas';
import type { Deps } from '../deps.js';
import { listAgentProjects, listAllProjects } from '../storage/repositories/members.js';
import type { Agent } from './access.js';

/** The calling agent with its projects (every project for an instance admin). */
export async function agentMe(deps: Deps, agent: Agent): Promise<AgentMe> {
  const projects =
    agent.role === 'admin'
      ? (await listAllProjects(deps.db)).map((p) => ({ ...p, role: 'admin' as const }))
      : await listAgentProjects(deps.db, agent.id);
  return { id: agent.id, name: agent.name, role: agent.role, projects };
}
