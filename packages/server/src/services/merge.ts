/**
 * Merging duplicate tickets and undoing it. A merge moves the source's
 * reports onto the target and closes the source, marked as merged; each
 * report remembers the ticket it was filed into, so an unmerge moves exactly
 * those back. Timelines stay where they are: nothing is lost either way.
 */
import type { TicketStatus } from '@aftercare/sdk/schemas';
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { sortableId } from '../storage/ids.js';
import { insertAudit } from '../storage/repositories/audit.js';
import { emitEvent } from '../storage/repositories/outbox.js';
import { recountOccurrences } from '../storage/repositories/grouping.js';
import { findTicket, insertTicketEvent, updateTicket, type TicketEvent, type TicketRecord } from '../storage/repositories/tickets.js';
import type { Db } from '../storage/schema.js';
import type { Agent } from './access.js';
import { agentTicket, loadTicketFor } from './agent-tickets.js';
import { statusPatch } from './lifecycle.js';
import { refreshSla } from './sla.js';
import { validate } from './validate.js';

function note(ticketId: string, agent: Agent, at: string, type: string, data: Record<string, unknown>, visibility: TicketEvent['visibility'] = 'internal'): TicketEvent {
  return { id: sortableId(), ticketId, type, visibility, actorType: 'agent', actorId: agent.id, body: null, data, createdAt: at };
}

async function finish(trx: Db, ids: string[], now: Date): Promise<void> {
  for (const id of ids) {
    await recountOccurrences(trx, id);
    await refreshSla(trx, id, now);
  }
}

/** Merges ticket `sourceId` into the ticket named in the body (`{ "into": id }`). */
export async function mergeTicket(deps: Deps, agent: Agent, sourceId: string, body: unknown) {
  const { into } = validate(z.strictObject({ into: z.string().min(1) }), body, 'Send { "into": "<ticket id>" }');
  const source = await loadTicketFor(deps, agent, sourceId, 'write');
  const target = await loadTicketFor(deps, agent, into, 'write');
  if (source.id === target.id) throw new AppError('invalid_merge', 422, 'A ticket cannot be merged into itself');
  if (source.projectId !== target.projectId) throw new AppError('invalid_merge', 422, 'Tickets of different projects cannot be merged');
  if (source.mergedInto || target.mergedInto) throw new AppError('invalid_merge', 409, 'One of these tickets is already merged');
  const now = deps.clock.now();
  const at = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('reports').set({ ticket_id: target.id }).where('ticket_id', '=', source.id).execute();
    const closing = source.status === 'closed' ? {} : statusPatch(source, 'closed', at);
    await updateTicket(trx, source.id, { ...closing, mergedInto: target.id, updatedAt: at });
    if (source.status !== 'closed') {
      await insertTicketEvent(trx, note(source.id, agent, at, 'status_changed', { from: source.status, status: 'closed' }, 'public'));
    }
    await insertTicketEvent(trx, note(source.id, agent, at, 'merged', { into: target.id }));
    await insertTicketEvent(trx, note(target.id, agent, at, 'merged_from', { from: source.id, number: source.number }));
    await updateTicket(trx, target.id, { updatedAt: at });
    await finish(trx, [source.id, target.id], now);
    await emitEvent(trx, { projectId: source.projectId, type: 'ticket.merged', payload: { ticketId: source.id, number: source.number, into: target.id, intoNumber: target.number }, at });
    await insertAudit(trx, {
      id: sortableId(), agentId: agent.id, projectId: source.projectId, action: 'ticket.merge', targetType: 'ticket',
      targetId: source.id, before: { mergedInto: null }, after: { mergedInto: target.id }, createdAt: at,
    });
  });
  return agentTicket((await findTicket(deps.db, target.id)) as TicketRecord);
}

/** Undoes the merge of `sourceId`: its own reports go back and it reopens. */
export async function unmergeTicket(deps: Deps, agent: Agent, sourceId: string) {
  const source = await loadTicketFor(deps, agent, sourceId, 'write');
  if (!source.mergedInto) throw new AppError('invalid_merge', 409, 'This ticket is not merged');
  const targetId = source.mergedInto;
  const now = deps.clock.now();
  const at = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('reports')
      .set({ ticket_id: source.id })
      .where('ticket_id', '=', targetId)
      .where('original_ticket_id', '=', source.id)
      .execute();
    const reopen = statusPatch(source, 'open' as TicketStatus, at);
    await updateTicket(trx, source.id, { ...reopen, mergedInto: null, updatedAt: at });
    await insertTicketEvent(trx, note(source.id, agent, at, 'status_changed', { from: source.status, status: 'open' }, 'public'));
    await insertTicketEvent(trx, note(source.id, agent, at, 'unmerged', { from: targetId }));
    await insertTicketEvent(trx, note(targetId, agent, at, 'unmerged_from', { ticket: source.id, number: source.number }));
    await finish(trx, [source.id, targetId], now);
    await emitEvent(trx, { projectId: source.projectId, type: 'ticket.updated', payload: { ticketId: source.id, number: source.number, change: 'unmerged', from: targetId }, at });
    await insertAudit(trx, {
      id: sortableId(), agentId: agent.id, projectId: source.projectId, action: 'ticket.unmerge', targetType: 'ticket',
      targetId: source.id, before: { mergedInto: targetId }, after: { mergedInto: null }, createdAt: at,
    });
  });
  return agentTicket((await findTicket(deps.db, source.id)) as TicketRecord);
}
