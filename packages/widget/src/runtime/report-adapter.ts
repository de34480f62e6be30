/**
 * How the widget hands a report and its files to the SDK: `report(draft,
 * { screenshot, attachments })`, which keeps the files in the outbox with the
 * report until the server has them, so a report with its screenshot survives
 * going offline. When an older server takes the report but not its files,
 * the SDK says so (`filesDropped`) and the widget tells the reporter.
 */
import type { Aftercare, ReportDraft, ReportResult } from '@aftercare/sdk';

/** Files that go with a report. */
export interface ReportFiles {
  screenshot?: Blob | undefined;
  attachments?: File[] | undefined;
}

/** What filing a report gave: the SDK's result, and whether the files were left behind. */
export type FiledReport = ReportResult & { filesDropped?: boolean };

/**
 * Files a report with its files.
 *
 * @example
 * const result = await fileReport(aftercare, draft, { screenshot });
 * if (result.status === 'queued') showSavedOffline();
 */
export function fileReport(sdk: Aftercare, draft: ReportDraft, files: ReportFiles): Promise<FiledReport> {
  const screenshot = files.screenshot;
  const attachments = files.attachments ?? [];
  if (!screenshot && attachments.length === 0) return sdk.report(draft);
  return sdk.report(draft, { ...(screenshot && { screenshot }), ...(attachments.length > 0 && { attachments }) });
}
