/**
 * `<ac-kb-list>`: the project's knowledge base: articles (drafts included)
 * with their status, language, views and deflections, searched and filtered
 * from the URL; a form that starts a new draft; and the issues reported most
 * lately, which are worth an article first.
 */
import type { AgentMe, KbArticleSummary, TopIssue } from '@aftercare/sdk/schemas';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { formatRelative } from '../format/time.js';
import { errorText } from '../i18n/errors.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { navigateEvent } from '../shell/events.js';
import { canWork } from '../shell/permissions.js';
import { articleHref, kbHref, ticketHref } from '../shell/routes.js';
import { shared } from '../styles/shared.js';
import { kbStyles } from './kb-styles.js';

const PAGE = 50;

/** The list's filters, from the console's query string; a search under 2 characters is not sent. */
export function kbQuery(params: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = { limit: String(PAGE) };
  const q = (params.get('q') ?? '').trim();
  if (q.length >= 2) query.q = q.slice(0, 200);
  const status = params.get('status');
  if (status === 'draft' || status === 'published') query.status = status;
  const locale = (params.get('locale') ?? '').trim();
  if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) query.locale = locale;
  return query;
}

/**
 * The knowledge-base list.
 *
 * @fires ac-navigate - To put filters in the URL, or open a new draft.
 */
@customElement('ac-kb-list')
export class KbList extends LitElement {
  static override styles = [shared, kbStyles];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project. */
  @property() projectId = '';
  /** The console URL's query string: the filters. */
  @property({ attribute: false }) query = new URLSearchParams();
  /** The console's base path. */
  @property() base = '/console/';

  @state() private items: KbArticleSummary[] = [];
  @state() private nextOffset: number | null = null;
  @state() private loading = false;
  @state() private error: unknown;
  @state() private createError: unknown;
  @state() private frequent: TopIssue[] = [];
  private loadKey = '';
  private frequentKey = '';
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly l10n = new LocalizeController(this);

