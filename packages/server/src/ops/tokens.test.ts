import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { initInstance } from '../services/setup.js';
import { hashToken } from '../security/tokens.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { createAgent, createAgentToken, listAgentTokens, revokeAgentToken } from './tokens.js';

describe.each(DIALECTS)('agents and tokens from the command line on %s', (dialect) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let projectId: string;

  beforeAll(async () => {
    deps = await freshDeps(dialect);
    app = createApp(deps);
    projectId = (await initInstance(deps, { name: 'Shop', slug: 'shop' })).projectId;
  });
  afterAll(() => deps.close());

  const me = (token: string) => app.request('/v1/agent/me', { headers: { Authorization: `Bearer ${token}` } });

  it('creates an agent in a project and a token that works, stored only as its hash', async () => {
    const ada = await createAgent(deps, { name: 'Ada', role: 'agent', project: 'shop', projectRole: 'viewer' });
    expect(ada).toMatchObject({ name: 'Ada', role: 'agent', project: { id: projectId, slug: 'shop', role: 'viewer' } });
    const created = await createAgentToken(deps, { agent: 'Ada', name: 'laptop' });
    expect(created.token).toMatch(/^act_[\w-]{43}$/);
    const res = await me(created.token);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: ada.id, projects: [{ id: projectId, role: 'viewer' }] });
    const stored = await deps.db.selectFrom('api_tokens').select('token_hash').where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(hashToken(created.token));
    const listed = await listAgentTokens(deps, ada.id);
    expect(listed).toEqual([{ id: created.id, name: 'laptop', agentId: ada.id, agentName: 'Ada', createdAt: expect.any(String), revokedAt: null }]);
    expect(JSON.stringify(await listAgentTokens(deps))).not.toContain(created.token);
    const audit = await deps.db.selectFrom('audit_log').select(['agent_id', 'action']).where('target_id', '=', created.id).execute();
    expect(audit).toEqual([{ agent_id: 'cli', action: 'token.create' }]);
  });

  it('a revoked token gets 401 from the agent API at once; revoking twice changes nothing', async () => {
    const { id, token } = await createAgentToken(deps, { agent: 'Ada' });
    expect((await me(token)).status).toBe(200);
    expect(await revokeAgentToken(deps, id)).toEqual({ id, alreadyRevoked: false });
    const refused = await me(token);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('invalid_token');
    expect(await revokeAgentToken(deps, id)).toEqual({ id, alreadyRevoked: true });
  });

  it('revokes a leaked token given the token itself', async () => {
    const { id, token } = await createAgentToken(deps, { agent: 'Ada' });
    expect(await revokeAgentToken(deps, token)).toEqual({ id, alreadyRevoked: false });
    expect((await me(token)).status).toBe(401);
    await expect(revokeAgentToken(deps, 'act_not-a-token')).rejects.toThrow('No such token');
    await expect(revokeAgentToken(deps, 'no-such-id')).rejects.toThrow('No such token');
  });

  it('refuses ambiguous names, disabled agents and unknown projects or roles', async () => {
    const first = await createAgent(deps, { name: 'Sam' });
    await createAgent(deps, { name: 'Sam' });
    await expect(createAgentToken(deps, { agent: 'Sam' })).rejects.toThrow(/2 agents are named "Sam"/);
    expect((await createAgentToken(deps, { agent: first.id })).agent.id).toBe(first.id);
    await deps.db.updateTable('agents').set({ disabled: 1 }).where('id', '=', first.id).execute();
    await expect(createAgentToken(deps, { agent: first.id })).rejects.toThrow(/disabled/);
    await expect(createAgentToken(deps, { agent: 'Nobody' })).rejects.toThrow(/No agent/);
    await expect(createAgent(deps, { name: 'Lee', project: 'nope' })).rejects.toThrow(/No project/);
    await expect(createAgent(deps, { name: 'Lee', role: 'owner' })).rejects.toThrow(/--role/);
    await expect(createAgent(deps, { name: 'Lee', projectRole: 'agent' })).rejects.toThrow(/--project-role needs --project/);
  });
});
