import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { ensureDemoProject, issueDemoAdminToken } from './setup.js';

describe.each(DIALECTS)('the demo admin on %s', (dialect) => {
  it('gets a fresh working token on every start, and the previous one stops working', async () => {
    const deps = await freshDeps(dialect);
    const app = createApp(deps);
    const project = await ensureDemoProject(deps);
    expect((await ensureDemoProject(deps)).id).toBe(project.id);
    const first = await issueDemoAdminToken(deps, project);
    const me = await app.request('/v1/agent/me', { headers: { Authorization: `Bearer ${first}` } });
    expect(await me.json()).toMatchObject({ role: 'admin', projects: [{ id: project.id }] });
    const second = await issueDemoAdminToken(deps, project);
    expect((await app.request('/v1/agent/me', { headers: { Authorization: `Bearer ${first}` } })).status).toBe(401);
    expect((await app.request('/v1/agent/me', { headers: { Authorization: `Bearer ${second}` } })).status).toBe(200);
    await deps.close();
  });
});
