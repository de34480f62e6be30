/**
 * Files sent with a report: a screenshot and attachments. With files, a
 * report travels as `multipart/form-data` — part `report` is the report JSON
 * (exactly the payload `preview()` returns), part `screenshot` the image, and
 * one `attachment` part per file — checked against the contract's limits
 * before anything is stored or sent, so an oversize report fails at once
 * with the same codes the server would answer.
 */
import { AftercareError } from '../errors.js';
import { LIMITS } from '../schemas/index.js';

/** What may travel with a report. */
export interface ReportFiles {
  /** The screenshot (WebP, JPEG, PNG or GIF), e.g. `(await captureViewport()).blob`. */
  screenshot?: Blob;
  /** Files the reporter attached, at most `LIMITS.attachmentCount`. */
  attachments?: readonly File[];
}

/** Image types the server accepts as a screenshot (it checks the bytes; this only catches obvious mistakes early). */
export const SCREENSHOT_TYPES: readonly string[] = ['image/webp', 'image/jpeg', 'image/png', 'image/gif'];

/** Bytes allowed per part for its boundary and headers, on top of the name and content. */
const PART_OVERHEAD = 256;

/**
 * True when there is something to send besides the report.
 *
 * @example
 * hasFiles({ attachments: [] }); // false
 */
export function hasFiles(files: ReportFiles | undefined): files is ReportFiles {
  return Boolean(files && (files.screenshot || (files.attachments && files.attachments.length > 0)));
}

/**
 * Checks files against the limits; throws an {@link AftercareError} (status 0)
 * with the server's code: `too_many_attachments`, `attachment_too_large`,
 * `unsupported_attachment_type` (SVG, or a screenshot that is not WebP, JPEG,
 * PNG or GIF) or `payload_too_large` (the whole body). `details` says which part
 * and which limit.
 *
 * @example
 * checkReportFiles(JSON.stringify(payload), { screenshot: shot.blob });
 */
export function checkReportFiles(reportJson: string, files: ReportFiles): void {
  const attachments = files.attachments ?? [];
  if (attachments.length > LIMITS.attachmentCount) {
    throw refuse('too_many_attachments', `At most ${LIMITS.attachmentCount} attachments`, {
      limit: LIMITS.attachmentCount,
      count: attachments.length,
    });
  }
  const screenshot = files.screenshot;
  if (screenshot) {
    if (screenshot.type && !SCREENSHOT_TYPES.includes(screenshot.type)) {
      throw refuse('unsupported_attachment_type', `A screenshot must be WebP, JPEG, PNG or GIF, not ${screenshot.type}`, {
        part: 'screenshot',
        type: screenshot.type,
      });
    }
    if (screenshot.size > LIMITS.screenshotBytes) {
      throw refuse('attachment_too_large', `The screenshot is larger than ${LIMITS.screenshotBytes} bytes`, {
        part: 'screenshot',
        limitBytes: LIMITS.screenshotBytes,
        sizeBytes: screenshot.size,
      });
    }
  }
  attachments.forEach((file, index) => {
    if (isSvg(file)) {
      throw refuse('unsupported_attachment_type', `${file.name}: SVG files are not accepted`, { part: 'attachment', index, name: file.name });
    }
    if (file.size > LIMITS.attachmentBytes) {
      throw refuse('attachment_too_large', `${file.name} is larger than ${LIMITS.attachmentBytes} bytes`, {
        part: 'attachment',
        index,
        name: file.name,
        limitBytes: LIMITS.attachmentBytes,
        sizeBytes: file.size,
      });
    }
  });
  const total = multipartSize(reportJson, files);
  if (total > LIMITS.multipartBodyBytes) {
    throw refuse('payload_too_large', `The report with its files is larger than ${LIMITS.multipartBodyBytes} bytes`, {
      limitBytes: LIMITS.multipartBodyBytes,
      sizeBytes: total,
    });
  }
}

/**
 * An upper estimate of the multipart body's size in bytes.
 *
 * @example
 * multipartSize('{}', { screenshot: new Blob([new Uint8Array(10)]) }); // 2 + 10 + overheads
 */
export function multipartSize(reportJson: string, files: ReportFiles): number {
  const utf8 = (text: string) => new TextEncoder().encode(text).length;
  let total = PART_OVERHEAD + utf8(reportJson);
  if (files.screenshot) total += PART_OVERHEAD + files.screenshot.size;
  for (const file of files.attachments ?? []) total += PART_OVERHEAD + utf8(file.name) + file.size;
  return total;
}

/**
 * The multipart body: `report` (the JSON text), `screenshot`, then one
 * `attachment` per file. `fetch` sets the content type with its boundary.
 *
 * @example
 * await fetch(url, { method: 'POST', body: multipartBody(JSON.stringify(payload), { screenshot }) });
 */
export function multipartBody(reportJson: string, files: ReportFiles): FormData {
  const form = new FormData();
  form.append('report', reportJson);
  if (files.screenshot) form.append('screenshot', files.screenshot, screenshotFileName(files.screenshot.type));
  for (const file of files.attachments ?? []) form.append('attachment', file, file.name);
  return form;
}

/**
 * The file name a screenshot is sent under, from its type.
 *
 * @example
 * screenshotFileName('image/jpeg'); // 'screenshot.jpg'
 */
export function screenshotFileName(type: string): string {
  const extension = type === 'image/jpeg' ? 'jpg' : type === 'image/png' ? 'png' : 'webp';
  return `screenshot.${extension}`;
}

function isSvg(file: File): boolean {
  return /^image\/svg/i.test(file.type) || /\.svgz?$/i.test(file.name);
}

function refuse(code: string, message: string, details: Record<string, unknown>): AftercareError {
  return new AftercareError(code, 0, message, details);
}
