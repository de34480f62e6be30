/**
 * Support metrics of a project over a period: volume, response and
 * resolution times, resolution and reopen rates, SLA compliance by severity
 * and by agent, satisfaction, knowledge-base deflections, and the top issues. Tickets are counted in the
 * period they were created in.
 */
import type { Percentiles, ProjectStats } from '@aftercare/sdk/schemas';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { instantToWall, isValidTimeZone } from '../triage/sla/time-zone.js';
import { requireProject, type Agent } from './access.js';
import { topIssues } from './triage-admin.js';
import { validate } from './validate.js';

/** The query of `GET /v1/agent/projects/:projectId/stats` (also in the OpenAPI description). */
export const statsQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  timeZone: z.string().refine(isValidTimeZone, 'an IANA time zone such as Asia/Shanghai').optional(),
});

/** The `YYYY-MM-DD` an instant falls on in a time zone. */
const dayIn = (timeZone: string, iso: string) => new Date(instantToWall(timeZone, Date.parse(iso))).toISOString().slice(0, 10);

/** Median and 90th percentile, in minutes, of some durations. */
export function percentiles(minutes: number[]): Percentiles {
  if (minutes.length === 0) return { count: 0, median: null, p90: null };
  const sorted = [...minutes].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { count: sorted.length, median: Math.round(at(0.5) * 10) / 10, p90: Math.round(at(0.9) * 10) / 10 };
}

const minutesBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000;
const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/**
 * The stats of a project between `from` (default 30 days ago) and `to`
 * (default now), with days counted in `timeZone` (default the project's).
 */
export async function projectStats(deps: Deps, agent: Agent, projectId: string, query: Record<string, string>): Promise<ProjectStats> {
  await requireProject(deps, agent, projectId, 'read');
  const input = validate(statsQuerySchema, query, 'The period is not valid');
  const timeZone =
    input.timeZone ?? (await deps.db.selectFrom('projects').select('time_zone').where('id', '=', projectId).executeTakeFirstOrThrow()).time_zone;
  const to = input.to ? new Date(input.to).toISOString() : deps.clock.now().toISOString();
  const from = input.from ? new Date(input.from).toISOString() : new Date(Date.parse(to) - 30 * 86_400_000).toISOString();

  const tickets = await deps.db
    .selectFrom('tickets')
    .select(['id', 'severity', 'category', 'status', 'assignee_id', 'created_at', 'first_responded_at', 'resolved_at', 'reopen_count', 'merged_into'])
    .where('project_id', '=', projectId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .where('merged_into', 'is', null)
    .execute();
  const ids = tickets.map((t) => t.id);
  const [kinds, breaches, ratings, deflections] = await Promise.all([
    deps.db
      .selectFrom('reports')
      .select((eb) => ['kind', eb.fn.countAll<number>().as('n')])
      .where('project_id', '=', projectId)
      .where('received_at', '>=', from)
      .where('received_at', '<', to)
      .groupBy('kind')
      .execute(),
    ids.length === 0
      ? []
      : deps.db.selectFrom('sla_notices').select(['ticket_id', 'metric']).where('kind', '=', 'breach').where('ticket_id', 'in', ids).execute(),
    ids.length === 0 ? [] : deps.db.selectFrom('ratings').select(['ticket_id', 'score', 'assignee_id']).where('ticket_id', 'in', ids).execute(),
    deps.db
      .selectFrom('kb_deflections')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('project_id', '=', projectId)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .executeTakeFirstOrThrow(),
  ]);

  const breached = new Set(breaches.map((b) => b.ticket_id));
  const resolved = tickets.filter((t) => t.resolved_at !== null);
  const compliance = (group: typeof tickets) => ({ tickets: group.length, met: group.filter((t) => !breached.has(t.id)).length, rate: ratio(group.filter((t) => !breached.has(t.id)).length, group.length) });
  const bySeverity = Object.fromEntries(['urgent', 'high', 'normal', 'low'].map((s) => [s, compliance(tickets.filter((t) => t.severity === s))]));
  const agents = [...new Set(tickets.map((t) => t.assignee_id).filter((a): a is string => a !== null))];
  const byAgent = Object.fromEntries(agents.map((a) => [a, compliance(tickets.filter((t) => t.assignee_id === a))]));
  const ratedTickets = new Set(ratings.map((r) => r.ticket_id));

  const daily: Record<string, number> = {};
  for (const t of tickets) {
    const day = dayIn(timeZone, t.created_at);
    daily[day] = (daily[day] ?? 0) + 1;
  }

  return {
    period: { from, to, timeZone },
    volume: {
      tickets: tickets.length,
      reports: kinds.reduce((sum, k) => sum + Number(k.n), 0),
      byKind: Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)])),
      bySeverity: countBy(tickets, (t) => t.severity),
      byCategory: countBy(tickets, (t) => t.category),
      byDay: Object.entries(daily).sort().map(([day, count]) => ({ day, count })),
    },
    firstResponseMinutes: percentiles(tickets.flatMap((t) => (t.first_responded_at ? [minutesBetween(t.created_at, t.first_responded_at)] : []))),
    resolutionMinutes: percentiles(resolved.map((t) => minutesBetween(t.created_at, t.resolved_at!))),
    resolutionRate: ratio(resolved.length, tickets.length),
    reopenRate: ratio(tickets.filter((t) => Number(t.reopen_count) > 0).length, resolved.length),
    slaCompliance: { overall: compliance(tickets), bySeverity, byAgent },
    csat: {
      average: ratings.length === 0 ? null : Math.round((ratings.reduce((sum, r) => sum + Number(r.score), 0) / ratings.length) * 100) / 100,
      ratings: ratings.length,
      responseRate: ratio(resolved.filter((t) => ratedTickets.has(t.id)).length, resolved.length),
      byAgent: Object.fromEntries(
        [...new Set(ratings.map((r) => r.assignee_id ?? 'unassigned'))].map((a) => {
          const mine = ratings.filter((r) => (r.assignee_id ?? 'unassigned') === a);
          return [a, { ratings: mine.length, average: Math.round((mine.reduce((s, r) => s + Number(r.score), 0) / mine.length) * 100) / 100 }];
        }),
      ),
    },
    /** "This solved it" in the widget: problems solved by an article instead of a ticket. */
    deflections: Number(deflections.n),
    topIssues: await topIssues(deps, projectId, from, to, 10),
  };
}
