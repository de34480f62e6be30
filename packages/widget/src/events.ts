/**
 * The events `<aftercare-widget>` dispatches. They bubble and cross shadow
 * roots (composed), and fire only in answer to what the reporter did.
 */
import type { ReportReceipt } from '@aftercare/sdk';

/** Name of the event fired when a report was filed; `detail` is the receipt. */
export const SUBMITTED_EVENT = 'aftercare-submitted';
/** Name of the event fired when sending a report failed; `detail` is `{ code }`. */
export const ERROR_EVENT = 'aftercare-error';

/** `detail` of {@link ERROR_EVENT}: the server's, the client's or the widget's error code. */
export interface AftercareErrorDetail {
  code: string;
}

/**
 * Builds the event announcing a filed report.
 *
 * @example
 * widget.addEventListener('aftercare-submitted', (e) => console.log(e.detail.ticket.number));
 */
export function submittedEvent(receipt: ReportReceipt): CustomEvent<ReportReceipt> {
  return new CustomEvent(SUBMITTED_EVENT, { detail: receipt, bubbles: true, composed: true });
}

/**
 * Builds the event announcing a failed send.
 *
 * @example
 * widget.addEventListener('aftercare-error', (e) => console.warn(e.detail.code));
 */
export function errorEvent(code: string): CustomEvent<AftercareErrorDetail> {
  return new CustomEvent(ERROR_EVENT, { detail: { code }, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'aftercare-submitted': CustomEvent<ReportReceipt>;
    'aftercare-error': CustomEvent<AftercareErrorDetail>;
  }
}
