/**
 * The knowledge base as the widget sees it (project key): search published
 * articles, read one, and count "this solved it" deflections.
 */
import { z } from './zod.js';

/** `GET /v1/kb/search?q=…&locale=…&limit=…` (project key). */
export const kbSearchQuerySchema = z.strictObject({
  q: z.string().trim().min(2).max(200),
  locale: z.string().max(20).optional(),
  limit: z.coerce.number().int().min(1).max(10).default(5),
});
/** A knowledge-base search query. */
export type KbSearchQuery = z.infer<typeof kbSearchQuerySchema>;

/** One search hit: a short plain-text snippet around the match. */
export const kbSearchHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  snippet: z.string(),
  locale: z.string(),
});
/** One search hit. */
export type KbSearchHit = z.infer<typeof kbSearchHitSchema>;

/** The answer of a knowledge-base search. */
export const kbSearchResultSchema = z.object({ items: z.array(kbSearchHitSchema) });
/** The answer of a knowledge-base search. */
export type KbSearchResult = z.infer<typeof kbSearchResultSchema>;

/**
 * `GET /v1/kb/articles/:id` (project key): a published article. `html` is
 * rendered from Markdown on the server and sanitised: safe to insert.
 */
export const kbPublicArticleSchema = z.object({
  id: z.string(),
  title: z.string(),
  html: z.string(),
  locale: z.string(),
  updatedAt: z.string(),
});
/** A published article as the widget shows it. */
export type KbPublicArticle = z.infer<typeof kbPublicArticleSchema>;

/** `POST /v1/kb/articles/:id/deflections` (project key): "this solved it". Answers 204. */
export const kbDeflectionSchema = z.strictObject({
  /** What the reporter had typed when the article solved it (for the team's insight). */
  query: z.string().max(200).optional(),
});
/** A deflection. */
export type KbDeflection = z.infer<typeof kbDeflectionSchema>;
