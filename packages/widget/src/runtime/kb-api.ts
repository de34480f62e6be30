/**
 * The knowledge base as the widget uses it, with the project key: search while
 * the reporter types, read an article, count a "this solved it" deflection.
 * What the reporter typed leaves the browser before they chose to send
 * anything, so it goes through the same redaction as a report first.
 * Contract: `@aftercare/sdk/schemas` kb.ts.
 */
import { PROJECT_KEY_HEADER, kbPublicArticleSchema, kbSearchResultSchema, type KbPublicArticle, type KbSearchHit } from '@aftercare/sdk/schemas';
import { jsonBody, requestJson, type HttpTarget, type Schema } from './http.js';

/** Knowledge-base calls for one project. */
export interface KbApi {
  /** Published articles matching `query` (at least 2 characters), best first. */
  search(query: string, locale: string, limit?: number): Promise<KbSearchHit[]>;
  /** One published article. */
  article(id: string): Promise<KbPublicArticle>;
  /** Counts that an article solved the reporter's problem. */
  deflect(id: string, query?: string): Promise<void>;
}

const noBody: Schema<void> = { safeParse: () => ({ success: true, data: undefined }) };

/**
 * Creates the knowledge-base calls for a project.
 *
 * @example
 * const kb = createKbApi({ endpoint, fetch }, 'pk_live_…', createRedactor().text);
 * const hits = await kb.search('export invoices', 'en');
 */
export function createKbApi(target: HttpTarget, projectKey: string, redact: (text: string) => string = (text) => text): KbApi {
  const headers = { [PROJECT_KEY_HEADER]: projectKey };
  const clean = (query: string) => redact(query.trim()).slice(0, 200);
  return {
    async search(query, locale, limit = 3) {
      const params = new URLSearchParams({ q: clean(query), locale, limit: String(limit) });
      const result = await requestJson(target, `/v1/kb/search?${params}`, { headers }, kbSearchResultSchema);
      return result.items;
    },
    article(id) {
      return requestJson(target, `/v1/kb/articles/${encodeURIComponent(id)}`, { headers }, kbPublicArticleSchema);
    },
    async deflect(id, query) {
      const body = query?.trim() ? { query: clean(query) } : {};
      await requestJson(target, `/v1/kb/articles/${encodeURIComponent(id)}/deflections`, { method: 'POST', ...jsonBody(body, headers) }, noBody);
    },
  };
}
