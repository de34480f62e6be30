/**
 * The agent API as the console calls it: one object with a function per
 * request, grouped by subject (tickets; administration; triage and stats;
 * knowledge base and webhooks) over one HTTP core. Errors come back as
 * {@link ApiError}.
 */
import { adminRequests, type AdminRequests } from './admin-requests.js';
import { contentRequests, type ContentRequests } from './content-requests.js';
import { createHttp, type ApiOptions } from './http.js';
import { ticketRequests, type TicketRequests } from './ticket-requests.js';
import { triageRequests, type TriageRequests } from './triage-requests.js';

export type { ApiOptions } from './http.js';
export type { ListQuery } from './ticket-requests.js';

/** The requests the console makes. */
export interface ConsoleApi extends TicketRequests, AdminRequests, TriageRequests, ContentRequests {}

/**
 * Creates the API client for one signed-in agent.
 *
 * @example
 * const api = createApi({ token: 'act_…' });
 * const { items } = await api.listTickets(projectId, { status: 'new,open' });
 */
export function createApi(options: ApiOptions): ConsoleApi {
  const http = createHttp(options);
  return { ...ticketRequests(http), ...adminRequests(http), ...triageRequests(http), ...contentRequests(http) };
}
