/**
 * Creating articles, by hand or from a ticket: a slug that is free in the
 * project and locale, the row and its audit record in one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.js';
import { freeSlug, slugify } from '../kb/slug.js';
import { isUniqueViolation } from '../storage/connect.js';
import { insertAudit } from '../storage/repositories/audit.js';
import { findArticle, insertArticle, slugsLike, type NewKbArticle } from '../storage/repositories/kb-articles.js';
import { requireProject, type Agent } from './access.js';
import { agentArticle, assertPublishable, slugTaken } from './kb-admin.js';
import type { KbArticle, KbArticleInput } from '@aftercare/sdk/schemas';

/** Attempts at a generated slug when concurrent creations take the same one. */
const SLUG_ATTEMPTS = 3;

/** What a new article is made of; the slug is generated when left out. */
export type NewArticleFields = Omit<KbArticleInput, 'slug'> & { slug?: string | undefined; sourceTicketId?: string | null };

/**
 * Stores a new article for an agent already allowed to write in the project,
 * audited as `action` with `audit` as the "after".
 */
export async function storeArticle(
  deps: Deps,
  agent: Agent,
  projectId: string,
  fields: NewArticleFields,
  action: string,
  audit: Record<string, unknown> = {},
): Promise<KbArticle> {
  assertPublishable(fields.status, fields.bodyMarkdown);
  const id = randomUUID();
  const at = deps.clock.now().toISOString();
  const base = slugify(fields.title) || `article-${id.slice(0, 8)}`;
  for (let attempt = 1; ; attempt++) {
    const slug = fields.slug ?? freeSlug(base, await slugsLike(deps.db, projectId, fields.locale, base));
    const article: NewKbArticle = {
      id, projectId, slug, locale: fields.locale, title: fields.title, bodyMarkdown: fields.bodyMarkdown,
      status: fields.status, category: fields.category, tags: fields.tags, sourceTicketId: fields.sourceTicketId ?? null,
      createdBy: agent.id, createdAt: at, updatedAt: at, publishedAt: fields.status === 'published' ? at : null,
    };
    try {
      await deps.db.transaction().execute(async (trx) => {
        await insertArticle(trx, article);
        await insertAudit(trx, {
          id: randomUUID(), agentId: agent.id, projectId, action, targetType: 'kb_article', targetId: id,
          before: null, after: { title: article.title, slug, locale: article.locale, status: article.status, ...audit }, createdAt: at,
        });
      });
      return agentArticle((await findArticle(deps.db, id))!);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (fields.slug !== undefined || attempt >= SLUG_ATTEMPTS) throw slugTaken();
    }
  }
}

/**
 * Creates an article in a project.
 *
 * @example
 * const article = await createArticle(deps, agent, projectId, kbArticleInputSchema.parse({ title: 'Refunds', bodyMarkdown: '…' }));
 */
export async function createArticle(deps: Deps, agent: Agent, projectId: string, input: KbArticleInput): Promise<KbArticle> {
  await requireProject(deps, agent, projectId, 'write');
  return storeArticle(deps, agent, projectId, input, 'kb.create');
}
