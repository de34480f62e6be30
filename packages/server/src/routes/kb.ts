/**
 * Knowledge-base routes: the public ones under `/v1/kb` (project key) and
 * the agent ones inside the agent API. Filled in by the knowledge-base work.
 */
import { Hono } from 'hono';
import type { Deps } from '../deps.js';
import type { AppEnv } from './env.js';

/** Public knowledge-base routes (search, read, deflection), authorised by the project key. */
export function kbPublicRoutes(_deps: Deps): Hono<AppEnv> {
  return new Hono<AppEnv>();
}

/** Knowledge-base administration for agents. */
export function kbAgentRoutes(_deps: Deps): Hono<AppEnv> {
  return new Hono<AppEnv>();
}