  override willUpdate(): void {
    const key = `${this.projectId}?${new URLSearchParams(kbQuery(this.query)).toString()}`;
    if (this.api && this.projectId && key !== this.loadKey) {
      this.loadKey = key;
      void this.load(false);
    }
    if (this.api && this.projectId && this.projectId !== this.frequentKey) {
      this.frequentKey = this.projectId;
      this.api.frequentIssues(this.projectId, 30, 5).then((items) => (this.frequent = items), () => (this.frequent = []));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.loadKey = '';
  }

  override render() {
    const m = this.l10n.messages;
    const k = m.kb;
    const q = this.query.get('q') ?? '';
    const status = this.query.get('status') ?? '';
    const working = !!this.me && canWork(this.me, this.projectId);
    return html`<div class="layout">
      <section class="main" aria-labelledby="kb-h" aria-busy=${this.loading ? 'true' : 'false'}>
        <div class="head"><h1 id="kb-h">${k.title}</h1><span class="muted">${k.intro}</span></div>
        <div class="row" role="search">
          <div class="field grow"><label for="kb-q">${k.searchLabel}</label>
            <input id="kb-q" type="search" .value=${q} placeholder=${k.searchPlaceholder} @input=${this.onSearch} aria-describedby="kb-q-hint" />
            <span class="hint" id="kb-q-hint">${q.trim().length === 1 ? k.searchTooShort : ''}</span></div>
          <div class="field"><label for="kb-status">${k.status}</label>
            <select id="kb-status" @change=${(e: Event) => this.setParam('status', (e.target as HTMLSelectElement).value)}>
              ${[['', k.any], ['draft', k.statuses.draft], ['published', k.statuses.published]].map(([v, t]) => html`<option value=${v!} ?selected=${v === status}>${t}</option>`)}
            </select></div>
          <div class="field"><label for="kb-locale">${k.locale}</label>
            <input id="kb-locale" size="8" .value=${this.query.get('locale') ?? ''} placeholder=${k.localePlaceholder}
              @change=${(e: Event) => this.setParam('locale', (e.target as HTMLInputElement).value.trim())} /></div>
        </div>
        ${this.error ? html`<p class="alert" role="alert">${errorText(m, this.error)}</p>` : nothing}
        <div class="list card">${this.renderTable()}</div>
        ${this.nextOffset !== null ? html`<div class="more"><button type="button" ?disabled=${this.loading} @click=${() => this.load(true)}>${k.loadMore}</button></div>` : nothing}
        <p class="hint">${k.deflectionsHint}</p>
      </section>
      <aside>
        ${working
          ? html`<form class="panel card" @submit=${this.onCreate} aria-labelledby="new-h">
              <h2 id="new-h">${k.newArticle}</h2>
              <div class="field"><label for="new-title">${k.newTitle}</label><input id="new-title" name="title" required maxlength="200" /></div>
              <div class="actions"><button type="submit" class="primary">${k.create}</button></div>
              ${this.createError ? html`<p class="alert" role="alert">${errorText(m, this.createError)}</p>` : nothing}
            </form>`
          : nothing}
        ${this.frequent.length > 0
          ? html`<section class="panel card" aria-labelledby="frequent-h" data-panel="frequent">
              <h2 id="frequent-h">${k.frequentHeading}</h2><p class="hint">${k.frequentHint}</p>
              <ol class="frequent">${this.frequent.map((t) => html`<li><a href=${ticketHref(this.base, t.id)}>#${t.number} ${t.title}</a>
                <span class="muted">· ${k.reports(t.reports)}</span></li>`)}</ol>
            </section>`
          : nothing}
      </aside>
    </div>`;
  }

  private renderTable() {
    const m = this.l10n.messages;
    const k = m.kb;
    if (this.items.length === 0) {
      return html`<p class="empty muted" role=${this.loading ? 'status' : nothing}>${this.loading ? m.app.loading : k.empty}</p>`;
    }
    const now = Date.now();
    return html`<table>
      <thead><tr><th scope="col">${k.columns.title}</th><th scope="col">${k.columns.status}</th><th scope="col" class="optional">${k.columns.locale}</th>
        <th scope="col" class="num">${k.columns.views}</th><th scope="col" class="num">${k.columns.deflections}</th><th scope="col" class="optional">${k.columns.updated}</th></tr></thead>
      <tbody>${this.items.map((a) => html`<tr data-article-id=${a.id}>
        <td><a class="title-link" href=${articleHref(this.base, a.id)}>${a.title}</a>
          ${a.tags.length ? html`<div>${a.tags.map((t) => html`<span class="tag">${t}</span>`)}</div>` : nothing}
          ${a.snippet ? html`<div class="snippet">${a.snippet}</div>` : nothing}</td>
        <td><span class="pill ${a.status}">${k.statuses[a.status] ?? a.status}</span></td>
        <td class="optional mono">${a.locale}</td>
        <td class="num">${a.views}</td><td class="num" data-field="deflections">${a.deflections}</td>
        <td class="optional muted nowrap" title=${a.updatedAt}>${formatRelative(a.updatedAt, this.l10n.locale, now)}</td>
      </tr>`)}</tbody>
    </table>`;
  }

  private async load(more: boolean): Promise<void> {
    if (!this.api) return;
    const key = this.loadKey;
    const query = kbQuery(this.query);
    if (more && this.nextOffset !== null) query.offset = String(this.nextOffset);
    this.loading = true;
    this.error = undefined;
    try {
      const page = await this.api.articles(this.projectId, query);
      if (key !== this.loadKey) return;
      this.items = more ? [...this.items, ...page.items] : page.items;
      this.nextOffset = page.nextOffset;
    } catch (error) {
      if (key === this.loadKey) this.error = error;
    } finally {
      if (key === this.loadKey) this.loading = false;
    }
  }

  private setParam(name: string, value: string, replace = false): void {
    const params = new URLSearchParams(this.query);
    if (value) params.set(name, value);
    else params.delete(name);
    this.dispatchEvent(navigateEvent(kbHref(this.base, params), replace));
  }

  private onSearch(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.setParam('q', value, true), 300);
  }

  private async onCreate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api) return;
    const title = String(new FormData(event.target as HTMLFormElement).get('title') ?? '').trim();
    if (!title) return;
    this.createError = undefined;
    try {
      const article = await this.api.createArticle(this.projectId, { title, locale: this.l10n.locale });
      this.dispatchEvent(navigateEvent(articleHref(this.base, article.id)));
    } catch (error) {
      this.createError = error;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-kb-list': KbList;
  }
}
