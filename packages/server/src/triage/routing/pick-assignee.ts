/**
 * Picks the agent a ticket goes to, among the agents of one tier (and,
 * optionally, one assignee group), by the project's strategy:
 *
 * - `round_robin`: agents in a fixed order (by id), the next one after the
 *   last assignee; the order does not depend on how the list was loaded, and
 *   an agent who left does not reset the rotation.
 * - `least_loaded`: the lowest share of capacity in use (open / capacity),
 *   then the fewest open tickets, then the round-robin order, so ties rotate.
 *
 * Agents marked unavailable, or with as many open tickets as their capacity,
 * are skipped. Returns a machine-readable code and a sentence for the
 * ticket's timeline.
 */
import type { Tier } from '../rules/types.js';

/** How a project spreads new tickets over its agents. */
export type RoutingStrategy = 'round_robin' | 'least_loaded';

/** An agent and their current load. */
export interface AgentLoad {
  id: string;
  tier: Tier;
  /** Most open tickets the agent takes; 0 takes none. */
  capacity: number;
  openCount: number;
  /** False while away; agents are available unless this is `false`. */
  available?: boolean;
  /** Assignee groups the agent belongs to. */
  groups?: readonly string[];
}

/** Input of `pickAssignee`. */
export interface PickAssigneeInput {
  agents: readonly AgentLoad[];
  strategy: RoutingStrategy;
  /** Tier to pick from (default 1). */
  tier?: Tier;
  /** The agent who got the previous ticket, for the rotation. */
  lastAssigneeId?: string | null;
  /** Prefer agents of this group; ignored when no agent of the tier is in it. */
  group?: string | null;
}

/** Why a pick came out as it did. */
export type PickCode = 'assigned' | 'no_agents' | 'all_at_capacity';

/** The chosen agent, or null, and why. */
export interface PickResult {
  agentId: string | null;
  code: PickCode;
  reason: string;
}

function hasRoom(agent: AgentLoad): boolean {
  return agent.available !== false && agent.openCount < agent.capacity;
}

/** Agents in rotation order: ids after `lastId` first, then the rest from the start. */
function rotation(agents: readonly AgentLoad[], lastId: string | null | undefined): AgentLoad[] {
  const sorted = [...agents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (lastId === null || lastId === undefined) return sorted;
  const next = sorted.findIndex((agent) => agent.id > lastId);
  return next === -1 ? sorted : [...sorted.slice(next), ...sorted.slice(0, next)];
}

function load(agent: AgentLoad): string {
  return `${agent.openCount}/${agent.capacity} open`;
}

/**
 * Picks an assignee.
 *
 * @example
 * pickAssignee({ agents, strategy: 'round_robin', lastAssigneeId: 'ana' });
 * // { agentId: 'ben', code: 'assigned', reason: 'round robin: next tier-1 agent after ana with room (2/5 open)' }
 */
export function pickAssignee(input: PickAssigneeInput): PickResult {
  const tier = input.tier ?? 1;
  const ofTier = input.agents.filter((agent) => agent.tier === tier);
  const group = input.group ?? null;
  const inGroup = group === null ? [] : ofTier.filter((agent) => agent.groups?.includes(group));
  const pool = inGroup.length > 0 ? inGroup : ofTier;
  const scope = inGroup.length > 0 ? `tier-${tier} agent of group ${group}` : `tier-${tier} agent`;
  if (pool.length === 0) return { agentId: null, code: 'no_agents', reason: `no tier-${tier} agents` };
  const ordered = rotation(pool, input.lastAssigneeId).filter(hasRoom);
  if (ordered.length === 0) {
    return { agentId: null, code: 'all_at_capacity', reason: `every ${scope} is at capacity or away` };
  }
  if (input.strategy === 'round_robin') {
    const chosen = ordered[0]!;
    const after = input.lastAssigneeId ? ` after ${input.lastAssigneeId}` : '';
    return {
      agentId: chosen.id,
      code: 'assigned',
      reason: `round robin: next ${scope}${after} with room (${load(chosen)})`,
    };
  }
  let chosen = ordered[0]!;
  for (const agent of ordered) {
    const share = agent.openCount / agent.capacity;
    const best = chosen.openCount / chosen.capacity;
    if (share < best || (share === best && agent.openCount < chosen.openCount)) chosen = agent;
  }
  return {
    agentId: chosen.id,
    code: 'assigned',
    reason: `least loaded: ${scope} with the lowest load (${load(chosen)})`,
  };
}
