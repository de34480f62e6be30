/**
 * The rule for webhook receiver URLs, checked beyond the wire contract (the
 * input schemas are `webhookCreateSchema` and `webhookPatchSchema` in
 * `@aftercare/sdk/schemas`).
 */
import { WEBHOOK_EVENT_TYPES } from '@aftercare/sdk/schemas';
import { AppError } from '../errors.js';
import type { DomainEventType } from '../storage/repositories/outbox.js';

/** Every event type a webhook can subscribe to; `tsc` checks that each is a domain event. */
export const WEBHOOK_EVENTS: readonly DomainEventType[] = WEBHOOK_EVENT_TYPES;

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
