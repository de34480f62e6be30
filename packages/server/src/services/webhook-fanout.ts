/**
 * Fan-out: turns new outbox events into pending deliveries for the active
 * webhooks of the event's project that subscribe to its type, advancing the
 * shared cursor in the same transaction. Idempotent: the unique
 * (event, webhook) key makes a repeated or concurrent pass create nothing twice.
 *
 * Outbox ids are time-ordered when written, but transactions commit in any
 * order, so an event can appear behind the cursor after the cursor moved on.
 * Each pass therefore looks again at the last minute of events before the
 * cursor (LOOKBACK_MS) and fills in what is missing.
 */
import type { Deps } from '../deps.js';
import { sortableId } from '../storage/ids.js';
import { readEvents, type DomainEvent } from '../storage/repositories/outbox.js';
import { advanceCursor, readCursor } from '../storage/repositories/webhook-cursor.js';
import { deliveredPairs, insertDeliveries, type NewDelivery } from '../storage/repositories/webhook-deliveries.js';
import { listActiveWebhooks, type WebhookRecord } from '../storage/repositories/webhooks.js';
import type { Db } from '../storage/schema.js';

/** The cursor's name: one fan-out for every instance. */
export const FANOUT_CURSOR = 'webhooks';

/** How far behind the cursor each pass looks again for late-committed events. */
export const LOOKBACK_MS = 60_000;

const PAGE = 500;

/** The body POSTed for an event, identical on every attempt. */
export function webhookBody(event: DomainEvent): string {
  return JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt, projectId: event.projectId, data: event.payload });
}

/** The smallest id written `ms` before the id `cursor` (ids start with 12 hex digits of milliseconds, see storage/ids.ts). */
export function lookbackFrom(cursor: string, ms = LOOKBACK_MS): string {
  const at = Number.parseInt(cursor.slice(0, 12), 16);
  if (cursor.length < 12 || !Number.isFinite(at)) return cursor;
  return Math.max(0, at - ms).toString(16).padStart(12, '0');
}

function subscribers(event: DomainEvent, webhooks: readonly WebhookRecord[]): WebhookRecord[] {
  // A webhook receives the events that happen while it is active, not older ones.
  return webhooks.filter((w) => w.projectId === event.projectId && w.events.includes(event.type) && w.activeSince <= event.createdAt);
}

async function missingDeliveries(db: Db, events: readonly DomainEvent[], webhooks: readonly WebhookRecord[], at: string): Promise<NewDelivery[]> {
  const wanted = events.flatMap((event) => subscribers(event, webhooks).map((webhook) => ({ event, webhook })));
  if (wanted.length === 0) return [];
  const existing = await deliveredPairs(db, [...new Set(wanted.map((w) => w.event.id))]);
  return wanted
    .filter(({ event, webhook }) => !existing.has(`${event.id} ${webhook.id}`))
    .map(({ event, webhook }) => ({
      id: sortableId(),
      webhookId: webhook.id,
      projectId: event.projectId,
      eventId: event.id,
      eventType: event.type,
      payload: webhookBody(event),
      createdAt: at,
    }));
}

/**
 * Creates the deliveries of events not fanned out yet; returns how many were
 * created. Reads at most about `maxEvents` past the cursor per call.
 *
 * @example
 * const created = await fanOut(deps);
 */
export async function fanOut(deps: Deps, options: { maxEvents?: number } = {}): Promise<number> {
  const maxEvents = options.maxEvents ?? 2_000;
  const webhooks = await listActiveWebhooks(deps.db);
  const cursor = await readCursor(deps.db, FANOUT_CURSOR);
  const at = deps.clock.now().toISOString();
  let after = webhooks.length > 0 ? lookbackFrom(cursor) : cursor;
  let created = 0;
  let beyond = 0;
  for (;;) {
    const events = await readEvents(deps.db, after, PAGE);
    if (events.length === 0) break;
    const last = events[events.length - 1]!.id;
    const missing = await missingDeliveries(deps.db, events, webhooks, at);
    // Writes only in the transaction (SQLite cannot upgrade a reader); the unique key settles races.
    created += await deps.db.transaction().execute(async (trx) => {
      const count = await insertDeliveries(trx, missing);
      if (last > cursor) await advanceCursor(trx, FANOUT_CURSOR, last, at);
      return count;
    });
    beyond += events.filter((event) => event.id > cursor).length;
    after = last;
    if (events.length < PAGE || beyond >= maxEvents) break;
  }
  return created;
}
