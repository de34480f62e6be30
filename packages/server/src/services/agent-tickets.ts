/**
 * Tickets as the support team works them: list, read, change, reply and
 * note. Every change is checked against the agent's role, written with its
 * timeline entry and audit record in one transaction.
 */
import {
  ticketListQuerySchema,
  type AgentEvent,
  type AgentReplyInput,
  type AgentTicket,
  type TicketDetail,
  type TicketPage,
  type TicketPatchInput,
  type TicketStatus,
} from '@aftercare/sdk/schemas';
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { sortableId } from '../storage/ids.js';
import { listAttachmentsOfReports } from '../storage/repositories/attachments.js';
import { insertAudit } from '../storage/repositories/audit.js';
import { emitEvent } from '../storage/repositories/outbox.js';
import { findMembershipRole } from '../storage/repositories/members.js';
import { listReportsOfTicket } from '../storage/repositories/reports.js';
import { decodeCursor, encodeCursor, listTickets } from '../storage/repositories/ticket-queries.js';
import {
  findTicket,
  insertTicketEvent,
  listTicketEvents,
  updateTicket,
  type TicketEvent,
  type TicketPatch,
  type TicketRecord,
} from '../storage/repositories/tickets.js';
import { requireProject, type Agent, type Need } from './access.js';
import { canTransition, statusPatch } from './lifecycle.js';
import { refreshSla } from './sla.js';
import { validate } from './validate.js';

/** The agent's wire view of a ticket. */
export function agentTicket(t: TicketRecord): AgentTicket {
  return {
    id: t.id,
    projectId: t.projectId,
    number: t.number,
    title: t.title,
    status: t.status as AgentTicket['status'],
    severity: t.severity as AgentTicket['severity'],
    category: t.category as AgentTicket['category'],
    assigneeId: t.assigneeId,
    tags: t.tags,
    reopenCount: t.reopenCount,
    tier: t.tier,
    assigneeGroup: t.assigneeGroup,
    occurrences: t.occurrences,
    reporterCount: t.reporterCount,
    lastSeenAt: t.lastSeenAt,
    fingerprint: t.fingerprint,
    regressionOf: t.regressionOf,
    mergedInto: t.mergedInto,
    sla: {
      state: t.slaState as AgentTicket['sla']['state'],
      policyVersion: t.policyVersion,
      firstResponseDue: t.firstResponseDue,
      nextResponseDue: t.nextResponseDue,
      resolutionDue: t.resolutionDue,
    },
    firstRespondedAt: t.firstRespondedAt,
    resolvedAt: t.resolvedAt,
    closedAt: t.closedAt,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

function agentEvent(event: TicketEvent): AgentEvent {
  const { ticketId: _ticketId, createdAt, ...rest } = event;
  return { ...rest, at: createdAt };
}

/** Loads a ticket the agent may act on; a ticket outside its projects is "not found". */
export async function loadTicketFor(deps: Deps, agent: Agent, ticketId: string, need: Need): Promise<TicketRecord> {
  const ticket = await findTicket(deps.db, ticketId);
  if (!ticket) throw new AppError('ticket_not_found', 404, 'No such ticket');
  try {
    await requireProject(deps, agent, ticket.projectId, need);
  } catch (error) {
    if (error instanceof AppError && error.code === 'project_not_found') {
      throw new AppError('ticket_not_found', 404, 'No such ticket');
    }
    throw error;
  }
  return ticket;
}

/** One page of a project's tickets. */
export async function listProjectTickets(
  deps: Deps,
  agent: Agent,
  projectId: string,
  rawQuery: Record<string, string>,
): Promise<TicketPage> {
  await requireProject(deps, agent, projectId, 'read');
  const query = validate(ticketListQuerySchema, rawQuery, 'The list query is not valid');
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !cursor) throw new AppError('invalid_cursor', 400, 'This cursor is not valid');
  const page = await listTickets(deps.db, projectId, query, cursor);
  return { items: page.items.map(agentTicket), nextCursor: page.next && encodeCursor(page.next) };
}

/** A ticket with every report and the full timeline. */
export async function ticketDetail(deps: Deps, agent: Agent, ticketId: string): Promise<TicketDetail> {
  const ticket = await loadTicketFor(deps, agent, ticketId, 'read');
  const [reports, events] = await Promise.all([
    listReportsOfTicket(deps.db, ticketId),
    listTicketEvents(deps.db, ticketId, { includeInternal: true }),
  ]);
  const attachments = await listAttachmentsOfReports(deps.db, reports.map((r) => r.id));
  return {
    ticket: agentTicket(ticket),
    reports: reports.map((report) => ({
      ...report,
      attachments: attachments
        .filter((a) => a.reportId === report.id)
        .map((a) => ({ id: a.id, kind: a.kind, filename: a.filename, contentType: a.contentType, size: a.size, url: `/v1/agent/attachments/${a.id}` })),
    })),
    timeline: events.map(agentEvent),
  };
}

function event(ticketId: string, agent: Agent, at: string, fields: Pick<TicketEvent, 'type' | 'visibility'> & Partial<TicketEvent>): TicketEvent {
  return { id: sortableId(), ticketId, actorType: 'agent', actorId: agent.id, body: null, data: {}, createdAt: at, ...fields };
}

/** Changes status, severity, category, assignee or tags; records each change. */
export async function changeTicket(deps: Deps, agent: Agent, ticketId: string, input: TicketPatchInput): Promise<AgentTicket> {
  const ticket = await loadTicketFor(deps, agent, ticketId, 'write');
  const at = deps.clock.now().toISOString();
  let patch: TicketPatch = { updatedAt: at };
  const events: TicketEvent[] = [];
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};

  if (input.status && input.status !== ticket.status) {
    if (!canTransition(ticket.status as TicketStatus, input.status)) {
      throw new AppError('invalid_transition', 409, `A ${ticket.status} ticket cannot become ${input.status}`);
    }
    patch = { ...patch, ...statusPatch(ticket, input.status, at) };
    events.push(event(ticketId, agent, at, { type: 'status_changed', visibility: 'public', data: { from: ticket.status, status: input.status } }));
  }
  if (input.assigneeId !== undefined && input.assigneeId !== ticket.assigneeId) {
    if (input.assigneeId !== null && !(await findMembershipRole(deps.db, ticket.projectId, input.assigneeId))) {
      throw new AppError('unknown_assignee', 422, 'The assignee is not a member of this project');
    }
    patch.assigneeId = input.assigneeId;
  }
  if (input.tier !== undefined && input.tier !== ticket.tier) {
    patch.tier = input.tier;
    events.push(
      event(ticketId, agent, at, {
        type: input.tier === 2 ? 'escalated' : 'deescalated',
        visibility: 'internal',
        data: { tier: input.tier, reason: `by ${agent.name}` },
      }),
    );
  }
  for (const field of ['severity', 'category', 'assigneeId', 'tags', 'tier'] as const) {
    if (input[field] === undefined || JSON.stringify(input[field]) === JSON.stringify(ticket[field])) continue;
    if (field !== 'assigneeId' && field !== 'tier') (patch as Record<string, unknown>)[field] = input[field];
    before[field] = ticket[field];
    after[field] = input[field];
  }
  if (Object.keys(after).length > 0) {
    events.push(event(ticketId, agent, at, { type: 'updated', visibility: 'internal', data: { before, after } }));
  }
  if (input.status && input.status !== ticket.status) {
    before.status = ticket.status;
    after.status = input.status;
  }
  if (events.length === 0) return agentTicket(ticket);

  await deps.db.transaction().execute(async (trx) => {
    await updateTicket(trx, ticketId, patch);
    for (const e of events) await insertTicketEvent(trx, e);
    await refreshSla(trx, ticketId, deps.clock.now());
    await emitEvent(trx, { projectId: ticket.projectId, type: 'ticket.updated', payload: { ticketId, number: ticket.number, change: 'fields', before, after }, at });
    await insertAudit(trx, {
      id: sortableId(),
      agentId: agent.id,
      projectId: ticket.projectId,
      action: 'ticket.update',
      targetType: 'ticket',
      targetId: ticketId,
      before,
      after,
      createdAt: at,
    });
  });
  return agentTicket((await findTicket(deps.db, ticketId))!);
}

