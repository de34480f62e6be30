/**
 * One JSON request to the Aftercare API, for the endpoints the SDK client does
 * not wrap (knowledge base, reporter actions). Failures become the SDK's
 * `AftercareError`, with the server's code or `network_error` /
 * `invalid_response`, so the widget handles every error the same way.
 */
import { AftercareError } from '@aftercare/sdk';
import { errorBodySchema } from '@aftercare/sdk/schemas';

/** What a response is checked with: a zod schema from `@aftercare/sdk/schemas` (the widget does not depend on zod itself). */
export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: unknown } };
}

/** Where requests go and how they are sent. */
export interface HttpTarget {
  endpoint: string;
  /** Looked up per call, so a `fetch` the page (or a test) wraps later is used. */
  fetch: typeof fetch;
}

/**
 * Sends a request and parses the answer with `schema`; a `204` resolves with `undefined`.
 *
 * @example
 * const hits = await requestJson(target, '/v1/kb/search?q=export', { headers }, kbSearchResultSchema);
 */
export async function requestJson<T>(target: HttpTarget, path: string, init: RequestInit, schema: Schema<T>): Promise<T> {
  const url = `${target.endpoint.replace(/\/+$/, '')}${path}`;
  let response: Response;
  try {
    response = await target.fetch(url, init);
  } catch (cause) {
    throw new AftercareError('network_error', 0, `Could not reach ${url}: ${String(cause)}`);
  }
  if (response.status === 204) return undefined as T;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    const code = parsed.success ? parsed.data.error.code : 'invalid_response';
    throw new AftercareError(code, response.status, parsed.success ? parsed.data.error.message : `HTTP ${response.status} from ${path}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AftercareError('invalid_response', response.status, `Unexpected response from ${path}`, parsed.error.issues);
  return parsed.data;
}

/**
 * A JSON body with its content type.
 *
 * @example
 * fetch(url, { method: 'POST', ...jsonBody({ body: 'Thanks' }) });
 */
export function jsonBody(value: unknown, headers: Record<string, string> = {}): RequestInit {
  return { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) };
}
