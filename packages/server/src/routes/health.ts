/**
 * `GET /healthz`: 200 when the database answers, 503 when it does not.
 */
import { Hono } from 'hono';
import { sql } from 'kysely';
import type { Deps } from '../deps.js';

/** The health route. */
export function healthRoutes(deps: Deps): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    try {
      await sql`select 1`.execute(deps.db);
      return c.json({ status: 'ok', database: deps.dialect }, 200);
    } catch {
      return c.json({ status: 'unavailable', database: deps.dialect }, 503);
    }
  });
  return app;
}
