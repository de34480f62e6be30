/**
 * A ticket's SLA clock, kept current. The clock is computed from the ticket's
 * own timeline (created, replies, status changes, severity changes, policy
 * changes), so it is always recomputable; the resulting deadlines are stored
 * on the ticket for querying, with the moment the scheduler must look again.
 */
import type { Severity } from '@aftercare/sdk/schemas';
import type { Db } from '../storage/schema.js';
import { findProjectById } from '../storage/repositories/projects.js';
import { findTicket, listTicketEvents, type TicketEvent } from '../storage/repositories/tickets.js';
import { computeSlaClock, type SlaClockStatus, type SlaEvent, type SlaTargetStatus } from '../triage/index.js';
import { policiesOf } from './triage-settings.js';

const WORKING = new Set(['new', 'open', 'in_progress', 'waiting_on_reporter']);

/** The SLA clock events a ticket's timeline implies, in order. Pure. */
export function slaEventsOf(timeline: readonly TicketEvent[]): SlaEvent[] {
  const events: SlaEvent[] = [];
  for (const entry of timeline) {
    const at = new Date(entry.createdAt);
    const data = entry.data;
    if (entry.type === 'created' && events.length === 0) {
      events.push({
        type: 'started',
        at,
        severity: data.severity as Severity,
        policyVersion: typeof data.policyVersion === 'number' ? data.policyVersion : 0,
      });
    } else if (entry.type === 'reply') {
      events.push({ type: entry.actorType === 'agent' ? 'responded' : 'reporter_message', at });
    } else if (entry.type === 'status_changed') {
      const from = String(data.from);
      const to = String(data.status);
      if (to === 'waiting_on_reporter') events.push({ type: 'paused', at });
      else if (from === 'waiting_on_reporter' && WORKING.has(to)) events.push({ type: 'resumed', at });
      if ((to === 'resolved' || to === 'closed') && WORKING.has(from)) events.push({ type: 'resolved', at });
      if ((from === 'resolved' || from === 'closed') && WORKING.has(to)) events.push({ type: 'reopened', at });
    } else if (entry.type === 'updated' || entry.type === 'escalated') {
      const after = data.after as { severity?: Severity } | undefined;
      if (after?.severity) events.push({ type: 'severity_changed', at, severity: after.severity });
    } else if (entry.type === 'policy_changed' && typeof data.policyVersion === 'number') {
      events.push({ type: 'policy_changed', at, policyVersion: data.policyVersion });
    }
  }
  return events;
}

const RANK: Record<string, number> = { met: 0, paused: 1, ok: 2, warning: 3, breached: 4 };

/** The state that stands for the ticket: the worst of its targets still running. */
export function overallState(clock: SlaClockStatus): string {
  const targets = [clock.firstResponse, clock.nextResponse, clock.resolution].filter((t): t is SlaTargetStatus => t !== null);
  if (targets.length === 0) return 'ok';
  return targets.reduce((worst, t) => (RANK[t.state]! > RANK[worst]! ? t.state : worst), 'met' as string);
}

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

/** Computes a ticket's clock as of `now`. */
export async function slaClockOf(db: Db, ticketId: string, now: Date): Promise<SlaClockStatus | undefined> {
  const ticket = await findTicket(db, ticketId);
  if (!ticket) return undefined;
  const project = await findProjectById(db, ticket.projectId);
  if (!project) return undefined;
  const [timeline, policies] = await Promise.all([
    listTicketEvents(db, ticketId, { includeInternal: true }),
    policiesOf(db, project),
  ]);
  return computeSlaClock({ events: slaEventsOf(timeline), policies: policies.all, now });
}

/** Recomputes a ticket's clock and stores its deadlines, state and next check. */
export async function refreshSla(db: Db, ticketId: string, now: Date): Promise<SlaClockStatus | undefined> {
  const clock = await slaClockOf(db, ticketId, now);
  if (!clock) return undefined;
  await db
    .updateTable('tickets')
    .set({
      first_response_due: iso(clock.firstResponse?.dueAt),
      next_response_due: clock.nextResponse && clock.nextResponse.stoppedAt === null ? iso(clock.nextResponse.dueAt) : null,
      resolution_due: iso(clock.resolution?.dueAt),
      sla_state: overallState(clock),
      sla_next_check_at: iso(clock.nextChangeAt),
    })
    .where('id', '=', ticketId)
    .execute();
  return clock;
}
