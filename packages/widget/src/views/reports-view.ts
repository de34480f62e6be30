/**
 * The "My reports" list (a lazy chunk): one button per ticket filed from this
 * browser, with its number, status and date.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/en.js';
import type { ReportEntry } from '../reports/my-reports.js';
import { errorMessage } from '../i18n/errors.js';

/** What {@link renderReportList} needs. */
export interface ReportListProps {
  messages: Messages;
  locale: string;
  entries: readonly ReportEntry[];
  loading: boolean;
  onOpen: (ticketId: string) => void;
  onBack: () => void;
}

/**
 * Formats a time for the reporter's locale.
 *
 * @example
 * formatTime('2026-03-02T10:00:00Z', 'en'); // "Mar 2, 2026, 10:00 AM"
 */
export function formatTime(value: string | number, locale: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * Renders the list.
 *
 * @example
 * renderReportList({ messages: en, locale: 'en', entries, loading: false, onOpen, onBack })
 */
export function renderReportList(p: ReportListProps): TemplateResult {
  const m = p.messages;
  return html`
    <div class="bar"><h2 id="title" tabindex="-1">${m.reportsTitle}</h2></div>
    <div class="stack body">
      <p class="hint">${m.reportsIntro}</p>
      ${p.entries.length === 0 ? html`<p>${m.reportsEmpty}</p>` : nothing}
      <ul class="reports" aria-busy=${p.loading ? 'true' : 'false'}>
        ${p.entries.map(({ tracked, ticket, error }) => {
          const status = ticket ? m.statuses[ticket.status] : error ? errorMessage(m, error) : m.loading;
          return html`<li>
            <button class="report" type="button" ?disabled=${!ticket} @click=${() => p.onOpen(tracked.ticketId)}>
              <span class="number">${m.ticketTitle(tracked.number)}</span>
              <span class="status">${status}</span>
              <span class="hint">${formatTime(ticket?.updatedAt ?? tracked.filedAt, p.locale)}</span>
            </button>
          </li>`;
        })}
      </ul>
    </div>
    <div class="actions">
      <button part="button" type="button" class="back" @click=${p.onBack}>${m.back}</button>
    </div>
  `;
}
