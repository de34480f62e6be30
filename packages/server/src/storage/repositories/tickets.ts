/**
 * Tickets and their timeline: the only place that reads and writes `tickets`
 * and `ticket_events`.
 */
import type { Insertable, Selectable } from 'kysely';
import type { Db, TicketEventTable, TicketTable } from '../schema.js';
import { insertRows } from '../bulk-insert.js';

/** A ticket row as services see it. */
export interface TicketRecord {
  id: string;
  projectId: string;
  number: number;
  title: string;
  status: string;
  severity: string;
  category: string;
  assigneeId: string | null;
  tags: string[];
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  reopenCount: number;
  fingerprint: string | null;
  fingerprintVersion: number;
  occurrences: number;
  reporterCount: number;
  lastSeenAt: string | null;
  regressionOf: string | null;
  mergedInto: string | null;
  tier: number;
  assigneeGroup: string | null;
  policyVersion: number;
  firstResponseDue: string | null;
  nextResponseDue: string | null;
  resolutionDue: string | null;
  slaState: string;
  createdAt: string;
  updatedAt: string;
}

/** A new ticket: the work columns start empty. */
export type NewTicket = Pick<
  TicketRecord,
  'id' | 'projectId' | 'number' | 'title' | 'status' | 'severity' | 'category' | 'createdAt' | 'updatedAt'
> &
  Partial<
    Pick<
      TicketRecord,
      | 'assigneeId'
      | 'tags'
      | 'fingerprint'
      | 'fingerprintVersion'
      | 'regressionOf'
      | 'tier'
      | 'assigneeGroup'
      | 'policyVersion'
      | 'firstResponseDue'
      | 'resolutionDue'
    >
  > & {
    fingerprintBasis?: string | null;
    slaNextCheckAt?: string | null;
    /** Reports and distinct reporters the ticket starts with (default 1 each), and the last one's time (default creation). */
    occurrences?: number;
    reporterCount?: number;
    lastSeenAt?: string;
  };

/** The columns an agent action may change. */
export type TicketPatch = Partial<
  Pick<
    TicketRecord,
    | 'title'
    | 'status'
    | 'severity'
    | 'category'
    | 'assigneeId'
    | 'tags'
    | 'firstRespondedAt'
    | 'resolvedAt'
    | 'closedAt'
    | 'reopenCount'
    | 'tier'
    | 'mergedInto'
    | 'updatedAt'
  >
>;

/** A timeline entry as services see it. */
export interface TicketEvent {
  id: string;
  ticketId: string;
  type: string;
  visibility: 'public' | 'internal';
  actorType: 'reporter' | 'agent' | 'system';
  actorId: string | null;
  body: string | null;
  data: Record<string, unknown>;
  createdAt: string;
}

/** Maps a row to a record. */
export function toTicket(row: Selectable<TicketTable>): TicketRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    number: Number(row.number),
    title: row.title,
    status: row.status,
    severity: row.severity,
    category: row.category,
    assigneeId: row.assignee_id,
    tags: JSON.parse(row.tags) as string[],
    firstRespondedAt: row.first_responded_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    reopenCount: Number(row.reopen_count),
    fingerprint: row.fingerprint,
    fingerprintVersion: Number(row.fingerprint_version),
    occurrences: Number(row.occurrences),
    reporterCount: Number(row.reporter_count),
    lastSeenAt: row.last_seen_at,
    regressionOf: row.regression_of,
    mergedInto: row.merged_into,
    tier: Number(row.tier),
    assigneeGroup: row.assignee_group,
    policyVersion: Number(row.policy_version),
    firstResponseDue: row.first_response_due,
    nextResponseDue: row.next_response_due,
    resolutionDue: row.resolution_due,
    slaState: row.sla_state,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toEvent(row: Selectable<TicketEventTable>): TicketEvent {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    type: row.type,
    visibility: row.visibility as TicketEvent['visibility'],
    actorType: row.actor_type as TicketEvent['actorType'],
    actorId: row.actor_id,
    body: row.body,
    data: JSON.parse(row.data) as Record<string, unknown>,
    createdAt: row.created_at,
  };
}

