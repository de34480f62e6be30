/**
 * The sent view: the ticket number the report was filed under, and a way out.
 */
import { html, type TemplateResult } from 'lit';
import type { ReportReceipt } from '@aftercare/sdk';
import type { Messages } from '../i18n/en.js';

/** What {@link renderSent} needs. */
export interface SentViewProps {
  messages: Messages;
  receipt: ReportReceipt;
  onClose: () => void;
}

/**
 * Renders the confirmation shown once a report is filed.
 *
 * @example
 * html`<dialog>${renderSent({ messages: en, receipt, onClose })}</dialog>`
 */
export function renderSent(p: SentViewProps): TemplateResult {
  const m = p.messages;
  return html`
    <div role="status">
      <h2 id="title">${m.sentTitle(p.receipt.ticket.number)}</h2>
      <p>${m.sentBody}</p>
    </div>
    <div class="actions">
      <button part="button" class="primary close" type="button" @click=${p.onClose}>${m.close}</button>
    </div>
  `;
}
