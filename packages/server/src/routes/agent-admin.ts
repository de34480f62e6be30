/**
 * Administration routes of the agent API: agents, tokens, projects, members
 * and the audit log. Mounted inside the agent API, behind its token check.
 */
import { Hono } from 'hono';
import type { Deps } from '../deps.js';
import * as admin from '../services/admin.js';
import { projectStats } from '../services/stats.js';
import { limitBody, readJson } from './body.js';
import type { AppEnv } from './env.js';

const BODY_LIMIT = 64 * 1024;

/** Administration routes. */
export function agentAdminRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const body = limitBody(BODY_LIMIT);

  app.get('/agents', async (c) => c.json(await admin.adminListAgents(deps, c.get('agent')), 200));
  app.post('/agents', body, async (c) => c.json(await admin.adminCreateAgent(deps, c.get('agent'), await readJson(c)), 201));
  app.patch('/agents/:id', body, async (c) =>
    c.json(await admin.adminUpdateAgent(deps, c.get('agent'), c.req.param('id'), await readJson(c)), 200),
  );
  app.get('/agents/:id/tokens', async (c) => c.json(await admin.adminListTokens(deps, c.get('agent'), c.req.param('id')), 200));
  app.post('/agents/:id/tokens', body, async (c) =>
    c.json(await admin.adminCreateToken(deps, c.get('agent'), c.req.param('id'), await readJson(c)), 201),
  );
  app.delete('/tokens/:id', async (c) => c.json(await admin.adminRevokeToken(deps, c.get('agent'), c.req.param('id')), 200));

  app.post('/projects', body, async (c) => c.json(await admin.adminCreateProject(deps, c.get('agent'), await readJson(c)), 201));
  app.get('/projects/:projectId', async (c) => c.json(await admin.adminGetProject(deps, c.get('agent'), c.req.param('projectId')), 200));
  app.patch('/projects/:projectId', body, async (c) =>
    c.json(await admin.adminUpdateProject(deps, c.get('agent'), c.req.param('projectId'), await readJson(c)), 200),
  );
  app.get('/projects/:projectId/members', async (c) =>
    c.json(await admin.adminListMembers(deps, c.get('agent'), c.req.param('projectId')), 200),
  );
  app.put('/projects/:projectId/members/:agentId', body, async (c) =>
    c.json(await admin.adminSetMember(deps, c.get('agent'), c.req.param('projectId'), c.req.param('agentId'), await readJson(c)), 200),
  );
  app.delete('/projects/:projectId/members/:agentId', async (c) =>
    c.json(await admin.adminRemoveMember(deps, c.get('agent'), c.req.param('projectId'), c.req.param('agentId')), 200),
  );
  app.get('/projects/:projectId/audit', async (c) =>
    c.json(await admin.adminAudit(deps, c.get('agent'), c.req.param('projectId'), c.req.query()), 200),
  );
  app.get('/projects/:projectId/stats', async (c) =>
    c.json(await projectStats(deps, c.get('agent'), c.req.param('projectId'), c.req.query()), 200),
  );
  return app;
}
