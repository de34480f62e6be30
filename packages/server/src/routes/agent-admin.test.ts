import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agentMeSchema,
  agentRecordSchema,
  auditLogSchema,
  memberListSchema,
  projectRecordSchema,
  tokenCreatedSchema,
  tokenListSchema,
  tokenRecordSchema,
} from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { initInstance } from '../services/setup.js';
import { agentWithToken } from '../test-support/agents.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { postReport, reportBody } from '../test-support/reports.js';

describe.each(DIALECTS)('administration through the agent API on %s', (dialect) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let projectId: string;
  let admin: Record<string, string>;

  beforeAll(async () => {
    deps = await freshDeps(dialect);
    app = createApp(deps);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    projectId = init.projectId;
    admin = { Authorization: `Bearer ${init.adminToken}` };
  });
  afterAll(() => deps.close());

  const call = (method: string, path: string, auth: Record<string, string>, body?: unknown) =>
    app.request(`/v1/agent${path}`, {
      method,
      headers: { ...auth, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

  it('creates an agent, gives it a token shown once, a membership, and revokes the token', async () => {
    const created = await call('POST', '/agents', admin, { name: 'Nia', email: 'nia@example.com', tier: 2, capacity: 10 });
    expect(created.status).toBe(201);
    const nia = agentRecordSchema.parse(await created.json());
    expect(nia).toMatchObject({ role: 'agent', tier: 2, capacity: 10, disabled: false });

    const tokenRes = await call('POST', `/agents/${nia.id}/tokens`, admin, { name: 'laptop' });
    expect(tokenRes.status).toBe(201);
    const token = tokenCreatedSchema.parse(await tokenRes.json());
    const auth = { Authorization: `Bearer ${token.token}` };
    const stored = await deps.db.selectFrom('api_tokens').select('token_hash').where('id', '=', token.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token.token);
    const listed = tokenListSchema.parse(await (await call('GET', `/agents/${nia.id}/tokens`, admin)).json());
    expect(listed.items).toEqual([{ id: token.id, agentId: nia.id, name: 'laptop', createdAt: token.createdAt, revokedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(token.token);

    // Not a member yet: no projects, and the project is invisible.
    expect(agentMeSchema.parse(await (await call('GET', '/me', auth)).json()).projects).toEqual([]);
    expect((await call('GET', `/projects/${projectId}/tickets`, auth)).status).toBe(404);
    const member = await call('PUT', `/projects/${projectId}/members/${nia.id}`, admin, { role: 'viewer' });
    expect(member.status).toBe(200);
    expect(memberListSchema.parse(await member.json()).items).toContainEqual({ agentId: nia.id, name: 'Nia', role: 'viewer' });
    expect((await call('GET', `/projects/${projectId}/tickets`, auth)).status).toBe(200);
    const members = memberListSchema.parse(await (await call('GET', `/projects/${projectId}/members`, auth)).json());
    expect(members.items.map((m) => m.agentId)).toContain(nia.id);

    const revokedToken = await call('DELETE', `/tokens/${token.id}`, admin);
    expect(revokedToken.status).toBe(200);
    expect(tokenRecordSchema.parse(await revokedToken.json()).revokedAt).not.toBeNull();
    const revoked = await call('GET', '/me', auth);
    expect(revoked.status).toBe(401);
    expect(await code(revoked)).toBe('invalid_token');
  });

  it('keeps instance administration to instance admins', async () => {
    const agent = await agentWithToken(deps, { name: 'Ana', projectId, projectRole: 'admin' });
    for (const res of [
      await call('GET', '/agents', agent.auth),
      await call('POST', '/agents', agent.auth, { name: 'X' }),
      await call('POST', '/projects', agent.auth, { name: 'X', slug: 'x' }),
      await call('POST', `/agents/${(await agentWithToken(deps, { name: 'Y' })).id}/tokens`, agent.auth, { name: 't' }),
    ]) {
      expect(res.status).toBe(403);
    }
    // An agent may make and revoke its own tokens.
    const own = tokenCreatedSchema.parse(await (await call('POST', `/agents/${agent.id}/tokens`, agent.auth, { name: 'ci' })).json());
    expect((await call('DELETE', `/tokens/${own.id}`, agent.auth)).status).toBe(200);
  });

  it('lets project admins change origins and disable the project, audited', async () => {
    const projectAdmin = await agentWithToken(deps, { name: 'Pia', projectId, projectRole: 'admin' });
    const viewer = await agentWithToken(deps, { name: 'Vic', projectId, projectRole: 'viewer' });
    expect((await call('PATCH', `/projects/${projectId}`, viewer.auth, { disabled: true })).status).toBe(403);
    const bad = await call('PATCH', `/projects/${projectId}`, projectAdmin.auth, { allowedOrigins: ['https://a.example/path'] });
    expect(bad.status).toBe(422);

    const res = await call('PATCH', `/projects/${projectId}`, projectAdmin.auth, { allowedOrigins: ['https://app.example.com'] });
    const project = projectRecordSchema.parse(await res.json());
    expect(project.allowedOrigins).toEqual(['https://app.example.com']);
    const refused = await app.request('/v1/reports', postReport(project.publicKey, reportBody(), { Origin: 'https://evil.example' }));
    expect(refused.status).toBe(403);

    await call('PATCH', `/projects/${projectId}`, projectAdmin.auth, { disabled: true });
    const closed = await app.request('/v1/reports', postReport(project.publicKey, reportBody()));
    expect(await code(closed)).toBe('project_disabled');
    await call('PATCH', `/projects/${projectId}`, projectAdmin.auth, { disabled: false, allowedOrigins: [] });

    const log = auditLogSchema.parse(await (await call('GET', `/projects/${projectId}/audit?limit=10`, projectAdmin.auth)).json());
    const origins = (value: unknown) => (value as { allowedOrigins?: string[] } | null)?.allowedOrigins;
    const change = log.items.find((e) => origins(e.after)?.[0] === 'https://app.example.com' && origins(e.before)?.length === 0)!;
    expect(change).toMatchObject({ action: 'project.update', agentId: projectAdmin.id, before: { allowedOrigins: [] } });
    expect((await call('GET', `/projects/${projectId}/audit`, viewer.auth)).status).toBe(403);
  });

  it('creates projects for instance admins and refuses a duplicate slug', async () => {
    const res = await call('POST', '/projects', admin, { name: 'Docs', slug: 'docs', timeZone: 'Asia/Shanghai' });
    expect(res.status).toBe(201);
    expect(projectRecordSchema.parse(await res.json())).toMatchObject({ slug: 'docs', timeZone: 'Asia/Shanghai' });
    const again = await call('POST', '/projects', admin, { name: 'Docs', slug: 'docs' });
    expect(again.status).toBe(422);
    expect((await call('POST', '/projects', admin, { name: 'X', slug: 'y', timeZone: 'Mars/Base' })).status).toBe(422);
  });

  it('refuses an admin disabling themselves', async () => {
    const me = agentMeSchema.parse(await (await call('GET', '/me', admin)).json());
    expect((await call('PATCH', `/agents/${me.id}`, admin, { disabled: true })).status).toBe(403);
  });
});
