import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, reportReceiptSchema, ticketDetailSchema } from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { createProject } from '../services/projects.js';
import { initInstance } from '../services/setup.js';
import { agentWithToken } from '../test-support/agents.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { reportBody } from '../test-support/reports.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3, 4]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

function form(parts: { report?: unknown; screenshot?: Blob; attachments?: Array<[Blob, string]>; extra?: string }): FormData {
  const data = new FormData();
  if (parts.report !== undefined) data.append('report', typeof parts.report === 'string' ? parts.report : JSON.stringify(parts.report));
  if (parts.screenshot) data.append('screenshot', parts.screenshot, 'screen.png');
  for (const [blob, name] of parts.attachments ?? []) data.append('attachment', blob, name);
  if (parts.extra) data.append(parts.extra, 'x');
  return data;
}

describe.each(DIALECTS)('reports with a screenshot and files on %s', (dialect) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let key: string;
  let admin: Record<string, string>;
  let stranger: Record<string, string>;

  beforeAll(async () => {
    deps = await freshDeps(dialect);
    app = createApp(deps);
    const init = await initInstance(deps, { name: 'Shop', slug: 'shop' });
    key = init.projectKey;
    admin = { Authorization: `Bearer ${init.adminToken}` };
    const other = await createProject(deps, { name: 'Blog', slug: 'blog' });
    stranger = (await agentWithToken(deps, { name: 'Olga', projectId: other.id, projectRole: 'admin' })).auth;
  });
  afterAll(() => deps.close());

  const send = (body: FormData) => app.request('/v1/reports', { method: 'POST', headers: { 'X-Aftercare-Key': key }, body });
  const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
  const countAttachments = async () =>
    Number((await deps.db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('stores the screenshot and files with the report, typed by their bytes, once', async () => {
    const report = reportBody({ message: 'Chart is cut off' });
    const body = () =>
      form({
        report,
        screenshot: new Blob([PNG], { type: 'application/octet-stream' }),
        attachments: [[new Blob(['line 1\nerror: boom\n'], { type: 'application/x-log' }), 'app.log']],
      });
    const res = await send(body());
    expect(res.status).toBe(201);
    const receipt = reportReceiptSchema.parse(await res.json());
    expect((await send(body())).status).toBe(200);
    expect(await countAttachments()).toBe(2);

    const detail = ticketDetailSchema.parse(await (await app.request(`/v1/agent/tickets/${receipt.ticket.id}`, { headers: admin })).json());
    const [shot, log] = detail.reports[0]!.attachments;
    expect(shot).toMatchObject({ kind: 'screenshot', contentType: 'image/png', size: PNG.length, filename: 'screen.png' });
    expect(log).toMatchObject({ kind: 'file', contentType: 'text/plain; charset=utf-8', filename: 'app.log' });

    const image = await app.request(shot!.url, { headers: admin });
    expect(image.status).toBe(200);
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('content-disposition')).toMatch(/^inline; filename="screen.png"/);
    expect(image.headers.get('content-security-policy')).toContain('sandbox');
    const file = await app.request(log!.url, { headers: admin });
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="app.log"/);

    expect((await app.request(shot!.url, { headers: stranger })).status).toBe(404);
    expect((await app.request(shot!.url)).status).toBe(401);
  });

  it.each([
    ['an SVG screenshot', () => form({ report: reportBody(), screenshot: new Blob([SVG], { type: 'image/png' }) }), 415, 'unsupported_attachment_type'],
    ['an SVG file', () => form({ report: reportBody(), attachments: [[new Blob([SVG]), 'logo.svg']] }), 415, 'unsupported_attachment_type'],
    ['a screenshot that is not an image', () => form({ report: reportBody(), screenshot: new Blob(['%PDF-1.7 ...']) }), 415, 'unsupported_attachment_type'],
    ['a binary file of unknown type', () => form({ report: reportBody(), attachments: [[new Blob([new Uint8Array([0, 1, 2, 3])]), 'x.bin']] }), 415, 'unsupported_attachment_type'],
    [
      'an oversize screenshot',
      () => form({ report: reportBody(), screenshot: new Blob([PNG, new Uint8Array(LIMITS.screenshotBytes)]) }),
      413,
      'attachment_too_large',
    ],
    [
      'too many files',
      () => form({ report: reportBody(), attachments: Array.from({ length: 6 }, (_, i) => [new Blob(['x']), `f${i}.txt`] as [Blob, string]) }),
      422,
      'too_many_attachments',
    ],
    ['no report part', () => form({ screenshot: new Blob([PNG]) }), 400, 'invalid_multipart'],
    ['an unknown part', () => form({ report: reportBody(), extra: 'avatar' }), 400, 'invalid_multipart'],
    ['a report part that is not JSON', () => form({ report: '{"kind":' }), 400, 'invalid_json'],
    ['an invalid report', () => form({ report: { ...reportBody(), kind: 'rant' } }), 422, 'validation_failed'],
  ])('refuses %s and files nothing', async (_name, body, status, expected) => {
    const before = await countAttachments();
    const tickets = Number((await deps.db.selectFrom('tickets').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const res = await send(body());
    expect(res.status).toBe(status);
    expect(await code(res)).toBe(expected);
    expect(await countAttachments()).toBe(before);
    const after = Number((await deps.db.selectFrom('tickets').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(after).toBe(tickets);
  });

  it('refuses a multipart body it cannot read', async () => {
    const res = await app.request('/v1/reports', {
      method: 'POST',
      headers: { 'X-Aftercare-Key': key, 'content-type': 'multipart/form-data; boundary=zzz' },
      body: '--zzz\r\nContent-Disposition: form-data; name="report"\r\n\r\n{"a"',
    });
    expect(res.status).toBe(400);
    expect(await code(res)).toBe('invalid_multipart');
  });
});
