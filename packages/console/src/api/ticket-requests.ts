/**
 * The requests that work tickets: the agent itself, the list, a ticket, its
 * changes, replies and notes, its files, similar tickets and merging, and the
 * members a ticket can be assigned to.
 */
import type {
  AgentEvent,
  AgentMe,
  AgentTicket,
  Member,
  SimilarItem,
  TicketDetail,
  TicketPage,
  TicketPatchInput,
} from '@aftercare/sdk/schemas';
import { cancellable, seg, withBody, type Http } from './http.js';

/** The list query as the console sends it: every value already a string. */
export type ListQuery = Record<string, string>;

/** Requests about tickets. */
export interface TicketRequests {
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
  /** A project's members, with names and roles (anyone in the project may read them). */
  members(projectId: string): Promise<Member[]>;
  /** Open tickets whose titles read like this one's. */
  similar(ticketId: string, signal?: AbortSignal): Promise<SimilarItem[]>;
  /** Merges the ticket into `into`; answers the ticket merged into. */
  merge(ticketId: string, into: string): Promise<AgentTicket>;
  /** Undoes the ticket's merge; answers the ticket, open again. */
  unmerge(ticketId: string): Promise<AgentTicket>;
}

/**
 * The ticket requests over an HTTP core.
 *
 * @example
 * const tickets = ticketRequests(createHttp({ token }));
 * await tickets.merge('tkt_9', 'tkt_2');
 */
export function ticketRequests(http: Http): TicketRequests {
  const ticketPath = (id: string) => `/v1/agent/tickets/${seg(id)}`;
  return {
    me: () => http.json<AgentMe>('/v1/agent/me'),
    listTickets: (projectId, query, signal) => {
      const search = new URLSearchParams(query).toString();
      return http.json<TicketPage>(`/v1/agent/projects/${seg(projectId)}/tickets${search ? `?${search}` : ''}`, cancellable(signal));
    },
    getTicket: (id, signal) => http.json<TicketDetail>(ticketPath(id), cancellable(signal)),
    updateTicket: (id, patch) => http.json<AgentTicket>(ticketPath(id), withBody('PATCH', patch)),
    reply: (id, body, waitOnReporter) => http.json<AgentEvent>(`${ticketPath(id)}/replies`, withBody('POST', { body, waitOnReporter })),
    note: (id, body) => http.json<AgentEvent>(`${ticketPath(id)}/notes`, withBody('POST', { body })),
    blob: async (url, signal) => (await http.send(url, cancellable(signal))).blob(),
    members: async (projectId) => (await http.json<{ items: Member[] }>(`/v1/agent/projects/${seg(projectId)}/members`)).items,
    similar: async (id, signal) => (await http.json<{ items: SimilarItem[] }>(`${ticketPath(id)}/similar`, cancellable(signal))).items,
    merge: (id, into) => http.json<AgentTicket>(`${ticketPath(id)}/merge`, withBody('POST', { into })),
    unmerge: (id) => http.json<AgentTicket>(`${ticketPath(id)}/unmerge`, { method: 'POST' }),
  };
}
