/**
 * Setting up an instance: the first project and the first admin with an API
 * token (shown once, stored hashed), and the demo project for development.
 */
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.js';
import { hashToken, randomToken } from '../security/tokens.js';
import { insertAgent, insertApiToken } from '../storage/repositories/agents.js';
import { upsertMembership } from '../storage/repositories/members.js';
import { findProjectBySlug, type Project } from '../storage/repositories/projects.js';
import { createProject, type NewProject } from './projects.js';

/** What `aftercare init` prints. The admin token is never stored in clear. */
export interface InitResult {
  projectId: string;
  projectKey: string;
  adminToken: string;
}

/**
 * Creates a project and an admin agent with a fresh API token.
 *
 * @example
 * const { projectKey, adminToken } = await initInstance(deps, { name: 'Shop', slug: 'shop' });
 */
export async function initInstance(deps: Deps, project: NewProject): Promise<InitResult> {
  const now = deps.clock.now().toISOString();
  const created = await createProject(deps, project);
  const agentId = randomUUID();
  const adminToken = randomToken('act', 32);
  await insertAgent(deps.db, { id: agentId, name: 'Administrator', role: 'admin', createdAt: now });
  await insertApiToken(deps.db, {
    id: randomUUID(),
    agentId,
    name: 'init',
    tokenHash: hashToken(adminToken),
    createdAt: now,
  });
  await upsertMembership(deps.db, { projectId: created.id, agentId, role: 'admin', createdAt: now });
  return { projectId: created.id, projectKey: created.publicKey, adminToken };
}

/** The demo project (slug `demo`), created on first use; any origin may send to it. */
export async function ensureDemoProject(deps: Deps): Promise<Project> {
  const existing = await findProjectBySlug(deps.db, 'demo');
  if (existing) return existing;
  return createProject(deps, { name: 'Demo', slug: 'demo' });
}
