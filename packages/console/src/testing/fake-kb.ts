/**
 * The fake desk's knowledge base: the article list with its filters, an
 * article, creating, changing (a bad slug answers the server's 422 with
 * `details`), publishing, deleting, drafting from a ticket, and the
 * frequent issues. The HTML it answers is what a test puts there, so tests
 * can check that the preview is sandboxed.
 */
import type { KbArticle } from '@aftercare/sdk/schemas';
import type { FakeState } from './fake-api.js';
import { error, json, route, type RecordedRequest } from './fake-http.js';
import { roleIn } from './fake-triage.js';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** Answers a knowledge-base request, or undefined when it is not one. */
export function kbHandler(request: RecordedRequest, state: FakeState): Response | undefined {
  const { method, path, body } = request;
  const now = new Date().toISOString();
  const list = route(path, '/v1/agent/projects/:projectId/kb/articles');
  if (list) {
    if (!roleIn(state, list.projectId!)) return error(404, 'project_not_found');
    if (method === 'POST') {
      const input = body as { title: string; locale?: string };
      const article: KbArticle = {
        id: `art_${state.articles.length + 1}`, projectId: list.projectId!, slug: input.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'), locale: input.locale ?? 'en',
        title: input.title, status: 'draft', category: null, tags: [], sourceTicketId: null, views: 0, deflections: 0, createdBy: state.me.id,
        createdAt: now, updatedAt: now, publishedAt: null, bodyMarkdown: '', html: '',
      };
      state.articles = [article, ...state.articles];
      return json(201, article);
    }
    const q = request.query.get('q')?.toLowerCase();
    const items = state.articles
      .filter((a) => (!q || `${a.title} ${a.bodyMarkdown}`.toLowerCase().includes(q)) && (!request.query.get('status') || a.status === request.query.get('status'))
        && (!request.query.get('locale') || a.locale === request.query.get('locale')))
      .map(({ bodyMarkdown, html: _html, ...summary }) => ({ ...summary, snippet: bodyMarkdown.slice(0, 160) }));
    return json(200, { items, nextOffset: null });
  }
  if (route(path, '/v1/agent/projects/:projectId/frequent-issues')) {
    return json(200, { since: now, items: [{ id: 'tkt_2', number: 2, title: 'Checkout fails', status: 'open', category: 'defect', reports: 4, reporters: 3 }] });
  }
  const draft = route(path, '/v1/agent/tickets/:id/kb-draft');
  if (draft && method === 'POST') {
    const detail = state.details.get(draft.id!);
    if (!detail) return error(404, 'ticket_not_found');
    if (roleIn(state, detail.ticket.projectId) === 'viewer') return error(403, 'forbidden');
    const bodyMarkdown = `## Question\n\n> ${detail.reports[0]?.message ?? ''}\n\n## Answer\n`;
    const article: KbArticle = {
      id: `art_${state.articles.length + 1}`, projectId: detail.ticket.projectId, slug: 'from-ticket', locale: 'en', title: detail.ticket.title,
      status: 'draft', category: null, tags: [], sourceTicketId: detail.ticket.id, views: 0, deflections: 0, createdBy: state.me.id,
      createdAt: now, updatedAt: now, publishedAt: null, bodyMarkdown, html: `<p>${escape(bodyMarkdown)}</p>`,
    };
    state.articles = [article, ...state.articles];
    return json(201, article);
  }
  const one = route(path, '/v1/agent/kb/articles/:id') ?? route(path, '/v1/agent/kb/articles/:id/:action');
  if (!one) return undefined;
  const article = state.articles.find((a) => a.id === one.id);
  if (!article) return error(404, 'article_not_found');
  if (method === 'GET') return json(200, article);
  if (roleIn(state, article.projectId) === 'viewer') return error(403, 'forbidden');
  if (method === 'DELETE') {
    state.articles = state.articles.filter((a) => a !== article);
    return new Response(null, { status: 204 });
  }
  if (method === 'PATCH') {
    const patch = body as Partial<KbArticle>;
    if (patch.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(patch.slug)) {
      return error(422, 'validation_failed', [{ path: ['slug'], message: 'Lower-case letters, digits and single hyphens' }]);
    }
    Object.assign(article, patch, { updatedAt: now });
    if (patch.bodyMarkdown !== undefined) article.html = `<p>${escape(patch.bodyMarkdown)}</p>`;
    return json(200, article);
  }
  if (method === 'POST' && (one.action === 'publish' || one.action === 'unpublish')) {
    if (one.action === 'publish' && !article.bodyMarkdown.trim()) return error(422, 'validation_failed', [{ path: ['bodyMarkdown'], message: 'A published article needs a body' }]);
    article.status = one.action === 'publish' ? 'published' : 'draft';
    article.publishedAt = one.action === 'publish' ? now : article.publishedAt;
    return json(200, article);
  }
  return error(404, 'not_found');
}
