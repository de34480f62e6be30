/**
 * `<ac-inbox-filters>`: the saved views, the search box and the filters of
 * the inbox. It holds no state of its own beyond typing: every change is sent
 * up, and the inbox writes it to the URL.
 */
import type { AgentMe, Member } from '@aftercare/sdk/schemas';
import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { CATEGORIES, SEVERITIES, SLA_FILTERS, SORTS, STATUSES, TIERS } from '../api/enums.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';
import { DEFAULT_FILTERS, hasExtraFilters, type InboxFilters } from './filters.js';
import type { ViewId } from './saved-views.js';

/** Detail of `ac-filters-change`. */
export interface FiltersChangeDetail {
  filters: InboxFilters;
  /** True while typing a search: the history gets no entry per key. */
  replace: boolean;
}

/**
 * The inbox's views and filters.
 *
 * @fires ac-filters-change - The agent changed a view or filter; `detail.filters`.
 * @csspart views - The saved views.
 * @csspart search - The search field.
 */
@customElement('ac-inbox-filters')
export class InboxFiltersBar extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: grid;
        gap: 10px;
      }
      .views {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .views button {
        border-radius: 999px;
        border-color: transparent;
        background: transparent;
        font-weight: 600;
        color: var(--ac-muted);
      }
      .views button[aria-pressed='true'] {
        background: var(--ac-accent-soft);
        color: var(--ac-accent);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 8px;
      }
      .field {
        display: grid;
        gap: 2px;
      }
      .search {
        flex: 1 1 240px;
      }
      .search input {
        width: 100%;
      }
      .tag input {
        width: 120px;
      }
      .toggle {
        display: none;
      }
      @media (max-width: 760px) {
        .toggle {
          display: inline-block;
        }
        .filters:not(.open) {
          display: none;
        }
        .search {
          flex-basis: 100%;
        }
      }
    `,
  ];

  /** The filters in force. */
  @property({ attribute: false }) filters: InboxFilters = DEFAULT_FILTERS;
  /** The saved views this server supports. */
  @property({ attribute: false }) views: readonly ViewId[] = [];
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project's members, for the assignee filter. */
  @property({ attribute: false }) members: readonly Member[] = [];

  /** On a narrow window the filters fold away behind a button. */
  @state() private open = false;
  @query('input[type="search"]') private searchInput!: HTMLInputElement;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly l10n = new LocalizeController(this);

  /** Moves focus to the search field. */
  focusSearch(): void {
    this.searchInput?.focus();
    this.searchInput?.select();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  override render() {
    const m = this.l10n.messages;
    const f = this.filters;
    const select = (id: string, label: string, value: string, options: Array<[string, string]>, key: keyof InboxFilters) => html`
      <div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => this.change(key, (e.target as HTMLSelectElement).value)}>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>
      </div>`;
    const any: [string, string] = ['', m.inbox.any];
    const extra = hasExtraFilters(f);
    return html`
      <ul class="views" part="views" aria-label=${m.inbox.viewsLabel}>
        ${this.views.map(
          (id) => html`<li><button type="button" data-view=${id} aria-pressed=${id === f.view ? 'true' : 'false'}
            @click=${() => this.emit({ ...f, view: id }, false)}>${m.inbox.views[id]}</button></li>`,
        )}
      </ul>
      <div class="row" role="search">
        <div class="field search">
          <label for="q">${m.inbox.searchLabel}</label>
          <input id="q" part="search" type="search" .value=${f.q} placeholder=${m.inbox.searchPlaceholder}
            @input=${this.onSearchInput} @keydown=${this.onSearchKey} />
        </div>
        ${select('sort', m.inbox.sort, f.sort, SORTS.map((s): [string, string] => [s, m.inbox.sorts[s]]), 'sort')}
        <button type="button" class="toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="filters"
          @click=${() => (this.open = !this.open)}>${m.inbox.filtersLabel}${extra ? ' •' : ''}</button>
      </div>
      <div class="row filters ${this.open ? 'open' : ''}" id="filters" role="group" aria-label=${m.inbox.filtersLabel}>
        ${select('status', m.fields.status, f.status.join(','), [any, ...STATUSES.map((s): [string, string] => [s, m.status[s]])], 'status')}
        ${select('severity', m.fields.severity, f.severity.join(','), [any, ...SEVERITIES.map((s): [string, string] => [s, m.severity[s]])], 'severity')}
        ${select('category', m.fields.category, f.category.join(','), [any, ...CATEGORIES.map((c): [string, string] => [c, m.category[c]])], 'category')}
        ${select('assignee', m.fields.assignee, f.assignee, this.assigneeOptions(any), 'assignee')}
        ${select('sla', m.inbox.columns.sla, f.sla, [any, ...SLA_FILTERS.map((s): [string, string] => [s, s.includes(',') ? m.inbox.slaAtRisk : m.sla.states[s as 'ok']])], 'sla')}
        ${select('tier', m.ticket.tier, f.tier, [any, ...TIERS.map((t): [string, string] => [t, t])], 'tier')}
        <div class="field tag">
          <label for="tag">${m.fields.tags}</label>
          <input id="tag" .value=${f.tag} placeholder=${m.inbox.tagPlaceholder}
            @change=${(e: Event) => this.change('tag', (e.target as HTMLInputElement).value.trim())} />
        </div>
        <div class="field">
          <label for="from">${m.inbox.createdFrom}</label>
          <input id="from" type="date" .value=${f.from} @change=${(e: Event) => this.change('from', (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="to">${m.inbox.createdTo}</label>
          <input id="to" type="date" .value=${f.to} @change=${(e: Event) => this.change('to', (e.target as HTMLInputElement).value)} />
        </div>
        <button type="button" ?hidden=${!extra} @click=${() => this.emit({ ...DEFAULT_FILTERS, view: f.view }, false)}>
          ${m.inbox.clearFilters}
        </button>
      </div>
    `;
  }

  /** Any, me, unassigned, then every other member by name (and an id from the URL that is none of them). */
  private assigneeOptions(any: [string, string]): Array<[string, string]> {
    const m = this.l10n.messages;
    const others = this.members.filter((member) => member.agentId !== this.me?.id).map((member): [string, string] => [member.agentId, member.name]);
    const chosen = this.filters.assignee;
    if (chosen && !['me', 'none'].includes(chosen) && !others.some(([id]) => id === chosen)) {
      others.push([chosen, chosen === this.me?.id ? this.me.name : m.fields.otherAgent(chosen)]);
    }
    return [any, ['me', m.inbox.assigneeMe], ['none', m.inbox.assigneeNone], ...others];
  }

  private change(key: keyof InboxFilters, value: string): void {
    const listKeys: Array<keyof InboxFilters> = ['status', 'severity', 'category'];
    const next = { ...this.filters, [key]: listKeys.includes(key) ? (value ? [value] : []) : value } as InboxFilters;
    this.emit(next, false);
  }

  private onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.emit({ ...this.filters, q: value }, true), 300);
  }

  private onSearchKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      clearTimeout(this.searchTimer);
      this.emit({ ...this.filters, q: (event.target as HTMLInputElement).value }, false);
    } else if (event.key === 'Escape') {
      (event.target as HTMLInputElement).blur();
    }
  }

  private emit(filters: InboxFilters, replace: boolean): void {
    const detail: FiltersChangeDetail = { filters, replace };
    this.dispatchEvent(new CustomEvent('ac-filters-change', { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-inbox-filters': InboxFiltersBar;
  }
}
