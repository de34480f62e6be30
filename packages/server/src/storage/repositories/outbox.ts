/**
 * The domain event outbox: the only place that writes and reads `outbox_events`.
 *
 * Webhooks are what reads it (services/webhook-fanout.ts), and a webhook
 * receives the events that happen while it is active. So an event is recorded
 * only when an active webhook of its project subscribes to its type, read in
 * the transaction that records it: the rest would never be delivered, and
 * writing them cost about a sixth of the time of filing a report
 * (docs/benchmarks.md, "Ingest").
 */
import { sortableId } from '../ids.js';
import type { Db } from '../schema.js';
import { insertRows } from '../bulk-insert.js';
import { subscribedEventTypes } from './webhooks.js';

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

/**
 * Records a domain event if a webhook subscribes to it; call inside the
 * transaction of the change it describes. Answers its id, or undefined when
 * no active webhook of the project subscribes to its type.
 */
export async function emitEvent(db: Db, event: NewDomainEvent): Promise<string | undefined> {
  return (await emitEvents(db, [event]))[0];
}

/**
 * Records, in one statement and in order, those of `events` that an active
 * webhook of their project subscribes to; answers the ids of those recorded.
 */
export async function emitEvents(db: Db, events: readonly NewDomainEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  const subscribed = await subscribedEventTypes(db, [...new Set(events.map((event) => event.projectId))]);
  const rows = events.filter((event) => subscribed.get(event.projectId)?.has(event.type)).map((event) => ({
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
