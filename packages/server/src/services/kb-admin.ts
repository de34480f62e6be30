/**
 * The knowledge base as the support team works it: list and search a
 * project's articles (drafts included), create, read, change, publish,
 * unpublish and delete. Viewers read; agents and admins change. Every
 * change is written with its audit record in one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { markdownToText, renderMarkdown } from '../kb/markdown.js';
import { searchTerms } from '../kb/search-terms.js';
import { snippet } from '../kb/snippet.js';
import { isUniqueViolation } from '../storage/connect.js';
import { insertAudit } from '../storage/repositories/audit.js';
import {
  deleteArticle,
  findArticle,
  updateArticle,
  type KbArticlePatch as KbRecordPatch,
  type KbArticleRecord,
} from '../storage/repositories/kb-articles.js';
import { searchArticles } from '../storage/repositories/kb-search.js';
import { requireProject, type Agent, type Need } from './access.js';
import type { KbArticle, KbArticleList, KbArticleListQuery, KbArticlePatch, KbArticleSummary, KbStatus } from '@aftercare/sdk/schemas';

/** The agent's wire view of an article, with its rendered HTML. */
export function agentArticle(article: KbArticleRecord): KbArticle {
  const { bodyMarkdown, ...rest } = article;
  return { ...rest, bodyMarkdown, html: renderMarkdown(bodyMarkdown) };
}

function summary(article: KbArticleRecord, terms: readonly string[]): KbArticleSummary {
  const { bodyMarkdown, ...rest } = article;
  return { ...rest, snippet: snippet(markdownToText(bodyMarkdown), terms) };
}

/** The error for a slug another article of the project and locale already has. */
export function slugTaken(): AppError {
  return new AppError('validation_failed', 422, 'The article is not valid', [
    { path: ['slug'], message: 'Another article in this project and locale has this slug' },
  ]);
}

/** Fails unless a published article has something to show. */
export function assertPublishable(status: KbStatus, bodyMarkdown: string): void {
  if (status === 'published' && bodyMarkdown.trim() === '') {
    throw new AppError('validation_failed', 422, 'An article needs a body before it is published', [
      { path: ['bodyMarkdown'], message: 'Empty' },
    ]);
  }
}

/** Loads an article the agent may act on; one outside its projects is "not found". */
export async function loadArticleFor(deps: Deps, agent: Agent, id: string, need: Need): Promise<KbArticleRecord> {
  const article = await findArticle(deps.db, id);
  if (!article) throw new AppError('article_not_found', 404, 'No such article');
  try {
    await requireProject(deps, agent, article.projectId, need);
  } catch (error) {
    if (error instanceof AppError && error.code === 'project_not_found') throw new AppError('article_not_found', 404, 'No such article');
    throw error;
  }
  return article;
}

/** One page of a project's articles, drafts included; searched when `q` is given. */
export async function listArticles(deps: Deps, agent: Agent, projectId: string, query: KbArticleListQuery): Promise<KbArticleList> {
  await requireProject(deps, agent, projectId, 'read');
  const terms = query.q === undefined ? [] : searchTerms(query.q);
  if (query.q !== undefined && terms.length === 0) return { items: [], nextOffset: null };
  const articles = await searchArticles(deps.db, deps.dialect, {
    projectId,
    terms,
    ...(query.status !== undefined && { status: query.status }),
    ...(query.locale !== undefined && { locale: query.locale }),
    ...(query.category !== undefined && { category: query.category }),
    limit: query.limit + 1,
    offset: query.offset,
  });
  const more = articles.length > query.limit;
  return {
    items: articles.slice(0, query.limit).map((article) => summary(article, terms)),
    nextOffset: more ? query.offset + query.limit : null,
  };
}

/** One article, with its Markdown and HTML. */
export async function articleDetail(deps: Deps, agent: Agent, id: string): Promise<KbArticle> {
  return agentArticle(await loadArticleFor(deps, agent, id, 'read'));
}

async function write(
  deps: Deps,
  agent: Agent,
  article: KbArticleRecord,
  action: string,
  change: { patch?: KbRecordPatch; remove?: boolean; before: unknown; after: unknown },
): Promise<void> {
  try {
    await deps.db.transaction().execute(async (trx) => {
      if (change.remove) await deleteArticle(trx, article.id);
      else if (change.patch) await updateArticle(trx, article.id, change.patch);
      await insertAudit(trx, {
        id: randomUUID(), agentId: agent.id, projectId: article.projectId, action, targetType: 'kb_article',
        targetId: article.id, before: change.before, after: change.after, createdAt: deps.clock.now().toISOString(),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

/** Changes the fields given; records before → after of each changed one. */
export async function changeArticle(deps: Deps, agent: Agent, id: string, input: KbArticlePatch): Promise<KbArticle> {
  const article = await loadArticleFor(deps, agent, id, 'write');
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of ['title', 'bodyMarkdown', 'slug', 'locale', 'category', 'tags'] as const) {
    if (input[field] === undefined || JSON.stringify(input[field]) === JSON.stringify(article[field])) continue;
    before[field] = article[field];
    after[field] = input[field];
  }
  if (Object.keys(after).length === 0) return agentArticle(article);
  assertPublishable(article.status, input.bodyMarkdown ?? article.bodyMarkdown);
  const patch: KbRecordPatch = { ...(after as Partial<KbArticlePatch>), updatedAt: deps.clock.now().toISOString() };
  await write(deps, agent, article, 'kb.update', { patch, before, after });
  return agentArticle((await findArticle(deps.db, id))!);
}

/** Publishes or unpublishes an article; doing it twice changes nothing. */
export async function setArticleStatus(deps: Deps, agent: Agent, id: string, status: KbStatus): Promise<KbArticle> {
  const article = await loadArticleFor(deps, agent, id, 'write');
  if (article.status === status) return agentArticle(article);
  assertPublishable(status, article.bodyMarkdown);
  const at = deps.clock.now().toISOString();
  const patch: KbRecordPatch = { status, updatedAt: at, publishedAt: status === 'published' ? at : null };
  await write(deps, agent, article, status === 'published' ? 'kb.publish' : 'kb.unpublish', {
    patch,
    before: { status: article.status },
    after: { status },
  });
  return agentArticle((await findArticle(deps.db, id))!);
}

/** Deletes an article and its deflections. */
export async function removeArticle(deps: Deps, agent: Agent, id: string): Promise<void> {
  const article = await loadArticleFor(deps, agent, id, 'write');
  const { title, slug, locale, status } = article;
  await write(deps, agent, article, 'kb.delete', { remove: true, before: { title, slug, locale, status }, after: null });
}
