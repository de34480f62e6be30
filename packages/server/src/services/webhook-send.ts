/**
 * One attempt of a webhook delivery: claim it, POST the stored body signed
 * with the webhook's secret, then record the attempt and the delivery's next
 * state in one transaction. Used by the dispatcher and by redelivery by hand.
 */
import type { Deps } from '../deps.js';
import { sortableId } from '../storage/ids.js';
import { insertAttempt } from '../storage/repositories/webhook-attempts.js';
import {
  claimDelivery,
  findDeliveryById,
  finishDelivery,
  type DeliveryRecord,
  type DeliveryStatus,
} from '../storage/repositories/webhook-deliveries.js';
import { findWebhook, type WebhookRecord } from '../storage/repositories/webhooks.js';
import { isDelivered, nextState } from './webhook-retry.js';
import { openWebhookSecret } from './webhook-secrets.js';
import { signatureHeader } from './webhook-signature.js';

/** How long one attempt may take before it counts as failed. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Extra time a claim outlives the timeout, so a slow finish is not taken for a crash. */
const CLAIM_MARGIN_MS = 30_000;

/** How to attempt a delivery. */
export interface AttemptOptions {
  trigger: 'automatic' | 'manual';
  /** Only when still pending or failed and due (the dispatcher); a redelivery by hand sends regardless. */
  dueOnly: boolean;
  timeoutMs?: number;
  random?: () => number;
}

/** What an attempt did. */
export interface AttemptOutcome {
  deliveryId: string;
  number: number;
  statusCode: number | null;
  error: string | null;
  status: DeliveryStatus;
}

interface HttpResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `Timed out after ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  return `Request failed: ${cause?.code ?? cause?.message ?? (error as Error).message ?? String(error)}`;
}

async function post(deps: Deps, webhook: WebhookRecord, delivery: DeliveryRecord, timeoutMs: number): Promise<HttpResult> {
  let secret: string;
  try {
    secret = openWebhookSecret(deps.config.secret, webhook.id, webhook.sealedSecret);
  } catch {
    return { statusCode: null, error: 'Cannot open the signing secret (was the server secret changed?)', durationMs: 0 };
  }
  const timestamp = String(Math.floor(deps.clock.now().getTime() / 1000));
  const started = performance.now();
  try {
    const response = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Aftercare-Webhooks/1',
        'Aftercare-Webhook-Id': delivery.eventId,
        'Aftercare-Webhook-Event': delivery.eventType,
        'Aftercare-Webhook-Delivery': delivery.id,
        'Aftercare-Webhook-Timestamp': timestamp,
        'Aftercare-Webhook-Signature': signatureHeader(secret, timestamp, delivery.payload),
      },
      body: delivery.payload,
      // A redirect is not followed: the receiver's address is the one an admin configured.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Response bodies are not kept: the log is readable by every project member.
    await response.body?.cancel().catch(() => {});
    const status = response.status;
    const error = isDelivered(status) ? null : status >= 300 && status < 400 ? `Redirect (HTTP ${status}) not followed` : `HTTP ${status}`;
    return { statusCode: status, error, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { statusCode: null, error: describeFailure(error, timeoutMs), durationMs: Math.round(performance.now() - started) };
  }
}

/**
 * Attempts one delivery now. Null when it could not be claimed: another
 * sender has it in flight, or (with `dueOnly`) it is no longer due.
 *
 * @example
 * const outcome = await attemptDelivery(deps, deliveryId, { trigger: 'manual', dueOnly: false });
 */
export async function attemptDelivery(deps: Deps, deliveryId: string, options: AttemptOptions): Promise<AttemptOutcome | null> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = deps.clock.now();
  const until = new Date(now.getTime() + timeoutMs + CLAIM_MARGIN_MS).toISOString();
  if (!(await claimDelivery(deps.db, deliveryId, { now: now.toISOString(), until, dueOnly: options.dueOnly }))) return null;
  // Read after claiming: the attempt count is then ours alone.
  const delivery = await findDeliveryById(deps.db, deliveryId);
  const webhook = delivery && (await findWebhook(deps.db, delivery.projectId, delivery.webhookId));
  if (!delivery || !webhook) return null;

  const result = await post(deps, webhook, delivery, timeoutMs);
  const at = deps.clock.now();
  const number = delivery.attempts + 1;
  const state = nextState({ ok: result.error === null, attempts: number, now: at, random: options.random });
  const recorded = await deps.db.transaction().execute(async (trx) => {
    const outcome = { ...state, attempts: number, statusCode: result.statusCode, error: result.error, at: at.toISOString() };
    // The webhook may have been deleted while the request was in flight.
    if (!(await finishDelivery(trx, deliveryId, outcome))) return false;
    await insertAttempt(trx, {
      id: sortableId(),
      deliveryId,
      number,
      trigger: options.trigger,
      statusCode: result.statusCode,
      error: result.error,
      durationMs: result.durationMs,
      createdAt: at.toISOString(),
    });
    return true;
  });
  if (!recorded) return null;
  return { deliveryId, number, statusCode: result.statusCode, error: result.error, status: state.status };
}
