/**
 * THE REPORT ADAPTER: how the widget hands a report and its files to the SDK.
 *
 * The SDK is getting a second argument, `report(draft, { screenshot, attachments })`,
 * that sends multipart through the outbox. Until it lands (`SDK_SENDS_FILES`
 * is false), a report with files is posted here as multipart directly: the
 * JSON part is exactly `preview(draft)`, and if that post does not go through
 * (offline, or a server that does not take multipart yet) the same payload,
 * same id, goes through the SDK outbox without the files, and the result says
 * so (`filesDropped`), so the widget can tell the reporter the truth.
 *
 * When the SDK lands: set `SDK_SENDS_FILES = true` (or delete `postMultipart`
 * and the flag) — nothing else in the widget changes.
 */
import { AftercareError, type Aftercare, type ReportDraft, type ReportResult } from '@aftercare/sdk';
import { PROJECT_KEY_HEADER, reportReceiptSchema } from '@aftercare/sdk/schemas';

/** Files that go with a report. */
export interface ReportFiles {
  screenshot?: Blob | undefined;
  attachments?: File[] | undefined;
}

/** What filing a report gave: the SDK's result, and whether the files had to be left behind. */
export type FiledReport = ReportResult & { filesDropped?: boolean };

/** The SDK's `report()` with the files argument it is getting. */
type ReportWithFiles = (draft: ReportDraft, files?: ReportFiles) => Promise<ReportResult>;

/** Flip when `@aftercare/sdk` sends files itself. */
const SDK_SENDS_FILES = false;

/** Where the stop-gap multipart post goes. */
export interface MultipartTarget {
  endpoint: string;
  projectKey: string;
  fetch: typeof fetch;
}

/**
 * Files a report with its files.
 *
 * @example
 * const result = await fileReport(aftercare, draft, { screenshot }, target);
 * if (result.status === 'queued') showSavedOffline();
 */
export async function fileReport(sdk: Aftercare, draft: ReportDraft, files: ReportFiles, target: MultipartTarget): Promise<FiledReport> {
  const hasFiles = Boolean(files.screenshot) || (files.attachments?.length ?? 0) > 0;
  if (!hasFiles) return sdk.report(draft);
  if (SDK_SENDS_FILES) return (sdk.report as ReportWithFiles)(draft, files);
  return postMultipart(sdk, draft, files, target);
}

/** Stop-gap until the SDK sends files: see the module comment. */
async function postMultipart(sdk: Aftercare, draft: ReportDraft, files: ReportFiles, target: MultipartTarget): Promise<FiledReport> {
  const payload = sdk.preview(draft);
  const form = new FormData();
  // The parts the SDK and the server use: `report` (JSON text), `screenshot`, one `attachment` per file.
  form.append('report', JSON.stringify(payload));
  if (files.screenshot) form.append('screenshot', files.screenshot, `screenshot.${files.screenshot.type.split('/')[1] ?? 'png'}`);
  for (const file of files.attachments ?? []) form.append('attachment', file, file.name);
  let response: Response | undefined;
  try {
    response = await target.fetch(`${target.endpoint.replace(/\/+$/, '')}/v1/reports`, {
      method: 'POST',
      headers: { [PROJECT_KEY_HEADER]: target.projectKey },
      body: form,
    });
  } catch {
    response = undefined;
  }
  if (response?.ok) {
    const receipt = reportReceiptSchema.safeParse(await response.json().catch(() => undefined));
    if (receipt.success) return { status: 'sent', id: payload.id, receipt: receipt.data };
  } else if (response) {
    const refusal = await refusalOf(response);
    if (refusal) throw refusal;
  }
  // Offline, or a server without multipart yet: the report itself must still get through.
  return { ...(await sdk.send(payload)), filesDropped: true };
}

/** A refusal that sending without the files would not change (bad key, origin, disabled project). */
async function refusalOf(response: Response): Promise<AftercareError | undefined> {
  const status = response.status;
  if ([401, 403].includes(status)) {
    const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
    return new AftercareError(body?.error?.code ?? 'invalid_response', status, body?.error?.message ?? `HTTP ${status}`);
  }
  return undefined;
}
