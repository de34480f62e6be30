import { describe, expect, it } from 'vitest';
import { AftercareError } from '../errors.js';
import { LIMITS } from '../schemas/index.js';
import { checkReportFiles, hasFiles, multipartBody, multipartSize, screenshotFileName, type ReportFiles } from './report-files.js';

const bytes = (size: number) => new Uint8Array(size);
const webp = (size = 10) => new Blob([bytes(size)], { type: 'image/webp' });
const file = (name: string, size = 10, type = 'application/octet-stream') => new File([bytes(size)], name, { type });

function refusal(files: ReportFiles, json = '{}'): AftercareError | undefined {
  try {
    checkReportFiles(json, files);
    return undefined;
  } catch (error) {
    return error as AftercareError;
  }
}

describe('checkReportFiles', () => {
  it.each([
    ['nothing', {}],
    ['a WebP screenshot', { screenshot: webp() }],
    ['a JPEG screenshot', { screenshot: new Blob([bytes(1)], { type: 'image/jpeg' }) }],
    ['a GIF screenshot (the server takes GIF too)', { screenshot: new Blob([bytes(1)], { type: 'image/gif' }) }],
    ['a screenshot of unknown type (the server checks magic bytes)', { screenshot: new Blob([bytes(1)]) }],
    ['a screenshot exactly at the limit', { screenshot: webp(LIMITS.screenshotBytes) }],
    ['the most attachments allowed', { attachments: Array.from({ length: LIMITS.attachmentCount }, (_, i) => file(`log-${i}.txt`)) }],
    ['an attachment exactly at the limit', { attachments: [file('trace.zip', LIMITS.attachmentBytes)] }],
  ] as Array<[string, ReportFiles]>)('accepts %s', (_name, files) => {
    expect(refusal(files)).toBeUndefined();
  });

  it.each([
    ['too many attachments', { attachments: Array.from({ length: LIMITS.attachmentCount + 1 }, (_, i) => file(`${i}.txt`)) }, 'too_many_attachments', { limit: LIMITS.attachmentCount }],
    ['a screenshot over its limit', { screenshot: webp(LIMITS.screenshotBytes + 1) }, 'attachment_too_large', { part: 'screenshot', limitBytes: LIMITS.screenshotBytes }],
    ['an SVG screenshot', { screenshot: new Blob(['<svg/>'], { type: 'image/svg+xml' }) }, 'unsupported_attachment_type', { part: 'screenshot' }],
    ['a BMP screenshot', { screenshot: new Blob([bytes(1)], { type: 'image/bmp' }) }, 'unsupported_attachment_type', { part: 'screenshot' }],
    ['an SVG attachment by type', { attachments: [file('logo', 10, 'image/svg+xml')] }, 'unsupported_attachment_type', { index: 0 }],
    ['an SVG attachment by name', { attachments: [file('ok.txt'), file('Logo.SVG')] }, 'unsupported_attachment_type', { index: 1 }],
    ['an attachment over its limit', { attachments: [file('big.bin', LIMITS.attachmentBytes + 1)] }, 'attachment_too_large', { part: 'attachment', name: 'big.bin' }],
    [
      'a body over the multipart limit',
      { screenshot: webp(LIMITS.screenshotBytes), attachments: Array.from({ length: 5 }, (_, i) => file(`${i}.bin`, LIMITS.attachmentBytes)) },
      'payload_too_large',
      { limitBytes: LIMITS.multipartBodyBytes },
    ],
  ] as Array<[string, ReportFiles, string, Record<string, unknown>]>)('refuses %s', (_name, files, code, details) => {
    const error = refusal(files);
    expect(error).toBeInstanceOf(AftercareError);
    expect(error).toMatchObject({ code, status: 0, retryable: false, details: expect.objectContaining(details) });
  });
});

describe('the multipart body', () => {
  it('has the report, the screenshot, then each attachment, under their part names', async () => {
    const files = { screenshot: webp(3), attachments: [file('a.txt', 2, 'text/plain'), file('b.log', 1, 'text/plain')] };
    const form = multipartBody('{"id":"x"}', files);
    expect([...form.keys()]).toEqual(['report', 'screenshot', 'attachment', 'attachment']);
    expect(form.get('report')).toBe('{"id":"x"}');
    expect((form.get('screenshot') as File).name).toBe('screenshot.webp');
    expect(form.getAll('attachment').map((part) => (part as File).name)).toEqual(['a.txt', 'b.log']);
    const actual = (await new Response(form).arrayBuffer()).byteLength;
    expect(multipartSize('{"id":"x"}', files)).toBeGreaterThanOrEqual(actual);
  });

  it.each([
    ['image/webp', 'screenshot.webp'],
    ['image/jpeg', 'screenshot.jpg'],
    ['image/png', 'screenshot.png'],
    ['', 'screenshot.webp'],
  ])('names a %j screenshot %s', (type, name) => {
    expect(screenshotFileName(type)).toBe(name);
  });

  it.each([
    [undefined, false],
    [{}, false],
    [{ attachments: [] }, false],
    [{ screenshot: webp() }, true],
    [{ attachments: [file('a')] }, true],
  ])('hasFiles(%j) is %s', (files, expected) => {
    expect(hasFiles(files)).toBe(expected);
  });
});
