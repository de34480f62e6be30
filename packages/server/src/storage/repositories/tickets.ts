/**
 * Tickets and their timeline: the only place that reads and writes `tickets`
 * and `ticket_events`.
 */
import type { Db, TicketEventTable, TicketTable } from '../schema.js';

/** A ticket row as services see it. */
export interface TicketRecord {
  id: string;
  projectId: string;
  number: number;
  title: string;
  status: string;
  severity: string;
  category: string;
  createdAt: string;
  updatedAt: string;
}

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

function toTicket(row: TicketTable): TicketRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    number: Number(row.number),
    title: row.title,
    status: row.status,
    severity: row.severity,
    category: row.category,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toEvent(row: TicketEventTable): TicketEvent {
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

/** Inserts a ticket. */
export async function insertTicket(db: Db, ticket: TicketRecord): Promise<void> {
  await db
    .insertInto('tickets')
    .values({
      id: ticket.id,
      project_id: ticket.projectId,
      number: ticket.number,
      title: ticket.title,
      status: ticket.status,
      severity: ticket.severity,
      category: ticket.category,
      created_at: ticket.createdAt,
      updated_at: ticket.updatedAt,
    })
    .execute();
}

/** Finds a ticket by id. */
export async function findTicket(db: Db, id: string): Promise<TicketRecord | undefined> {
  const row = await db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toTicket(row);
}

/** Appends an entry to a ticket's timeline. */
export async function insertTicketEvent(db: Db, event: TicketEvent): Promise<void> {
  await db
    .insertInto('ticket_events')
    .values({
      id: event.id,
      ticket_id: event.ticketId,
      type: event.type,
      visibility: event.visibility,
      actor_type: event.actorType,
      actor_id: event.actorId,
      body: event.body,
      data: JSON.stringify(event.data),
      created_at: event.createdAt,
    })
    .execute();
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
