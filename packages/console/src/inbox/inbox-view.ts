/**
 * `<ac-inbox>`: the ticket queue of one project. It reads its filters from
 * the URL, loads pages from the server (keyset pages, so "load more" costs
 * the same at any depth), shows live SLA countdowns, and is worked from the
 * keyboard: j/k to move, Enter to open, e to resolve, / to search.
 */
import type { AgentMe, AgentTicket } from '@aftercare/sdk/schemas';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { canTransition } from '../api/enums.js';
import { readOccurrences, readSla } from '../api/extensions.js';
import { MembersController } from '../api/members-controller.js';
import { errorText } from '../i18n/errors.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { navigateEvent } from '../shell/events.js';
import { inboxHref, ticketHref } from '../shell/routes.js';
import { NowController } from '../sla/now-controller.js';
import { shared } from '../styles/shared.js';
import { readFilters, toListQuery, writeFilters, type InboxFilters } from './filters.js';
import type { FiltersChangeDetail, InboxFiltersBar } from './inbox-filters.js';
import { inboxStyles } from './inbox-styles.js';
import { inboxAction } from './keyboard.js';
import { VIEW_IDS } from './saved-views.js';
import { ticketRow } from './ticket-row.js';
import './inbox-filters.js';

/**
 * The inbox.
 *
 * @fires ac-navigate - To open a ticket or change the filters in the URL.
 * @csspart list - The table of tickets.
 */
@customElement('ac-inbox')
export class InboxView extends LitElement {
  static override styles = [shared, inboxStyles];

  /** The API client of the signed-in agent. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project whose tickets are listed. */
  @property() projectId = '';
  /** The console URL's query string: the filters. */
  @property({ attribute: false }) query = new URLSearchParams();
  /** The console's base path. */
  @property() base = '/console/';

  @state() private items: AgentTicket[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loading = false;
  @state() private error: unknown;
  @state() private selected = 0;
  @state() private announcement = '';

  @query('ac-inbox-filters') private filtersBar!: InboxFiltersBar;
  private readonly l10n = new LocalizeController(this);
  private readonly clock = new NowController(this);
  private readonly team = new MembersController(this, () => ({ api: this.api, projectId: this.projectId }));
  private loadKey = '';
  private abort: AbortController | undefined;

  private get filters(): InboxFilters {
    return readFilters(this.query);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown);
    this.abort?.abort();
  }

  override willUpdate(): void {
    const key = `${this.projectId}?${this.query.toString()}`;
    if (this.api && this.me && this.projectId && key !== this.loadKey) {
      this.loadKey = key;
      void this.load(false);
    }
    this.clock.running = this.items.some((t) => readSla(t).length > 0);
  }

