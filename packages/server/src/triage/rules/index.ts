/**
 * The triage rule engine: ordered rules with conditions on a report and
 * actions on its severity, category, tags, tier and assignee group.
 */
export { SEVERITY_ORDER, applyAction, isMorePressing } from './actions.js';
export { MAX_CONDITION_DEPTH, matchesCondition, reporterAttribute } from './conditions.js';
export { CRITICAL_WORDS, DEFAULT_RULES, SETUP_WORDS, USABILITY_WORDS } from './defaults.js';
export { BASE_OUTCOME, evaluateRules } from './evaluate.js';
export type { EvaluateOptions } from './evaluate.js';
export { reportFacts } from './facts.js';
export type { ReportFacts } from './facts.js';
export { actionSchema, conditionDepth, conditionSchema, ruleSchema, ruleSetSchema } from './schema.js';
export { compileWord, containsWord, findAnyWord, foldForMatching } from './text-match.js';
export type { CompiledWord } from './text-match.js';
export type {
  Action,
  AppliedRule,
  Condition,
  MetadataValue,
  ReporterAttribute,
  Rule,
  RuleChange,
  RuleEvaluation,
  RuleSubject,
  Tier,
  TriageOutcome,
} from './types.js';
export { urlMatches } from './url-match.js';
