/**
 * Webhooks through the agent API: creating and changing a project's
 * webhooks, the webhooks as answered (the signing secret only once), and
 * the delivery log with its query. See docs/webhooks.md.
 */
import { z } from './zod.js';
import { timestampSchema } from './common.js';

/** Every event type a webhook can subscribe to. */
export const WEBHOOK_EVENT_TYPES = [
  'ticket.created',
  'ticket.updated',
  'ticket.merged',
  'sla.warning',
  'sla.breached',
  'csat.received',
] as const;

/** A webhook event type. */
export const webhookEventSchema = z.enum(WEBHOOK_EVENT_TYPES);
/** A webhook event type. */
export type WebhookEvent = z.infer<typeof webhookEventSchema>;

const eventsSchema = z
  .array(webhookEventSchema)
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length * 2)
  // Answered without repeats, in the order of WEBHOOK_EVENT_TYPES.
  .transform((events) => WEBHOOK_EVENT_TYPES.filter((type) => events.includes(type)));
// The server checks the URL further (https, or http to a loopback host; no credentials).
const urlSchema = z.string().trim().min(1).max(2048);
const descriptionSchema = z.string().trim().max(200).nullable();

/** `POST /v1/agent/projects/:projectId/webhooks`: `events` defaults to every type, `active` to true. */
export const webhookCreateSchema = z.strictObject({
  url: urlSchema,
  events: eventsSchema.optional(),
  active: z.boolean().optional(),
  description: descriptionSchema.optional(),
});
/** A new webhook. */
export type WebhookInput = z.infer<typeof webhookCreateSchema>;

/** `PATCH …/webhooks/:id`: any of the fields; `rotateSecret: true` issues a new secret. */
export const webhookPatchSchema = z
  .strictObject({
    url: urlSchema.optional(),
    events: eventsSchema.optional(),
    active: z.boolean().optional(),
    description: descriptionSchema.optional(),
    rotateSecret: z.literal(true).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change');
/** A change to a webhook. */
export type WebhookPatch = z.infer<typeof webhookPatchSchema>;

/** A webhook as answered; never carries its secret. */
export const webhookSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  url: z.string(),
  events: z.array(webhookEventSchema),
  active: z.boolean(),
  description: z.string().nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
/** A webhook. */
export type Webhook = z.infer<typeof webhookSchema>;

/** A webhook with its signing secret: only in the answer that issues it (creation, `rotateSecret`). */
export const webhookWithSecretSchema = webhookSchema.extend({ secret: z.string() });
/** A webhook with its signing secret. */
export type WebhookWithSecret = z.infer<typeof webhookWithSecretSchema>;

/** `GET …/webhooks`: a project's webhooks. */
export const webhookListSchema = z.object({ items: z.array(webhookSchema) });
/** A project's webhooks. */
export type WebhookList = z.infer<typeof webhookListSchema>;

/** Every state of a delivery. */
export const DELIVERY_STATUSES = ['pending', 'failed', 'succeeded', 'dead'] as const;
/** Where a delivery stands. */
export const deliveryStatusSchema = z.enum(DELIVERY_STATUSES);
/** Where a delivery stands. */
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;

/** `GET …/webhook-deliveries` query: filters (statuses comma separated), page size and cursor. */
export const deliveryQuerySchema = z.strictObject({
  webhookId: z.string().min(1).max(100).optional(),
  status: z
    .string()
    .transform((value) => value.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(deliveryStatusSchema).min(1))
    .optional(),
  eventType: webhookEventSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(100).optional(),
});
/** A parsed delivery-log query. */
export type DeliveryQuery = z.infer<typeof deliveryQuerySchema>;

/** One event on its way to one webhook. */
export const webhookDeliverySchema = z.object({
  id: z.string(),
  webhookId: z.string(),
  eventId: z.string(),
  eventType: webhookEventSchema,
  status: deliveryStatusSchema,
  attempts: z.number().int(),
  nextAttemptAt: timestampSchema.nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastAttemptAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
});
/** One event on its way to one webhook. */
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

/** One attempt to deliver, automatic or by hand. */
export const deliveryAttemptSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  trigger: z.enum(['automatic', 'manual']),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number(),
  at: timestampSchema,
});
/** One attempt to deliver. */
export type DeliveryAttempt = z.infer<typeof deliveryAttemptSchema>;

/** `GET …/webhook-deliveries/:id` and redelivery: the body it sends and every attempt, oldest first. */
export const webhookDeliveryDetailSchema = webhookDeliverySchema.extend({
  payload: z.unknown(),
  history: z.array(deliveryAttemptSchema),
});
/** A delivery with its body and attempts. */
export type WebhookDeliveryDetail = z.infer<typeof webhookDeliveryDetailSchema>;

/** `GET …/webhook-deliveries`: a page, newest first; pass `nextCursor` as `cursor` for the next. */
export const deliveryPageSchema = z.object({
  items: z.array(webhookDeliverySchema),
  nextCursor: z.string().nullable(),
});
/** A page of the delivery log. */
export type DeliveryPage = z.infer<typeof deliveryPageSchema>;
