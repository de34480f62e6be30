/**
 * Triage of one new report, end to end and without I/O: fingerprint it, run
 * the project's rules, escalate when the outcome calls for it, set the SLA
 * deadlines of the new ticket, and optionally pick an assignee. Every step
 * leaves an explanation entry for the ticket's timeline.
 */
import type { ReportInput } from '@aftercare/sdk/schemas';
import { readDiagnostics } from './diagnostics.js';
import { fingerprintReport } from './fingerprint/fingerprint.js';
import type { Fingerprint } from './fingerprint/fingerprint.js';
import { DEFAULT_RULES } from './rules/defaults.js';
import { evaluateRules } from './rules/evaluate.js';
import type { AppliedRule, Rule, RuleChange, Tier, TriageOutcome } from './rules/types.js';
import { decideEscalation } from './routing/escalation.js';
import type { EscalationDecision } from './routing/escalation.js';
import { pickAssignee } from './routing/pick-assignee.js';
import type { AgentLoad, PickResult, RoutingStrategy } from './routing/pick-assignee.js';
import { computeSlaClock } from './sla/clock.js';
import type { SlaTargetStatus } from './sla/clock.js';
import { defaultSlaPolicy } from './sla/policy.js';
import type { SlaPolicy, TargetClock } from './sla/policy.js';

/** What triage needs besides the report. */
export interface TriageContext {
  /** When the ticket opens, by the server's clock; deadlines count from here. */
  now: Date;
  /** The project's rules, in order (default: `DEFAULT_RULES`). */
  rules?: readonly Rule[];
  /** The outcome rules start from (default: `BASE_OUTCOME`), e.g. a first-cut grade. */
  base?: Partial<TriageOutcome>;
  /** The project's current SLA policy (default: `defaultSlaPolicy` in `timeZone`). */
  policy?: SlaPolicy;
  /** The project's time zone, for the default policy (default `UTC`). */
  timeZone?: string;
  /** In-app frames a fingerprint uses (default 5). */
  fingerprintFrames?: number;
  /** When given, an assignee is picked too. */
  routing?: { agents: readonly AgentLoad[]; strategy: RoutingStrategy; lastAssigneeId?: string | null };
}

/** One SLA deadline of a new ticket. */
export interface TriageDeadline {
  dueAt: Date;
  warnAt: Date;
  targetMinutes: number;
  clock: TargetClock;
}

/** One entry explaining a triage decision, for the ticket's timeline. */
export interface ExplanationEntry {
  source: 'fingerprint' | 'rule' | 'escalation' | 'sla' | 'routing';
  message: string;
  ruleId?: string;
  ruleVersion?: number;
  changes?: RuleChange[];
}

/** What triage decided about a report. */
export interface TriageDecision extends TriageOutcome {
  fingerprint: Fingerprint;
  policyVersion: number;
  deadlines: { firstResponse: TriageDeadline; resolution: TriageDeadline };
  escalation: EscalationDecision;
  /** Present when `context.routing` was given. */
  assignee?: PickResult;
  appliedRules: AppliedRule[];
  explanation: ExplanationEntry[];
}

function describeChange(change: RuleChange): string {
  if (change.field === 'tags') return `tags +${change.added.join(', +')}`;
  const label = change.field === 'assigneeGroup' ? 'assignee group' : change.field;
  return `${label} ${change.from ?? 'none'} → ${change.to ?? 'none'}`;
}

function ruleEntry(rule: AppliedRule): ExplanationEntry {
  const what = rule.changes.length > 0 ? rule.changes.map(describeChange).join('; ') : 'no change';
  return {
    source: 'rule',
    message: `rule ${rule.ruleId} v${rule.version}: ${what}${rule.stopped ? ' (stop)' : ''}`,
    ruleId: rule.ruleId,
    ruleVersion: rule.version,
    changes: rule.changes,
  };
}

function deadline(status: SlaTargetStatus | null, policy: SlaPolicy, severity: TriageOutcome['severity']): TriageDeadline {
  // A fresh ticket's targets are running, so both instants exist.
  return {
    dueAt: status!.dueAt!,
    warnAt: status!.warnAt!,
    targetMinutes: status!.targetMinutes,
    clock: policy.targets[severity][status!.metric].clock,
  };
}

/**
 * Triages a new report.
 *
 * @example
 * const decision = triageReport(report, { now: new Date(), timeZone: 'Europe/Berlin' });
 * decision.severity; // 'urgent'
 * decision.deadlines.firstResponse.dueAt; // 15 minutes from now
 */
export function triageReport(report: ReportInput, context: TriageContext): TriageDecision {
  const diagnostics = readDiagnostics(report.diagnostics);
  const fingerprintOptions =
    context.fingerprintFrames === undefined ? { diagnostics } : { diagnostics, frames: context.fingerprintFrames };
  const fingerprint = fingerprintReport(report, fingerprintOptions);
  const explanation: ExplanationEntry[] = [
    { source: 'fingerprint', message: `fingerprint v${fingerprint.version} from the ${fingerprint.basis}: ${fingerprint.value}` },
  ];

  const evaluateOptions = context.base ? { diagnostics, base: context.base } : { diagnostics };
  const { outcome, applied } = evaluateRules(report, context.rules ?? DEFAULT_RULES, evaluateOptions);
  explanation.push(...applied.map(ruleEntry));

  const escalation = decideEscalation({ severity: outcome.severity, tier: outcome.tier });
  const tier: Tier = escalation.tier;
  if (escalation.escalate) explanation.push({ source: 'escalation', message: `escalated to tier 2: ${escalation.reason}` });

  const policy = context.policy ?? defaultSlaPolicy({ timeZone: context.timeZone ?? 'UTC' });
  const clock = computeSlaClock({
    events: [{ type: 'started', at: context.now, severity: outcome.severity, policyVersion: policy.version }],
    policies: [policy],
    now: context.now,
  });
  const deadlines = {
    firstResponse: deadline(clock.firstResponse, policy, outcome.severity),
    resolution: deadline(clock.resolution, policy, outcome.severity),
  };
  explanation.push({
    source: 'sla',
    message:
      `SLA policy v${policy.version}, ${outcome.severity}: first response by ${deadlines.firstResponse.dueAt.toISOString()}, ` +
      `resolution by ${deadlines.resolution.dueAt.toISOString()}`,
  });

  const decision: TriageDecision = {
    ...outcome,
    tier,
    fingerprint,
    policyVersion: policy.version,
    deadlines,
    escalation,
    appliedRules: applied,
    explanation,
  };
  if (context.routing) routeDecision(decision, context.routing);
  return decision;
}

/**
 * Picks the assignee of a triaged report's new ticket, among the tier and
 * group triage decided, and explains the pick on the decision. For callers
 * that know only after triage whether the report opens a ticket.
 *
 * @example
 * const decision = triageReport(report, { now });
 * routeDecision(decision, { agents, strategy: 'round_robin', lastAssigneeId });
 * decision.assignee?.agentId; // 'agent-2'
 */
export function routeDecision(decision: TriageDecision, routing: NonNullable<TriageContext['routing']>): PickResult {
  decision.assignee = pickAssignee({ ...routing, tier: decision.tier, group: decision.assigneeGroup });
  decision.explanation.push({ source: 'routing', message: decision.assignee.reason });
  return decision.assignee;
}
