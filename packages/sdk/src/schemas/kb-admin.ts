/**
 * The agent side of the knowledge-base contract: article input, changes,
 * list queries and the answers of `/v1/agent/.../kb/...`; the public,
 * widget side is `kb.ts`.
 */
import { z } from './zod.js';

/** Whether an article is visible to reporters. */
export const kbStatusSchema = z.enum(['draft', 'published']);
/** Whether an article is visible to reporters. */
export type KbStatus = z.infer<typeof kbStatusSchema>;

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** A BCP 47 language tag, answered in canonical form (`zh-cn` → `zh-CN`). */
export const kbLocaleSchema = z
  .string()
  .trim()
  .min(2)
  .max(35)
  .refine((tag) => canonical(tag) !== undefined, 'Not a BCP 47 language tag')
  .transform((tag) => canonical(tag)!);

/** Lower-case ASCII words joined by hyphens, up to 80 characters. */
export const kbSlugSchema = z.string().max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lower-case letters, digits and single hyphens');

const title = z.string().trim().min(1).max(200);
const bodyMarkdown = z.string().max(100_000);
const category = z.string().trim().min(1).max(64).nullable();
const tags = z
  .array(z.string().trim().min(1).max(64))
  .max(20)
  .transform((list) => [...new Set(list)]);

/** `POST /v1/agent/projects/:projectId/kb/articles`: a new article, a draft unless `status` says otherwise. */
export const kbArticleInputSchema = z.strictObject({
  title,
  bodyMarkdown: bodyMarkdown.default(''),
  /** Made from the title when left out (and from the id for titles without Latin letters). */
  slug: kbSlugSchema.optional(),
  locale: kbLocaleSchema.default('en'),
  category: category.default(null),
  tags: tags.default([]),
  status: kbStatusSchema.default('draft'),
});
/** A new article, as the server reads it (defaults applied). */
export type KbArticleInput = z.infer<typeof kbArticleInputSchema>;
/** A new article as a client may write it (every field but the title optional). */
export type KbArticleInputDraft = z.input<typeof kbArticleInputSchema>;

/** `PATCH /v1/agent/kb/articles/:id`: the fields to change (status changes through publish/unpublish). */
export const kbArticlePatchSchema = z
  .strictObject({
    title: title.optional(),
    bodyMarkdown: bodyMarkdown.optional(),
    slug: kbSlugSchema.optional(),
    locale: kbLocaleSchema.optional(),
    category: category.optional(),
    tags: tags.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change');
/** A change to an article. */
export type KbArticlePatch = z.infer<typeof kbArticlePatchSchema>;

/** Query string of `GET /v1/agent/projects/:projectId/kb/articles`. */
export const kbArticleListQuerySchema = z.strictObject({
  /** Search words, as the widget's search; without it, newest first. */
  q: z.string().trim().min(2).max(200).optional(),
  status: kbStatusSchema.optional(),
  /** Exactly this locale. */
  locale: kbLocaleSchema.optional(),
  category: z.string().trim().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
/** Parsed list query. */
export type KbArticleListQuery = z.infer<typeof kbArticleListQuerySchema>;

/** `POST /v1/agent/tickets/:id/kb-draft`: optional body; the locale defaults to the reporter's browser language. */
export const kbDraftInputSchema = z.strictObject({ locale: kbLocaleSchema.optional() });
/** Options of a draft from a ticket. */
export type KbDraftInput = z.infer<typeof kbDraftInputSchema>;

/** An article in a list: everything but the body, with a plain-text snippet. */
export const kbArticleSummarySchema = z.object({
  id: z.string(),
  projectId: z.string(),
  slug: z.string(),
  locale: z.string(),
  title: z.string(),
  status: kbStatusSchema,
  category: z.string().nullable(),
  tags: z.array(z.string()),
  /** The ticket the article was drafted from. */
  sourceTicketId: z.string().nullable(),
  views: z.number().int(),
  /** "This solved it" clicks in the widget. */
  deflections: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  /** Plain text around the first match of `q`, else the start of the body. */
  snippet: z.string(),
});
/** An article in a list. */
export type KbArticleSummary = z.infer<typeof kbArticleSummarySchema>;

/** One article for agents: the Markdown and its rendered, sanitised HTML (as the widget shows it). */
export const kbArticleSchema = kbArticleSummarySchema.omit({ snippet: true }).extend({
  bodyMarkdown: z.string(),
  html: z.string(),
});
/** One article for agents. */
export type KbArticle = z.infer<typeof kbArticleSchema>;

/** A page of articles; `nextOffset` is null on the last page. */
export const kbArticleListSchema = z.object({
  items: z.array(kbArticleSummarySchema),
  nextOffset: z.number().int().nullable(),
});
/** A page of articles. */
export type KbArticleList = z.infer<typeof kbArticleListSchema>;
