import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { AftercareError, createClient } from '@aftercare/sdk';
import { startDemoServer } from './support.js';

const run = promisify(execFile);

describe('the SDK from Node against the real server', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());

  it('files a report, resends it idempotently and reads the ticket back', async () => {
    const client = createClient({ endpoint: server.url, projectKey: server.projectKey });
    const input = client.prepare({ kind: 'question', message: 'Where do I change my e-mail?' });
    expect(input.page.url).toBe('app://server');
    const receipt = await client.report(input);
    expect(receipt.ticket).toMatchObject({ number: 1, status: 'new', category: 'inquiry' });
    expect(await client.report(input)).toEqual(receipt);
    const ticket = await client.getTicket(receipt.ticket.id, receipt.trackingToken);
    expect(ticket).toMatchObject({ id: receipt.ticket.id, number: 1, status: 'new' });
    expect(ticket.timeline.map((e) => e.type)).toEqual(['created']);
  });

  it('raises typed errors carrying the server code', async () => {
    const stranger = createClient({ endpoint: server.url, projectKey: 'pk_unknown' });
    const error = await stranger.report({ kind: 'bug', message: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AftercareError);
    expect(error).toMatchObject({ code: 'unknown_project_key', status: 401, retryable: false });

    const client = createClient({ endpoint: server.url, projectKey: server.projectKey });
    await expect(client.getTicket('nope', 'trk_nope')).rejects.toMatchObject({ code: 'ticket_not_found', status: 404 });
    await expect(client.report({ kind: 'bug', message: '' })).rejects.toMatchObject({ code: 'invalid_input', status: 0 });
    const offline = createClient({ endpoint: 'http://127.0.0.1:9', projectKey: server.projectKey });
    await expect(offline.report({ kind: 'bug', message: 'x' })).rejects.toMatchObject({ code: 'network_error', retryable: true });
  });

  it('runs the Node example script', async () => {
    const script = fileURLToPath(new URL('../../examples/node-report.mjs', import.meta.url));
    const { stdout } = await run('node', [script], {
      env: { ...process.env, AFTERCARE_ENDPOINT: server.url, AFTERCARE_PROJECT_KEY: server.projectKey },
    });
    const last = JSON.parse(stdout.trim().split('\n').at(-1)!) as { status: string; number: number };
    expect(last).toMatchObject({ status: 'new' });
    expect(stdout).toMatch(/Filed ticket #\d+ \(normal, defect\)/);
  });
});