  override render() {
    const m = this.l10n.messages;
    const me = this.me;
    if (!me) return nothing;
    const filters = this.filters;
    const columns = {
      occurrences: this.items.some((t) => readOccurrences(t) !== null),
      sla: this.items.some((t) => readSla(t).length > 0),
    };
    const context = {
      me, members: this.team.members, messages: m, locale: this.l10n.locale, now: this.clock.now, columns,
      href: (t: AgentTicket) => ticketHref(this.base, t.id),
    };
    return html`
      <section aria-labelledby="inbox-title">
        <div class="head">
          <h1 id="inbox-title">${m.inbox.title}</h1>
          <span class="muted count">${this.items.length > 0 ? m.inbox.count(this.items.length, this.nextCursor !== null) : ''}</span>
          <span class="muted hint">${m.inbox.keyboardHint}</span>
        </div>
        <ac-inbox-filters .filters=${filters} .views=${VIEW_IDS} .me=${me} .members=${this.team.members}
          @ac-filters-change=${this.onFiltersChange}></ac-inbox-filters>
        ${this.error ? html`<p class="alert" role="alert">${errorText(m, this.error)}
          <button type="button" @click=${() => this.load(false)}>${m.app.retry}</button></p>` : nothing}
        <div class="list card" aria-busy=${this.loading ? 'true' : 'false'}>
          <table part="list">
            <thead>
              <tr>
                <th class="number">${m.inbox.columns.number}</th>
                <th class="title">${m.inbox.columns.title}</th>
                <th class="severity">${m.inbox.columns.severity}</th>
                <th class="category">${m.inbox.columns.category}</th>
                <th class="status">${m.inbox.columns.status}</th>
                <th class="assignee">${m.inbox.columns.assignee}</th>
                ${columns.occurrences ? html`<th class="occurrences">${m.inbox.columns.occurrences}</th>` : nothing}
                ${columns.sla ? html`<th class="sla">${m.inbox.columns.sla}</th>` : nothing}
                <th class="updated">${m.inbox.columns.updated}</th>
              </tr>
            </thead>
            <tbody @click=${this.onRowClick}>
              ${this.items.map((t, i) => ticketRow(t, i === this.selected, context))}
            </tbody>
          </table>
          ${!this.loading && !this.error && this.items.length === 0 ? html`<p class="empty muted">${m.inbox.empty}</p>` : nothing}
          ${this.loading && this.items.length === 0 ? html`<p class="empty muted" role="status">${m.app.loading}</p>` : nothing}
        </div>
        ${this.nextCursor !== null
          ? html`<div class="more"><button type="button" ?disabled=${this.loading} @click=${() => this.load(true)}>${m.inbox.loadMore}</button></div>`
          : nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  override updated(): void {
    this.renderRoot.querySelector('tr.selected')?.scrollIntoView({ block: 'nearest' });
  }

  /** Loads the first page for the current filters, or the next page. */
  private async load(more: boolean): Promise<void> {
    if (!this.api || !this.me) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const query = toListQuery(this.filters, this.me.id);
    if (more && this.nextCursor) query.cursor = this.nextCursor;
    this.loading = true;
    this.error = undefined;
    try {
      const page = await this.api.listTickets(this.projectId, query, abort.signal);
      if (abort.signal.aborted) return;
      this.items = more ? [...this.items, ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
      if (!more) this.selected = 0;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error;
    } finally {
      if (!abort.signal.aborted) this.loading = false;
    }
  }

  private onFiltersChange(event: CustomEvent<FiltersChangeDetail>): void {
    event.stopPropagation();
    this.dispatchEvent(navigateEvent(inboxHref(this.base, writeFilters(event.detail.filters)), event.detail.replace));
  }

  private onRowClick(event: MouseEvent): void {
    const row = (event.target as Element).closest('tr');
    const index = row ? [...row.parentElement!.children].indexOf(row) : -1;
    if (index >= 0) this.selected = index;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const action = inboxAction(event);
    if (!action) return;
    const ticket = this.items[this.selected];
    if (action === 'next' || action === 'previous') {
      const step = action === 'next' ? 1 : -1;
      this.selected = Math.max(0, Math.min(this.items.length - 1, this.selected + step));
    } else if (action === 'search') {
      this.filtersBar.focusSearch();
    } else if (action === 'open' && ticket) {
      this.dispatchEvent(navigateEvent(ticketHref(this.base, ticket.id)));
    } else if (action === 'resolve' && ticket) {
      void this.resolve(ticket);
    } else {
      return;
    }
    event.preventDefault();
  };

  /** Resolves a ticket from the list; it leaves the list when the view hides resolved tickets. */
  private async resolve(ticket: AgentTicket): Promise<void> {
    if (!this.api || !this.me || !canTransition(ticket.status, 'resolved')) return;
    try {
      const updated = await this.api.updateTicket(ticket.id, { status: 'resolved' });
      const statuses = toListQuery(this.filters, this.me.id).status?.split(',');
      const keep = !statuses || statuses.includes('resolved');
      this.items = keep ? this.items.map((t) => (t.id === ticket.id ? updated : t)) : this.items.filter((t) => t.id !== ticket.id);
      this.selected = Math.min(this.selected, Math.max(0, this.items.length - 1));
      this.announcement = this.l10n.messages.inbox.resolved(ticket.number);
    } catch (error) {
      this.error = error;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-inbox': InboxView;
  }
}
