/**
 * Files sent with a report: the multipart shape of `POST /v1/reports`, limits,
 * and the content type read from the bytes (magic numbers), never from what
 * the client claims. SVG is refused outright: it can carry script.
 */
import { createHash } from 'node:crypto';
import { LIMITS } from '@aftercare/sdk/schemas';
import { AppError } from '../errors.js';

/** A checked upload, ready to store. */
export interface Upload {
  kind: 'screenshot' | 'file';
  filename: string;
  contentType: string;
  data: Uint8Array;
  sha256: string;
}

const starts = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

/** The content type of some bytes, by their magic numbers; undefined when unknown or refused. */
export function sniffContentType(bytes: Uint8Array): string | undefined {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(bytes, ascii('RIFF')) && starts(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (starts(bytes, ascii('GIF87a')) || starts(bytes, ascii('GIF89a'))) return 'image/gif';
  if (starts(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
  return sniffText(bytes);
}

/** Plain text (logs, JSON, CSV): valid UTF-8 without NUL bytes, and not SVG. */
function sniffText(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, 8192);
  if (head.length === 0 || head.includes(0)) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head.length < bytes.length ? head.subarray(0, lastCharBoundary(head)) : head);
  } catch {
    return undefined;
  }
  if (/<svg[\s>]/i.test(text.slice(0, 2048))) return undefined;
  return 'text/plain; charset=utf-8';
}

/** Cuts before a UTF-8 sequence the 8 KiB window may have split. */
function lastCharBoundary(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1]! & 0xc0) === 0x80) end -= 1;
  return end > 0 && bytes[end - 1]! >= 0xc0 ? end - 1 : bytes.length;
}

/** A safe file name: no path, no control characters, at most 200 characters. */
export function safeFilename(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  return clean || fallback;
}

async function checkFile(file: File, kind: Upload['kind']): Promise<Upload> {
  const limit = kind === 'screenshot' ? LIMITS.screenshotBytes : LIMITS.attachmentBytes;
  if (file.size > limit) {
    throw new AppError('attachment_too_large', 413, `${file.name || kind} is larger than ${limit} bytes`, { limitBytes: limit, filename: file.name });
  }
  const data = new Uint8Array(await file.arrayBuffer());
  const contentType = sniffContentType(data);
  const allowed = kind === 'screenshot' ? contentType !== undefined && IMAGE_TYPES.includes(contentType) : contentType !== undefined;
  if (!allowed) {
    throw new AppError(
      'unsupported_attachment_type',
      415,
      kind === 'screenshot' ? 'The screenshot must be PNG, JPEG, WebP or GIF' : `${file.name || 'The file'} is not a supported type`,
      { filename: file.name },
    );
  }
  return {
    kind,
    filename: safeFilename(file.name, kind === 'screenshot' ? 'screenshot' : 'attachment'),
    contentType: contentType!,
    data,
    sha256: createHash('sha256').update(data).digest('hex'),
  };
}

/**
 * Reads a multipart report: part `report` (the report JSON), optional part
 * `screenshot`, and up to `LIMITS.attachmentCount` parts `attachment`.
 */
export async function readMultipartReport(form: FormData): Promise<{ body: unknown; uploads: Upload[] }> {
  const unknown = [...new Set(form.keys())].filter((name) => !['report', 'screenshot', 'attachment'].includes(name));
  if (unknown.length > 0) throw new AppError('invalid_multipart', 400, `Unknown parts: ${unknown.join(', ')}`);
  const report = form.getAll('report');
  if (report.length !== 1 || typeof report[0] !== 'string') {
    throw new AppError('invalid_multipart', 400, 'Send the report as exactly one text part named "report"');
  }
  let body: unknown;
  try {
    body = JSON.parse(report[0]);
  } catch (error) {
    throw new AppError('invalid_json', 400, `The report part is not valid JSON: ${(error as Error).message}`);
  }
  const screenshots = form.getAll('screenshot');
  const files = form.getAll('attachment');
  if (screenshots.length > 1) throw new AppError('invalid_multipart', 400, 'At most one screenshot');
  if (files.length > LIMITS.attachmentCount) {
    throw new AppError('too_many_attachments', 422, `At most ${LIMITS.attachmentCount} attachments`, { limit: LIMITS.attachmentCount });
  }
  if ([...screenshots, ...files].some((part) => typeof part === 'string')) {
    throw new AppError('invalid_multipart', 400, 'Screenshot and attachment parts must be files');
  }
  const uploads: Upload[] = [];
  for (const file of screenshots as File[]) uploads.push(await checkFile(file, 'screenshot'));
  for (const file of files as File[]) uploads.push(await checkFile(file, 'file'));
  return { body, uploads };
}
