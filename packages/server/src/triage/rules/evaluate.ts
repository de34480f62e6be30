/**
 * Runs an ordered list of rules over a report. Each enabled rule whose
 * condition holds applies its actions in order, and is recorded with its id,
 * version and the changes it made, so an agent can see why a ticket got its
 * severity; a rule with `onMatch: 'stop'` ends the run.
 */
import type { TriageDiagnostics } from '../diagnostics.js';
import { applyAction } from './actions.js';
import { matchesCondition } from './conditions.js';
import { reportFacts } from './facts.js';
import type { AppliedRule, Rule, RuleChange, RuleEvaluation, RuleSubject, TriageOutcome } from './types.js';

/** The outcome before any rule: normal severity, an inquiry, tier 1, no group. */
export const BASE_OUTCOME: Readonly<TriageOutcome> = Object.freeze({
  severity: 'normal',
  category: 'inquiry',
  tags: [],
  tier: 1,
  assigneeGroup: null,
});

/** Options of `evaluateRules`. */
export interface EvaluateOptions {
  /** Starting outcome, over `BASE_OUTCOME`. */
  base?: Partial<TriageOutcome>;
  /** Diagnostics already read with `readDiagnostics`. */
  diagnostics?: TriageDiagnostics;
}

/**
 * Evaluates rules over a report.
 *
 * @example
 * const { outcome, applied } = evaluateRules(report, DEFAULT_RULES);
 * outcome.severity; // 'urgent'
 * applied.map((rule) => `${rule.ruleId}@${rule.version}`); // ['kind-bug@1', …]
 */
export function evaluateRules(
  report: RuleSubject,
  rules: readonly Rule[],
  options: EvaluateOptions = {},
): RuleEvaluation {
  const facts = reportFacts(report, options.diagnostics);
  const outcome: TriageOutcome = { ...BASE_OUTCOME, ...options.base, tags: [...(options.base?.tags ?? [])] };
  const applied: AppliedRule[] = [];
  for (const rule of rules) {
    if (rule.enabled === false || !matchesCondition(rule.when, facts)) continue;
    const changes = rule.actions
      .map((action) => applyAction(outcome, action))
      .filter((change): change is RuleChange => change !== null);
    const stopped = rule.onMatch === 'stop';
    const entry: AppliedRule = { ruleId: rule.id, version: rule.version, changes, stopped };
    if (rule.description !== undefined) entry.description = rule.description;
    applied.push(entry);
    if (stopped) break;
  }
  return { outcome, applied };
}
