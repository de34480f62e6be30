import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeServer, type FakeServer } from '../test-support/fake-server.js';
import { createAftercare, type Aftercare } from './aftercare.js';
import { LIMITS } from './schemas/index.js';

let server: FakeServer;
const open: Aftercare[] = [];

function make(): Aftercare {
  const aftercare = createAftercare({ endpoint: 'https://support.test', projectKey: 'pk', fetch: server.fetch, storage: 'memory', random: () => 0.5 });
  open.push(aftercare);
  return aftercare;
}

const screenshot = () => new Blob([new Uint8Array([9, 8, 7])], { type: 'image/webp' });
const draft = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  createdAt: '2025-03-01T12:00:00.000Z',
  kind: 'bug' as const,
  message: 'The chart is empty; token=abc123',
};

beforeEach(() => {
  server = createFakeServer();
});

afterEach(async () => {
  for (const aftercare of open.splice(0)) await aftercare.close();
});

describe('createAftercare with a screenshot and attachments', () => {
  it('sends the preview payload as the report part, with the files', async () => {
    const aftercare = make();
    aftercare.setContext('plan', 'pro');
    const preview = aftercare.preview(draft);
    const result = await aftercare.report(draft, { screenshot: screenshot(), attachments: [new File(['x'], 'steps.txt')] });
    expect(result).toMatchObject({ status: 'sent', id: draft.id });
    const [request] = server.requests;
    expect(request?.form?.report).toEqual(preview);
    expect(request?.form?.names).toEqual(['report', 'screenshot', 'attachment']);
    expect(JSON.stringify(request?.form?.report)).not.toContain('abc123');
  });

  it('says so when an older server took the report but not its files', async () => {
    server = createFakeServer({ multipart: false });
    const result = await make().report(draft, { screenshot: screenshot() });
    expect(result).toMatchObject({ status: 'sent', id: draft.id, filesDropped: true });
    const plain = await make().report({ ...draft, id: '1f8fad5b-d9cb-469f-a165-70867728950e' });
    expect(plain).not.toHaveProperty('filesDropped');
  });

  it('send(preview, files) sends exactly what was shown', async () => {
    const aftercare = make();
    const preview = aftercare.preview({ kind: 'question', message: 'Where is export?' });
    await aftercare.send(preview, { screenshot: screenshot() });
    expect(server.requests[0]?.form?.report).toEqual(preview);
    expect(server.storedFiles.get(preview.id)?.screenshot?.size).toBe(3);
  });

  it('refuses files over the limits at once: nothing stored, nothing sent', async () => {
    const aftercare = make();
    const tooMany = Array.from({ length: LIMITS.attachmentCount + 1 }, (_, i) => new File(['x'], `${i}.txt`));
    await expect(aftercare.report(draft, { attachments: tooMany })).rejects.toMatchObject({ code: 'too_many_attachments', retryable: false });
    expect(await aftercare.pending()).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it('keeps the files in the outbox while the server is away', async () => {
    server.set({ type: 'down' });
    const aftercare = make();
    const result = await aftercare.report(draft, { screenshot: screenshot() });
    expect(result.status).toBe('queued');
    const [record] = await aftercare.pending();
    expect(record?.files?.screenshot?.type).toBe('image/webp');
    server.set({ type: 'up' });
    await aftercare.flush();
    expect(server.storedFiles.get(draft.id)?.screenshot?.size).toBe(3);
    expect(await aftercare.pending()).toEqual([]);
  });
});
