/**
 * `<ac-ticket>`: one ticket, everything an agent needs to work it: every
 * report with its diagnostics, the full timeline, the reply and note editor,
 * the working fields, and the SLA, triage and similar-ticket panels when the
 * server sends them. Each change is saved at once and the ticket reloaded, so
 * the timeline shows it.
 */
import type { AgentMe, TicketDetail, TicketPatchInput } from '@aftercare/sdk/schemas';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { ApiError } from '../api/api-error.js';
import { readSimilar, readSla } from '../api/extensions.js';
import { errorText } from '../i18n/errors.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { inboxHref, ticketHref } from '../shell/routes.js';
import { NowController } from '../sla/now-controller.js';
import { shared } from '../styles/shared.js';
import type { ComposeDetail, Composer } from './composer.js';
import { detailsPanel, similarPanel, slaPanel, triageEntries, triagePanel } from './ticket-panels.js';
import { ticketStyles } from './ticket-styles.js';
import './composer.js';
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
        </header>
        <aside>
          <section class="panel card" aria-labelledby="details-h">
            <h2 id="details-h">${m.ticket.details}</h2>
            <ac-ticket-fields .ticket=${ticket} .me=${this.me} .busy=${this.saving} @ac-ticket-patch=${this.onPatch}></ac-ticket-fields>
            <div class="alert" role="alert">${this.changeError}</div>
            ${detailsPanel(ticket, m, locale)}
          </section>
          ${slaPanel(readSla(ticket), this.clock.now, m, locale)}
          ${triagePanel(triageEntries(timeline), m)}
          ${similarPanel(readSimilar(this.detail), (id) => ticketHref(this.base, id), m)}
        </aside>
        <div class="main">
          <section class="reports" aria-labelledby="reports-h">
            <h2 id="reports-h">${m.ticket.reportsHeading(reports.length)}</h2>
            ${reports.map((r, i) => html`<ac-report-card .report=${r} .index=${i + 1} .api=${this.api}></ac-report-card>`)}
          </section>
          <section aria-labelledby="timeline-h">
            <h2 id="timeline-h">${m.timeline.heading}</h2>
            <ac-timeline .events=${timeline} .me=${this.me} .reporterName=${reporterName}></ac-timeline>
          </section>
          <ac-composer .busy=${this.saving} .error=${this.composeError} @ac-compose=${this.onCompose}></ac-composer>
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
