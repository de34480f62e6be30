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

/** An agent as admins see it. */
export interface AgentRecord {
  id: string;
  name: string;
  email: string | null;
  role: string;
  tier: number;
  capacity: number;
  disabled: boolean;
  createdAt: string;
}

const AGENT_COLUMNS = ['id', 'name', 'email', 'role', 'tier', 'capacity', 'disabled', 'created_at'] as const;

function toAgent(row: { id: string; name: string; email: string | null; role: string; tier: number; capacity: number; disabled: number; created_at: string }): AgentRecord {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    tier: Number(row.tier),
    capacity: Number(row.capacity),
    disabled: Number(row.disabled) === 1,
    createdAt: row.created_at,
  };
}

/** Every agent, by name. */
export async function listAgents(db: Db): Promise<AgentRecord[]> {
  return (await db.selectFrom('agents').select(AGENT_COLUMNS).orderBy('name').orderBy('id').execute()).map(toAgent);
}

/** One agent. */
export async function findAgent(db: Db, id: string): Promise<AgentRecord | undefined> {
  const row = await db.selectFrom('agents').select(AGENT_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && toAgent(row);
}

/** Changes an agent's profile, role, tier, capacity or disabled flag. */
export async function updateAgent(
  db: Db,
  id: string,
  patch: Partial<Pick<AgentRecord, 'name' | 'email' | 'role' | 'tier' | 'capacity' | 'disabled'>>,
): Promise<void> {
  const { disabled, ...rest } = patch;
  const set = { ...rest, ...(disabled !== undefined && { disabled: disabled ? 1 : 0 }) };
  if (Object.keys(set).length > 0) await db.updateTable('agents').set(set).where('id', '=', id).execute();
}

/** An API token without its secret. */
export interface TokenRecord {
  id: string;
  agentId: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

/** The tokens of an agent, newest first. */
export async function listTokens(db: Db, agentId: string): Promise<TokenRecord[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'agent_id', 'name', 'created_at', 'revoked_at'])
    .where('agent_id', '=', agentId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, agentId: r.agent_id, name: r.name, createdAt: r.created_at, revokedAt: r.revoked_at }));
}

/** One token without its secret. */
export async function findToken(db: Db, id: string): Promise<TokenRecord | undefined> {
  const r = await db.selectFrom('api_tokens').select(['id', 'agent_id', 'name', 'created_at', 'revoked_at']).where('id', '=', id).executeTakeFirst();
  return r && { id: r.id, agentId: r.agent_id, name: r.name, createdAt: r.created_at, revokedAt: r.revoked_at };
}

/** Revokes a token; a revoked token never authenticates again. */
export async function revokeToken(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}
