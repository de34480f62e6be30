/**
 * `<ac-similar-tickets>`: open tickets whose titles read like this one's
 * (`GET /v1/agent/tickets/:id/similar`), as links with how alike they are,
 * and a merge with a chosen duplicate: a dialog that asks which ticket is
 * kept before anything moves.
 */
import type { AgentTicket, SimilarItem } from '@aftercare/sdk/schemas';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { errorText } from '../i18n/errors.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { ticketHref } from '../shell/routes.js';
import { shared } from '../styles/shared.js';

/** Detail of `ac-ticket-changed`: what to announce. */
export interface TicketChangedDetail {
  message: string;
}

/**
 * Similar tickets, and merging with one of them.
 *
 * @fires ac-ticket-changed - A merge succeeded; the ticket should be reloaded. `detail.message` says what happened.
 * @csspart dialog - The merge dialog.
 */
@customElement('ac-similar-tickets')
export class SimilarTickets extends LitElement {
  static override styles = [
    shared,
    css`
      :host { display: block; }
      .panel { padding: 12px 14px; }
      h2 { font-size: 14px; margin-bottom: 8px; }
      ul { margin: 0; padding: 0; list-style: none; display: grid; gap: 6px; font-size: 13px; }
      li { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 2px 8px; align-items: center; }
      li a { overflow-wrap: anywhere; }
      li .muted { grid-column: 1; font-size: 12px; }
      li button { grid-column: 2; grid-row: 1 / span 2; min-height: 28px; padding: 2px 10px; }
      p { margin: 0; font-size: 13px; }
      dialog { border: 1px solid var(--ac-border); border-radius: var(--ac-radius); background: var(--ac-surface); color: var(--ac-text); max-width: min(520px, 94vw); padding: 18px; }
      dialog::backdrop { background: rgb(0 0 0 / 50%); }
      form { display: grid; gap: 12px; }
      fieldset { border: none; margin: 0; padding: 0; display: grid; gap: 6px; }
      fieldset label { display: flex; gap: 8px; align-items: flex-start; color: var(--ac-text); font-size: 14px; }
      .titles { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 10px; margin: 0; }
      .titles dt { color: var(--ac-muted); }
      .titles dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
      .actions { display: flex; gap: 8px; justify-content: flex-end; }
    `,
  ];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The ticket shown. */
  @property({ attribute: false }) ticket: AgentTicket | undefined;
  /** The console's base path. */
  @property() base = '/console/';
  /** True when the agent may merge (not a viewer, and this ticket is not merged itself). */
  @property({ type: Boolean }) canMerge = false;

  @state() private items: SimilarItem[] | undefined;
  @state() private chosen: SimilarItem | undefined;
  @state() private busy = false;
  @state() private error = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  private loadedKey = '';
  private abort: AbortController | undefined;
  private readonly l10n = new LocalizeController(this);

  override willUpdate(): void {
    const t = this.ticket;
    const key = t ? `${t.id}@${t.updatedAt}` : '';
    if (this.api && t && key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load(this.api, t.id);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.loadedKey = '';
  }

  override render() {
    const m = this.l10n.messages;
    if (this.items === undefined) return nothing;
    return html`<section class="panel card" data-panel="similar" aria-labelledby="similar-h">
      <h2 id="similar-h">${m.ticket.similarHeading}</h2>
      ${this.items.length === 0
        ? html`<p class="muted">${m.merge.noSimilar}</p>`
        : html`<ul>${this.items.map((item) => html`<li data-ticket-id=${item.id}>
            <a href=${ticketHref(this.base, item.id)}>${item.title}</a>
            <span class="muted">${m.merge.alike(Math.round(item.score * 100))}</span>
            ${this.canMerge
              ? html`<button type="button" data-merge=${item.id} aria-label=${m.merge.mergeLabel(item.title)}
                  @click=${() => this.openDialog(item)}>${m.merge.mergeButton}</button>`
              : nothing}
          </li>`)}</ul>`}
      <dialog part="dialog" aria-labelledby="merge-h" @close=${() => (this.chosen = undefined)}>
        ${this.chosen ? this.renderForm(this.chosen) : nothing}
      </dialog>
    </section>`;
  }

  private renderForm(other: SimilarItem) {
    const m = this.l10n.messages.merge;
    return html`<form @submit=${this.onSubmit}>
      <h2 id="merge-h">${m.dialogTitle}</h2>
      <dl class="titles">
        <dt>${m.thisTicket}</dt><dd>#${this.ticket?.number} ${this.ticket?.title}</dd>
        <dt>${m.otherTicket}</dt><dd>${other.title}</dd>
      </dl>
      <fieldset>
        <label><input type="radio" name="direction" value="into-other" checked />${m.thisIntoOther}</label>
        <label><input type="radio" name="direction" value="into-this" />${m.otherIntoThis}</label>
      </fieldset>
      <p class="muted">${m.explain}</p>
      <div class="alert" role="alert">${this.error}</div>
      <div class="actions">
        <button type="button" @click=${() => this.dialog.close()}>${m.cancel}</button>
        <button type="submit" class="primary" ?disabled=${this.busy}>${m.confirm}</button>
      </div>
    </form>`;
  }

  private async load(api: ConsoleApi, ticketId: string): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      const items = await api.similar(ticketId, abort.signal);
      if (!abort.signal.aborted) this.items = items;
    } catch {
      // Suggestions are optional: without them the panel stays away.
      if (!abort.signal.aborted) this.items = undefined;
    }
  }

  private openDialog(item: SimilarItem): void {
    this.chosen = item;
    this.error = '';
    this.dialog.showModal();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const other = this.chosen;
    const ticket = this.ticket;
    if (!this.api || !other || !ticket || this.busy) return;
    const form = event.target as HTMLFormElement;
    const direction = (form.elements.namedItem('direction') as RadioNodeList).value;
    this.busy = true;
    this.error = '';
    try {
      if (direction === 'into-this') await this.api.merge(other.id, ticket.id);
      else await this.api.merge(ticket.id, other.id);
      this.dialog.close();
      const detail: TicketChangedDetail = { message: this.l10n.messages.merge.mergedDone };
      this.dispatchEvent(new CustomEvent('ac-ticket-changed', { detail, bubbles: true, composed: true }));
    } catch (error) {
      this.error = errorText(this.l10n.messages, error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-similar-tickets': SimilarTickets;
  }
}
