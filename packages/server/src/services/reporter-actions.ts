/**
 * What a reporter does with their tracking token: reply, confirm the fix
 * (closes the ticket), say it is still broken (reopens it), and rate the help
 * once per resolution.
 */
import { randomUUID } from 'node:crypto';
import type { RatingInput, TicketStatus } from '@aftercare/sdk/schemas';
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { sortableId } from '../storage/ids.js';
import { isUniqueViolation } from '../storage/connect.js';
import { emitEvent } from '../storage/repositories/outbox.js';
import { insertRating } from '../storage/repositories/ratings.js';
import { insertTicketEvent, updateTicket, type TicketEvent, type TicketPatch } from '../storage/repositories/tickets.js';
import { statusPatch } from './lifecycle.js';
import { refreshSla } from './sla.js';
import type { ReporterAccess } from './tickets.js';

function reporterEvent(access: ReporterAccess, at: string, fields: Pick<TicketEvent, 'type'> & Partial<TicketEvent>): TicketEvent {
  return {
    id: sortableId(),
    ticketId: access.ticket.id,
    visibility: 'public',
    actorType: 'reporter',
    actorId: access.report.id,
    body: null,
    data: {},
    createdAt: at,
    ...fields,
  };
}

async function write(deps: Deps, access: ReporterAccess, patch: TicketPatch, events: TicketEvent[], change: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await updateTicket(trx, access.ticket.id, patch);
    for (const event of events) await insertTicketEvent(trx, event);
    await refreshSla(trx, access.ticket.id, deps.clock.now());
    await emitEvent(trx, {
      projectId: access.ticket.projectId,
      type: 'ticket.updated',
      payload: { ticketId: access.ticket.id, number: access.ticket.number, change, status: patch.status ?? access.ticket.status },
      at: deps.clock.now().toISOString(),
    });
  });
}

function statusEvent(access: ReporterAccess, at: string, to: TicketStatus): TicketEvent {
  return reporterEvent(access, at, { type: 'status_changed', data: { from: access.ticket.status, status: to } });
}

/**
 * A reply from the reporter. It answers a ticket waiting on them (back to
 * open) and reopens a resolved or closed one.
 */
export async function reporterReply(deps: Deps, access: ReporterAccess, body: string): Promise<void> {
  const at = deps.clock.now().toISOString();
  const status = access.ticket.status as TicketStatus;
  const events = [reporterEvent(access, at, { type: 'reply', body })];
  let patch: TicketPatch = { updatedAt: at };
  if (status === 'waiting_on_reporter' || status === 'resolved' || status === 'closed') {
    patch = statusPatch(access.ticket, 'open', at);
    events.push(statusEvent(access, at, 'open'));
  }
  await write(deps, access, patch, events, 'reporter_reply');
}

/** The reporter confirms the fix: a resolved ticket closes. */
export async function confirmFixed(deps: Deps, access: ReporterAccess): Promise<void> {
  if (access.ticket.status !== 'resolved') {
    throw new AppError('not_resolved', 409, 'Only a resolved ticket can be confirmed as fixed');
  }
  const at = deps.clock.now().toISOString();
  await write(deps, access, statusPatch(access.ticket, 'closed', at), [
    reporterEvent(access, at, { type: 'confirmed' }),
    statusEvent(access, at, 'closed'),
  ], 'reporter_confirmed');
}

/** The reporter says it is still broken: a resolved or closed ticket reopens. */
export async function reopenTicket(deps: Deps, access: ReporterAccess, body: string | undefined): Promise<void> {
  if (access.ticket.status !== 'resolved' && access.ticket.status !== 'closed') {
    throw new AppError('not_resolved', 409, 'Only a resolved or closed ticket can be reopened');
  }
  const at = deps.clock.now().toISOString();
  await write(deps, access, statusPatch(access.ticket, 'open', at), [
    reporterEvent(access, at, { type: 'reopened', body: body ?? null }),
    statusEvent(access, at, 'open'),
  ], 'reporter_reopened');
}

/** Rates the current resolution, once. */
export async function rateTicket(deps: Deps, access: ReporterAccess, input: RatingInput): Promise<void> {
  const { ticket, report } = access;
  if (ticket.status !== 'resolved' && ticket.status !== 'closed') {
    throw new AppError('not_resolved', 409, 'A ticket can be rated once it is resolved');
  }
  const at = deps.clock.now().toISOString();
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertRating(trx, {
        id: randomUUID(),
        ticketId: ticket.id,
        reportId: report.id,
        resolution: ticket.reopenCount,
        score: input.score,
        comment: input.comment ?? null,
        assigneeId: ticket.assigneeId,
        createdAt: at,
      });
      await insertTicketEvent(
        trx,
        reporterEvent(access, at, { type: 'rated', body: input.comment ?? null, data: { score: input.score } }),
      );
      await emitEvent(trx, {
        projectId: ticket.projectId,
        type: 'csat.received',
        payload: { ticketId: ticket.id, number: ticket.number, score: input.score, comment: input.comment ?? null, assigneeId: ticket.assigneeId },
        at,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('already_rated', 409, 'This resolution was already rated');
    throw error;
  }
}
