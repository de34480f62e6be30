/**
 * The domain event outbox: the only place that writes and reads `outbox_events`.
 */
import { sortableId } from '../ids.js';
import type { Db } from '../schema.js';
import { insertRows } from '../bulk-insert.js';

/** The domain events integrations can subscribe to. */
export type DomainEventType =
  | 'ticket.created'
  | 'ticket.updated'
  | 'ticket.merged'
  | 'sla.warning'
  | 'sla.breached'
  | 'csat.received';

/** A stored domain event. */
export interface DomainEvent {
  id: string;
  projectId: string;
  type: DomainEventType;
  payload: Record<string, unknown>;
  createdAt: string;
}

/** A domain event to record. */
export interface NewDomainEvent {
  projectId: string;
  type: DomainEventType;
  payload: Record<string, unknown>;
  at: string;
}

/** Records a domain event; call inside the transaction of the change it describes. */
export async function emitEvent(db: Db, event: NewDomainEvent): Promise<string> {
  return (await emitEvents(db, [event]))[0]!;
}

/** Records several domain events in one statement, in order; answers their ids. */
export async function emitEvents(db: Db, events: readonly NewDomainEvent[]): Promise<string[]> {
  const rows = events.map((event) => ({
    id: sortableId(),
    project_id: event.projectId,
    type: event.type,
    payload: JSON.stringify(event.payload),
    created_at: event.at,
  }));
  await insertRows(db, 'outbox_events', rows);
  return rows.map((row) => row.id);
}

/** Events after `afterId` (exclusive), oldest first, across projects. */
export async function readEvents(db: Db, afterId: string, limit: number): Promise<DomainEvent[]> {
  const rows = await db.selectFrom('outbox_events').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((row) => ({
    id: row.id,
    projectId: row.project_id,
    type: row.type as DomainEventType,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    createdAt: row.created_at,
  }));
}
