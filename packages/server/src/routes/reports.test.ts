import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportReceiptSchema } from '@aftercare/sdk/schemas';
import { createHash } from 'node:crypto';
import { createApp } from '../app.js';
import { createProject } from '../services/projects.js';
import { updateProjectAccess } from '../storage/repositories/projects.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { postReport, reportBody } from '../test-support/reports.js';

describe.each(DIALECTS)('POST /v1/reports on %s', (dialect) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let key: string;
  let otherKey: string;

  beforeAll(async () => {
    deps = await freshDeps(dialect);
    app = createApp(deps);
    key = (await createProject(deps, { name: 'Shop', slug: 'shop' })).publicKey;
    otherKey = (await createProject(deps, { name: 'Blog', slug: 'blog' })).publicKey;
  });
  afterAll(() => deps.close());

  const send = (body: unknown, k: string | null = key, headers?: Record<string, string>) =>
    app.request('/v1/reports', postReport(k ?? undefined, body, headers));

  async function errorCode(res: Response): Promise<string> {
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toEqual(expect.any(String));
    return body.error.code;
  }

  it('files a report into a new ticket with sequential numbers per project', async () => {
    const first = await send(reportBody());
    expect(first.status).toBe(201);
    const receipt = reportReceiptSchema.parse(await first.json());
    expect(receipt.ticket).toMatchObject({ number: 1, status: 'new', severity: 'normal', category: 'defect' });
    expect(receipt.trackingToken).toMatch(/^trk_[\w-]{64}$/);

    const second = reportReceiptSchema.parse(await (await send(reportBody({ kind: 'idea', message: 'A dark theme' }))).json());
    expect(second.ticket).toMatchObject({ number: 2, severity: 'low', category: 'idea' });
    const elsewhere = reportReceiptSchema.parse(await (await send(reportBody(), otherKey)).json());
    expect(elsewhere.ticket.number).toBe(1);
  });

  it('answers a resent report id with the same receipt and 200, creating nothing', async () => {
    const body = reportBody({ message: 'Export hangs' });
    const first = await send(body);
    expect(first.status).toBe(201);
    const firstBody = await first.json();
    const again = await send(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(firstBody);
    const count = await deps.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('id', '=', body.id!)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    const tickets = await deps.db.selectFrom('tickets').select('id').where('title', '=', 'Export hangs').execute();
    expect(tickets).toHaveLength(1);
  });

  it('files concurrent resends of one report exactly once', async () => {
    const body = reportBody({ message: 'Concurrent resend' });
    const responses = await Promise.all([send(body), send(body), send(body)]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    const tickets = await deps.db.selectFrom('tickets').select('id').where('title', '=', 'Concurrent resend').execute();
    expect(tickets).toHaveLength(1);
  });

  it('refuses a report id already filed in another project', async () => {
    const body = reportBody();
    expect((await send(body)).status).toBe(201);
    const res = await send(body, otherKey);
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('report_id_conflict');
  });

  it('stores the tracking token only as a hash, after the report id', async () => {
    const receipt = reportReceiptSchema.parse(await (await send(reportBody())).json());
    const row = await deps.db
      .selectFrom('reports')
      .select('tracking_hash')
      .where('id', '=', receipt.reportId)
      .executeTakeFirstOrThrow();
    expect(row.tracking_hash).toBe(`${receipt.reportId}:${createHash('sha256').update(receipt.trackingToken).digest('hex')}`);
    expect(row.tracking_hash).not.toContain(receipt.trackingToken.slice(4));
  });

  it.each([
    ['malformed JSON', () => send('{"kind": "bug",'), 400, 'invalid_json'],
    ['a form body', () => send('kind=bug', key, { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type'],
    ['a wrong type', () => send(reportBody({ kind: 'complaint' as never })), 422, 'validation_failed'],
    ['an empty message', () => send(reportBody({ message: '   ' })), 422, 'validation_failed'],
    ['a message over 10000 chars', () => send(reportBody({ message: 'x'.repeat(10_001) })), 422, 'validation_failed'],
    ['a non-UUID id', () => send(reportBody({ id: '42' })), 422, 'validation_failed'],
    ['an unknown field', () => send({ ...reportBody(), admin: true }), 422, 'validation_failed'],
    ['nested metadata', () => send(reportBody({ metadata: { plan: { tier: 1 } } as never })), 422, 'validation_failed'],
    ['a JSON array', () => send([1, 2]), 422, 'validation_failed'],
    ['a body over the limit', () => send(reportBody({ message: 'x'.repeat(600_000) })), 413, 'payload_too_large'],
    [
      'a declared length over the limit',
      () => send(reportBody(), key, { 'content-length': String(600_000) }),
      413,
      'payload_too_large',
    ],
    [
      'a chunked body over the limit',
      () =>
        app.request('/v1/reports', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-aftercare-key': key, 'transfer-encoding': 'chunked' },
          body: new Blob([JSON.stringify(reportBody({ message: 'x'.repeat(600_000) }))]).stream(),
          duplex: 'half',
        } as RequestInit),
      413,
      'payload_too_large',
    ],
    ['no project key', () => send(reportBody(), null), 401, 'missing_project_key'],
    ['an unknown project key', () => send(reportBody(), 'pk_nope'), 401, 'unknown_project_key'],
  ])('rejects %s with a 4xx code', async (_name, request, status, code) => {
    const res = await request();
    expect(res.status).toBe(status);
    expect(await errorCode(res)).toBe(code);
  });

  it('lists the failing fields of an invalid report', async () => {
    const res = await send(reportBody({ message: '', impact: 'terrible' as never }));
    const body = (await res.json()) as { error: { details: Array<{ path: string[] }> } };
    expect(body.error.details.map((issue) => issue.path.join('.')).sort()).toEqual(['impact', 'message']);
  });

  it('rejects diagnostics over their size limit', async () => {
    const res = await send(reportBody({ diagnostics: { console: ['y'.repeat(300 * 1024)] } }));
    expect(res.status).toBe(422);
    expect(await errorCode(res)).toBe('validation_failed');
  });

  it('refuses reports for a disabled project', async () => {
    const project = await createProject(deps, { name: 'Old', slug: 'old' });
    await updateProjectAccess(deps.db, project.id, { disabled: true });
    const res = await send(reportBody(), project.publicKey);
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('project_disabled');
  });

  describe('CORS and allowed origins', () => {
    let restrictedKey: string;
    beforeAll(async () => {
      const project = await createProject(deps, {
        name: 'Restricted',
        slug: 'restricted',
        allowedOrigins: ['https://app.example.com'],
      });
      restrictedKey = project.publicKey;
    });

    it('answers preflights with the headers the SDK sends', async () => {
      const res = await app.request('/v1/reports', {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://app.example.com',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, x-aftercare-key',
        },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      expect(res.headers.get('access-control-allow-headers')).toContain('x-aftercare-key');
    });

    it('accepts and answers a listed origin', async () => {
      const res = await send(reportBody(), restrictedKey, { Origin: 'https://app.example.com' });
      expect(res.status).toBe(201);
      expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    });

    it('refuses an unlisted origin without CORS headers and files nothing', async () => {
      const body = reportBody({ message: 'From evil' });
      const res = await send(body, restrictedKey, { Origin: 'https://evil.example' });
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(await errorCode(res)).toBe('origin_not_allowed');
      const rows = await deps.db.selectFrom('reports').select('id').where('id', '=', body.id!).execute();
      expect(rows).toHaveLength(0);
    });

    it('lets any origin send to a project without a list (development)', async () => {
      const res = await send(reportBody(), key, { Origin: 'http://localhost:5173' });
      expect(res.status).toBe(201);
      expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    });
  });
});
