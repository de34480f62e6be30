import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAftercare, type Aftercare } from '../aftercare.js';
import type { ReportInput } from '../schemas/index.js';
import { createFakeServer, type FakeServer } from '../../test-support/fake-server.js';
import { installProcessHandlers } from './process-handlers.js';

let server: FakeServer;
let aftercare: Aftercare;

beforeEach(() => {
  server = createFakeServer();
  aftercare = createAftercare({ endpoint: 'https://support.test', projectKey: 'pk', fetch: server.fetch, storage: 'memory' });
});
afterEach(() => aftercare.close());

// A real EventEmitter stands in for `process`, so the test runner's own handlers stay out of it.
describe('installProcessHandlers', () => {
  it('reports an uncaught exception, then exits as Node would', async () => {
    const proc = new EventEmitter();
    const fatal: unknown[] = [];
    const done = new Promise<void>((resolve) => {
      installProcessHandlers(aftercare, { process: proc, onFatal: (e) => (fatal.push(e), resolve()) });
    });
    const error = new TypeError('cannot read x');
    proc.emit('uncaughtException', error);
    await done;
    expect(fatal).toEqual([error]);
    const body = server.requests[0]?.body as ReportInput;
    expect(body.message).toBe('Uncaught TypeError: cannot read x');
    expect(body.metadata).toEqual({ source: 'uncaughtException' });
    expect(body.diagnostics.errors).toMatchObject([{ kind: 'error', type: 'TypeError', frames: expect.any(Array) }]);
    expect(body.page.url).toBe('app://server');
  });

  it('reports an unhandled rejection and can stay alive', async () => {
    const proc = new EventEmitter();
    const sent = new Promise<void>((resolve) => aftercare.on('sent', () => resolve()));
    installProcessHandlers(aftercare, { process: proc, exit: false, onFatal: () => expect.unreachable() });
    proc.emit('unhandledRejection', 'plain reason');
    await sent;
    expect((server.requests[0]?.body as ReportInput).message).toBe('Unhandled rejection UnhandledRejection: plain reason');
  });

  it('uninstalls its listeners', () => {
    const proc = new EventEmitter();
    const uninstall = installProcessHandlers(aftercare, { process: proc });
    expect(proc.listenerCount('uncaughtException')).toBe(1);
    expect(proc.listenerCount('unhandledRejection')).toBe(1);
    uninstall();
    expect(proc.listenerCount('uncaughtException')).toBe(0);
    expect(proc.listenerCount('unhandledRejection')).toBe(0);
  });

  it('exits after the timeout when the report hangs', async () => {
    const proc = new EventEmitter();
    const hanging = { report: () => new Promise<never>(() => {}) };
    const exited = new Promise<unknown>((resolve) => installProcessHandlers(hanging, { process: proc, timeoutMs: 10, onFatal: resolve }));
    proc.emit('uncaughtException', new Error('stuck'));
    expect(await exited).toBeInstanceOf(Error);
  });
});
