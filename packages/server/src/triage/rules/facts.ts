/**
 * The facts rules are evaluated against, read once per report: the folded
 * message for keyword matching, the diagnostics read defensively, and the
 * report's own fields with their defaults.
 */
import type { Impact, Metadata, Reporter, ReportKind } from '@aftercare/sdk/schemas';
import { readDiagnostics } from '../diagnostics.js';
import type { TriageDiagnostics } from '../diagnostics.js';
import { foldForMatching } from './text-match.js';
import type { RuleSubject } from './types.js';

/** What rules know about a report. */
export interface ReportFacts {
  kind: ReportKind;
  impact: Impact;
  /** The message folded for matching (see `foldForMatching`). */
  message: string;
  url: string;
  diagnostics: TriageDiagnostics;
  metadata: Metadata;
  reporter: Reporter;
}

/**
 * Reads the facts of a report; pass already-read diagnostics to skip reading them again.
 *
 * @example
 * const facts = reportFacts(report);
 */
export function reportFacts(report: RuleSubject, diagnostics?: TriageDiagnostics): ReportFacts {
  return {
    kind: report.kind,
    impact: report.impact ?? 'unknown',
    message: foldForMatching(report.message),
    url: report.page.url,
    diagnostics: diagnostics ?? readDiagnostics(report.diagnostics),
    metadata: report.metadata ?? {},
    reporter: report.reporter ?? {},
  };
}
