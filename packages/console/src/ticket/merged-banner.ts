/**
 * `<ac-merged-banner>`: says that the ticket was merged into another
 * (`mergedInto`), links to it with its number and title, and undoes the
 * merge on request. Shows nothing for a ticket that is not merged.
 */
import type { AgentTicket } from '@aftercare/sdk/schemas';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { errorText } from '../i18n/errors.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { ticketHref } from '../shell/routes.js';
import { shared } from '../styles/shared.js';
import type { TicketChangedDetail } from './similar-tickets.js';

/**
 * The merged state of a ticket.
 *
 * @fires ac-ticket-changed - The merge was undone; the ticket should be reloaded.
 * @csspart banner - The banner.
 */
@customElement('ac-merged-banner')
export class MergedBanner extends LitElement {
  static override styles = [
    shared,
    css`
      :host { display: block; }
      .banner { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; padding: 10px 14px; border: 1px solid var(--ac-accent); background: var(--ac-accent-soft); border-radius: var(--ac-radius); }
      .text { flex: 1 1 260px; overflow-wrap: anywhere; }
      .alert { flex-basis: 100%; }
    `,
  ];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The ticket shown. */
  @property({ attribute: false }) ticket: AgentTicket | undefined;
  /** The console's base path. */
  @property() base = '/console/';
  /** True when the agent may undo the merge. */
  @property({ type: Boolean }) canUnmerge = false;

  @state() private target: AgentTicket | undefined;
  @state() private busy = false;
  @state() private error = '';
  private loadedId = '';
  private readonly l10n = new LocalizeController(this);

  override willUpdate(): void {
    const into = this.ticket?.mergedInto ?? '';
    if (into !== this.loadedId) {
      this.loadedId = into;
      this.target = undefined;
      this.error = '';
      if (into && this.api) void this.loadTarget(this.api, into);
    }
  }

  override render() {
    const t = this.ticket;
    if (!t?.mergedInto) return nothing;
    const m = this.l10n.messages.merge;
    const target = this.target;
    return html`<div class="banner" part="banner" role="note" data-merged-into=${t.mergedInto}>
      <span class="text">${m.mergedInto}
        <a href=${ticketHref(this.base, t.mergedInto)}>${target ? `#${target.number} ${target.title}` : m.mergedIntoUnknown}</a></span>
      ${this.canUnmerge
        ? html`<button type="button" data-action="unmerge" title=${m.unmergeHint} ?disabled=${this.busy} @click=${this.unmerge}>${m.unmerge}</button>`
        : nothing}
      <div class="alert" role="alert">${this.error}</div>
    </div>`;
  }

  private async loadTarget(api: ConsoleApi, id: string): Promise<void> {
    try {
      const detail = await api.getTicket(id);
      if (id === this.loadedId) this.target = detail.ticket;
    } catch {
      // The link still works without the number and title.
    }
  }

  private async unmerge(): Promise<void> {
    if (!this.api || !this.ticket || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      await this.api.unmerge(this.ticket.id);
      const detail: TicketChangedDetail = { message: this.l10n.messages.merge.unmergedDone };
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
    'ac-merged-banner': MergedBanner;
  }
}
