/**
 * One of the reporter's tickets (a lazy chunk): status, public timeline, and
 * the actions: answer, confirm the fix or say it is still broken (when
 * resolved or closed), and rate the help once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PublicEvent } from '@aftercare/sdk';
import type { Messages } from '../i18n/en.js';
import { errorMessage } from '../i18n/errors.js';
import type { ReportEntry } from '../reports/my-reports.js';
import { renderRating } from './rating-view.js';
import { formatTime } from './reports-view.js';

/** What the reporter is typing on a ticket. */
export interface TicketDrafts {
  reply: string;
  reopen: string;
  score: number;
  comment: string;
}

/** What {@link renderTicket} needs. */
export interface TicketViewProps {
  messages: Messages;
  locale: string;
  entry: ReportEntry;
  drafts: TicketDrafts;
  busy: 'reply' | 'confirm' | 'reopen' | 'rate' | undefined;
  errorCode: string | undefined;
  notice: string;
  onDraft: (patch: Partial<TicketDrafts>) => void;
  onReply: () => void;
  onConfirm: () => void;
  onReopen: () => void;
  onRate: () => void;
  onBack: () => void;
}

function describe(m: Messages, event: PublicEvent): string {
  if (event.type === 'reply') return event.actor === 'team' ? m.events.reply_team : m.events.reply_reporter;
  if (event.type === 'status_changed') return event.status ? `${m.events.status_changed}: ${m.statuses[event.status]}` : m.events.status_changed;
  return m.events[event.type];
}

const text = (event: Event): string => (event.target as HTMLTextAreaElement).value;

/**
 * Renders a ticket.
 *
 * @example
 * renderTicket({ messages: en, locale: 'en', entry, drafts, busy: undefined, errorCode: undefined, notice: '', … })
 */
export function renderTicket(p: TicketViewProps): TemplateResult {
  const m = p.messages;
  const ticket = p.entry.ticket;
  if (!ticket) return html`<h2 id="title" tabindex="-1">${m.ticketGone}</h2>`;
  const done = ticket.status === 'resolved' || ticket.status === 'closed';
  return html`
    <div class="bar"><h2 id="title" tabindex="-1">${m.ticketTitle(ticket.number)}</h2></div>
    <div class="stack ticket body">
      <p><span class="label-inline">${m.statusLabel}:</span> <span class="status">${m.statuses[ticket.status]}</span></p>
      <section aria-labelledby="timeline-title">
        <h3 id="timeline-title">${m.timelineTitle}</h3>
        <ol class="timeline">
          ${ticket.timeline.map(
            (event) => html`<li>
              <time datetime=${event.at}>${formatTime(event.at, p.locale)}</time>
              <span>${describe(m, event)}</span>
              ${event.body ? html`<blockquote>${event.body}</blockquote>` : nothing}
            </li>`,
          )}
        </ol>
      </section>
      ${done
        ? html`<div class="resolved stack">
            <p>${m.resolvedPrompt}</p>
            <label class="label" for="reopen">${m.reopenLabel}</label>
            <textarea id="reopen" part="field" .value=${p.drafts.reopen} @input=${(e: Event) => p.onDraft({ reopen: text(e) })}></textarea>
            <div class="actions">
              ${ticket.status === 'resolved'
                ? html`<button part="button primary" type="button" class="confirm" ?disabled=${!!p.busy} @click=${p.onConfirm}>${m.confirmFixed}</button>`
                : nothing}
              <button part="button" type="button" class="reopen" ?disabled=${!!p.busy} @click=${p.onReopen}>${m.stillBroken}</button>
            </div>
          </div>`
        : nothing}
      ${ticket.canRate || ticket.rating ? renderRating({ messages: m, ticket, drafts: p.drafts, busy: p.busy === 'rate', onDraft: p.onDraft, onRate: p.onRate }) : nothing}
      <div class="stack">
        <label class="label" for="reply">${m.replyLabel}</label>
        <textarea id="reply" part="field" .value=${p.drafts.reply} @input=${(e: Event) => p.onDraft({ reply: text(e) })}></textarea>
        <div class="actions">
          <button part="button" type="button" class="send-reply" ?disabled=${!!p.busy || !p.drafts.reply.trim()} @click=${p.onReply}>${m.sendReply}</button>
        </div>
      </div>
      <p class="error" role="alert">${p.errorCode ? errorMessage(m, p.errorCode) : ''}</p>
      <p class="notice" aria-live="polite">${p.notice}</p>
    </div>
    <div class="actions">
      <button part="button" type="button" class="back" @click=${p.onBack}>${m.back}</button>
    </div>
  `;
}
