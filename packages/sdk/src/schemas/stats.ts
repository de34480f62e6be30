/**
 * Support metrics of a project (`GET /v1/agent/projects/:projectId/stats`)
 * and its most frequent issues (`GET …/frequent-issues`).
 */
import { z } from './zod.js';
import { categorySchema, reportKindSchema, severitySchema, ticketStatusSchema, timestampSchema } from './common.js';

/** Median and 90th percentile of some durations, in minutes; null without any. */
export const percentilesSchema = z.object({
  count: z.number().int(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
});
/** Median and 90th percentile, in minutes. */
export type Percentiles = z.infer<typeof percentilesSchema>;

/** Tickets of a group, and how many of them never breached an SLA target. */
export const complianceSchema = z.object({
  tickets: z.number().int(),
  met: z.number().int(),
  /** `met / tickets`, 0–1; null without tickets. */
  rate: z.number().nullable(),
});
/** SLA compliance of a group of tickets. */
export type Compliance = z.infer<typeof complianceSchema>;

/** A ticket ranked by the reports it received in a period, then by distinct reporters. */
export const topIssueSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  title: z.string(),
  status: ticketStatusSchema,
  category: categorySchema,
  reports: z.number().int(),
  reporters: z.number().int(),
});
/** A frequent issue. */
export type TopIssue = z.infer<typeof topIssueSchema>;

/** `GET /v1/agent/projects/:projectId/frequent-issues?days=&limit=`: the top issues since `since`. */
export const frequentIssuesSchema = z.object({
  since: timestampSchema,
  items: z.array(topIssueSchema),
});
/** The most frequent issues of a project. */
export type FrequentIssues = z.infer<typeof frequentIssuesSchema>;

const counts = <K extends z.ZodEnum>(key: K) => z.partialRecord(key, z.number().int());

/** `GET /v1/agent/projects/:projectId/stats?from=&to=&timeZone=`. Tickets count in the period they were created in. */
export const projectStatsSchema = z.object({
  /** `timeZone`: where days are counted (the one asked for, else the project's). */
  period: z.object({ from: timestampSchema, to: timestampSchema, timeZone: z.string() }),
  volume: z.object({
    tickets: z.number().int(),
    reports: z.number().int(),
    byKind: counts(reportKindSchema),
    bySeverity: counts(severitySchema),
    byCategory: counts(categorySchema),
    /** Days (`YYYY-MM-DD` in `period.timeZone`) with tickets, oldest first; days without are left out. */
    byDay: z.array(z.object({ day: z.iso.date(), count: z.number().int() })),
  }),
  firstResponseMinutes: percentilesSchema,
  resolutionMinutes: percentilesSchema,
  /** Resolved tickets per ticket, 0–1; null without tickets. */
  resolutionRate: z.number().nullable(),
  /** Reopened tickets per resolved ticket; null without resolved tickets. */
  reopenRate: z.number().nullable(),
  slaCompliance: z.object({
    overall: complianceSchema,
    bySeverity: z.partialRecord(severitySchema, complianceSchema),
    /** Keyed by assignee id. */
    byAgent: z.record(z.string(), complianceSchema),
  }),
  csat: z.object({
    average: z.number().nullable(),
    ratings: z.number().int(),
    responseRate: z.number().nullable(),
    /** Keyed by the assignee id at rating time, or `unassigned`. */
    byAgent: z.record(z.string(), z.object({ ratings: z.number().int(), average: z.number() })),
  }),
  /** "This solved it" in the widget: problems solved by an article instead of a ticket. */
  deflections: z.number().int(),
  topIssues: z.array(topIssueSchema),
});
/** The stats of a project over a period. */
export type ProjectStats = z.infer<typeof projectStatsSchema>;
