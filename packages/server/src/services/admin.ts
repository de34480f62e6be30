/**
 * Administration: agents and their API tokens (instance admins), project
 * members and settings (project admins), and the audit log. Every change is
 * audited; tokens are shown once and stored as hashes.
 */
import { randomUUID } from 'node:crypto';
import {
  agentInputSchema,
  agentPatchSchema,
  memberInputSchema,
  projectInputSchema,
  projectPatchSchema,
  tokenInputSchema,
  type AuditLog,
  type MemberList,
  type TokenCreated,
  type TokenList,
  type TokenRecord,
} from '@aftercare/sdk/schemas';
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { sortableId } from '../storage/ids.js';
import { hashToken, randomToken } from '../security/tokens.js';
import { isUniqueViolation } from '../storage/connect.js';
import { findAgent, findToken, insertAgent, insertApiToken, listAgents, listTokens, revokeToken, updateAgent } from '../storage/repositories/agents.js';
import { insertAudit, listAudit } from '../storage/repositories/audit.js';
import { listMembers, removeMembership, upsertMembership } from '../storage/repositories/members.js';
import { findProjectById, updateProjectAccess, type Project } from '../storage/repositories/projects.js';
import { requireInstanceAdmin, requireProject, type Agent } from './access.js';
import { createProject } from './projects.js';
import { validate } from './validate.js';

async function audit(deps: Deps, agent: Agent, entry: { projectId: string | null; action: string; targetType: string; targetId: string; before: unknown; after: unknown }) {
  await insertAudit(deps.db, { id: sortableId(), agentId: agent.id, createdAt: deps.clock.now().toISOString(), ...entry });
}

const projectView = (p: Project) => ({
  id: p.id, slug: p.slug, name: p.name, publicKey: p.publicKey, allowedOrigins: p.allowedOrigins,
  disabled: p.disabled, timeZone: p.timeZone, autoCloseDays: p.autoCloseDays, createdAt: p.createdAt,
});

async function agentOr404(deps: Deps, id: string) {
  const found = await findAgent(deps.db, id);
  if (!found) throw new AppError('not_found', 404, 'No such agent');
  return found;
}

/** Lists every agent (instance admins). */
export async function adminListAgents(deps: Deps, agent: Agent) {
  requireInstanceAdmin(agent);
  return { items: await listAgents(deps.db) };
}

/** Creates an agent (instance admins). */
export async function adminCreateAgent(deps: Deps, agent: Agent, body: unknown) {
  requireInstanceAdmin(agent);
  const input = validate(agentInputSchema, body, 'The agent is not valid');
  const id = randomUUID();
  await insertAgent(deps.db, { id, name: input.name, role: input.role, createdAt: deps.clock.now().toISOString() });
  await updateAgent(deps.db, id, { email: input.email ?? null, tier: input.tier, capacity: input.capacity });
  const created = await agentOr404(deps, id);
  await audit(deps, agent, { projectId: null, action: 'agent.create', targetType: 'agent', targetId: id, before: null, after: created });
  return created;
}

/** Changes an agent (instance admins). */
export async function adminUpdateAgent(deps: Deps, agent: Agent, id: string, body: unknown) {
  requireInstanceAdmin(agent);
  const before = await agentOr404(deps, id);
  const patch = validate(agentPatchSchema, body, 'The change is not valid');
  if (id === agent.id && (patch.disabled === true || (patch.role && patch.role !== 'admin'))) {
    throw new AppError('forbidden', 403, 'An admin cannot disable or demote themselves');
  }
  await updateAgent(deps.db, id, patch);
  const after = await agentOr404(deps, id);
  await audit(deps, agent, { projectId: null, action: 'agent.update', targetType: 'agent', targetId: id, before, after });
  return after;
}

/** Creates an API token for an agent (instance admins, or the agent for itself); shown once. */
export async function adminCreateToken(deps: Deps, agent: Agent, agentId: string, body: unknown): Promise<TokenCreated> {
  if (agent.id !== agentId) requireInstanceAdmin(agent);
  await agentOr404(deps, agentId);
  const { name } = validate(tokenInputSchema, body, 'The token is not valid');
  const token = randomToken('act', 32);
  const id = randomUUID();
  const createdAt = deps.clock.now().toISOString();
  await insertApiToken(deps.db, { id, agentId, name, tokenHash: hashToken(token), createdAt });
  await audit(deps, agent, { projectId: null, action: 'token.create', targetType: 'token', targetId: id, before: null, after: { agentId, name } });
  return { id, agentId, name, createdAt, revokedAt: null, token };
}

