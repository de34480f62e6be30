/**
 * The Hono environment shared by every route: per-request variables.
 */
import type { Agent } from '../services/access.js';

/** Variables a route may set for the middleware around it. */
export interface AppEnv {
  Variables: {
    /** Set when a request's origin is not allowed for its project: no CORS headers then. */
    originRejected: boolean;
    /** The authenticated agent, on `/v1/agent` routes. */
    agent: Agent;
  };
}
