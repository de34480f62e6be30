/**
 * The view after sending: the ticket number and its status, or, when the
 * report is waiting in the SDK outbox, that it is saved on this device and
 * why it has not left yet. Both are a polite status region.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ReportReceipt } from '@aftercare/sdk';
import type { Messages } from '../i18n/en.js';
import type { QueuedReason } from '../controllers/report-controller.js';

/** What {@link renderSent} needs. */
export interface SentViewProps {
  messages: Messages;
  /** The receipt when filed; undefined while the report waits in the outbox. */
  receipt: ReportReceipt | undefined;
  queuedReason: QueuedReason;
  filesDropped: boolean;
  onReports: () => void;
  onClose: () => void;
}

/**
 * Renders the confirmation shown once a report is filed or saved.
 *
 * @example
 * html`<dialog>${renderSent({ messages: en, receipt, queuedReason: 'offline', filesDropped: false, onReports, onClose })}</dialog>`
 */
export function renderSent(p: SentViewProps): TemplateResult {
  const m = p.messages;
  const body = p.receipt
    ? html`<h2 id="title" tabindex="-1">${m.sentTitle(p.receipt.ticket.number)}</h2>
        <p><span class="label-inline">${m.statusLabel}:</span> <span class="status">${m.statuses[p.receipt.ticket.status]}</span></p>
        <p>${m.sentBody}</p>`
    : html`<h2 id="title" tabindex="-1">${m.queuedTitle}</h2>
        <p>${p.queuedReason === 'offline' ? m.queuedOffline : m.queuedRetrying}</p>`;
  return html`
    <div class="stack body" role="status">
      ${body} ${p.filesDropped ? html`<p>${m.filesNotSent}</p>` : nothing}
    </div>
    <div class="actions">
      ${p.receipt ? html`<button part="button" class="start" type="button" @click=${p.onReports}>${m.myReports}</button>` : nothing}
      <button part="button primary" class="close" type="button" @click=${p.onClose}>${m.close}</button>
    </div>
  `;
}
