/**
 * `<ac-kb-draft>`: turns a ticket into a knowledge-base draft: the server
 * writes it from the question and the team's public replies, redacted, and
 * the console opens it in the article editor.
 */
import type { AgentTicket } from '@aftercare/sdk/schemas';
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { errorText } from '../i18n/errors.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { navigateEvent } from '../shell/events.js';
import { articleHref } from '../shell/routes.js';
import { shared } from '../styles/shared.js';

/**
 * The "draft a KB article" panel of a ticket.
 *
 * @fires ac-navigate - To the new draft.
 */
@customElement('ac-kb-draft')
export class KbDraftButton extends LitElement {
  static override styles = [
    shared,
    css`
      :host { display: block; }
      section { padding: 12px 14px; display: grid; gap: 8px; }
      h2 { font-size: 14px; }
      p { margin: 0; font-size: 12.5px; }
    `,
  ];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The ticket. */
  @property({ attribute: false }) ticket: AgentTicket | undefined;
  /** The console's base path. */
  @property() base = '/console/';

  @state() private busy = false;
  @state() private error = '';
  private readonly l10n = new LocalizeController(this);

  override render() {
    const k = this.l10n.messages.kb;
    return html`<section class="card" aria-labelledby="kb-draft-h">
      <h2 id="kb-draft-h">${k.draftHeading}</h2>
      <button type="button" data-action="kb-draft" ?disabled=${this.busy} @click=${this.draft} aria-describedby="kb-draft-hint">
        ${this.busy ? k.drafting : k.draftButton}</button>
      <p class="muted" id="kb-draft-hint">${k.draftHint}</p>
      <div class="alert" role="alert">${this.error}</div>
    </section>`;
  }

  private async draft(): Promise<void> {
    if (!this.api || !this.ticket || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      const article = await this.api.draftFromTicket(this.ticket.id);
      this.dispatchEvent(navigateEvent(articleHref(this.base, article.id)));
    } catch (error) {
      this.error = errorText(this.l10n.messages, error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-kb-draft': KbDraftButton;
  }
}
