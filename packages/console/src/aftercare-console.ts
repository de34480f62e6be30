/**
 * `<aftercare-console>`: the agent console. It owns the session (the token in
 * sessionStorage, the agent from `/v1/agent/me`), the router (URLs under
 * `base`), the theme, and lays out the header and the view for the URL.
 * Views get the API client and the agent as properties and ask for
 * navigation with `ac-navigate`; internal links are followed without a reload.
 */
import type { AgentMe } from '@aftercare/sdk/schemas';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError } from './api/api-error.js';
import { createApi, type ConsoleApi } from './api/api-client.js';
import { errorText } from './i18n/errors.js';
import { LocalizeController } from './i18n/localize-controller.js';
import type { NavigateDetail, SignInDetail } from './shell/events.js';
import { loadView, routeView } from './shell/route-view.js';
import { areaOf, inboxHref, parseRoute, type Route } from './shell/routes.js';
import { clearSession, loadProjectId, loadToken, saveProjectId, saveToken } from './shell/session.js';
import { loadTheme, saveTheme, type Theme } from './shell/theme.js';
import { shared } from './styles/shared.js';
import { tokens } from './styles/tokens.js';
import './shell/app-header.js';
import './shell/sign-in-view.js';

/**
 * The agent console.
 *
 * @cssproperty --ac-accent - Accent colour (links, primary buttons, focus).
 * @cssproperty --ac-bg - Page background.
 * @cssproperty --ac-surface - Background of cards and bars.
 * @cssproperty --ac-text - Text colour.
 * @cssproperty --ac-font - Font stack.
 * @csspart main - The area holding the current view.
 */
