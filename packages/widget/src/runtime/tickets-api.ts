/**
 * The reporter's side of a ticket, with its tracking token: read it, answer,
 * confirm the fix, say it is still broken, rate the help. Every call answers
 * the reporter's view of the ticket. Contract: `@aftercare/sdk/schemas`
 * ticket.ts and reporter.ts.
 */
import { TRACKING_HEADER, reporterTicketSchema, type RatingInput, type ReporterTicket } from '@aftercare/sdk/schemas';
import { jsonBody, requestJson, type HttpTarget } from './http.js';

/** Reporter calls on tickets. */
export interface TicketsApi {
  get(ticketId: string, token: string): Promise<ReporterTicket>;
  reply(ticketId: string, token: string, body: string): Promise<ReporterTicket>;
  confirm(ticketId: string, token: string): Promise<ReporterTicket>;
  reopen(ticketId: string, token: string, body?: string): Promise<ReporterTicket>;
  rate(ticketId: string, token: string, rating: RatingInput): Promise<ReporterTicket>;
}

/**
 * Creates the reporter calls.
 *
 * @example
 * const tickets = createTicketsApi({ endpoint, fetch });
 * const ticket = await tickets.confirm(receipt.ticket.id, receipt.trackingToken);
 */
export function createTicketsApi(target: HttpTarget): TicketsApi {
  const path = (id: string, action = '') => `/v1/tickets/${encodeURIComponent(id)}${action}`;
  const post = (id: string, token: string, action: string, body?: unknown) =>
    requestJson(
      target,
      path(id, action),
      { method: 'POST', ...(body === undefined ? { headers: { [TRACKING_HEADER]: token } } : jsonBody(body, { [TRACKING_HEADER]: token })) },
      reporterTicketSchema,
    );
  return {
    get: (id, token) => requestJson(target, path(id), { headers: { [TRACKING_HEADER]: token } }, reporterTicketSchema),
    reply: (id, token, body) => post(id, token, '/replies', { body }),
    confirm: (id, token) => post(id, token, '/confirm'),
    reopen: (id, token, body) => post(id, token, '/reopen', body?.trim() ? { body } : undefined),
    rate: (id, token, rating) => post(id, token, '/rating', rating),
  };
}
