/**
 * The fake desk's administration requests: agents (instance admins),
 * tokens (admins, or the agent itself), the project, its members and audit
 * log (project admins), with the server's errors for what a role may not do.
 */
import type { AgentRecord, Role } from '@aftercare/sdk/schemas';
import type { FakeState } from './fake-api.js';
import { error, json, route, type RecordedRequest } from './fake-http.js';
import { roleIn } from './fake-triage.js';

function agents(state: FakeState, request: RecordedRequest): Response | undefined {
  const { method, path, body } = request;
  const instanceAdmin = state.me.role === 'admin';
  if (path === '/v1/agent/agents') {
    if (!instanceAdmin) return error(403, 'forbidden');
    if (method === 'GET') return json(200, { items: state.agents });
    const input = body as Partial<AgentRecord>;
    if (!input.name?.trim()) return error(422, 'validation_failed', [{ path: ['name'], message: 'Too small: expected string to have >=1 characters' }]);
    const created: AgentRecord = {
      id: `agent_${state.agents.length + 1}`, name: input.name.trim(), email: input.email ?? null, role: input.role ?? 'agent',
      tier: input.tier ?? 1, capacity: input.capacity ?? 25, disabled: false, createdAt: new Date().toISOString(),
    };
    state.agents = [...state.agents, created];
    return json(201, created);
  }
  const one = route(path, '/v1/agent/agents/:id');
  if (one && method === 'PATCH') {
    if (!instanceAdmin) return error(403, 'forbidden');
    const patch = body as Partial<AgentRecord>;
    if (one.id === state.me.id && (patch.disabled === true || (patch.role && patch.role !== 'admin'))) return error(403, 'forbidden');
    const found = state.agents.find((a) => a.id === one.id);
    if (!found) return error(404, 'not_found');
    Object.assign(found, patch);
    return json(200, found);
  }
  return undefined;
}

function tokens(state: FakeState, request: RecordedRequest): Response | undefined {
  const { method, path, body } = request;
  const list = route(path, '/v1/agent/agents/:id/tokens');
  if (list) {
    if (list.id !== state.me.id && state.me.role !== 'admin') return error(403, 'forbidden');
    if (method === 'GET') return json(200, { items: state.tokens.filter((t) => t.agentId === list.id) });
    const name = (body as { name?: string }).name?.trim();
    if (!name) return error(422, 'validation_failed', [{ path: ['name'], message: 'Too small' }]);
    const created = { id: `tok_${state.tokens.length + 1}`, agentId: list.id!, name, createdAt: new Date().toISOString(), revokedAt: null };
    state.tokens = [created, ...state.tokens];
    return json(201, { ...created, token: `act_secret_${created.id}` });
  }
  const revoke = route(path, '/v1/agent/tokens/:id');
  if (revoke && method === 'DELETE') {
    const token = state.tokens.find((t) => t.id === revoke.id);
    if (!token || (token.agentId !== state.me.id && state.me.role !== 'admin')) return error(404, 'not_found');
    token.revokedAt = new Date().toISOString();
    return json(200, token);
  }
  return undefined;
}

function project(state: FakeState, request: RecordedRequest): Response | undefined {
  const { method, path, body } = request;
  const p = route(path, '/v1/agent/projects/:projectId') ?? route(path, '/v1/agent/projects/:projectId/audit')
    ?? route(path, '/v1/agent/projects/:projectId/members/:agentId');
  if (!p) return undefined;
  const role = roleIn(state, p.projectId!);
  if (!role) return error(404, 'project_not_found');
  if (role !== 'admin') return error(403, 'forbidden');
  if (path.endsWith('/audit')) return json(200, { items: state.audit });
  if (p.agentId) {
    if (method === 'DELETE') state.members = state.members.filter((m) => m.agentId !== p.agentId);
    else {
      const agent = state.agents.find((a) => a.id === p.agentId);
      if (!agent) return error(404, 'not_found');
      const role = (body as { role: Role }).role;
      const rest = state.members.filter((m) => m.agentId !== p.agentId);
      state.members = [...rest, { agentId: agent.id, name: agent.name, role }].sort((a, b) => a.name.localeCompare(b.name));
    }
    return json(200, { items: state.members });
  }
  if (method === 'GET') return json(200, state.project);
  const patch = body as Record<string, unknown>;
  const bad = Array.isArray(patch.allowedOrigins) ? patch.allowedOrigins.findIndex((o) => !/^https?:\/\/[^/]+$/.test(String(o))) : -1;
  if (bad >= 0) return error(422, 'validation_failed', [{ path: ['allowedOrigins', bad], message: 'an origin like https://app.example.com, without a path or trailing slash' }]);
  state.project = { ...state.project, ...patch };
  if (typeof patch.name === 'string') state.me = { ...state.me, projects: state.me.projects.map((pr) => (pr.id === p.projectId ? { ...pr, name: patch.name as string } : pr)) };
  return json(200, state.project);
}

/** Answers an administration request, or undefined when it is not one. */
export function adminHandler(request: RecordedRequest, state: FakeState): Response | undefined {
  return agents(state, request) ?? tokens(state, request) ?? project(state, request);
}
