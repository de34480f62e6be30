/**
 * The knowledge base as reporters see it, through the widget and the
 * project key: search published articles, read one (counting a view), and
 * count "this solved it". Drafts and other projects' articles do not exist here.
 */
import { randomUUID } from 'node:crypto';
import type { KbDeflection, KbPublicArticle, KbSearchQuery, KbSearchResult } from '@aftercare/sdk/schemas';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { canonicalLocale, languageOf } from '../kb/locale.js';
import { markdownToText, renderMarkdown } from '../kb/markdown.js';
import { redact } from '../kb/redact.js';
import { searchTerms } from '../kb/search-terms.js';
import { snippet } from '../kb/snippet.js';
import { countDeflection, countView, findPublishedArticle } from '../storage/repositories/kb-articles.js';
import type { Project } from '../storage/repositories/projects.js';
import { searchArticles } from '../storage/repositories/kb-search.js';

function articleNotFound(): AppError {
  return new AppError('article_not_found', 404, 'No such article');
}

/**
 * Published articles of the project matching the query, best first, each
 * with a plain-text snippet. With `locale`, only articles in that language
 * (`en-US` finds `en` and `en-GB` articles).
 */
export async function searchPublished(deps: Deps, project: Project, query: KbSearchQuery): Promise<KbSearchResult> {
  let language: string | undefined;
  if (query.locale !== undefined) {
    const locale = canonicalLocale(query.locale);
    if (!locale) {
      throw new AppError('validation_failed', 422, 'The search query is not valid', [
        { path: ['locale'], message: 'Not a BCP 47 language tag' },
      ]);
    }
    language = languageOf(locale);
  }
  const terms = searchTerms(query.q);
  if (terms.length === 0) return { items: [] };
  const articles = await searchArticles(deps.db, deps.dialect, {
    projectId: project.id,
    terms,
    status: 'published',
    ...(language !== undefined && { language }),
    limit: query.limit,
  });
  return {
    items: articles.map((article) => ({
      id: article.id,
      title: article.title,
      snippet: snippet(markdownToText(article.bodyMarkdown), terms),
      locale: article.locale,
    })),
  };
}

/** A published article with its HTML; counts a view. */
export async function readPublished(deps: Deps, project: Project, id: string): Promise<KbPublicArticle> {
  if (!(await countView(deps.db, project.id, id))) throw articleNotFound();
  const article = await findPublishedArticle(deps.db, project.id, id);
  if (!article) throw articleNotFound();
  return {
    id: article.id,
    title: article.title,
    html: renderMarkdown(article.bodyMarkdown),
    locale: article.locale,
    updatedAt: article.updatedAt,
  };
}

/** Counts that a published article solved the reporter's problem, keeping what they typed (redacted). */
export async function recordDeflection(deps: Deps, project: Project, id: string, input: KbDeflection): Promise<void> {
  const typed = input.query?.trim();
  const counted = await deps.db.transaction().execute((trx) =>
    countDeflection(trx, {
      id: randomUUID(),
      projectId: project.id,
      articleId: id,
      query: typed ? redact(typed) : null,
      createdAt: deps.clock.now().toISOString(),
    }),
  );
  if (!counted) throw articleNotFound();
}
