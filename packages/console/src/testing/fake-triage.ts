/**
 * The fake desk's triage and stats requests: settings, rules (checked
 * roughly, with the server's 422 `details`), routing, the SLA policy, the
 * dry-run and the stats.
 */
import type { FakeState } from './fake-api.js';
import { error, json, route, type RecordedRequest } from './fake-http.js';
import { RULE, sampleStats } from './fixtures-admin.js';

/** The agent's role in a project, as the server works it out. */
export function roleIn(state: FakeState, projectId: string): string | undefined {
  return state.me.role === 'admin' ? 'admin' : state.me.projects.find((p) => p.id === projectId)?.role;
}

/** Zod-like issues for rules that are obviously wrong. */
function ruleIssues(rules: unknown): Array<{ path: Array<string | number>; message: string }> {
  if (!Array.isArray(rules)) return [{ path: ['rules'], message: 'Invalid input: expected array' }];
  return rules.flatMap((rule, i) => {
    const r = rule as Record<string, unknown>;
    const issues = [];
    if (typeof r?.id !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,63}$/i.test(r.id)) issues.push({ path: ['rules', i, 'id'], message: 'letters, digits, ".", "_" or "-", at most 64' });
    if (typeof r?.version !== 'number' || r.version < 1) issues.push({ path: ['rules', i, 'version'], message: 'Too small: expected number to be >0' });
    return issues;
  });
}

/** Answers a triage or stats request, or undefined when it is not one. */
export function triageHandler(request: RecordedRequest, state: FakeState): Response | undefined {
  const { method, path, body } = request;
  const p = route(path, '/v1/agent/projects/:projectId/:rest') ?? route(path, '/v1/agent/projects/:projectId/triage/:rest');
  if (!p || !path.match(/\/(triage|sla-policy|stats)/)) return undefined;
  const role = roleIn(state, p.projectId!);
  if (!role) return error(404, 'project_not_found');
  const admin = role === 'admin';
  if (method === 'GET' && path.endsWith('/stats')) {
    const { query } = request;
    return json(200, sampleStats(query.get('from') ?? '2026-03-01T00:00:00.000Z', query.get('to') ?? '2026-03-08T00:00:00.000Z', query.get('timeZone') ?? 'UTC'));
  }
  if (method === 'GET' && path.endsWith('/triage')) return json(200, state.triage);
  if (method === 'POST' && path.endsWith('/triage/dry-run')) {
    const report = body as { message: string; kind: string };
    const checkout = /checkout/i.test(report.message);
    const applied = checkout ? [{ ruleId: 'checkout', version: 3, changes: [{ field: 'severity', from: 'normal', to: 'urgent' }], stopped: false }] : [];
    const due = '2026-03-02T10:15:00.000Z';
    return json(200, {
      decision: {
        severity: checkout ? 'urgent' : 'normal', category: report.kind === 'question' ? 'inquiry' : 'defect', tags: checkout ? ['checkout'] : [],
        tier: checkout ? 2 : 1, assigneeGroup: null, fingerprint: { value: 'f'.repeat(32), version: 1, basis: 'text' }, policyVersion: 2,
        deadlines: { firstResponse: { dueAt: due, warnAt: due, targetMinutes: 15, clock: '24x7' }, resolution: { dueAt: due, warnAt: due, targetMinutes: 240, clock: '24x7' } },
        escalation: { escalate: checkout, tier: checkout ? 2 : 1, code: checkout ? 'urgent' : 'none', reason: checkout ? 'urgent severity' : 'no cause' },
        assignee: { agentId: 'agent_other', code: 'assigned', reason: 'least loaded' },
        appliedRules: applied,
        explanation: [{ source: 'rule', message: checkout ? 'rule checkout v3: severity normal → urgent' : 'no rule matched' }],
      },
      wouldJoin: checkout ? state.details.get('tkt_2')?.ticket ?? null : null,
      wouldRegress: null,
    });
  }
  if (method !== 'PUT') return undefined;
  if (!admin) return error(403, 'forbidden');
  const input = body as Record<string, unknown>;
  if (path.endsWith('/triage/rules')) {
    if (input.rules === null) {
      state.triage = { ...state.triage, rules: [structuredClone(RULE)], rulesAreDefault: true };
      return json(200, state.triage);
    }
    const issues = ruleIssues(input.rules);
    if (issues.length > 0) return error(422, 'validation_failed', issues);
    state.triage = { ...state.triage, rules: input.rules as unknown[], rulesAreDefault: false };
    return json(200, state.triage);
  }
  if (path.endsWith('/triage/routing')) {
    state.triage = { ...state.triage, routingStrategy: input.strategy as 'round_robin' };
    return json(200, state.triage);
  }
  if (path.endsWith('/sla-policy')) {
    if (typeof input.calendar !== 'object' || typeof input.targets !== 'object') {
      return error(422, 'validation_failed', [{ path: [typeof input.calendar !== 'object' ? 'calendar' : 'targets'], message: 'Invalid input: expected object' }]);
    }
    const version = Math.max(...state.triage.slaPolicyVersions) + 1;
    state.triage = { ...state.triage, slaPolicy: { ...(input as unknown as typeof state.triage.slaPolicy), version }, slaPolicyVersions: [...state.triage.slaPolicyVersions, version] };
    return json(200, state.triage);
  }
  return undefined;
}
