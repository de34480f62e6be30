/**
 * The HTTP core every request of the console goes through: same origin (or
 * `baseUrl`), `Authorization: Bearer <token>` sent to the API's origin only,
 * JSON in and out, and every failure turned into an {@link ApiError}.
 */
import { ApiError, errorFromResponse } from './api-error.js';

/** Options of the console's API client. */
export interface ApiOptions {
  /** The agent's API token (`act_…`). */
  token: string;
  /** Where the API lives; empty for the console's own origin. */
  baseUrl?: string;
  /** The fetch to use (tests pass a fake network edge). */
  fetch?: typeof fetch;
  /** Called when the server refuses the token (401), e.g. after it was revoked. */
  onUnauthorized?: () => void;
}

/** Sends requests for one signed-in agent. */
export interface Http {
  /** Sends a request; rejects with an {@link ApiError} unless the answer is 2xx. */
  send(path: string, init?: RequestInit): Promise<Response>;
  /** Sends a request and reads its JSON answer. */
  json<T>(path: string, init?: RequestInit): Promise<T>;
}

/**
 * Creates the HTTP core.
 *
 * @example
 * const http = createHttp({ token: 'act_…' });
 * const me = await http.json('/v1/agent/me');
 */
export function createHttp(options: ApiOptions): Http {
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  // Looked up on each call, so a fetch replaced after sign-in (tests' network edge) is used.
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const auth = { authorization: `Bearer ${options.token}` };
  const apiOrigin = new URL(base || '/', globalThis.location?.href ?? 'http://localhost/').origin;

  async function send(path: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(path.startsWith('/') ? `${base}${path}` : path, globalThis.location?.href ?? apiOrigin);
    // The token goes to the API's origin only, never to a URL a response named elsewhere.
    const headers = {
      ...(url.origin === apiOrigin && auth),
      ...(init.body !== undefined && { 'content-type': 'application/json' }),
    };
    let response: Response;
    try {
      response = await doFetch(url.href, { ...init, headers });
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') throw error;
      throw new ApiError('network_error', 0, String(error));
    }
    if (!response.ok) {
      if (response.status === 401) options.onUnauthorized?.();
      throw await errorFromResponse(response);
    }
    return response;
  }

  async function json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await send(path, init);
    try {
      return (await response.json()) as T;
    } catch {
      throw new ApiError('invalid_response', response.status, 'The answer is not JSON');
    }
  }

  return { send, json };
}

/** A request with a JSON body. */
export function withBody(method: 'POST' | 'PUT' | 'PATCH', body: unknown): RequestInit {
  return { method, body: JSON.stringify(body) };
}

/** A request that may be cancelled. */
export function cancellable(signal: AbortSignal | undefined): RequestInit {
  return signal ? { signal } : {};
}

/** A path segment, escaped. */
export const seg = (value: string): string => encodeURIComponent(value);
