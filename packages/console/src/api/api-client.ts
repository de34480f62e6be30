/**
 * The agent API as the console calls it: same origin, `Authorization:
 * Bearer <token>`, JSON in and out. One function per request; errors come
 * back as {@link ApiError}.
 */
import type {
  AgentEvent,
  AgentMe,
  AgentTicket,
  TicketDetail,
  TicketPage,
  TicketPatchInput,
} from '@aftercare/sdk/schemas';
import { ApiError, errorFromResponse } from './api-error.js';

/** The list query as the console sends it: every value already a string. */
export type ListQuery = Record<string, string>;

/** Options of {@link createApi}. */
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

/** The requests the console makes. */
export interface ConsoleApi {
  /** The calling agent and its projects. */
  me(): Promise<AgentMe>;
  /** One page of a project's tickets. */
  listTickets(projectId: string, query: ListQuery, signal?: AbortSignal): Promise<TicketPage>;
  /** A ticket with its reports and full timeline. */
  getTicket(ticketId: string, signal?: AbortSignal): Promise<TicketDetail>;
  /** Changes status, severity, category, assignee or tags. */
  updateTicket(ticketId: string, patch: TicketPatchInput): Promise<AgentTicket>;
  /** A public reply to the reporter. */
  reply(ticketId: string, body: string, waitOnReporter: boolean): Promise<AgentEvent>;
  /** An internal note. */
  note(ticketId: string, body: string): Promise<AgentEvent>;
  /** A file the API serves to agents (a screenshot), fetched with the token. */
  blob(url: string, signal?: AbortSignal): Promise<Blob>;
}

/**
 * Creates the API client for one signed-in agent.
 *
 * @example
 * const api = createApi({ token: 'act_…' });
 * const { items } = await api.listTickets(projectId, { status: 'new,open' });
 */
export function createApi(options: ApiOptions): ConsoleApi {
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

  const ticketPath = (id: string) => `/v1/agent/tickets/${encodeURIComponent(id)}`;
  const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

  return {
    me: () => json<AgentMe>('/v1/agent/me'),
    listTickets: (projectId, query, signal) => {
      const search = new URLSearchParams(query).toString();
      const path = `/v1/agent/projects/${encodeURIComponent(projectId)}/tickets${search ? `?${search}` : ''}`;
      return json<TicketPage>(path, signal ? { signal } : {});
    },
    getTicket: (id, signal) => json<TicketDetail>(ticketPath(id), signal ? { signal } : {}),
    updateTicket: (id, patch) => json<AgentTicket>(ticketPath(id), { method: 'PATCH', body: JSON.stringify(patch) }),
    reply: (id, body, waitOnReporter) => json<AgentEvent>(`${ticketPath(id)}/replies`, post({ body, waitOnReporter })),
    note: (id, body) => json<AgentEvent>(`${ticketPath(id)}/notes`, post({ body })),
    blob: async (url, signal) => (await send(url, signal ? { signal } : {})).blob(),
  };
}
