/**
 * API tokens for the `aftercare token` and `aftercare agent` commands: the
 * lookups the agent API does not need (agents by name, every token with its
 * agent, a token by its hash). Tokens are stored as SHA-256 hashes only;
 * nothing here ever reads a hash back out.
 */
import type { Db } from '../schema.js';

/** An agent as the CLI names it. */
export interface AgentRef {
  id: string;
  name: string;
  role: string;
  disabled: boolean;
}

/** The agents whose id is `ref`, else those named `ref` (names need not be unique). */
export async function findAgentsByRef(db: Db, ref: string): Promise<AgentRef[]> {
  const select = () => db.selectFrom('agents').select(['id', 'name', 'role', 'disabled']);
  let rows = await select().where('id', '=', ref).execute();
  if (rows.length === 0) rows = await select().where('name', '=', ref).orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, disabled: Number(r.disabled) === 1 }));
}

/** A token with its agent, never its secret. */
export interface TokenListing {
  id: string;
  name: string;
  agentId: string;
  agentName: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Every token, newest first, optionally of one agent. */
export async function listTokensWithAgents(db: Db, agentId?: string): Promise<TokenListing[]> {
  let query = db
    .selectFrom('api_tokens')
    .innerJoin('agents', 'agents.id', 'api_tokens.agent_id')
    .select(['api_tokens.id', 'api_tokens.name', 'api_tokens.agent_id', 'agents.name as agent_name', 'api_tokens.created_at', 'api_tokens.revoked_at'])
    .orderBy('api_tokens.created_at', 'desc')
    .orderBy('api_tokens.id');
  if (agentId) query = query.where('api_tokens.agent_id', '=', agentId);
  return (await query.execute()).map((r) => ({
    id: r.id,
    name: r.name,
    agentId: r.agent_id,
    agentName: r.agent_name,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}

/** The id of the token with this hash, revoked or not. */
export async function findTokenIdByHash(db: Db, tokenHash: string): Promise<string | undefined> {
  return (await db.selectFrom('api_tokens').select('id').where('token_hash', '=', tokenHash).executeTakeFirst())?.id;
}
