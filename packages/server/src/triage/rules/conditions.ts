/**
 * Evaluates rule conditions against a report's facts.
 */
import { hasFailedRequest, isUncaught } from '../diagnostics.js';
import type { ReportFacts } from './facts.js';
import { compileWords, containsWord } from './text-match.js';
import { urlMatches } from './url-match.js';
import type { Condition, ReporterAttribute } from './types.js';

/** Deepest nesting of `all` / `any` / `not` a condition may have. */
export const MAX_CONDITION_DEPTH = 8;

/** The value of a reporter attribute, if the report has it. */
export function reporterAttribute(facts: ReportFacts, attribute: ReporterAttribute): string | undefined {
  if (attribute === 'email_domain') {
    const email = facts.reporter.email;
    const at = email?.lastIndexOf('@') ?? -1;
    return email && at !== -1 ? email.slice(at + 1) : undefined;
  }
  return facts.reporter[attribute];
}

function sameReporterValue(attribute: ReporterAttribute, actual: string, expected: string): boolean {
  return attribute === 'email' || attribute === 'email_domain'
    ? actual.toLowerCase() === expected.toLowerCase()
    : actual === expected;
}

class TooDeep extends Error {}

function holds(condition: Condition, facts: ReportFacts, depth: number): boolean {
  if (depth > MAX_CONDITION_DEPTH) throw new TooDeep();
  switch (condition.type) {
    case 'all':
      return condition.conditions.every((inner) => holds(inner, facts, depth + 1));
    case 'any':
      return condition.conditions.some((inner) => holds(inner, facts, depth + 1));
    case 'not':
      return !holds(condition.condition, facts, depth + 1);
    case 'always':
      return true;
    case 'kind_in':
      return condition.kinds.includes(facts.kind);
    case 'impact_in':
      return condition.impacts.includes(facts.impact);
    case 'message_contains_any':
      return compileWords(condition.words).some((word) => containsWord(facts.message, word));
    case 'has_uncaught_error':
      return facts.diagnostics.errors.some(isUncaught);
    case 'has_failed_request':
      return hasFailedRequest(facts.diagnostics, condition.minStatus ?? 500, condition.maxStatus ?? 599);
    case 'url_matches':
      return urlMatches(facts.url, condition.pattern, condition.mode ?? 'glob');
    case 'metadata_equals':
      return Object.hasOwn(facts.metadata, condition.key) && facts.metadata[condition.key] === condition.value;
    case 'metadata_in':
      return Object.hasOwn(facts.metadata, condition.key) && condition.values.includes(facts.metadata[condition.key]!);
    case 'reporter_equals': {
      const value = reporterAttribute(facts, condition.attribute);
      return value !== undefined && sameReporterValue(condition.attribute, value, condition.value);
    }
    case 'reporter_exists':
      return (reporterAttribute(facts, condition.attribute) ?? '') !== '';
    default:
      return false;
  }
}

/**
 * Whether a condition holds for a report. Metadata values compare strictly
 * (`'1'` is not `1`); an unknown condition type never holds, and neither does
 * a condition nested deeper than `MAX_CONDITION_DEPTH`.
 *
 * @example
 * matchesCondition({ type: 'kind_in', kinds: ['bug'] }, reportFacts(report));
 */
export function matchesCondition(condition: Condition, facts: ReportFacts): boolean {
  try {
    return holds(condition, facts, 0);
  } catch (error) {
    if (error instanceof TooDeep) return false;
    throw error;
  }
}
