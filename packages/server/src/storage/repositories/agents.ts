/**
 * Agents and their API tokens: the only place that reads and writes `agents`
 * and `api_tokens`. Tokens are stored as SHA-256 hashes only.
 */
import type { Db } from '../schema.js';

/** Inserts an agent. */
export async function insertAgent(
  db: Db,
  agent: { id: string; name: string; role: 'admin' | 'agent' | 'viewer'; createdAt: string },
): Promise<void> {
  await db
    .insertInto('agents')
    .values({ id: agent.id, name: agent.name, role: agent.role, created_at: agent.createdAt })
    .execute();
}

/** Stores the hash of a new API token for an agent. */
export async function insertApiToken(
  db: Db,
  token: { id: string; agentId: string; name: string; tokenHash: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      agent_id: token.agentId,
      name: token.name,
      token_hash: token.tokenHash,
      created_at: token.createdAt,
      revoked_at: null,
    })
    .execute();
}

/** Finds the agent that holds a live (unrevoked) token, by the token's hash. */
export async function findAgentByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<{ id: string; name: string; role: string } | undefined> {
  return db
    .selectFrom('api_tokens')
    .innerJoin('agents', 'agents.id', 'api_tokens.agent_id')
    .select(['agents.id', 'agents.name', 'agents.role'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('agents.disabled', '=', 0)
    .executeTakeFirst();
}
