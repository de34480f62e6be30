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

const DEMO_ADMIN_ID = 'demo-admin';

/**
 * For development only (`serve --demo`): the demo admin, an instance admin
 * and member of the demo project, with a fresh API token on every start.
 * Earlier demo tokens are revoked, so only the one just printed works.
 */
export async function issueDemoAdminToken(deps: Deps, project: Project): Promise<string> {
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const known = await trx.selectFrom('agents').select('id').where('id', '=', DEMO_ADMIN_ID).executeTakeFirst();
    if (!known) await insertAgent(trx, { id: DEMO_ADMIN_ID, name: 'Demo admin', role: 'admin', createdAt: now });
    await upsertMembership(trx, { projectId: project.id, agentId: DEMO_ADMIN_ID, role: 'admin', createdAt: now });
    await trx.updateTable('api_tokens').set({ revoked_at: now }).where('agent_id', '=', DEMO_ADMIN_ID).where('revoked_at', 'is', null).execute();
  });
  const token = randomToken('act', 32);
  await insertApiToken(deps.db, { id: randomUUID(), agentId: DEMO_ADMIN_ID, name: 'demo', tokenHash: hashToken(token), createdAt: now });
  return token;
}
