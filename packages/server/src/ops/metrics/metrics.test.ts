import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../app.js';
import { fixedClock } from '../../clock.js';
import { schedulerTick } from '../../services/scheduler.js';
import { fanOut } from '../../services/webhook-fanout.js';
import { initInstance } from '../../services/setup.js';
import { DIALECTS, freshDeps } from '../../test-support/databases.js';
import { postReport, reportBody } from '../../test-support/reports.js';
import { parseExposition, type ParsedSample } from './parse-exposition.js';

describe.each(DIALECTS)('GET /metrics on %s', (dialect) => {
  const clock = fixedClock('2026-03-02T10:00:00.000Z');
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let key: string;

  beforeAll(async () => {
    deps = await freshDeps(dialect, clock);
    app = createApp(deps);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    key = init.projectKey;
    // An active webhook: its project's events are recorded in the outbox.
    const hook = await app.request(`/v1/agent/projects/${init.projectId}/webhooks`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${init.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://hooks.example.com/a' }),
    });
    expect(hook.status).toBe(201);
  });
  afterAll(() => deps.close());

  async function scrape(): Promise<ParsedSample[]> {
    const res = await app.request('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    return parseExposition(await res.text()).samples;
  }
  const find = (samples: ParsedSample[], name: string, labels: Record<string, string> = {}) =>
    samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

  it('counts requests by method, route pattern and status class, and times them', async () => {
    expect((await app.request('/v1/reports', postReport(key, reportBody()))).status).toBe(201);
    expect((await app.request('/v1/agent/tickets/some-id-1')).status).toBe(401);
    expect((await app.request('/v1/agent/tickets/some-id-2')).status).toBe(401);
    expect((await app.request('/no/such/page')).status).toBe(404);

    const samples = await scrape();
    expect(find(samples, 'aftercare_http_requests_total', { method: 'POST', route: '/v1/reports', status: '2xx' })).toBe(1);
    // Two raw paths, one series: the pattern, not the path.
    expect(find(samples, 'aftercare_http_requests_total', { method: 'GET', route: '/v1/agent/tickets/:id', status: '4xx' })).toBe(2);
    expect(find(samples, 'aftercare_http_requests_total', { route: 'unmatched', status: '4xx' })).toBe(1);
    expect(samples.some((s) => s.labels.route?.includes('some-id'))).toBe(false);
    expect(find(samples, 'aftercare_http_request_duration_seconds_count', { method: 'POST', route: '/v1/reports' })).toBe(1);
    expect(find(samples, 'aftercare_http_request_duration_seconds_bucket', { method: 'POST', route: '/v1/reports', le: '+Inf' })).toBe(1);
    // The scrape counts itself once it has answered.
    expect(find(await scrape(), 'aftercare_http_requests_total', { route: '/metrics', status: '2xx' })).toBeGreaterThanOrEqual(1);
  });

  it('reads tickets by project and status, SLA breaches, the outbox and webhook deliveries from the database', async () => {
    let samples = await scrape();
    expect(find(samples, 'aftercare_tickets', { project: 'shop', status: 'new' })).toBe(1);
    const events = find(samples, 'aftercare_outbox_events')!;
    expect(events).toBeGreaterThanOrEqual(1);
    // Nothing fanned out yet: every event is backlog.
    expect(find(samples, 'aftercare_outbox_backlog_events')).toBe(events);
    expect(find(samples, 'aftercare_webhook_deliveries', { status: 'pending' })).toBe(0);
    expect(find(samples, 'aftercare_sla_breaches_total', { project: 'shop' })).toBeUndefined();
    await fanOut(deps);
    samples = await scrape();
    expect(find(samples, 'aftercare_outbox_backlog_events')).toBe(0);
    expect(find(samples, 'aftercare_outbox_events')).toBe(events);

    // Normal severity: the first response was due at 14:00.
    clock.set('2026-03-02T14:05:00.000Z');
    expect(await schedulerTick(deps, 'metrics-test')).toMatchObject({ breaches: 1 });
    samples = await scrape();
    expect(find(samples, 'aftercare_sla_breaches_total', { project: 'shop', metric: 'firstResponse' })).toBe(1);
    expect(find(samples, 'aftercare_tickets_sla_breached', { project: 'shop' })).toBe(1);
  });
});

describe('the metrics token', () => {
  it('is needed once AFTERCARE_METRICS_TOKEN is set', async () => {
    const deps = await freshDeps('sqlite');
    vi.stubEnv('AFTERCARE_METRICS_TOKEN', 's3cret-scrape-token');
    try {
      const app = createApp(deps);
      const missing = await app.request('/metrics');
      expect(missing.status).toBe(401);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('missing_token');
      const wrong = await app.request('/metrics', { headers: { Authorization: 'Bearer nope' } });
      expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('invalid_token');
      const right = await app.request('/metrics', { headers: { Authorization: 'Bearer s3cret-scrape-token' } });
      expect(right.status).toBe(200);
      parseExposition(await right.text());
    } finally {
      vi.unstubAllEnvs();
      await deps.close();
    }
  });
});
