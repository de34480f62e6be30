import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAftercare, type Aftercare, type AftercareOptions } from './aftercare.js';
import { AftercareError } from './errors.js';
import { sdkDiagnosticsSchema, type ReportInput } from './schemas/index.js';
import { createMemoryStore } from './delivery/outbox-store.js';
import { createFakeServer, type FakeServer } from '../test-support/fake-server.js';

let server: FakeServer;
const open: Aftercare[] = [];

function make(options: Partial<AftercareOptions> = {}): Aftercare {
  const aftercare = createAftercare({
    endpoint: 'https://support.test/',
    projectKey: 'pk_test',
    fetch: server.fetch,
    storage: 'memory',
    random: () => 0.5,
    ...options,
  });
  open.push(aftercare);
  return aftercare;
}

const sentBodies = () => server.requests.filter((r) => r.method === 'POST').map((r) => r.body as ReportInput);

beforeEach(() => {
  server = createFakeServer();
});

afterEach(async () => {
  for (const aftercare of open.splice(0)) await aftercare.close();
});

describe('createAftercare in Node (no DOM)', () => {
  it('reports and resolves with the receipt', async () => {
    const aftercare = make({ release: '1.4.2', environment: 'production' });
    const result = await aftercare.report({ kind: 'bug', message: 'Export crashes' });
    expect(result).toMatchObject({ status: 'sent', receipt: { ticket: { number: 1 } } });
    const [body] = sentBodies();
    expect(body?.page).toEqual({ url: 'app://server' });
    expect(body?.diagnostics).toMatchObject({
      sdk: { name: '@aftercare/sdk', version: expect.any(String) },
      app: { release: '1.4.2', environment: 'production' },
    });
    expect(server.requests[0]?.url).toBe('https://support.test/v1/reports');
  });

  it('preview returns exactly the body report sends', async () => {
    const aftercare = make({ collectors: { environment: true } });
    aftercare.setContext('plan', 'pro');
    aftercare.identify({ id: 'u_1', email: 'ann@example.com' });
    const draft = {
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      createdAt: '2025-03-01T12:00:00.000Z',
      kind: 'bug' as const,
      message: 'Mail bob@example.com fails for ann@example.com',
    };
    const preview = aftercare.preview(draft);
    await aftercare.report(draft);
    expect(sentBodies()[0]).toEqual(preview);
    expect(preview.message).toBe('Mail [redacted:email] fails for ann@example.com');
    expect(preview.reporter).toEqual({ id: 'u_1', email: 'ann@example.com' });
    expect(sdkDiagnosticsSchema.safeParse(preview.diagnostics).success).toBe(true);
    expect(preview.diagnostics).toMatchObject({ context: { plan: 'pro' }, environment: { runtime: 'node' } });
  });

  it('send(preview) sends the previewed payload unchanged', async () => {
    const aftercare = make({ collectors: { console: true } });
    console.log('[probe] token=abc123 for', { password: 'hunter2', card: '4111 1111 1111 1111' });
    const preview = aftercare.preview({ kind: 'bug', message: 'x' });
    console.log('[probe] logged after the preview');
    await aftercare.send(preview);
    expect(sentBodies()).toEqual([preview]);
    const args = preview.diagnostics.console as Array<{ args: unknown[] }>;
    expect(args.at(-1)?.args).toEqual(['[probe] token=[redacted] for', { password: '[redacted]', card: '[redacted:card]' }]);
  });

  it('redacts message, page, metadata, context and diagnostics, not the reporter', () => {
    const aftercare = make({ redaction: { sensitiveKeys: ['pin'] } });
    aftercare.setContext('note', 'call bob@corp.example');
    const payload = aftercare.preview({
      kind: 'question',
      message: 'my key is sk_live_4eC39HqLyjWDarjtT1zdp7dc',
      reporter: { name: 'Bob', email: 'bob@corp.example' },
      page: { url: 'https://app.example/reset?token=abc&step=2' },
      metadata: { pin: '1234', plan: 'pro' },
      diagnostics: { extra: { jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.sig' } },
    });
    expect(payload.message).toBe('my key is [redacted:key]');
    expect(payload.page.url).toBe('https://app.example/reset?token=[redacted]&step=2');
    expect(payload.metadata).toEqual({ pin: '[redacted]', plan: 'pro' });
    expect(payload.reporter).toEqual({ name: 'Bob', email: 'bob@corp.example' });
    expect(payload.diagnostics).toMatchObject({ context: { note: 'call bob@corp.example' }, extra: { jwt: '[redacted:jwt]' } });
  });

  it('queues while the server is down and delivers once on flush', async () => {
    server.set({ type: 'down' });
    const aftercare = make();
    const queued: string[] = [];
    aftercare.on('queued', ({ id }) => queued.push(id));
    const result = await aftercare.report({ kind: 'bug', message: 'offline' });
    expect(result.status).toBe('queued');
    expect((await aftercare.pending()).map((r) => r.id)).toEqual([result.id]);
    expect(queued).toEqual([result.id]);

    server.set({ type: 'up' });
    const sent = new Promise<string>((resolve) => aftercare.on('sent', ({ id }) => resolve(id)));
    await Promise.all([aftercare.flush(), aftercare.flush()]);
    expect(await sent).toBe(result.id);
    expect(await aftercare.pending()).toEqual([]);
    expect(server.stored.size).toBe(1);
  });

  it('rejects a refused report with the server code and emits failed', async () => {
    server.set({ type: 'error', status: 401, code: 'unknown_project_key' });
    const aftercare = make();
    const failed: string[] = [];
    aftercare.on('failed', ({ code }) => failed.push(code));
    const error = await aftercare.report({ kind: 'bug', message: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AftercareError);
    expect(error).toMatchObject({ code: 'unknown_project_key', status: 401 });
    expect(failed).toEqual(['unknown_project_key']);
    expect(await aftercare.pending()).toEqual([]);
  });

  it('rejects an invalid draft without storing or sending it', async () => {
    const storage = createMemoryStore();
    const aftercare = make({ storage });
    await expect(aftercare.report({ kind: 'bug', message: '   ' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(server.requests).toHaveLength(0);
    expect(await storage.all()).toEqual([]);
    expect(() => aftercare.identify({ email: 'not-an-email' })).toThrow(AftercareError);
  });

  it('identify(null) forgets the user and draft reporters win', () => {
    const aftercare = make();
    aftercare.identify({ id: 'u_1', name: 'Ann' });
    expect(aftercare.preview({ kind: 'bug', message: 'x', reporter: { name: 'Annie' } }).reporter).toEqual({ id: 'u_1', name: 'Annie' });
    aftercare.identify(null);
    expect(aftercare.preview({ kind: 'bug', message: 'x' }).reporter).toBeUndefined();
  });

  it('captureError puts a handled error with frames in the next report', () => {
    const aftercare = make();
    aftercare.captureError(new RangeError('too far'));
    const errors = aftercare.preview({ kind: 'bug', message: 'x' }).diagnostics.errors as Array<Record<string, unknown>>;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'captured', type: 'RangeError', message: 'too far' });
    expect((errors[0]?.frames as Array<{ file?: string; inApp: boolean }>)[0]).toMatchObject({
      file: expect.stringContaining('aftercare.test.ts'),
      inApp: true,
    });
  });

  it("appends a draft's own diagnostics lists to the collected ones", () => {
    const aftercare = make();
    aftercare.captureError(new Error('handled earlier'));
    const payload = aftercare.preview({ kind: 'bug', message: 'x', diagnostics: { errors: [{ note: 'from the draft' }], custom: 1 } });
    expect(payload.diagnostics.errors).toMatchObject([{ message: 'handled earlier' }, { note: 'from the draft' }]);
    expect(payload.diagnostics.custom).toBe(1);
  });

  it('close() restores the console it patched', async () => {
    const original = console.warn;
    const aftercare = make({ collectors: { console: true } });
    expect(console.warn).not.toBe(original);
    await aftercare.close();
    expect(console.warn).toBe(original);
  });
});
