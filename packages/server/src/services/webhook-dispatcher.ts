/**
 * Delivers the domain events of the outbox to the projects' webhooks.
 * Filled in by the webhooks work.
 */
import type { Deps } from '../deps.js';

/** Starts delivering; returns a function that stops and waits for the work in hand. */
export function startWebhookDispatcher(_deps: Deps, _options: { intervalMs?: number } = {}): () => Promise<void> {
  return async () => {};
}
