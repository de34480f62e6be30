/**
 * The administration requests: agents (instance admins), API tokens (admins,
 * or an agent for itself), a project's settings, members and audit log
 * (project admins).
 */
import type {
  AgentInputDraft,
  AgentPatch,
  AgentRecord,
  AuditEntry,
  Member,
  ProjectPatch,
  ProjectRecord,
  Role,
  TokenCreated,
  TokenRecord,
} from '@aftercare/sdk/schemas';
import { seg, withBody, type Http } from './http.js';

/** A new agent (the wire contract's input). */
export type AgentInput = AgentInputDraft;
export type { AgentPatch, ProjectPatch };

/** Administration requests. */
export interface AdminRequests {
  /** Every agent. */
  agents(): Promise<AgentRecord[]>;
  /** Creates an agent. */
  createAgent(input: AgentInput): Promise<AgentRecord>;
  /** Changes an agent. */
  updateAgent(agentId: string, patch: AgentPatch): Promise<AgentRecord>;
  /** An agent's tokens, never their secrets. */
  tokens(agentId: string): Promise<TokenRecord[]>;
  /** Creates a token; its secret is in the answer this once. */
  createToken(agentId: string, name: string): Promise<TokenCreated>;
  /** Revokes a token at once. */
  revokeToken(tokenId: string): Promise<TokenRecord>;
  /** A project's settings and public key. */
  project(projectId: string): Promise<ProjectRecord>;
  /** Changes a project's settings. */
  updateProject(projectId: string, patch: ProjectPatch): Promise<ProjectRecord>;
  /** Adds an agent to a project or changes its role; answers the members. */
  setMember(projectId: string, agentId: string, role: Role): Promise<Member[]>;
  /** Removes an agent from a project; answers the members. */
  removeMember(projectId: string, agentId: string): Promise<Member[]>;
  /** The project's audit log, newest first. */
  audit(projectId: string, limit?: number): Promise<AuditEntry[]>;
}

/**
 * The administration requests over an HTTP core.
 *
 * @example
 * const admin = adminRequests(createHttp({ token }));
 * const { token } = await admin.createToken(agentId, 'laptop');
 */
export function adminRequests(http: Http): AdminRequests {
  const project = (id: string) => `/v1/agent/projects/${seg(id)}`;
  const items = async <T>(promise: Promise<{ items: T[] }>) => (await promise).items;
  return {
    agents: () => items(http.json<{ items: AgentRecord[] }>('/v1/agent/agents')),
    createAgent: (input) => http.json<AgentRecord>('/v1/agent/agents', withBody('POST', input)),
    updateAgent: (id, patch) => http.json<AgentRecord>(`/v1/agent/agents/${seg(id)}`, withBody('PATCH', patch)),
    tokens: (agentId) => items(http.json<{ items: TokenRecord[] }>(`/v1/agent/agents/${seg(agentId)}/tokens`)),
    createToken: (agentId, name) => http.json<TokenCreated>(`/v1/agent/agents/${seg(agentId)}/tokens`, withBody('POST', { name })),
    revokeToken: (id) => http.json<TokenRecord>(`/v1/agent/tokens/${seg(id)}`, { method: 'DELETE' }),
    project: (id) => http.json<ProjectRecord>(project(id)),
    updateProject: (id, patch) => http.json<ProjectRecord>(project(id), withBody('PATCH', patch)),
    setMember: (id, agentId, role) => items(http.json<{ items: Member[] }>(`${project(id)}/members/${seg(agentId)}`, withBody('PUT', { role }))),
    removeMember: (id, agentId) => items(http.json<{ items: Member[] }>(`${project(id)}/members/${seg(agentId)}`, { method: 'DELETE' })),
    audit: (id, limit = 100) => items(http.json<{ items: AuditEntry[] }>(`${project(id)}/audit?limit=${limit}`)),
  };
}
