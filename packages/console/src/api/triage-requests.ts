/**
 * The requests about how a project triages and how it is doing: triage
 * settings (rules, routing, SLA policy), the dry-run, and the stats.
 */
import { cancellable, seg, withBody, type Http } from './http.js';
import type { DryRunInput, DryRunResult, ProjectStats, RoutingStrategy, TopIssue, TriageSettings } from '@aftercare/sdk/schemas';

/** Triage and stats requests. */
export interface TriageRequests {
  /** Rules, routing strategy and SLA policy (anyone in the project may read them). */
  triageSettings(projectId: string): Promise<TriageSettings>;
  /** Replaces the rules; `null` restores the defaults. Answers the settings. */
  setRules(projectId: string, rules: unknown[] | null): Promise<TriageSettings>;
  /** Chooses how new tickets are assigned. Answers the settings. */
  setRouting(projectId: string, strategy: RoutingStrategy): Promise<TriageSettings>;
  /** Stores a new SLA policy version (`calendar`, `targets`, `warning`). Answers the settings. */
  setSlaPolicy(projectId: string, policy: unknown): Promise<TriageSettings>;
  /** What triage would decide for a report; files nothing. */
  dryRun(projectId: string, report: DryRunInput): Promise<DryRunResult>;
  /** Support metrics for tickets created in `[from, to)` (ISO times), days counted in `timeZone` (IANA). */
  stats(projectId: string, period: { from: string; to: string; timeZone: string }, signal?: AbortSignal): Promise<ProjectStats>;
  /** Tickets ranked by reports, then distinct reporters, over the last `days`. */
  frequentIssues(projectId: string, days: number, limit: number): Promise<TopIssue[]>;
}

/**
 * The triage and stats requests over an HTTP core.
 *
 * @example
 * const triage = triageRequests(createHttp({ token }));
 * const { decision } = await triage.dryRun(projectId, { kind: 'bug', message: 'Checkout crashes', impact: 'blocks_me' });
 */
export function triageRequests(http: Http): TriageRequests {
  const project = (id: string) => `/v1/agent/projects/${seg(id)}`;
  return {
    triageSettings: (id) => http.json<TriageSettings>(`${project(id)}/triage`),
    setRules: (id, rules) => http.json<TriageSettings>(`${project(id)}/triage/rules`, withBody('PUT', { rules })),
    setRouting: (id, strategy) => http.json<TriageSettings>(`${project(id)}/triage/routing`, withBody('PUT', { strategy })),
    setSlaPolicy: (id, policy) => http.json<TriageSettings>(`${project(id)}/sla-policy`, withBody('PUT', policy)),
    dryRun: (id, report) => http.json<DryRunResult>(`${project(id)}/triage/dry-run`, withBody('POST', report)),
    stats: (id, period, signal) => http.json<ProjectStats>(`${project(id)}/stats?${new URLSearchParams(period).toString()}`, cancellable(signal)),
    frequentIssues: async (id, days, limit) =>
      (await http.json<{ items: TopIssue[] }>(`${project(id)}/frequent-issues?days=${days}&limit=${limit}`)).items,
  };
}
