/**
 * Agent routes for triage: dry-run, settings (rules, routing, SLA policy),
 * frequent issues, similar tickets, merge and unmerge. Mounted inside the
 * agent API, behind its token check.
 */
import { Hono } from 'hono';
import type { Deps } from '../deps.js';
import { mergeTicket, unmergeTicket } from '../services/merge.js';
import {
  dryRun,
  frequentIssues,
  setRouting,
  setRules,
  setSlaPolicy,
  similarTickets,
  triageSettings,
} from '../services/triage-admin.js';
import { limitBody, readJson } from './body.js';
import type { AppEnv } from './env.js';

const BODY_LIMIT = 256 * 1024;

/** Triage routes of the agent API. */
export function agentTriageRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const pid = (c: { req: { param(name: 'projectId'): string } }) => c.req.param('projectId');

  app.post('/projects/:projectId/triage/dry-run', limitBody(BODY_LIMIT), async (c) =>
    c.json(await dryRun(deps, c.get('agent'), pid(c), await readJson(c)), 200),
  );
  app.get('/projects/:projectId/triage', async (c) => c.json(await triageSettings(deps, c.get('agent'), pid(c)), 200));
  app.put('/projects/:projectId/triage/rules', limitBody(BODY_LIMIT), async (c) =>
    c.json(await setRules(deps, c.get('agent'), pid(c), await readJson(c)), 200),
  );
  app.put('/projects/:projectId/triage/routing', limitBody(BODY_LIMIT), async (c) =>
    c.json(await setRouting(deps, c.get('agent'), pid(c), await readJson(c)), 200),
  );
  app.put('/projects/:projectId/sla-policy', limitBody(BODY_LIMIT), async (c) =>
    c.json(await setSlaPolicy(deps, c.get('agent'), pid(c), await readJson(c)), 200),
  );
  app.get('/projects/:projectId/frequent-issues', async (c) =>
    c.json(await frequentIssues(deps, c.get('agent'), pid(c), c.req.query()), 200),
  );
  app.get('/tickets/:id/similar', async (c) => c.json(await similarTickets(deps, c.get('agent'), c.req.param('id')), 200));
  app.post('/tickets/:id/merge', limitBody(BODY_LIMIT), async (c) =>
    c.json(await mergeTicket(deps, c.get('agent'), c.req.param('id'), await readJson(c)), 200),
  );
  app.post('/tickets/:id/unmerge', async (c) => c.json(await unmergeTicket(deps, c.get('agent'), c.req.param('id')), 200));
  return app;
}
