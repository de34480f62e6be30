/**
 * Tickets as reporters see them: read with a tracking token, public timeline
 * only, never internal notes, agents' identities or other reporters' data.
 */
import type { PublicEvent, ReporterTicket, TicketSummary } from '@aftercare/sdk/schemas';
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { trackingKeyOf } from '../security/tokens.js';
import { findProjectById, type Project } from '../storage/repositories/projects.js';
import { findRating } from '../storage/repositories/ratings.js';
import { findReportByTrackingHash, type StoredReportRef } from '../storage/repositories/reports.js';
import {
  findTicket,
  listTicketEvents,
  type TicketEvent,
  type TicketRecord,
} from '../storage/repositories/tickets.js';

/** The short wire view of a ticket. */
export function ticketSummary(ticket: Pick<TicketRecord, 'id' | 'number' | 'status' | 'severity' | 'category'>): TicketSummary {
  return {
    id: ticket.id,
    number: ticket.number,
    status: ticket.status as TicketSummary['status'],
    severity: ticket.severity as TicketSummary['severity'],
    category: ticket.category as TicketSummary['category'],
  };
}

const PUBLIC_TYPES = new Set<string>(['created', 'status_changed', 'reply', 'confirmed', 'reopened', 'rated']);

/**
 * The public form of a timeline entry for one reporter. On a ticket that
 * groups several reports, a reporter sees the team's entries and their own,
 * never what another reporter wrote.
 */
function toPublicEvent(event: TicketEvent, ownReportId: string): PublicEvent | undefined {
  if (event.visibility !== 'public' || !PUBLIC_TYPES.has(event.type)) return undefined;
  if (event.actorType === 'reporter' && event.actorId !== ownReportId) return undefined;
  const actor = event.actorType === 'agent' ? 'team' : event.actorType;
  const status = typeof event.data.status === 'string' ? (event.data.status as PublicEvent['status']) : undefined;
  return {
    id: event.id,
    type: event.type as PublicEvent['type'],
    at: event.createdAt,
    actor,
    ...(event.body !== null && { body: event.body }),
    ...(status && { status }),
  };
}

/** What a valid tracking token opens. */
export interface ReporterAccess {
  report: StoredReportRef;
  ticket: TicketRecord;
  project: Project;
}

const notFound = () => new AppError('ticket_not_found', 404, 'No ticket with this id for this tracking token');

/**
 * Resolves a tracking token for a ticket. A missing or wrong token answers
 * exactly like a missing ticket, so tokens cannot be used to probe for tickets.
 */
export async function reporterAccess(deps: Deps, ticketId: string, trackingToken: string | undefined): Promise<ReporterAccess> {
  if (!trackingToken) throw notFound();
  const key = trackingKeyOf(trackingToken);
  const report = key === undefined ? undefined : await findReportByTrackingHash(deps.db, key);
  // After a merge the report follows its new ticket; the id the reporter kept still opens it.
  if (!report || (report.ticketId !== ticketId && report.originalTicketId !== ticketId)) throw notFound();
  const [ticket, project] = await Promise.all([findTicket(deps.db, report.ticketId), findProjectById(deps.db, report.projectId)]);
  if (!ticket || !project) throw notFound();
  return { report, ticket, project };
}

/** The reporter's view of a ticket they have access to. */
export async function reporterView(deps: Deps, access: ReporterAccess): Promise<ReporterTicket> {
  const { ticket, report } = access;
  const [events, rating] = await Promise.all([
    listTicketEvents(deps.db, ticket.id, { includeInternal: false }),
    findRating(deps.db, report.id, ticket.id, ticket.reopenCount),
  ]);
  const settled = ticket.status === 'resolved' || ticket.status === 'closed';
  return {
    id: ticket.id,
    number: ticket.number,
    status: ticket.status as ReporterTicket['status'],
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    timeline: events.flatMap((event) => toPublicEvent(event, report.id) ?? []),
    rating: rating ? { score: rating.score, ...(rating.comment !== null && { comment: rating.comment }) } : null,
    canRate: settled && !rating,
  };
}