/** A public reply to the reporter; the first one stamps the first response. */
export async function replyToReporter(deps: Deps, agent: Agent, ticketId: string, input: AgentReplyInput): Promise<AgentEvent> {
  const ticket = await loadTicketFor(deps, agent, ticketId, 'write');
  const at = deps.clock.now().toISOString();
  const reply = event(ticketId, agent, at, { type: 'reply', visibility: 'public', body: input.body });
  const status = ticket.status as TicketStatus;
  const target: TicketStatus | undefined = input.waitOnReporter
    ? 'waiting_on_reporter'
    : status === 'new'
      ? 'open'
      : undefined;
  let patch: TicketPatch = { updatedAt: at, ...(ticket.firstRespondedAt === null && { firstRespondedAt: at }) };
  const events = [reply];
  if (target && target !== status && canTransition(status, target)) {
    patch = { ...patch, ...statusPatch(ticket, target, at) };
    events.push(event(ticketId, agent, at, { type: 'status_changed', visibility: 'public', data: { from: status, status: target } }));
  }
  await deps.db.transaction().execute(async (trx) => {
    await updateTicket(trx, ticketId, patch);
    for (const e of events) await insertTicketEvent(trx, e);
    await refreshSla(trx, ticketId, deps.clock.now());
    await emitEvent(trx, { projectId: ticket.projectId, type: 'ticket.updated', payload: { ticketId, number: ticket.number, change: 'agent_reply', status: target ?? status }, at });
    await insertAudit(trx, {
      id: sortableId(), agentId: agent.id, projectId: ticket.projectId, action: 'ticket.reply',
      targetType: 'ticket', targetId: ticketId, before: null, after: { eventId: reply.id }, createdAt: at,
    });
  });
  return agentEvent(reply);
}

/** An internal note, never shown to the reporter. */
export async function addNote(deps: Deps, agent: Agent, ticketId: string, body: string): Promise<AgentEvent> {
  const ticket = await loadTicketFor(deps, agent, ticketId, 'write');
  const at = deps.clock.now().toISOString();
  const note = event(ticketId, agent, at, { type: 'note', visibility: 'internal', body });
  await deps.db.transaction().execute(async (trx) => {
    await insertTicketEvent(trx, note);
    await updateTicket(trx, ticketId, { updatedAt: at });
    await insertAudit(trx, {
      id: sortableId(), agentId: agent.id, projectId: ticket.projectId, action: 'ticket.note',
      targetType: 'ticket', targetId: ticketId, before: null, after: { eventId: note.id }, createdAt: at,
    });
  });
  return agentEvent(note);
}