@customElement('aftercare-console')
export class AftercareConsole extends LitElement {
  static override styles = [
    tokens,
    shared,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 100vh;
        background: var(--ac-bg);
      }
      main {
        flex: 1;
        min-width: 0;
      }
      .center {
        padding: 48px 16px;
        text-align: center;
      }
      .skip {
        position: absolute;
        left: 8px;
        top: -40px;
        z-index: 10;
      }
      .skip:focus {
        top: 8px;
      }
    `,
  ];

  /** The path the console is served under; every route starts with it. */
  @property() base = '/console/';
  /** Where the API is; empty for the console's own origin. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** The theme forced on the console (`light` or `dark`); absent follows the system. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  @state() private phase: 'signed-out' | 'checking' | 'failed' | 'ready' = 'signed-out';
  @state() private me: AgentMe | undefined;
  @state() private projectId = '';
  @state() private route: Route = parseRoute(location.pathname, location.search, this.base);
  @state() private signInError = '';
  @state() private loadError: unknown;
  /** The current route's view module could not be fetched (say, the console was updated meanwhile). */
  @state() private viewError: unknown;
  @state() private themeChoice: Theme = loadTheme();

  private api: ConsoleApi | undefined;
  private checkingStored = false;
  private lastInboxHref = '';
  private readonly l10n = new LocalizeController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyTheme();
    window.addEventListener('popstate', this.onPopState);
    this.addEventListener('click', this.onClick);
    this.addEventListener('ac-navigate', this.onNavigate);
    this.addEventListener('ac-refresh-me', this.onRefreshMe);
    this.route = parseRoute(location.pathname, location.search, this.base);
    const stored = loadToken();
    if (stored && this.phase === 'signed-out') void this.start(stored, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.removeEventListener('click', this.onClick);
    this.removeEventListener('ac-navigate', this.onNavigate);
    this.removeEventListener('ac-refresh-me', this.onRefreshMe);
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('route')) this.loadRouteView();
  }

  private loadRouteView(): void {
    const name = this.route.name;
    this.viewError = undefined;
    loadView(name).catch((error: unknown) => {
      if (this.route.name === name) this.viewError = error;
    });
  }

  override render() {
    const m = this.l10n.messages;
    if (this.phase === 'ready' && this.me) return this.renderShell(this.me);
    if (this.phase === 'failed') {
      return html`<div class="center">
        <p class="alert" role="alert">${errorText(m, this.loadError)}</p>
        <button type="button" @click=${() => this.start(loadToken() ?? '', true)}>${m.app.retry}</button>
        <button type="button" @click=${this.signOut}>${m.app.signOut}</button>
      </div>`;
    }
    if (this.phase === 'checking' && this.checkingStored) {
      return html`<div class="center muted" role="status">${m.app.loading}</div>`;
    }
    return html`<ac-sign-in
      .busy=${this.phase === 'checking'}
      .error=${this.signInError}
      @ac-sign-in=${(e: CustomEvent<SignInDetail>) => this.start(e.detail.token, false)}
    ></ac-sign-in>`;
  }

  private renderShell(me: AgentMe) {
    const m = this.l10n.messages;
    return html`
      <a class="skip" href="#main" @click=${this.skipToMain}>${m.app.skipToContent}</a>
      <ac-app-header
        .me=${me}
        .projectId=${this.projectId}
        .base=${this.base}
        .theme=${this.themeChoice}
        .area=${areaOf(this.route)}
        @ac-project-change=${this.onProjectChange}
        @ac-theme-change=${this.onThemeChange}
        @ac-sign-out=${this.signOut}
      ></ac-app-header>
      <main id="main" part="main" tabindex="-1">${this.renderRoute(me)}</main>
    `;
  }

  private renderRoute(me: AgentMe) {
    if (this.viewError) {
      const m = this.l10n.messages;
      return html`<div class="center">
        <p class="alert" role="alert">${errorText(m, this.viewError)}</p>
        <button type="button" @click=${() => location.reload()}>${m.app.retry}</button>
      </div>`;
    }
    if (this.route.name === 'inbox') this.lastInboxHref = inboxHref(this.base, this.route.query);
    return routeView(this.route, {
      api: this.api, me, projectId: this.projectId, base: this.base, backHref: this.lastInboxHref, messages: this.l10n.messages,
    });
  }

  /**
   * Checks a token with the server and, when it is good, opens the console.
   * `stored` is true for the token kept from earlier in this tab.
   */
  private async start(token: string, stored: boolean): Promise<void> {
    const api = createApi({ token, baseUrl: this.apiBase, onUnauthorized: this.onUnauthorized });
    this.phase = 'checking';
    this.checkingStored = stored;
    this.loadError = undefined;
    try {
      const me = await api.me();
      saveToken(token);
      this.api = api;
      this.me = me;
      const kept = loadProjectId();
      this.projectId = me.projects.find((p) => p.id === kept)?.id ?? me.projects[0]?.id ?? '';
      this.signInError = '';
      this.phase = 'ready';
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        this.signOut();
        this.signInError = stored ? this.l10n.messages.signIn.sessionExpired : errorText(this.l10n.messages, error);
      } else if (stored) {
        this.loadError = error;
        this.phase = 'failed';
      } else {
        this.signInError = errorText(this.l10n.messages, error);
        this.phase = 'signed-out';
      }
    }
  }

  /** Reads the agent and its projects again; the shown project stays when it is still there. */
  private readonly onRefreshMe = async (): Promise<void> => {
    if (!this.api || this.phase !== 'ready') return;
    try {
      const me = await this.api.me();
      this.me = me;
      if (!me.projects.some((p) => p.id === this.projectId)) this.projectId = me.projects[0]?.id ?? '';
    } catch {
      // The next sign-in reads it anyway.
    }
  };

  /** A request was refused for the token (revoked while in use): back to the sign-in form. */
  private readonly onUnauthorized = (): void => {
    if (this.phase !== 'ready') return;
    this.signOut();
    this.signInError = this.l10n.messages.signIn.sessionExpired;
  };

  /** Forgets the token and shows the sign-in form. */
  private readonly signOut = (): void => {
    clearSession();
    this.phase = 'signed-out';
    this.me = undefined;
    this.api = undefined;
    this.projectId = '';
    this.signInError = '';
  };

  private onProjectChange(event: CustomEvent<{ projectId: string }>): void {
    this.projectId = event.detail.projectId;
    saveProjectId(this.projectId);
    this.go(this.base, false);
  }

  private onThemeChange(event: CustomEvent<{ theme: Theme }>): void {
    this.themeChoice = event.detail.theme;
    saveTheme(this.themeChoice);
    this.applyTheme();
  }

  private applyTheme(): void {
    this.theme = this.themeChoice === 'auto' ? undefined : this.themeChoice;
  }

  private skipToMain(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  /** Shows `href` (a URL of the console) and records it in the history. */
  private go(href: string, replace: boolean): void {
    const url = new URL(href, location.href);
    if (url.href !== location.href) {
      if (replace) history.replaceState(null, '', url.href);
      else history.pushState(null, '', url.href);
    }
    this.route = parseRoute(url.pathname, url.search, this.base);
    if (!replace) window.scrollTo(0, 0);
  }

  private readonly onNavigate = (event: CustomEvent<NavigateDetail>): void => {
    event.stopPropagation();
    this.go(event.detail.href, event.detail.replace);
  };

  private readonly onPopState = (): void => {
    this.route = parseRoute(location.pathname, location.search, this.base);
  };

  /** Follows links to the console's own URLs without reloading the page. */
  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download') || !anchor.href) return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(this.base)) return;
    event.preventDefault();
    this.go(url.href, false);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'aftercare-console': AftercareConsole;
  }
}
