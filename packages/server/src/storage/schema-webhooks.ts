/**
 * Table types of webhooks (migration 06): the projects' webhooks, one
 * delivery per (event, webhook), every attempt of a delivery, and the cursor
 * of how far the domain event outbox has been fanned out.
 */

/** A project's webhook: where to POST which events. */
export interface WebhookTable {
  id: string;
  project_id: string;
  url: string;
  /**
   * The signing secret, sealed with AES-256-GCM under a key derived from the
   * server secret (services/webhook-secrets.ts). It must be recoverable to sign.
   */
  secret: string;
  /** JSON array of the subscribed event types. */
  events: string;
  /** 1 when events are delivered; 0 pauses the webhook. */
  active: number;
  /** Since when it has been active: it receives the events that happen from then on. */
  active_since: string;
  description: string | null;
  created_at: string;
  updated_at: string;
}

/** One event to deliver to one webhook; unique per (event_id, webhook_id). */
export interface WebhookDeliveryTable {
  /** Time-ordered id, so the log pages newest first. */
  id: string;
  webhook_id: string;
  project_id: string;
  /** The outbox event's id; also the `Aftercare-Webhook-Id` header. */
  event_id: string;
  event_type: string;
  /** The exact JSON body sent on every attempt. */
  payload: string;
  /** `pending` (not tried yet), `failed` (retry scheduled), `succeeded` or `dead` (gave up). */
  status: string;
  attempts: number;
  /** When the next attempt is due; null once succeeded or dead. */
  next_attempt_at: string | null;
  /** While an attempt is in flight: until when it belongs to its sender. */
  claimed_until: string | null;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: string | null;
  created_at: string;
}

/** One HTTP attempt of a delivery. */
export interface WebhookAttemptTable {
  id: string;
  delivery_id: string;
  /** 1 for the first attempt of the delivery. */
  number: number;
  /** `automatic` (the dispatcher) or `manual` (redelivered by an admin). */
  trigger: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  created_at: string;
}

/** How far the outbox has been fanned out into deliveries; one row per name. */
export interface WebhookCursorTable {
  name: string;
  last_event_id: string;
  updated_at: string;
}

/** The webhook tables, merged into `Schema`. */
export interface WebhookTables {
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
  webhook_cursor: WebhookCursorTable;
}
