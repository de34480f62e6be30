/**
 * First-cut grading of a new report: a severity and a category from the kind
 * and the reporter's stated impact. Pure. The project rule engine (triage
 * rules) refines this; this is the floor every report gets.
 */
import type { Category, Impact, ReportKind, Severity } from '@aftercare/sdk/schemas';

/** The grade a report starts with. */
export interface Grade {
  severity: Severity;
  category: Category;
}

const CATEGORY_BY_KIND: Record<ReportKind, Category> = {
  bug: 'defect',
  question: 'inquiry',
  idea: 'idea',
  other: 'inquiry',
};

const BUG_SEVERITY_BY_IMPACT: Record<Impact, Severity> = {
  blocks_me: 'high',
  hinders: 'normal',
  minor: 'low',
  unknown: 'normal',
};

/**
 * Grades a report by kind and impact.
 *
 * @example
 * gradeReport({ kind: 'bug', impact: 'blocks_me' }) // { severity: 'high', category: 'defect' }
 */
export function gradeReport(report: { kind: ReportKind; impact: Impact }): Grade {
  const category = CATEGORY_BY_KIND[report.kind];
  if (report.kind === 'bug') return { category, severity: BUG_SEVERITY_BY_IMPACT[report.impact] };
  if (report.kind === 'idea') return { category, severity: 'low' };
  return { category, severity: 'normal' };
}
