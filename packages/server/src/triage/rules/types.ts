/**
 * The vocabulary of the triage rule engine: conditions on a report, actions
 * on the triage outcome, rules, and what evaluating them returns. The zod
 * schemas in `schema.ts` validate exactly these shapes.
 */
import type { Category, Impact, ReportInput, ReportKind, Severity } from '@aftercare/sdk/schemas';

/** A reporter attribute a rule can test; `email_domain` is the part after `@`. */
export type ReporterAttribute = 'id' | 'name' | 'email' | 'email_domain';

/** A metadata value as the wire contract allows it. */
export type MetadataValue = string | number | boolean;

/** A condition on a report. */
export type Condition =
  | { type: 'all'; conditions: Condition[] }
  | { type: 'any'; conditions: Condition[] }
  | { type: 'not'; condition: Condition }
  | { type: 'always' }
  | { type: 'kind_in'; kinds: ReportKind[] }
  | { type: 'impact_in'; impacts: Impact[] }
  /** Case-insensitive; English words match whole words (`crash*` matches a prefix), Chinese, Japanese and Korean words match anywhere. */
  | { type: 'message_contains_any'; words: string[] }
  | { type: 'has_uncaught_error' }
  /** A request with a status in `[minStatus, maxStatus]`, by default any 5xx. */
  | { type: 'has_failed_request'; minStatus?: number; maxStatus?: number }
  /** The page URL matches a glob (`*` within a path segment, `**` across) or starts with a prefix. */
  | { type: 'url_matches'; pattern: string; mode?: 'glob' | 'prefix' }
  | { type: 'metadata_equals'; key: string; value: MetadataValue }
  | { type: 'metadata_in'; key: string; values: MetadataValue[] }
  | { type: 'reporter_equals'; attribute: ReporterAttribute; value: string }
  | { type: 'reporter_exists'; attribute: ReporterAttribute };

/** Support tier: 1 for support engineers, 2 for senior experts. */
export type Tier = 1 | 2;

/** An action on the triage outcome. */
export type Action =
  | { type: 'set_severity'; severity: Severity }
  /** Raises the severity to at least this one; never lowers it. */
  | { type: 'raise_severity'; severity: Severity }
  | { type: 'set_category'; category: Category }
  | { type: 'add_tags'; tags: string[] }
  | { type: 'set_tier'; tier: Tier }
  | { type: 'set_assignee_group'; group: string | null };

/** A rule: when its condition holds, its actions apply; then it stops the evaluation or lets it continue. */
export interface Rule {
  id: string;
  version: number;
  description?: string;
  /** A disabled rule is skipped; rules are enabled unless this is `false`. */
  enabled?: boolean;
  when: Condition;
  actions: Action[];
  onMatch: 'stop' | 'continue';
}

/** What triage decides about a report. */
export interface TriageOutcome {
  severity: Severity;
  category: Category;
  tags: string[];
  tier: Tier;
  assigneeGroup: string | null;
}

/** One change a rule made to the outcome. */
export type RuleChange =
  | { field: 'severity'; from: Severity; to: Severity }
  | { field: 'category'; from: Category; to: Category }
  | { field: 'tags'; added: string[] }
  | { field: 'tier'; from: Tier; to: Tier }
  | { field: 'assigneeGroup'; from: string | null; to: string | null };

/** A rule that matched, and what it changed (possibly nothing). */
export interface AppliedRule {
  ruleId: string;
  version: number;
  description?: string;
  changes: RuleChange[];
  /** Whether this rule ended the evaluation. */
  stopped: boolean;
}

/** The result of evaluating rules: the outcome and the trail that led to it. */
export interface RuleEvaluation {
  outcome: TriageOutcome;
  applied: AppliedRule[];
}

/** The parts of a report rules look at. */
export type RuleSubject = Pick<ReportInput, 'kind' | 'message' | 'page'> &
  Partial<Pick<ReportInput, 'impact' | 'reporter' | 'metadata' | 'diagnostics'>>;
