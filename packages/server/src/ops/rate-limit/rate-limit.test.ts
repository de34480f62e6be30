import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../app.js';
import { fixedClock } from '../../clock.js';
import { createProject } from '../../services/projects.js';
import { DIALECTS, freshDeps } from '../../test-support/databases.js';
import { postReport, reportBody } from '../../test-support/reports.js';
import { parseExposition } from '../metrics/parse-exposition.js';

/** The node server's bindings, as `getConnInfo` reads them: the network edge, faked. */
const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

describe.each(DIALECTS)('rate limits on %s', (dialect) => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  async function setup(env: Record<string, string>) {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const clock = fixedClock('2026-03-02T10:00:00.000Z');
    const deps = await freshDeps(dialect, clock);
    const app = createApp(deps);
    const key = (await createProject(deps, { name: 'Shop', slug: 'shop' })).publicKey;
    const otherKey = (await createProject(deps, { name: 'Blog', slug: 'blog' })).publicKey;
    const send = (ip: string | undefined, k = key, headers: Record<string, string> = {}) =>
      app.request('/v1/reports', postReport(k, reportBody(), headers), ip ? from(ip) : undefined);
    const reports = async () => Number((await deps.db.selectFrom('reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { deps, app, clock, key, otherKey, send, reports };
  }

  it('limits reports per client IP with 429, Retry-After and the limit; other IPs go on', async () => {
    const { deps, app, clock, send, reports } = await setup({
      AFTERCARE_RATE_LIMIT_REPORTS_PER_IP: '2',
      AFTERCARE_RATE_LIMIT_REPORTS_PER_KEY: '0',
    });
    try {
      expect((await send('203.0.113.7')).status).toBe(201);
      expect((await send('203.0.113.7')).status).toBe(201);
      const refused = await send('203.0.113.7');
      expect(refused.status).toBe(429);
      // Two a minute: the next token comes 30 seconds later.
      expect(refused.headers.get('retry-after')).toBe('30');
      expect(await refused.json()).toEqual({
        error: { code: 'rate_limited', message: expect.stringContaining('at most 2 a minute'), details: { limit: 2, windowSeconds: 60, by: 'ip' } },
      });
      expect(await reports()).toBe(2);

      expect((await send('198.51.100.9')).status).toBe(201);
      // X-Forwarded-For is ignored unless a proxy is trusted: a client cannot dodge its limit.
      expect((await send('203.0.113.7', undefined, { 'X-Forwarded-For': '192.0.2.1' })).status).toBe(429);
      // Another group of endpoints has its own budget.
      expect((await app.request('/v1/tickets/nope', {}, from('203.0.113.7'))).status).toBe(404);

      clock.advance(29_000);
      expect((await send('203.0.113.7')).status).toBe(429);
      clock.advance(1_000);
      expect((await send('203.0.113.7')).status).toBe(201);
      expect((await send('203.0.113.7')).status).toBe(429);

      const { samples } = parseExposition(await (await app.request('/metrics')).text());
      const refusedCount = samples.find((s) => s.name === 'aftercare_rate_limited_total' && s.labels.scope === 'reports' && s.labels.by === 'ip');
      expect(refusedCount?.value).toBe(4);
    } finally {
      await deps.close();
    }
  });

  it('limits reports per project key across addresses; other keys go on', async () => {
    const { deps, clock, key, otherKey, send } = await setup({
      AFTERCARE_RATE_LIMIT_REPORTS_PER_IP: '0',
      AFTERCARE_RATE_LIMIT_REPORTS_PER_KEY: '3',
    });
    try {
      for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) expect((await send(ip)).status).toBe(201);
      const refused = await send('192.0.2.4');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('20');
      expect(((await refused.json()) as { error: { details: unknown } }).error.details).toEqual({ limit: 3, windowSeconds: 60, by: 'key' });
      // Also without a known address (the key alone).
      expect((await send(undefined, key)).status).toBe(429);
      expect((await send('192.0.2.4', otherKey)).status).toBe(201);
      clock.advance(20_000);
      expect((await send('192.0.2.5', key)).status).toBe(201);
    } finally {
      await deps.close();
    }
  });

  it('answers 429 with CORS headers so the widget can read Retry-After', async () => {
    const { deps, send } = await setup({ AFTERCARE_RATE_LIMIT_REPORTS_PER_IP: '1' });
    try {
      const origin = { Origin: 'https://app.example.com' };
      expect((await send('203.0.113.7', undefined, origin)).status).toBe(201);
      const refused = await send('203.0.113.7', undefined, origin);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      expect(refused.headers.get('access-control-expose-headers')).toContain('Retry-After');
    } finally {
      await deps.close();
    }
  });

  it('behind a trusted proxy, limits the address the proxy saw', async () => {
    const { deps, send } = await setup({ AFTERCARE_RATE_LIMIT_REPORTS_PER_IP: '1', AFTERCARE_TRUST_PROXY: '1' });
    try {
      const via = (client: string) => ({ 'X-Forwarded-For': `6.6.6.6, ${client}` });
      expect((await send('10.0.0.2', undefined, via('203.0.113.7'))).status).toBe(201);
      expect((await send('10.0.0.2', undefined, via('203.0.113.7'))).status).toBe(429);
      // Same proxy connection, another client: its own bucket.
      expect((await send('10.0.0.2', undefined, via('198.51.100.9'))).status).toBe(201);
    } finally {
      await deps.close();
    }
  });
});
