/**
 * The events `<aftercare-widget>` dispatches. They bubble and cross shadow
 * roots (composed), and fire only in answer to what the reporter did.
 */
import type { ReportReceipt } from '@aftercare/sdk';

/** Name of the event fired when a report was filed; `detail` is the receipt. */
export const SUBMITTED_EVENT = 'aftercare-submitted';
/** Name of the event fired when a report was saved on the device to be sent later; `detail` is `{ reportId }`. */
export const QUEUED_EVENT = 'aftercare-queued';
/** Name of the event fired when sending a report failed; `detail` is `{ code }`. */
export const ERROR_EVENT = 'aftercare-error';
/** Name of the event fired when the reporter said an article solved it; `detail` is `{ articleId, query }`. */
export const DEFLECTED_EVENT = 'aftercare-deflected';

/** `detail` of {@link ERROR_EVENT}: the server's, the client's or the widget's error code. */
export interface AftercareErrorDetail {
  code: string;
}

/** `detail` of {@link QUEUED_EVENT}. */
export interface AftercareQueuedDetail {
  reportId: string;
}

/** `detail` of {@link DEFLECTED_EVENT}: the article, and what the reporter had typed. */
export interface AftercareDeflectedDetail {
  articleId: string;
  query: string;
}

function event<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

/**
 * Builds the event announcing a filed report.
 *
 * @example
 * widget.addEventListener('aftercare-submitted', (e) => console.log(e.detail.ticket.number));
 */
export function submittedEvent(receipt: ReportReceipt): CustomEvent<ReportReceipt> {
  return event(SUBMITTED_EVENT, receipt);
}

/**
 * Builds the event announcing a report saved for later.
 *
 * @example
 * widget.addEventListener('aftercare-queued', (e) => console.log('waiting:', e.detail.reportId));
 */
export function queuedEvent(reportId: string): CustomEvent<AftercareQueuedDetail> {
  return event(QUEUED_EVENT, { reportId });
}

/**
 * Builds the event announcing a failed send.
 *
 * @example
 * widget.addEventListener('aftercare-error', (e) => console.warn(e.detail.code));
 */
export function errorEvent(code: string): CustomEvent<AftercareErrorDetail> {
  return event(ERROR_EVENT, { code });
}

/**
 * Builds the event announcing that an article solved the reporter's problem.
 *
 * @example
 * widget.addEventListener('aftercare-deflected', (e) => analytics.track('kb-solved', e.detail.articleId));
 */
export function deflectedEvent(articleId: string, query: string): CustomEvent<AftercareDeflectedDetail> {
  return event(DEFLECTED_EVENT, { articleId, query });
}

declare global {
  interface HTMLElementEventMap {
    'aftercare-submitted': CustomEvent<ReportReceipt>;
    'aftercare-queued': CustomEvent<AftercareQueuedDetail>;
    'aftercare-error': CustomEvent<AftercareErrorDetail>;
    'aftercare-deflected': CustomEvent<AftercareDeflectedDetail>;
  }
}
