/**
 * Agents and API tokens from the command line (`aftercare agent create`,
 * `aftercare token create|list|revoke`), for when no admin token is at hand
 * or one has leaked. Same rules as the agent API: a token is shown once and
 * stored as its SHA-256; a revoked token stops working at once. Every change
 * is in the audit log, by the agent `cli`.
 */
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.js';
import { hashToken, randomToken } from '../security/tokens.js';
import { findToken, insertAgent, insertApiToken, revokeToken, updateAgent } from '../storage/repositories/agents.js';
import { insertAudit } from '../storage/repositories/audit.js';
import { upsertMembership, type ProjectRole } from '../storage/repositories/members.js';
import { findProjectBySlug } from '../storage/repositories/projects.js';
import { findAgentsByRef, findTokenIdByHash, listTokensWithAgents, type AgentRef, type TokenListing } from '../storage/repositories/tokens.js';
import { sortableId } from '../storage/ids.js';

/** The actor recorded in the audit log for command-line changes. */
export const CLI_ACTOR = 'cli';

const ROLES: readonly ProjectRole[] = ['admin', 'agent', 'viewer'];

function role(value: string | undefined, flag: string): ProjectRole {
  if (!ROLES.includes(value as ProjectRole)) throw new Error(`${flag} must be admin, agent or viewer`);
  return value as ProjectRole;
}

async function audit(deps: Deps, entry: { projectId: string | null; action: string; targetType: string; targetId: string; after: unknown }) {
  await insertAudit(deps.db, { id: sortableId(), agentId: CLI_ACTOR, before: null, createdAt: deps.clock.now().toISOString(), ...entry });
}

/** Finds exactly one agent by id or name; fails with the candidates when a name is ambiguous. */
export async function resolveAgent(deps: Deps, ref: string): Promise<AgentRef> {
  const found = await findAgentsByRef(deps.db, ref);
  if (found.length === 0) throw new Error(`No agent with id or name "${ref}"`);
  if (found.length > 1) throw new Error(`${found.length} agents are named "${ref}"; use an id: ${found.map((a) => a.id).join(', ')}`);
  return found[0]!;
}

/**
 * Creates an API token for an agent; the token is in the answer only.
 *
 * @example
 * const { token } = await createAgentToken(deps, { agent: 'Ada', name: 'laptop' });
 */
export async function createAgentToken(deps: Deps, input: { agent: string; name?: string }): Promise<{ id: string; agent: AgentRef; name: string; token: string }> {
  const agent = await resolveAgent(deps, input.agent);
  if (agent.disabled) throw new Error(`${agent.name} is disabled; a token would not work`);
  const name = input.name?.trim() || 'cli';
  const token = randomToken('act', 32);
  const id = randomUUID();
  await insertApiToken(deps.db, { id, agentId: agent.id, name, tokenHash: hashToken(token), createdAt: deps.clock.now().toISOString() });
  await audit(deps, { projectId: null, action: 'token.create', targetType: 'token', targetId: id, after: { agentId: agent.id, name } });
  return { id, agent, name, token };
}

/**
 * Revokes a token named by its id, or by the token itself (when it has leaked
 * and its id is not known). Revoking a revoked token changes nothing.
 */
export async function revokeAgentToken(deps: Deps, ref: string): Promise<{ id: string; alreadyRevoked: boolean }> {
  const id = ref.startsWith('act_') ? await findTokenIdByHash(deps.db, hashToken(ref)) : ref;
  const token = id === undefined ? undefined : await findToken(deps.db, id);
  if (!token) throw new Error('No such token');
  if (token.revokedAt) return { id: token.id, alreadyRevoked: true };
  await revokeToken(deps.db, token.id, deps.clock.now().toISOString());
  await audit(deps, { projectId: null, action: 'token.revoke', targetType: 'token', targetId: token.id, after: { revoked: true } });
  return { id: token.id, alreadyRevoked: false };
}

/** Every token (of one agent, when named), never a secret. */
export async function listAgentTokens(deps: Deps, agent?: string): Promise<TokenListing[]> {
  return listTokensWithAgents(deps.db, agent ? (await resolveAgent(deps, agent)).id : undefined);
}

/**
 * Creates an agent with an instance role, optionally a member of a project.
 *
 * @example
 * await createAgent(deps, { name: 'Ada', role: 'agent', project: 'shop', projectRole: 'agent' });
 */
export async function createAgent(
  deps: Deps,
  input: { name: string; role?: string; email?: string; project?: string; projectRole?: string },
): Promise<{ id: string; name: string; role: ProjectRole; project?: { id: string; slug: string; role: ProjectRole } }> {
  const name = input.name.trim();
  if (!name || name.length > 100) throw new Error('--name must be 1 to 100 characters');
  const instanceRole = role(input.role ?? 'agent', '--role');
  const project = input.project === undefined ? undefined : await findProjectBySlug(deps.db, input.project);
  if (input.project !== undefined && !project) throw new Error(`No project with slug "${input.project}"`);
  const projectRole = project ? role(input.projectRole ?? 'agent', '--project-role') : undefined;
  if (!project && input.projectRole !== undefined) throw new Error('--project-role needs --project');

  const id = randomUUID();
  const at = deps.clock.now().toISOString();
  await insertAgent(deps.db, { id, name, role: instanceRole, createdAt: at });
  if (input.email) await updateAgent(deps.db, id, { email: input.email });
  await audit(deps, { projectId: null, action: 'agent.create', targetType: 'agent', targetId: id, after: { name, role: instanceRole } });
  if (project && projectRole) {
    await upsertMembership(deps.db, { projectId: project.id, agentId: id, role: projectRole, createdAt: at });
    await audit(deps, { projectId: project.id, action: 'member.set', targetType: 'agent', targetId: id, after: { role: projectRole } });
  }
  return { id, name, role: instanceRole, ...(project && projectRole && { project: { id: project.id, slug: project.slug, role: projectRole } }) };
}
