/**
 * The network edge, faked: replaces `window.fetch` for requests to `/v1/`
 * on the page's origin and answers them from an in-memory support desk that
 * follows the agent API's contract (docs/http-api.md). Every request is
 * recorded. Everything else still reaches the real `fetch`.
 */
import type { AgentEvent, AgentMe, AgentTicket, TicketDetail } from '@aftercare/sdk/schemas';

/** A request the console sent. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

/** The fake desk: its data, the requests it saw, and how to remove it. */
export interface FakeApi {
  token: string;
  me: AgentMe;
  details: Map<string, TicketDetail>;
  requests: RecordedRequest[];
  /** Answers the next request whose path matches with this status and error code instead. */
  failNext(pathPart: string, status: number, code: string): void;
  restore(): void;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function error(status: number, code: string): Response {
  return json(status, { error: { code, message: code } });
}

/** A small PNG, drawn on a canvas. */
function pngBlob(): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = 40;
  canvas.height = 30;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#3050d8';
  context.fillRect(0, 0, 40, 30);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/png'));
}

/** Filters tickets the way the server does, for the parameters the tests use. */
function matches(t: AgentTicket, query: URLSearchParams, detail: TicketDetail | undefined): boolean {
  const list = (name: string) => query.get(name)?.split(',');
  if (list('status') && !list('status')!.includes(t.status)) return false;
  if (list('severity') && !list('severity')!.includes(t.severity)) return false;
  if (list('category') && !list('category')!.includes(t.category)) return false;
  const assignee = query.get('assignee');
  if (assignee === 'none' ? t.assigneeId !== null : assignee && t.assigneeId !== assignee) return false;
  const q = query.get('q')?.toLowerCase();
  if (q) {
    const text = `${t.title} ${detail?.reports.map((r) => r.message).join(' ') ?? ''}`.toLowerCase();
    if (!q.split(/\s+/).every((word) => text.includes(word))) return false;
  }
  return true;
}

/**
 * Installs the fake desk with these tickets; call `restore()` when the test ends.
 *
 * @example
 * const api = fakeApi(sampleDesk());
 */
export function fakeApi(desk: { token: string; me: AgentMe; details: TicketDetail[] }): FakeApi {
  const realFetch = window.fetch;
  const details = new Map(desk.details.map((d) => [d.ticket.id, d]));
  const requests: RecordedRequest[] = [];
  const failures: Array<{ pathPart: string; status: number; code: string }> = [];
  const api: FakeApi = {
    token: desk.token, me: desk.me, details, requests,
    failNext: (pathPart, status, code) => failures.push({ pathPart, status, code }),
    restore: () => void (window.fetch = realFetch),
  };

  async function answer(request: RecordedRequest): Promise<Response> {
    const failure = failures.findIndex((f) => request.path.includes(f.pathPart));
    if (failure >= 0) {
      const [f] = failures.splice(failure, 1);
      return error(f!.status, f!.code);
    }
    if (request.headers.get('authorization') !== `Bearer ${desk.token}`) return error(401, 'invalid_token');
    const { method, path } = request;
    if (method === 'GET' && path === '/v1/agent/me') return json(200, desk.me);
    if (method === 'GET' && path.startsWith('/v1/agent/attachments/')) return new Response(await pngBlob(), { status: 200 });
    const list = /^\/v1\/agent\/projects\/([^/]+)\/tickets$/.exec(path);
    if (method === 'GET' && list) {
      const items = [...details.values()].map((d) => d.ticket).filter((t) => matches(t, request.query, details.get(t.id)))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const limit = Number(request.query.get('limit') ?? 25);
      const start = Number(request.query.get('cursor') ?? 0);
      const next = start + limit < items.length ? String(start + limit) : null;
      return json(200, { items: items.slice(start, start + limit), nextCursor: next });
    }
    const ticket = /^\/v1\/agent\/tickets\/([^/]+)(\/replies|\/notes)?$/.exec(path);
    const detail = ticket && details.get(decodeURIComponent(ticket[1]!));
    if (!ticket || !detail) return error(404, ticket ? 'ticket_not_found' : 'not_found');
    if (method === 'GET' && !ticket[2]) return json(200, detail);
    if (method === 'PATCH') {
      detail.ticket = { ...detail.ticket, ...(request.body as Partial<AgentTicket>), updatedAt: new Date().toISOString() };
      return json(200, detail.ticket);
    }
    if (method === 'POST' && ticket[2]) {
      const body = request.body as { body: string };
      const event: AgentEvent = {
        id: `evt_${detail.timeline.length + 1}`, type: ticket[2] === '/notes' ? 'note' : 'reply',
        visibility: ticket[2] === '/notes' ? 'internal' : 'public', actorType: 'agent', actorId: desk.me.id,
        body: body.body, data: {}, at: new Date().toISOString(),
      };
      detail.timeline = [...detail.timeline, event];
      return json(201, event);
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
