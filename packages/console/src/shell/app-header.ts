/**
 * `<ac-app-header>`: the console's top bar: the brand, the navigation
 * (inbox, knowledge base, stats, admin; the current one marked), the project
 * picker, language and theme switches, who is signed in, sign out.
 */
import type { AgentMe } from '@aftercare/sdk/schemas';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LOCALE_NAMES, setLocale, type Locale } from '../i18n/locales.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';
import { THEMES, type Theme } from './theme.js';
import { adminHref, inboxHref, kbHref, statsHref, type Area } from './routes.js';

/**
 * The top bar.
 *
 * @fires ac-project-change - The agent picked another project; `detail.projectId`.
 * @fires ac-theme-change - The agent picked a theme; `detail.theme`.
 * @fires ac-sign-out - The agent asked to sign out.
 * @csspart bar - The bar itself.
 */
@customElement('ac-app-header')
export class AppHeader extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
        background: var(--ac-surface);
        border-bottom: 1px solid var(--ac-border);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px 16px;
        padding: 8px 16px;
      }
      .brand {
        font-weight: 700;
        color: var(--ac-accent);
        text-decoration: none;
        font-size: 15px;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 2px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      nav a {
        display: inline-block;
        padding: 4px 10px;
        border-radius: 6px;
        color: var(--ac-text);
        text-decoration: none;
        font-weight: 600;
      }
      nav a:hover {
        background: var(--ac-surface-2);
      }
      nav a[aria-current='page'] {
        background: var(--ac-accent-soft);
        color: var(--ac-accent);
      }
      .spacer {
        flex: 1;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
      }
      .who {
        font-size: 13px;
      }
      select {
        min-height: 30px;
        padding: 3px 6px;
      }
      @media (max-width: 640px) {
        .who {
          display: none;
        }
      }
    `,
  ];

  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project shown. */
  @property() projectId = '';
  /** The console's base path. */
  @property() base = '/console/';
  /** The theme choice. */
  @property() theme: Theme = 'auto';
  /** The area shown, marked in the navigation. */
  @property() area: Area = 'inbox';

  private readonly l10n = new LocalizeController(this);

  override render() {
    const m = this.l10n.messages;
    const projects = this.me?.projects ?? [];
    return html`
      <header part="bar">
        <a class="brand" href=${inboxHref(this.base)}>${m.app.name}</a>
        <nav aria-label=${m.app.navigation}><ul>
          ${([
            ['inbox', inboxHref(this.base), m.app.inbox],
            ['kb', kbHref(this.base), m.app.kb],
            ['stats', statsHref(this.base), m.app.stats],
            ['admin', adminHref(this.base), m.app.admin],
          ] as const).map(([area, href, label]) => html`<li><a href=${href} data-area=${area}
            aria-current=${area === this.area ? 'page' : 'false'}>${label}</a></li>`)}
        </ul></nav>
        ${projects.length > 1
          ? html`<label class="visually-hidden" for="project">${m.app.project}</label>
              <select id="project" @change=${this.onProject}>
                ${projects.map((p) => html`<option value=${p.id} ?selected=${p.id === this.projectId}>${p.name}</option>`)}
              </select>`
          : projects.length === 1
            ? html`<span class="muted">${projects[0]!.name}</span>`
            : nothing}
        <span class="spacer"></span>
        <div class="controls">
          <label class="visually-hidden" for="locale">${m.app.language}</label>
          <select id="locale" @change=${this.onLocale}>
            ${(Object.keys(LOCALE_NAMES) as Locale[]).map(
              (l) => html`<option value=${l} lang=${l} ?selected=${l === this.l10n.locale}>${LOCALE_NAMES[l]}</option>`,
            )}
          </select>
          <label class="visually-hidden" for="theme">${m.app.theme}</label>
          <select id="theme" @change=${this.onTheme}>
            ${THEMES.map((t) => html`<option value=${t} ?selected=${t === this.theme}>${m.app.themes[t]}</option>`)}
          </select>
          ${this.me ? html`<span class="who muted" title=${m.app.signedInAs(this.me.name)}>${this.me.name}</span>` : nothing}
          <button type="button" @click=${this.onSignOut}>${m.app.signOut}</button>
        </div>
      </header>
    `;
  }

  private onProject(event: Event): void {
    const projectId = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent('ac-project-change', { detail: { projectId }, bubbles: true, composed: true }));
  }

  private onLocale(event: Event): void {
    setLocale((event.target as HTMLSelectElement).value as Locale);
  }

  private onTheme(event: Event): void {
    const theme = (event.target as HTMLSelectElement).value as Theme;
    this.dispatchEvent(new CustomEvent('ac-theme-change', { detail: { theme }, bubbles: true, composed: true }));
  }

  private onSignOut(): void {
    this.dispatchEvent(new CustomEvent('ac-sign-out', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-app-header': AppHeader;
  }
}
