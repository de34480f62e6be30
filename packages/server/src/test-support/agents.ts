/**
 * Test agents: an agent with an API token and, optionally, a membership.
 */
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.js';
import { hashToken, randomToken } from '../security/tokens.js';
import { insertAgent, insertApiToken } from '../storage/repositories/agents.js';
import { upsertMembership, type ProjectRole } from '../storage/repositories/members.js';

/** Creates an agent holding a fresh token; member of `projectId` with `projectRole` when given. */
export async function agentWithToken(
  deps: Deps,
  options: { name: string; role?: ProjectRole; projectId?: string; projectRole?: ProjectRole },
): Promise<{ id: string; token: string; auth: Record<string, string> }> {
  const id = randomUUID();
  const token = randomToken('act', 32);
  const now = deps.clock.now().toISOString();
  await insertAgent(deps.db, { id, name: options.name, role: options.role ?? 'agent', createdAt: now });
  await insertApiToken(deps.db, { id: randomUUID(), agentId: id, name: 'test', tokenHash: hashToken(token), createdAt: now });
  if (options.projectId) {
    await upsertMembership(deps.db, { projectId: options.projectId, agentId: id, role: options.projectRole ?? 'agent', createdAt: now });
  }
  return { id, token, auth: { Authorization: `Bearer ${token}` } };
}
