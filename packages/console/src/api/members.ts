/**
 * The members of each project, loaded once per signed-in agent and shared by
 * every view (inbox, ticket, stats, admin), and how an agent id reads: the
 * member's name, "me", or a short id for someone no longer in the project.
 */
import type { AgentMe, Member } from '@aftercare/sdk/schemas';
import type { Messages } from '../i18n/en.js';
import type { ConsoleApi } from './api-client.js';

const cache = new WeakMap<ConsoleApi, Map<string, Promise<Member[]>>>();

/**
 * The members of a project, from the cache when loaded before. A failed load
 * is forgotten, so the next call tries again.
 *
 * @example
 * const members = await loadMembers(api, projectId);
 */
export function loadMembers(api: ConsoleApi, projectId: string): Promise<Member[]> {
  let byProject = cache.get(api);
  if (!byProject) cache.set(api, (byProject = new Map()));
  let pending = byProject.get(projectId);
  if (!pending) {
    pending = api.members(projectId);
    byProject.set(projectId, pending);
    pending.catch(() => byProject.delete(projectId));
  }
  return pending;
}

/** Replaces the cached members of a project (after an admin changed them). */
export function storeMembers(api: ConsoleApi, projectId: string, members: Member[]): void {
  let byProject = cache.get(api);
  if (!byProject) cache.set(api, (byProject = new Map()));
  byProject.set(projectId, Promise.resolve(members));
}

/** Forgets the cached members of a project, so the next load asks the server. */
export function forgetMembers(api: ConsoleApi, projectId: string): void {
  cache.get(api)?.delete(projectId);
}

/**
 * The name of an agent as the console shows it: the member's name, the
 * signed-in agent's own name, or "Agent 1a2b3c4d" for an id it cannot name.
 *
 * @example
 * agentName('agent_7', members, me, messages); // "Ben"
 */
export function agentName(agentId: string, members: readonly Member[], me: AgentMe | undefined, messages: Messages): string {
  if (me && agentId === me.id) return me.name;
  return members.find((m) => m.agentId === agentId)?.name ?? messages.fields.otherAgent(agentId);
}
