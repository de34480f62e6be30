/**
 * Answers of the agent API that the SDK's schemas do not type yet (members,
 * tokens, similar tickets, stats, triage settings, dry-runs, the audit log),
 * written from docs/http-api.md and the server's answers. Where the SDK
 * exports a type (`AgentRecord`, `ProjectRecord`, `AgentTicket`…), the
 * console uses that one instead.
 */
import type { AgentTicket, Category, ReportKind, Impact, Role, Severity, TicketStatus } from '@aftercare/sdk/schemas';

/** A member of a project: `GET /v1/agent/projects/:projectId/members`. */
export interface Member {
  agentId: string;
  name: string;
  role: Role;
}

/** A ticket whose title reads like another's: `GET /v1/agent/tickets/:id/similar`. */
export interface SimilarItem {
  id: string;
  title: string;
  /** 0–1, higher is closer. */
  score: number;
}

/** An API token as listed: never its secret. */
export interface TokenRecord {
  id: string;
  agentId: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

/** A token just created: `token` is shown this once. */
export interface TokenCreated extends TokenRecord {
  token: string;
}

/** One entry of a project's audit log. */
export interface AuditEntry {
  id: string;
  agentId: string;
  projectId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  createdAt: string;
}

/** Median and 90th percentile of durations, in minutes. */
export interface Percentiles {
  count: number;
  median: number | null;
  p90: number | null;
}

/** Tickets in a group, and how many of them never breached an SLA target. */
export interface Compliance {
  tickets: number;
  met: number;
  /** `met / tickets`, 0–1; null without tickets. */
  rate: number | null;
}

/** A ticket ranked by the reports it received in the period. */
export interface TopIssue {
  id: string;
  number: number;
  title: string;
  status: TicketStatus;
  category: Category;
  reports: number;
  reporters: number;
}

/** `GET /v1/agent/projects/:projectId/stats?from=&to=&timeZone=`. */
export interface ProjectStats {
  /** `timeZone`: where days are counted (the one asked for, else the project's). */
  period: { from: string; to: string; timeZone: string };
  volume: {
    tickets: number;
    reports: number;
    byKind: Partial<Record<ReportKind, number>>;
    bySeverity: Partial<Record<Severity, number>>;
    byCategory: Partial<Record<Category, number>>;
    /** Days (in `period.timeZone`) with tickets, oldest first; days without are left out. */
    byDay: Array<{ day: string; count: number }>;
  };
  firstResponseMinutes: Percentiles;
  resolutionMinutes: Percentiles;
  resolutionRate: number | null;
  reopenRate: number | null;
  slaCompliance: { overall: Compliance; bySeverity: Partial<Record<Severity, Compliance>>; byAgent: Record<string, Compliance> };
  csat: {
    average: number | null;
    ratings: number;
    responseRate: number | null;
    byAgent: Record<string, { ratings: number; average: number }>;
  };
  topIssues: TopIssue[];
}

/** How new tickets are given to agents. */
export type RoutingStrategy = 'round_robin' | 'least_loaded';

/** A project's SLA policy, as the server stores it (see docs/triage.md). */
export interface SlaPolicy {
  version: number;
  calendar: {
    timeZone: string;
    week: Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Array<{ start: string; end: string }>>>;
    holidays?: string[];
    overrides?: Array<{ date: string; intervals: Array<{ start: string; end: string }> }>;
  };
  targets: Record<Severity, Record<'firstResponse' | 'nextResponse' | 'resolution', { amount: number; unit: string; clock: string }>>;
  warning: { percent: number } | { minutes: number };
}

/** `GET /v1/agent/projects/:projectId/triage`. */
export interface TriageSettings {
  rules: unknown[];
  rulesAreDefault: boolean;
  routingStrategy: RoutingStrategy;
  slaPolicy: SlaPolicy;
  slaPolicyVersions: number[];
}

/** One change a rule made to the triage outcome. */
export type RuleChange =
  | { field: 'tags'; added: string[] }
  | { field: 'severity' | 'category' | 'tier' | 'assigneeGroup'; from: string | number | null; to: string | number | null };

/** What triage decided for a report (the dry-run's `decision`). */
export interface TriageDecision {
  severity: Severity;
  category: Category;
  tags: string[];
  tier: number;
  assigneeGroup: string | null;
  fingerprint: { value: string; version: number; basis: string };
  policyVersion: number;
  deadlines: Record<'firstResponse' | 'resolution', { dueAt: string; warnAt: string; targetMinutes: number; clock: string }>;
  escalation: { escalate: boolean; tier: number; code: string; reason: string };
  assignee?: { agentId: string | null; code: string; reason: string };
  appliedRules: Array<{ ruleId: string; version: number; description?: string; changes: RuleChange[]; stopped: boolean }>;
  explanation: Array<{ source: string; message: string; ruleId?: string; ruleVersion?: number }>;
}

/** `POST /v1/agent/projects/:projectId/triage/dry-run`. */
export interface DryRunResult {
  decision: TriageDecision;
  /** The open ticket the report would be grouped into. */
  wouldJoin: AgentTicket | null;
  /** The closed ticket the report would reopen as a regression. */
  wouldRegress: AgentTicket | null;
}

/** What the dry-run form sends: a report without id, time or page (the server fills them). */
export interface DryRunInput {
  kind: ReportKind;
  message: string;
  impact: Impact;
  page?: { url: string };
}
