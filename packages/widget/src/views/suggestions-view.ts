/**
 * Knowledge-base suggestions under the message: a polite live region that
 * says how many articles might help, and one button per article, which opens
 * it inside the widget.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { KbSearchHit } from '@aftercare/sdk';
import type { Messages } from '../i18n/en.js';

/** What {@link renderSuggestions} needs. */
export interface SuggestionsProps {
  messages: Messages;
  hits: readonly KbSearchHit[];
  onArticle: (hit: KbSearchHit) => void;
}

/**
 * Renders the suggestions (an empty live region when there are none, so that
 * later results are announced).
 *
 * @example
 * renderSuggestions({ messages: en, hits, onArticle: (hit) => openArticle(hit.id) })
 */
export function renderSuggestions(p: SuggestionsProps): TemplateResult {
  const m = p.messages;
  return html`
    <div class="suggestions" aria-live="polite">
      ${p.hits.length > 0
        ? html`<h3>${m.suggestionsTitle}</h3>
            <p class="hint">${m.suggestionsFound(p.hits.length)}</p>
            <ul>
              ${p.hits.map(
                (hit) => html`<li>
                  <button class="link article-link" type="button" lang=${hit.locale} @click=${() => p.onArticle(hit)}>${hit.title}</button>
                  <span class="snippet">${hit.snippet}</span>
                </li>`,
              )}
            </ul>`
        : nothing}
    </div>
  `;
}