/** Lists an agent's tokens, never their secrets. */
export async function adminListTokens(deps: Deps, agent: Agent, agentId: string): Promise<TokenList> {
  if (agent.id !== agentId) requireInstanceAdmin(agent);
  return { items: await listTokens(deps.db, agentId) };
}

/** Revokes a token (instance admins, or its owner). */
export async function adminRevokeToken(deps: Deps, agent: Agent, tokenId: string): Promise<TokenRecord> {
  const token = await findToken(deps.db, tokenId);
  if (!token || (token.agentId !== agent.id && agent.role !== 'admin')) throw new AppError('not_found', 404, 'No such token');
  await revokeToken(deps.db, tokenId, deps.clock.now().toISOString());
  await audit(deps, agent, { projectId: null, action: 'token.revoke', targetType: 'token', targetId: tokenId, before: { revokedAt: token.revokedAt }, after: { revoked: true } });
  return (await findToken(deps.db, tokenId))!;
}

/** Creates a project (instance admins); the creator's instance role covers it. */
export async function adminCreateProject(deps: Deps, agent: Agent, body: unknown) {
  requireInstanceAdmin(agent);
  const input = validate(projectInputSchema, body, 'The project is not valid');
  try {
    const project = await createProject(deps, input);
    await audit(deps, agent, { projectId: project.id, action: 'project.create', targetType: 'project', targetId: project.id, before: null, after: projectView(project) });
    return projectView(project);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('validation_failed', 422, `A project with slug "${input.slug}" exists`);
    throw error;
  }
}

/** A project's settings (project admins). */
export async function adminGetProject(deps: Deps, agent: Agent, projectId: string) {
  await requireProject(deps, agent, projectId, 'admin');
  return projectView((await findProjectById(deps.db, projectId))!);
}

/** Changes a project's name, allowed origins, time zone or disabled flag (project admins). */
export async function adminUpdateProject(deps: Deps, agent: Agent, projectId: string, body: unknown) {
  await requireProject(deps, agent, projectId, 'admin');
  const patch = validate(projectPatchSchema, body, 'The change is not valid');
  const before = projectView((await findProjectById(deps.db, projectId))!);
  await updateProjectAccess(deps.db, projectId, patch);
  const after = projectView((await findProjectById(deps.db, projectId))!);
  await audit(deps, agent, { projectId, action: 'project.update', targetType: 'project', targetId: projectId, before, after });
  return after;
}

/** The members of a project (viewers and up). */
export async function adminListMembers(deps: Deps, agent: Agent, projectId: string): Promise<MemberList> {
  await requireProject(deps, agent, projectId, 'read');
  return { items: await listMembers(deps.db, projectId) };
}

/** Adds an agent to a project or changes its role (project admins). */
export async function adminSetMember(deps: Deps, agent: Agent, projectId: string, agentId: string, body: unknown): Promise<MemberList> {
  await requireProject(deps, agent, projectId, 'admin');
  await agentOr404(deps, agentId);
  const { role } = validate(memberInputSchema, body, 'The membership is not valid');
  await upsertMembership(deps.db, { projectId, agentId, role, createdAt: deps.clock.now().toISOString() });
  await audit(deps, agent, { projectId, action: 'member.set', targetType: 'agent', targetId: agentId, before: null, after: { role } });
  return { items: await listMembers(deps.db, projectId) };
}

/** Removes an agent from a project (project admins). */
export async function adminRemoveMember(deps: Deps, agent: Agent, projectId: string, agentId: string): Promise<MemberList> {
  await requireProject(deps, agent, projectId, 'admin');
  await removeMembership(deps.db, projectId, agentId);
  await audit(deps, agent, { projectId, action: 'member.remove', targetType: 'agent', targetId: agentId, before: null, after: null });
  return { items: await listMembers(deps.db, projectId) };
}

/** The audit log of a project, newest first (project admins). */
export async function adminAudit(deps: Deps, agent: Agent, projectId: string, query: Record<string, string>): Promise<AuditLog> {
  await requireProject(deps, agent, projectId, 'admin');
  const { limit } = validate(z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) }), query, 'The query is not valid');
  return { items: await listAudit(deps.db, projectId, limit) };
}