function ticketRow(ticket: NewTicket): Insertable<TicketTable> {
  return {
    id: ticket.id,
    project_id: ticket.projectId,
    number: ticket.number,
    title: ticket.title,
    status: ticket.status,
    severity: ticket.severity,
    category: ticket.category,
    assignee_id: ticket.assigneeId ?? null,
    tags: JSON.stringify(ticket.tags ?? []),
    fingerprint: ticket.fingerprint ?? null,
    fingerprint_version: ticket.fingerprintVersion ?? 0,
    fingerprint_basis: ticket.fingerprintBasis ?? null,
    regression_of: ticket.regressionOf ?? null,
    tier: ticket.tier ?? 1,
    assignee_group: ticket.assigneeGroup ?? null,
    policy_version: ticket.policyVersion ?? 0,
    first_response_due: ticket.firstResponseDue ?? null,
    resolution_due: ticket.resolutionDue ?? null,
    sla_next_check_at: ticket.slaNextCheckAt ?? null,
    occurrences: ticket.occurrences ?? 1,
    reporter_count: ticket.reporterCount ?? 1,
    last_seen_at: ticket.lastSeenAt ?? ticket.createdAt,
    created_at: ticket.createdAt,
    updated_at: ticket.updatedAt,
  };
}

/** Inserts several tickets in one statement. */
export async function insertTickets(db: Db, tickets: readonly NewTicket[]): Promise<void> {
  await insertRows(db, 'tickets', tickets.map(ticketRow));
}

/** The tickets with these ids, by id. */
export async function findTickets(db: Db, ids: readonly string[]): Promise<Map<string, TicketRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('tickets').selectAll().where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((row) => [row.id, toTicket(row)]));
}

/** Finds a ticket by id. */
export async function findTicket(db: Db, id: string): Promise<TicketRecord | undefined> {
  const row = await db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toTicket(row);
}

/** Changes the given columns of a ticket. */
export async function updateTicket(db: Db, id: string, patch: TicketPatch): Promise<void> {
  const set: Partial<Insertable<TicketTable>> = {};
  if (patch.title !== undefined) set.title = patch.title;
  if (patch.status !== undefined) set.status = patch.status;
  if (patch.severity !== undefined) set.severity = patch.severity;
  if (patch.category !== undefined) set.category = patch.category;
  if (patch.assigneeId !== undefined) set.assignee_id = patch.assigneeId;
  if (patch.tags !== undefined) set.tags = JSON.stringify(patch.tags);
  if (patch.firstRespondedAt !== undefined) set.first_responded_at = patch.firstRespondedAt;
  if (patch.resolvedAt !== undefined) set.resolved_at = patch.resolvedAt;
  if (patch.closedAt !== undefined) set.closed_at = patch.closedAt;
  if (patch.reopenCount !== undefined) set.reopen_count = patch.reopenCount;
  if (patch.tier !== undefined) set.tier = patch.tier;
  if (patch.mergedInto !== undefined) set.merged_into = patch.mergedInto;
  if (patch.updatedAt !== undefined) set.updated_at = patch.updatedAt;
  if (Object.keys(set).length === 0) return;
  await db.updateTable('tickets').set(set).where('id', '=', id).execute();
}

function eventRow(event: TicketEvent): Insertable<TicketEventTable> {
  return {
    id: event.id,
    ticket_id: event.ticketId,
    type: event.type,
    visibility: event.visibility,
    actor_type: event.actorType,
    actor_id: event.actorId,
    body: event.body,
    data: JSON.stringify(event.data),
    created_at: event.createdAt,
  };
}

/** Appends an entry to a ticket's timeline. */
export async function insertTicketEvent(db: Db, event: TicketEvent): Promise<void> {
  await db.insertInto('ticket_events').values(eventRow(event)).execute();
}

/** Appends several entries in one statement. */
export async function insertTicketEvents(db: Db, events: readonly TicketEvent[]): Promise<void> {
  await insertRows(db, 'ticket_events', events.map(eventRow));
}

/** A ticket's timeline, oldest first; only public entries unless `includeInternal`. */
export async function listTicketEvents(
  db: Db,
  ticketId: string,
  options: { includeInternal: boolean },
): Promise<TicketEvent[]> {
  let query = db.selectFrom('ticket_events').selectAll().where('ticket_id', '=', ticketId);
  if (!options.includeInternal) query = query.where('visibility', '=', 'public');
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(toEvent);
}
