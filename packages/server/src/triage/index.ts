/**
 * Triage: turns a report into a ticket decision without I/O. `triageReport`
 * combines the parts, which are exported for the services that need them
 * alone (re-fingerprinting, dry-running rules, recomputing SLA clocks,
 * routing and escalation).
 *
 * @example
 * import { triageReport } from './triage/index.js';
 * const decision = triageReport(report, { now: clock.now(), timeZone: project.timeZone, rules: project.rules });
 */
export { routeDecision, triageReport } from './triage-report.js';
export type { ExplanationEntry, TriageContext, TriageDeadline, TriageDecision } from './triage-report.js';
export { DIAGNOSTICS_CAPS, hasFailedRequest, isUncaught, readDiagnostics } from './diagnostics.js';
export type { TriageDiagnostics, TriageError, TriageFrame, TriageRequest } from './diagnostics.js';
export * from './fingerprint/index.js';
export * from './rules/index.js';
export * from './routing/index.js';
export * from './sla/index.js';
