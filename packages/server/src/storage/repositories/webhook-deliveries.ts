/**
 * Webhook deliveries: the only place that reads and writes
 * `webhook_deliveries` (see webhook-attempts.ts for their attempts). A delivery is claimed
 * (`claimed_until`) while an attempt is in flight, so two senders never send
 * it at once; an unfinished claim (a crash) simply expires.
 */
import type { Selectable } from 'kysely';
import type { Db } from '../schema.js';
import type { WebhookDeliveryTable } from '../schema-webhooks.js';

/** The states of a delivery. */
export type DeliveryStatus = 'pending' | 'failed' | 'succeeded' | 'dead';

/** A stored delivery. */
export interface DeliveryRecord {
  id: string;
  webhookId: string;
  projectId: string;
  eventId: string;
  eventType: string;
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  createdAt: string;
}

/** A delivery not yet attempted, as the fan-out creates it. */
export type NewDelivery = Pick<DeliveryRecord, 'id' | 'webhookId' | 'projectId' | 'eventId' | 'eventType' | 'payload' | 'createdAt'>;

const ACTIVE: DeliveryStatus[] = ['pending', 'failed'];

function toDelivery(row: Selectable<WebhookDeliveryTable>): DeliveryRecord {
  return {
    id: row.id,
    webhookId: row.webhook_id,
    projectId: row.project_id,
    eventId: row.event_id,
    eventType: row.event_type,
    payload: row.payload,
    status: row.status as DeliveryStatus,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    lastStatusCode: row.last_status_code === null ? null : Number(row.last_status_code),
    lastError: row.last_error,
    lastAttemptAt: row.last_attempt_at,
    createdAt: row.created_at,
  };
}

/** Creates pending deliveries, due now; a (event, webhook) pair that has one already is skipped. Returns how many were new. */
export async function insertDeliveries(db: Db, deliveries: readonly NewDelivery[]): Promise<number> {
  if (deliveries.length === 0) return 0;
  const result = await db
    .insertInto('webhook_deliveries')
    .values(
      deliveries.map((d) => ({
        id: d.id,
        webhook_id: d.webhookId,
        project_id: d.projectId,
        event_id: d.eventId,
        event_type: d.eventType,
        payload: d.payload,
        status: 'pending',
        attempts: 0,
        next_attempt_at: d.createdAt,
        created_at: d.createdAt,
      })),
    )
    .onConflict((oc) => oc.columns(['event_id', 'webhook_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** The (event, webhook) pairs among `eventIds` that have a delivery, as `"<eventId> <webhookId>"`. */
export async function deliveredPairs(db: Db, eventIds: readonly string[]): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const rows = await db.selectFrom('webhook_deliveries').select(['event_id', 'webhook_id']).where('event_id', 'in', eventIds).execute();
  return new Set(rows.map((row) => `${row.event_id} ${row.webhook_id}`));
}

/** A delivery of a project; undefined when unknown or another project's. */
export async function findDelivery(db: Db, projectId: string, id: string): Promise<DeliveryRecord | undefined> {
  const row = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).where('project_id', '=', projectId).executeTakeFirst();
  return row && toDelivery(row);
}

/** One page of a project's deliveries, newest first, before the id `before` when given. */
export async function listDeliveries(
  db: Db,
  filter: { projectId: string; webhookId?: string; statuses?: DeliveryStatus[]; eventType?: string; before?: string; limit: number },
): Promise<DeliveryRecord[]> {
  let query = db.selectFrom('webhook_deliveries').selectAll().where('project_id', '=', filter.projectId);
  if (filter.webhookId) query = query.where('webhook_id', '=', filter.webhookId);
  if (filter.statuses?.length) query = query.where('status', 'in', filter.statuses);
  if (filter.eventType) query = query.where('event_type', '=', filter.eventType);
  if (filter.before) query = query.where('id', '<', filter.before);
  const rows = await query.orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map(toDelivery);
}

/** Deliveries of active webhooks due at `now` and not in flight, most overdue first. */
export async function dueDeliveries(db: Db, now: string, limit: number): Promise<DeliveryRecord[]> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
    .selectAll('webhook_deliveries')
    .where('webhooks.active', '=', 1)
    .where('webhook_deliveries.status', 'in', ACTIVE)
    .where('webhook_deliveries.next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('webhook_deliveries.claimed_until', 'is', null), eb('webhook_deliveries.claimed_until', '<=', now)]))
    .orderBy('webhook_deliveries.next_attempt_at')
    .orderBy('webhook_deliveries.id')
    .limit(limit)
    .execute();
  return rows.map(toDelivery);
}

/**
 * Claims a delivery for one attempt until `until`. With `dueOnly` (the
 * dispatcher) it must also still be pending or failed and due. False when
 * someone else holds it or it is no longer due.
 */
export async function claimDelivery(db: Db, id: string, claim: { now: string; until: string; dueOnly: boolean }): Promise<boolean> {
  let query = db
    .updateTable('webhook_deliveries')
    .set({ claimed_until: claim.until })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', claim.now)]));
  if (claim.dueOnly) query = query.where('status', 'in', ACTIVE).where('next_attempt_at', '<=', claim.now);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A delivery by id alone, for its sender after claiming it. */
export async function findDeliveryById(db: Db, id: string): Promise<DeliveryRecord | undefined> {
  const row = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toDelivery(row);
}

/** Records the outcome of an attempt on the delivery and releases its claim; false when the delivery is gone. */
export async function finishDelivery(
  db: Db,
  id: string,
  outcome: { status: DeliveryStatus; attempts: number; nextAttemptAt: string | null; statusCode: number | null; error: string | null; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('webhook_deliveries')
    .set({
      status: outcome.status,
      attempts: outcome.attempts,
      next_attempt_at: outcome.nextAttemptAt,
      claimed_until: null,
      last_status_code: outcome.statusCode,
      last_error: outcome.error,
      last_attempt_at: outcome.at,
    })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes every delivery of a webhook; delete their attempts first. */
export async function deleteDeliveriesOfWebhook(db: Db, webhookId: string): Promise<void> {
  await db.deleteFrom('webhook_deliveries').where('webhook_id', '=', webhookId).execute();
}
