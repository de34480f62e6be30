import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { AftercareError } from './errors.js';
import { createFakeServer } from '../test-support/fake-server.js';

describe('createClient', () => {
  it('files a report and returns the receipt; the same id twice is answered with the same receipt', async () => {
    const server = createFakeServer();
    const client = createClient({ endpoint: 'https://support.test/', projectKey: 'pk', fetch: server.fetch });
    const input = client.prepare({ kind: 'bug', message: 'x' });
    const first = await client.send(input);
    const second = await client.report(input);
    expect(second).toEqual(first);
    expect(server.stored.size).toBe(1);
  });

  it('carries Retry-After and the server code on errors', async () => {
    const server = createFakeServer();
    server.set({ type: 'error', status: 429, code: 'rate_limited', headers: { 'Retry-After': '7' } });
    const client = createClient({ endpoint: 'https://support.test', projectKey: 'pk', fetch: server.fetch });
    const error = await client.report({ kind: 'bug', message: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AftercareError);
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfter: '7', retryable: true });
  });

  it.each([
    [0, true],
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [404, false],
    [413, false],
  ])('status %i is retryable: %s', (status, retryable) => {
    expect(new AftercareError('x', status, 'm').retryable).toBe(retryable);
  });

  it.each(['invalid_input', 'attachment_too_large', 'too_many_attachments', 'unsupported_attachment_type', 'payload_too_large'])(
    'a request refused before sending (%s) is not retryable',
    (code) => {
      expect(new AftercareError(code, 0, 'm').retryable).toBe(false);
    },
  );

  it('rejects an invalid report before sending', async () => {
    const server = createFakeServer();
    const client = createClient({ endpoint: 'https://support.test', projectKey: 'pk', fetch: server.fetch });
    await expect(client.send({ id: 'nope' } as never)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(server.requests).toHaveLength(0);
  });
});
