/**
 * The satisfaction rating of a resolved ticket (a lazy chunk): a score from 1
 * to 5 and an optional comment, given once per resolution; afterwards, the
 * rating that was given.
 */
import { html, type TemplateResult } from 'lit';
import type { ReporterTicket } from '@aftercare/sdk';
import type { Messages } from '../i18n/en.js';
import type { TicketDrafts } from './ticket-view.js';

/** What {@link renderRating} needs. */
export interface RatingViewProps {
  messages: Messages;
  ticket: ReporterTicket;
  drafts: TicketDrafts;
  busy: boolean;
  onDraft: (patch: Partial<TicketDrafts>) => void;
  onRate: () => void;
}

/**
 * Renders the rating form, or the rating given.
 *
 * @example
 * renderRating({ messages: en, ticket, drafts, busy: false, onDraft, onRate })
 */
export function renderRating(p: RatingViewProps): TemplateResult {
  const m = p.messages;
  if (p.ticket.rating) return html`<p class="rated">${m.rated(p.ticket.rating.score)}</p>`;
  return html`
    <div class="stack rating">
      <fieldset class="stars">
        <legend>${m.ratingLegend}</legend>
        ${[1, 2, 3, 4, 5].map(
          (score) => html`<label class="check">
            <input type="radio" name="score" .value=${String(score)} .checked=${p.drafts.score === score} @change=${() => p.onDraft({ score })} />
            <span aria-hidden="true">${'★'.repeat(score)}</span><span class="visually-hidden">${m.ratingValue(score)}</span>
          </label>`,
        )}
      </fieldset>
      <label class="label" for="rating-comment">${m.ratingComment}</label>
      <textarea id="rating-comment" part="field" .value=${p.drafts.comment} @input=${(e: Event) => p.onDraft({ comment: (e.target as HTMLTextAreaElement).value })}></textarea>
      <div class="actions">
        <button part="button primary" type="button" class="rate" ?disabled=${p.busy || p.drafts.score === 0} @click=${p.onRate}>${m.sendRating}</button>
      </div>
    </div>
  `;
}
