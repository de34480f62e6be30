/**
 * `<ac-ticket>`: one ticket, everything an agent needs to work it: every
 * report with its diagnostics, the full timeline, the reply and note editor,
 * the working fields, the SLA and triage panels when the server sends them,
 * similar tickets with merging, and the merged state with unmerging. Each
 * change is saved at once and the ticket reloaded, so the timeline shows it.
 * A viewer reads everything and changes nothing.
 */
import type { AgentMe, TicketDetail, TicketPatchInput } from '@aftercare/sdk/schemas';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { ApiError } from '../api/api-error.js';
import { readSla } from '../api/extensions.js';
import { MembersController } from '../api/members-controller.js';
import { errorText } from '../i18n/errors.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { canWork } from '../shell/permissions.js';
import { inboxHref } from '../shell/routes.js';
import { NowController } from '../sla/now-controller.js';
import { shared } from '../styles/shared.js';
import type { ComposeDetail, Composer } from './composer.js';
import type { TicketChangedDetail } from './similar-tickets.js';
import { detailsPanel, slaPanel, triageEntries, triagePanel } from './ticket-panels.js';
import { ticketStyles } from './ticket-styles.js';
import './composer.js';
import './kb-draft-button.js';
import './merged-banner.js';
import './similar-tickets.js';
import './report-card.js';
import './ticket-fields.js';
import './timeline-view.js';

/**
 * A ticket.
 *
 * @csspart header - The ticket's number, title and badges.
 */
@customElement('ac-ticket')
export class TicketView extends LitElement {
  static override styles = [shared, ticketStyles];

  /** The API client of the signed-in agent. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The ticket's id. */
  @property() ticketId = '';
  /** The console's base path. */
  @property() base = '/console/';
  /** Where "back to the inbox" goes (the inbox with its filters). */
  @property() backHref = '';

  @state() private detail: TicketDetail | undefined;
  @state() private loadError: unknown;
  @state() private saving = false;
  @state() private changeError = '';
  @state() private composeError = '';
  @state() private announcement = '';

  @query('ac-composer') private composer: Composer | undefined;
  private readonly l10n = new LocalizeController(this);
  private readonly clock = new NowController(this);
  private readonly team = new MembersController(this, () => ({ api: this.api, projectId: this.detail?.ticket.projectId }));
  private loadedId = '';
  private abort: AbortController | undefined;

  override willUpdate(): void {
    if (this.api && this.ticketId && this.ticketId !== this.loadedId) {
      this.loadedId = this.ticketId;
      this.detail = undefined;
      void this.load();
    }
    this.clock.running = !!this.detail && readSla(this.detail.ticket).length > 0;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.loadedId = '';
  }

