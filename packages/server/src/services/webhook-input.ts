/**
 * The wire input of the webhook API: zod schemas for creating and changing a
 * webhook and for querying the delivery log, and the rule for receiver URLs.
 */
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { DomainEventType } from '../storage/repositories/outbox.js';

/** Every event type a webhook can subscribe to. */
export const WEBHOOK_EVENT_TYPES = [
  'ticket.created',
  'ticket.updated',
  'ticket.merged',
  'sla.warning',
  'sla.breached',
  'csat.received',
] as const satisfies readonly DomainEventType[];

const eventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);
const eventsSchema = z
  .array(eventTypeSchema)
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length * 2)
  .transform((events) => WEBHOOK_EVENT_TYPES.filter((type) => events.includes(type)));
const urlSchema = z.string().trim().min(1).max(2048);
const descriptionSchema = z.string().trim().max(200).nullable();

/** `POST …/webhooks`: `events` defaults to every type, `active` to true. */
export const webhookCreateSchema = z.strictObject({
  url: urlSchema,
  events: eventsSchema.optional(),
  active: z.boolean().optional(),
  description: descriptionSchema.optional(),
});

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

const STATUSES = ['pending', 'failed', 'succeeded', 'dead'] as const;

/** `GET …/webhook-deliveries` query: filters (statuses comma separated), page size and cursor. */
export const deliveryQuerySchema = z.strictObject({
  webhookId: z.string().min(1).max(100).optional(),
  status: z
    .string()
    .transform((value) => value.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(STATUSES)).min(1))
    .optional(),
  eventType: eventTypeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(100).optional(),
});

/** Validated `POST …/webhooks` input. */
export type WebhookCreateInput = z.infer<typeof webhookCreateSchema>;
/** Validated `PATCH …/webhooks/:id` input. */
export type WebhookPatchInput = z.infer<typeof webhookPatchSchema>;
/** Validated delivery-log query. */
export type DeliveryQuery = z.infer<typeof deliveryQuerySchema>;

function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]';
}

/**
 * Checks a receiver URL and returns it normalised (without a fragment).
 * It must be `https:`; plain `http:` only to a loopback host (localhost,
 * 127.0.0.0/8, ::1), for development and receivers on the same machine. No
 * credentials in the URL: put a token in the path or query instead.
 */
export function checkWebhookUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('invalid_webhook_url', 422, 'The URL is not a valid absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('invalid_webhook_url', 422, 'The URL must use https (or http to localhost)');
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new AppError('invalid_webhook_url', 422, 'Use an https URL; plain http is allowed only to localhost');
  }
  if (url.username || url.password) {
    throw new AppError('invalid_webhook_url', 422, 'Credentials in the URL are not allowed; put a token in the path or query instead');
  }
  url.hash = '';
  return url.href;
}
