/**
 * Applies rule actions to a triage outcome and describes what changed, for
 * the ticket's timeline.
 */
import type { Severity } from '@aftercare/sdk/schemas';
import type { Action, RuleChange, TriageOutcome } from './types.js';

/** Severities from most to least pressing. */
export const SEVERITY_ORDER: readonly Severity[] = ['urgent', 'high', 'normal', 'low'];

/** Whether severity `a` is more pressing than `b`. */
export function isMorePressing(a: Severity, b: Severity): boolean {
  return SEVERITY_ORDER.indexOf(a) < SEVERITY_ORDER.indexOf(b);
}

/**
 * Applies one action to `outcome` in place; returns the change, or null when
 * the action changed nothing.
 *
 * @example
 * applyAction(outcome, { type: 'raise_severity', severity: 'high' }); // { field: 'severity', from: 'normal', to: 'high' }
 */
export function applyAction(outcome: TriageOutcome, action: Action): RuleChange | null {
  switch (action.type) {
    case 'set_severity':
    case 'raise_severity': {
      const from = outcome.severity;
      const to = action.severity;
      if (from === to || (action.type === 'raise_severity' && !isMorePressing(to, from))) return null;
      outcome.severity = to;
      return { field: 'severity', from, to };
    }
    case 'set_category': {
      const from = outcome.category;
      if (from === action.category) return null;
      outcome.category = action.category;
      return { field: 'category', from, to: action.category };
    }
    case 'add_tags': {
      const added = [...new Set(action.tags)].filter((tag) => !outcome.tags.includes(tag));
      if (added.length === 0) return null;
      outcome.tags.push(...added);
      return { field: 'tags', added };
    }
    case 'set_tier': {
      const from = outcome.tier;
      if (from === action.tier) return null;
      outcome.tier = action.tier;
      return { field: 'tier', from, to: action.tier };
    }
    case 'set_assignee_group': {
      const from = outcome.assigneeGroup;
      if (from === action.group) return null;
      outcome.assigneeGroup = action.group;
      return { field: 'assigneeGroup', from, to: action.group };
    }
    default:
      return null;
  }
}
