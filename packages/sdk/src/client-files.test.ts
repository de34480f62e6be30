import { describe, expect, it } from 'vitest';
import { createFakeServer } from '../test-support/fake-server.js';
import { createClient } from './client.js';
import { LIMITS } from './schemas/index.js';

const screenshot = () => new Blob([new Uint8Array([82, 73, 70, 70, 1, 2, 3])], { type: 'image/webp' });
const attachment = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

describe('the client with files', () => {
  it('sends multipart/form-data: report JSON, screenshot, attachments', async () => {
    const server = createFakeServer();
    const client = createClient({ endpoint: 'https://support.test', projectKey: 'pk', fetch: server.fetch });
    const input = client.prepare({ kind: 'bug', message: 'Chart is empty' });
    const receipt = await client.send(input, { screenshot: screenshot(), attachments: [attachment('a.log', 'one'), attachment('b.log', 'two')] });
    expect(receipt.reportId).toBe(input.id);

    const [request] = server.requests;
    expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=.+/);
    expect(request?.headers['x-aftercare-key']).toBe('pk');
    expect(request?.form?.names).toEqual(['report', 'screenshot', 'attachment', 'attachment']);
    expect(request?.form?.report).toEqual(input);
    expect(request?.raw).toContain('Content-Disposition: form-data; name="report"\r\n\r\n{');
    expect(request?.raw).toContain('Content-Disposition: form-data; name="screenshot"; filename="screenshot.webp"\r\nContent-Type: image/webp');
    expect(request?.raw).toContain('name="attachment"; filename="b.log"\r\nContent-Type: text/plain');
    const stored = server.storedFiles.get(input.id)!;
    expect(new Uint8Array(await stored.screenshot!.arrayBuffer())).toEqual(new Uint8Array([82, 73, 70, 70, 1, 2, 3]));
    expect(await Promise.all(stored.attachments.map((f) => f.text()))).toEqual(['one', 'two']);
  });

  it('sends plain JSON when there are no files', async () => {
    const server = createFakeServer();
    const client = createClient({ endpoint: 'https://support.test', projectKey: 'pk', fetch: server.fetch });
    await client.report({ kind: 'bug', message: 'x' }, { attachments: [] });
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
    expect(server.requests[0]?.form).toBeUndefined();
  });

  it('refuses files over the limits before sending anything', async () => {
    const server = createFakeServer();
    const client = createClient({ endpoint: 'https://support.test', projectKey: 'pk', fetch: server.fetch });
    const big = new Blob([new Uint8Array(LIMITS.screenshotBytes + 1)], { type: 'image/webp' });
    await expect(client.report({ kind: 'bug', message: 'x' }, { screenshot: big })).rejects.toMatchObject({
      code: 'attachment_too_large',
      status: 0,
      retryable: false,
    });
    expect(server.requests).toHaveLength(0);
  });

  it('files the report alone when a server from before multipart refuses the body type', async () => {
    const server = createFakeServer({ multipart: false });
    const client = createClient({ endpoint: 'https://support.test', projectKey: 'pk', fetch: server.fetch });
    const input = client.prepare({ kind: 'bug', message: 'x' });
    const receipt = await client.send(input, { screenshot: screenshot() });
    expect(receipt.reportId).toBe(input.id);
    expect(server.requests.map((r) => r.headers['content-type']?.split(';')[0])).toEqual(['multipart/form-data', 'application/json']);
    expect(server.stored.get(input.id)).toEqual(input);
  });

  it.each([
    [400, 'invalid_multipart'],
    [413, 'attachment_too_large'],
    [415, 'unsupported_attachment_type'],
    [422, 'too_many_attachments'],
  ])('passes the server refusal %i %s on as a non-retryable error', async (status, code) => {
    const server = createFakeServer();
    server.set({ type: 'error', status, code });
    const client = createClient({ endpoint: 'https://support.test', projectKey: 'pk', fetch: server.fetch });
    await expect(client.report({ kind: 'bug', message: 'x' }, { screenshot: screenshot() })).rejects.toMatchObject({ code, status, retryable: false });
    expect(server.requests).toHaveLength(1);
  });
});
