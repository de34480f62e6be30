/**
 * What the signed-in agent may do, pure, from `/v1/agent/me`: its instance
 * role and its role in each project. The console hides what the server would
 * refuse; the server still decides (a 403 is shown as such).
 */
import type { AgentMe, Role } from '@aftercare/sdk/schemas';

/** The administration screens, in the order the console lists them. */
export const ADMIN_SECTIONS = ['agents', 'tokens', 'project', 'members', 'triage', 'sla', 'webhooks', 'audit'] as const;
/** An administration screen. */
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

/** True for an instance admin, who may act in every project and manage agents. */
export function isInstanceAdmin(me: AgentMe): boolean {
  return me.role === 'admin';
}

/**
 * The agent's role in a project: `admin` everywhere for an instance admin,
 * else its membership's role; undefined when it is not a member.
 *
 * @example
 * projectRole(me, 'prj_1'); // 'agent'
 */
export function projectRole(me: AgentMe, projectId: string): Role | undefined {
  if (isInstanceAdmin(me)) return 'admin';
  return me.projects.find((p) => p.id === projectId)?.role;
}

/** True when the agent may change tickets of the project (agents and admins; not viewers). */
export function canWork(me: AgentMe, projectId: string): boolean {
  const role = projectRole(me, projectId);
  return role === 'agent' || role === 'admin';
}

/** True when the agent administers the project. */
export function canAdminister(me: AgentMe, projectId: string): boolean {
  return projectRole(me, projectId) === 'admin';
}

/**
 * The administration screens this agent may open for a project. Everyone
 * manages their own tokens and reads the triage rules and SLA policy (and
 * dry-runs them); project admins also change the project, its members,
 * rules and policy, manage its webhooks and read its audit log; instance
 * admins manage agents.
 *
 * @example
 * adminSections(viewer, 'prj_1'); // ['tokens', 'triage', 'sla']
 */
export function adminSections(me: AgentMe, projectId: string): AdminSection[] {
  const admin = canAdminister(me, projectId);
  const member = projectRole(me, projectId) !== undefined;
  return ADMIN_SECTIONS.filter((section) => {
    if (section === 'agents') return isInstanceAdmin(me);
    if (section === 'tokens') return true;
    if (section === 'triage' || section === 'sla') return member;
    return admin;
  });
}
