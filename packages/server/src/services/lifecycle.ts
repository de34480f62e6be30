/**
 * The ticket lifecycle, pure: which status changes are allowed and what each
 * change stamps on the ticket. new → open → in_progress → waiting_on_reporter
 * → resolved → closed, with reopen from resolved or closed.
 */
import type { TicketStatus } from '@aftercare/sdk/schemas';
import type { TicketPatch, TicketRecord } from '../storage/repositories/tickets.js';

const WORKING: TicketStatus[] = ['new', 'open', 'in_progress', 'waiting_on_reporter'];

/** Allowed targets from each status. */
export const TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['open', 'in_progress', 'waiting_on_reporter', 'resolved', 'closed'],
  open: ['in_progress', 'waiting_on_reporter', 'resolved', 'closed'],
  in_progress: ['open', 'waiting_on_reporter', 'resolved', 'closed'],
  waiting_on_reporter: ['open', 'in_progress', 'resolved', 'closed'],
  resolved: ['open', 'closed'],
  closed: ['open'],
};

/** True when a ticket may go from `from` to `to`. */
export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** True while the team still has work to do on the ticket. */
export function isWorking(status: TicketStatus): boolean {
  return WORKING.includes(status);
}

/**
 * The columns a status change sets: resolution and closing times, a cleared
 * resolution and a reopen count on reopen.
 */
export function statusPatch(ticket: TicketRecord, to: TicketStatus, at: string): TicketPatch {
  const from = ticket.status as TicketStatus;
  const patch: TicketPatch = { status: to, updatedAt: at };
  if (to === 'resolved') patch.resolvedAt = at;
  if (to === 'closed') {
    patch.closedAt = at;
    if (!ticket.resolvedAt) patch.resolvedAt = at;
  }
  if ((from === 'resolved' || from === 'closed') && isWorking(to)) {
    patch.resolvedAt = null;
    patch.closedAt = null;
    patch.reopenCount = ticket.reopenCount + 1;
  }
  return patch;
}
