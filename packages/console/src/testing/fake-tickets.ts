/**
 * The fake desk's ticket requests: the list (with the server's filters), a
 * ticket, changes, replies and notes, screenshots, members, similar tickets,
 * merge and unmerge. Follows docs/http-api.md.
 */
import type { AgentEvent, AgentTicket, TicketDetail } from '@aftercare/sdk/schemas';
import type { FakeState } from './fake-api.js';
import { error, json, route, type RecordedRequest } from './fake-http.js';

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
  if (list('sla') && !list('sla')!.includes(t.sla.state)) return false;
  if (query.get('tier') && String(t.tier) !== query.get('tier')) return false;
  const assignee = query.get('assignee');
  if (assignee === 'none' ? t.assigneeId !== null : assignee && t.assigneeId !== assignee) return false;
  const q = query.get('q')?.toLowerCase();
  if (q) {
    const text = `${t.title} ${detail?.reports.map((r) => r.message).join(' ') ?? ''}`.toLowerCase();
    if (!q.split(/\s+/).every((word) => text.includes(word))) return false;
  }
  return true;
}

function entry(state: FakeState, detail: TicketDetail, type: string, data: Record<string, unknown>, body: string | null = null): void {
  const event: AgentEvent = {
    id: `evt_${detail.ticket.id}_${detail.timeline.length + 1}`, type, visibility: type === 'reply' ? 'public' : 'internal',
    actorType: 'agent', actorId: state.me.id, body, data, at: new Date().toISOString(),
  };
  detail.timeline = [...detail.timeline, event];
}

function merge(state: FakeState, source: TicketDetail, target: TicketDetail): Response {
  if (source === target) return error(422, 'invalid_merge');
  if (source.ticket.mergedInto || target.ticket.mergedInto) return error(409, 'invalid_merge');
  const now = new Date().toISOString();
  state.movedReports.set(source.ticket.id, source.reports.map((r) => r.id));
  target.reports = [...target.reports, ...source.reports];
  source.reports = [];
  source.ticket = { ...source.ticket, status: 'closed', mergedInto: target.ticket.id, closedAt: now, updatedAt: now };
  target.ticket = { ...target.ticket, updatedAt: now };
  entry(state, source, 'merged', { into: target.ticket.id });
  entry(state, target, 'merged_from', { from: source.ticket.id, number: source.ticket.number });
  return json(200, target.ticket);
}

function unmerge(state: FakeState, source: TicketDetail): Response {
  const target = source.ticket.mergedInto ? state.details.get(source.ticket.mergedInto) : undefined;
  if (!target) return error(409, 'invalid_merge');
  const moved = new Set(state.movedReports.get(source.ticket.id) ?? []);
  source.reports = target.reports.filter((r) => moved.has(r.id));
  target.reports = target.reports.filter((r) => !moved.has(r.id));
  const now = new Date().toISOString();
  source.ticket = { ...source.ticket, status: 'open', mergedInto: null, closedAt: null, updatedAt: now };
  entry(state, source, 'unmerged', { from: target.ticket.id });
  return json(200, source.ticket);
}

/** Answers a ticket request, or undefined when it is not one. */
export async function ticketHandler(request: RecordedRequest, state: FakeState): Promise<Response | undefined> {
  const { method, path } = request;
  if (method === 'GET' && path === '/v1/agent/me') return json(200, state.me);
  if (method === 'GET' && path.startsWith('/v1/agent/attachments/')) return new Response(await pngBlob(), { status: 200 });
  const list = route(path, '/v1/agent/projects/:projectId/tickets');
  if (method === 'GET' && list) {
    const items = [...state.details.values()].map((d) => d.ticket).filter((t) => matches(t, request.query, state.details.get(t.id)))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const limit = Number(request.query.get('limit') ?? 25);
    const start = Number(request.query.get('cursor') ?? 0);
    const next = start + limit < items.length ? String(start + limit) : null;
    return json(200, { items: items.slice(start, start + limit), nextCursor: next });
  }
  if (method === 'GET' && route(path, '/v1/agent/projects/:projectId/members')) return json(200, { items: state.members });
  const ticket = /^\/v1\/agent\/tickets\/([^/]+)(\/[a-z]+)?$/.exec(path);
  if (!ticket) return undefined;
  const detail = state.details.get(decodeURIComponent(ticket[1]!));
  if (!detail) return error(404, 'ticket_not_found');
  const action = ticket[2] ?? '';
  if (method === 'GET' && action === '') return json(200, detail);
  if (method === 'GET' && action === '/similar') return json(200, { items: state.similar[detail.ticket.id] ?? [] });
  if (method === 'PATCH' && action === '') {
    detail.ticket = { ...detail.ticket, ...(request.body as Partial<AgentTicket>), updatedAt: new Date().toISOString() };
    return json(200, detail.ticket);
  }
  if (method === 'POST' && (action === '/replies' || action === '/notes')) {
    entry(state, detail, action === '/notes' ? 'note' : 'reply', {}, (request.body as { body: string }).body);
    return json(201, detail.timeline.at(-1));
  }
  if (method === 'POST' && action === '/merge') {
    const target = state.details.get((request.body as { into: string }).into);
    return target ? merge(state, detail, target) : error(404, 'ticket_not_found');
  }
  if (method === 'POST' && action === '/unmerge') return unmerge(state, detail);
  return error(404, 'not_found');
}
