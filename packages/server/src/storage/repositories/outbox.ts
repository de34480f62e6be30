/**
 * The domain event outbox: the only place that writes and reads `outbox_events`.
 */
import { sortableId } from '../ids.js';
import type { Db } from '../schema.js';

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

/** Records a domain event; call inside the transaction of the change it describes. */
export async function emitEvent(
  db: Db,
  event: { projectId: string; type: DomainEventType; payload: Record<string, unknown>; at: string },
): Promise<string> {
  const id = sortableId();
  await db
    .insertInto('outbox_events')
    .values({ id, project_id: event.projectId, type: event.type, payload: JSON.stringify(event.payload), created_at: event.at })
    .execute();
  return id;
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