  override render() {
    const m = this.l10n.messages;
    const back = html`<a class="back" href=${this.backHref || inboxHref(this.base)}>← ${m.ticket.back}</a>`;
    if (!this.detail || !this.me) {
      const notFound = this.loadError instanceof ApiError && this.loadError.status === 404;
      return html`${back}<div class="state">${this.loadError
        ? html`<p class="alert" role="alert">${notFound ? m.ticket.notFound : errorText(m, this.loadError)}</p>
            ${notFound ? nothing : html`<button type="button" @click=${() => this.load()}>${m.app.retry}</button>`}`
        : html`<p class="muted" role="status">${m.app.loading}</p>`}</div>`;
    }
    const { ticket, reports, timeline } = this.detail;
    const locale = this.l10n.locale;
    const reporterName = reports.find((r) => r.reporter.name)?.reporter.name ?? null;
    const working = canWork(this.me, ticket.projectId);
    return html`
      <div class="layout">
        <header class="top" part="header">
          ${back}
          <h1><span class="number">#${ticket.number}</span>${ticket.title}</h1>
          <div class="badges">
            <span class="pill status-${ticket.status}" data-field="status">${m.status[ticket.status]}</span>
            <span class="pill severity-${ticket.severity}">${m.severity[ticket.severity]}</span>
            <span class="pill">${m.category[ticket.category]}</span>
          </div>
          <ac-merged-banner .api=${this.api} .ticket=${ticket} .base=${this.base} ?canUnmerge=${working}
            @ac-ticket-changed=${this.onChanged}></ac-merged-banner>
        </header>
        <aside>
          <section class="panel card" aria-labelledby="details-h">
            <h2 id="details-h">${m.ticket.details}</h2>
            <ac-ticket-fields .ticket=${ticket} .me=${this.me} .members=${this.team.members} ?membersUnknown=${!this.team.loaded}
              .busy=${this.saving} ?readOnly=${!working} @ac-ticket-patch=${this.onPatch}></ac-ticket-fields>
            <div class="alert" role="alert">${this.changeError}</div>
            ${detailsPanel(ticket, m, locale)}
          </section>
          ${slaPanel(readSla(ticket), this.clock.now, m, locale)}
          ${working ? html`<ac-kb-draft .api=${this.api} .ticket=${ticket} .base=${this.base}></ac-kb-draft>` : nothing}
          ${triagePanel(triageEntries(timeline), m)}
          <ac-similar-tickets .api=${this.api} .ticket=${ticket} .base=${this.base} ?canMerge=${working && !ticket.mergedInto}
            @ac-ticket-changed=${this.onChanged}></ac-similar-tickets>
        </aside>
        <div class="main">
          <section class="reports" aria-labelledby="reports-h">
            <h2 id="reports-h">${m.ticket.reportsHeading(reports.length)}</h2>
            ${reports.map((r, i) => html`<ac-report-card .report=${r} .index=${i + 1} .api=${this.api}></ac-report-card>`)}
          </section>
          <section aria-labelledby="timeline-h">
            <h2 id="timeline-h">${m.timeline.heading}</h2>
            <ac-timeline .events=${timeline} .me=${this.me} .members=${this.team.members} .base=${this.base}
              .reporterName=${reporterName}></ac-timeline>
          </section>
          ${working
            ? html`<ac-composer .busy=${this.saving} .error=${this.composeError} @ac-compose=${this.onCompose}></ac-composer>`
            : html`<p class="muted" data-read-only>${m.ticket.readOnly}</p>`}
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  /** Loads (or reloads) the ticket. */
  private async load(): Promise<void> {
    if (!this.api) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loadError = undefined;
    try {
      const detail = await this.api.getTicket(this.ticketId, abort.signal);
      if (!abort.signal.aborted) this.detail = detail;
    } catch (error) {
      if (!abort.signal.aborted) this.loadError = error;
    }
  }

  private async onPatch(event: CustomEvent<{ patch: TicketPatchInput }>): Promise<void> {
    if (!this.api || !this.detail) return;
    this.saving = true;
    this.changeError = '';
    try {
      await this.api.updateTicket(this.detail.ticket.id, event.detail.patch);
      await this.load();
      this.announcement = this.l10n.messages.fields.saved;
    } catch (error) {
      this.changeError = errorText(this.l10n.messages, error);
      // Put the fields back to what the server has.
      this.requestUpdate();
    } finally {
      this.saving = false;
    }
  }

  /** A merge or unmerge happened: show the ticket as it is now. */
  private async onChanged(event: CustomEvent<TicketChangedDetail>): Promise<void> {
    await this.load();
    this.announcement = event.detail.message;
  }

  private async onCompose(event: CustomEvent<ComposeDetail>): Promise<void> {
    if (!this.api || !this.detail) return;
    const { mode, body, waitOnReporter } = event.detail;
    this.saving = true;
    this.composeError = '';
    try {
      if (mode === 'reply') await this.api.reply(this.detail.ticket.id, body, waitOnReporter);
      else await this.api.note(this.detail.ticket.id, body);
      this.composer?.clear();
      await this.load();
    } catch (error) {
      this.composeError = errorText(this.l10n.messages, error);
    } finally {
      this.saving = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-ticket': TicketView;
  }
}
