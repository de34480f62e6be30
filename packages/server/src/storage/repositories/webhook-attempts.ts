/**
 * Attempts of webhook deliveries: the only place that reads and writes
 * `webhook_attempts`. One row per HTTP attempt, automatic or by hand.
 */
import type { Db } from '../schema.js';

/** One attempt of a delivery. */
export interface AttemptRecord {
  id: string;
  deliveryId: string;
  number: number;
  trigger: 'automatic' | 'manual';
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  createdAt: string;
}

/** Stores one attempt. */
export async function insertAttempt(db: Db, attempt: AttemptRecord): Promise<void> {
  await db
    .insertInto('webhook_attempts')
    .values({
      id: attempt.id,
      delivery_id: attempt.deliveryId,
      number: attempt.number,
      trigger: attempt.trigger,
      status_code: attempt.statusCode,
      error: attempt.error,
      duration_ms: attempt.durationMs,
      created_at: attempt.createdAt,
    })
    .execute();
}

/** Every attempt of a delivery, oldest first. */
export async function listAttempts(db: Db, deliveryId: string): Promise<AttemptRecord[]> {
  const rows = await db.selectFrom('webhook_attempts').selectAll().where('delivery_id', '=', deliveryId).orderBy('number').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    deliveryId: row.delivery_id,
    number: Number(row.number),
    trigger: row.trigger as AttemptRecord['trigger'],
    statusCode: row.status_code === null ? null : Number(row.status_code),
    error: row.error,
    durationMs: Number(row.duration_ms),
    createdAt: row.created_at,
  }));
}

/** Deletes the attempts of every delivery of a webhook. */
export async function deleteAttemptsOfWebhook(db: Db, webhookId: string): Promise<void> {
  const deliveries = db.selectFrom('webhook_deliveries').select('id').where('webhook_id', '=', webhookId);
  await db.deleteFrom('webhook_attempts').where('delivery_id', 'in', deliveries).execute();
}
