/**
 * The view for a route, pure rendering: which element shows the inbox, a
 * ticket, the knowledge base, an article, the stats or an administration
 * screen, and what each gets from the console (the API client, the agent,
 * the project, the base path). The inbox and the ticket come with the
 * console; the other views are fetched the first time their route shows
 * (`loadView`), so the first load carries what every agent uses.
 */
import type { AgentMe } from '@aftercare/sdk/schemas';
import { html, type TemplateResult } from 'lit';
import type { ConsoleApi } from '../api/api-client.js';
import type { Messages } from '../i18n/en.js';
import type { Route } from './routes.js';
import '../inbox/inbox-view.js';
import '../ticket/ticket-view.js';

/** The views loaded on first use: their modules define their elements. */
const LAZY_VIEWS: Partial<Record<Route['name'], () => Promise<unknown>>> = {
  admin: () => import('../admin/admin-view.js'),
  kb: () => import('../kb/kb-list.js'),
  article: () => import('../kb/kb-article.js'),
  stats: () => import('../stats/stats-view.js'),
};
const loading = new Map<Route['name'], Promise<unknown>>();

/**
 * Loads the module of a route's view when it is one loaded on first use
 * (once; a failed load is tried again next time); resolves at once for the
 * others. Until it is loaded, the view's element shows empty and keeps the
 * properties it was given (Lit applies them when the element upgrades).
 *
 * @example
 * await loadView('stats'); // <ac-stats> is defined now
 */
export function loadView(name: Route['name']): Promise<unknown> {
  const load = LAZY_VIEWS[name];
  if (!load) return Promise.resolve();
  let pending = loading.get(name);
  if (!pending) {
    pending = load().catch((error: unknown) => {
      loading.delete(name);
      throw error;
    });
    loading.set(name, pending);
  }
  return pending;
}

/** What every view gets from the console. */
export interface ViewContext {
  api: ConsoleApi | undefined;
  me: AgentMe;
  projectId: string;
  base: string;
  /** The inbox with the filters it last had, for "back". */
  backHref: string;
  messages: Messages;
}

/**
 * Renders the view for a route. Project-scoped views wait for a project.
 *
 * @example
 * html`<main>${routeView(this.route, context)}</main>`
 */
export function routeView(route: Route, c: ViewContext): TemplateResult {
  if (route.name === 'ticket') {
    return html`<ac-ticket .api=${c.api} .me=${c.me} .ticketId=${route.id} .base=${c.base} .backHref=${c.backHref}></ac-ticket>`;
  }
  if (route.name === 'admin') {
    return html`<ac-admin .api=${c.api} .me=${c.me} .projectId=${c.projectId} .section=${route.section} .base=${c.base}></ac-admin>`;
  }
  if (route.name === 'article') {
    return html`<ac-kb-article .api=${c.api} .me=${c.me} .articleId=${route.id} .base=${c.base}></ac-kb-article>`;
  }
  if (!c.projectId) return html`<p class="center muted">${c.messages.signIn.noProjects}</p>`;
  if (route.name === 'kb') {
    return html`<ac-kb-list .api=${c.api} .me=${c.me} .projectId=${c.projectId} .query=${route.query} .base=${c.base}></ac-kb-list>`;
  }
  if (route.name === 'stats') {
    return html`<ac-stats .api=${c.api} .me=${c.me} .projectId=${c.projectId} .query=${route.query} .base=${c.base}></ac-stats>`;
  }
  if (route.name === 'inbox') {
    return html`<ac-inbox .api=${c.api} .me=${c.me} .projectId=${c.projectId} .query=${route.query} .base=${c.base}></ac-inbox>`;
  }
  return html`<p class="center muted">${c.messages.app.loading}</p>`;
}
