/**
 * The network edge, faked: replaces `window.fetch` for requests to `/v1/`
 * on the page's origin and answers them from an in-memory support desk that
 * follows the agent API's contract (docs/http-api.md). Every request is
 * recorded. Everything else still reaches the real `fetch`. The requests
 * are answered by one handler per subject (fake-tickets.ts, …).
 */
import type {
  AgentMe,
  AgentRecord,
  AuditEntry,
  KbArticle,
  Member,
  ProjectRecord,
  SimilarItem,
  TicketDetail,
  TokenRecord,
  TriageSettings,
  Webhook,
  WebhookDeliveryDetail,
} from '@aftercare/sdk/schemas';
import { adminHandler } from './fake-admin.js';
import { error, type RecordedRequest } from './fake-http.js';
import { kbHandler } from './fake-kb.js';
import { ticketHandler } from './fake-tickets.js';
import { triageHandler } from './fake-triage.js';
import { webhookHandler } from './fake-webhooks.js';
import {
  sampleAgents, sampleArticles, sampleAudit, sampleDeliveries, sampleProject, sampleTokens, sampleTriage, sampleWebhooks,
} from './fixtures-admin.js';

export type { RecordedRequest } from './fake-http.js';

/** What the fake desk starts with. */
export interface FakeDesk {
  token: string;
  me: AgentMe;
  details: TicketDetail[];
  /** The members of every project. */
  members?: Member[];
  /** Similar tickets, by ticket id. */
  similar?: Record<string, SimilarItem[]>;
}

/** The administration data every fake desk starts with (fixtures-admin.ts). */
interface AdminData {
  agents: AgentRecord[];
  tokens: TokenRecord[];
  project: ProjectRecord;
  audit: AuditEntry[];
  triage: TriageSettings;
  articles: KbArticle[];
  webhooks: Webhook[];
  deliveries: WebhookDeliveryDetail[];
}

/** The fake desk's data, as the handlers change it. */
export interface FakeState extends AdminData {
  me: AgentMe;
  details: Map<string, TicketDetail>;
  members: Member[];
  similar: Record<string, SimilarItem[]>;
  /** The reports a merge moved, by the merged ticket's id (for unmerge). */
  movedReports: Map<string, string[]>;
}

/** Answers a request of its subject, or undefined to let the next handler try. */
export type FakeHandler = (request: RecordedRequest, state: FakeState) => Promise<Response | undefined> | Response | undefined;

/** The fake desk: its data, the requests it saw, and how to remove it. */
export interface FakeApi extends FakeState {
  token: string;
  requests: RecordedRequest[];
  /** Answers the next request whose path matches with this status and error code (and details) instead. */
  failNext(pathPart: string, status: number, code: string, details?: unknown): void;
  restore(): void;
}

const HANDLERS: FakeHandler[] = [kbHandler, webhookHandler, ticketHandler, triageHandler, adminHandler];

/**
 * Installs the fake desk; call `restore()` when the test ends.
 *
 * @example
 * const api = fakeApi(sampleDesk());
 */
export function fakeApi(desk: FakeDesk, handlers: FakeHandler[] = []): FakeApi {
  const realFetch = window.fetch;
  const requests: RecordedRequest[] = [];
  const failures: Array<{ pathPart: string; status: number; code: string; details?: unknown }> = [];
  const api: FakeApi = {
    token: desk.token, me: desk.me, requests,
    details: new Map(desk.details.map((d) => [d.ticket.id, d])),
    members: desk.members ?? [], similar: desk.similar ?? {}, movedReports: new Map(),
    agents: sampleAgents(), tokens: sampleTokens(), project: sampleProject(), audit: sampleAudit(), triage: sampleTriage(), articles: sampleArticles(),
    webhooks: sampleWebhooks(), deliveries: sampleDeliveries(),
    failNext: (pathPart, status, code, details) => failures.push({ pathPart, status, code, details }),
    restore: () => void (window.fetch = realFetch),
  };

  async function answer(request: RecordedRequest): Promise<Response> {
    const failure = failures.findIndex((f) => request.path.includes(f.pathPart));
    if (failure >= 0) {
      const [f] = failures.splice(failure, 1);
      return error(f!.status, f!.code, f!.details);
    }
    if (request.headers.get('authorization') !== `Bearer ${desk.token}`) return error(401, 'invalid_token');
    for (const handler of [...handlers, ...HANDLERS]) {
      const response = await handler(request, api);
      if (response) return response;
    }
    return error(404, 'not_found');
  }

  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== location.origin || !url.pathname.startsWith('/v1/')) return realFetch(input, init);
    const text = await request.text();
    const recorded: RecordedRequest = {
      method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(recorded);
    return answer(recorded);
  };
  return api;
}
