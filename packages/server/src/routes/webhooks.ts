/**
 * Webhook administration inside the agent API. Filled in by the webhooks work.
 */
import { Hono } from 'hono';
import type { Deps } from '../deps.js';
import type { AppEnv } from './env.js';

/** Webhook routes of the agent API. */
export function webhookAgentRoutes(_deps: Deps): Hono<AppEnv> {
  return new Hono<AppEnv>();
}
