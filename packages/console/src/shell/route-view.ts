/**
 * The view for a route, pure rendering: which element shows the inbox, a
 * ticket, the knowledge base, an article, the stats or an administration
 * screen, and what each gets from the console (the API client, the agent,
 * the project, the base path).
 */
import type { AgentMe } from '@aftercare/sdk/schemas';
import { html, type TemplateResult } from 'lit';
import type { ConsoleApi } from '../api/api-client.js';
import type { Messages } from '../i18n/en.js';
import type { Route } from './routes.js';
import '../admin/admin-view.js';
import '../inbox/inbox-view.js';
import '../kb/kb-article.js';
import '../kb/kb-list.js';
import '../stats/stats-view.js';
import '../ticket/ticket-view.js';

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
