/**
 * The saved views of the inbox: named starting points that an agent then
 * narrows with filters. *Breached* asks the server for tickets whose SLA
 * state is `breached` (the list's `sla` filter, kept current by the server's
 * SLA scheduler).
 */
import { ACTIVE_STATUSES } from '../api/enums.js';
import type { ListQuery } from '../api/api-client.js';

/** The saved views, in the order the inbox shows them. */
export const VIEW_IDS = ['open', 'mine', 'unassigned', 'waiting', 'breached', 'all'] as const;
/** A saved view. */
export type ViewId = (typeof VIEW_IDS)[number];

const active = ACTIVE_STATUSES.join(',');

const VIEWS: Record<ViewId, (meId: string) => ListQuery> = {
  open: () => ({ status: active }),
  mine: (meId) => ({ status: active, assignee: meId }),
  unassigned: () => ({ status: active, assignee: 'none' }),
  waiting: () => ({ status: 'waiting_on_reporter' }),
  breached: () => ({ status: active, sla: 'breached' }),
  all: () => ({}),
};

/**
 * The list query a view starts from.
 *
 * @example
 * viewQuery('breached', 'agent_1'); // { status: 'new,open,in_progress,waiting_on_reporter', sla: 'breached' }
 */
export function viewQuery(id: ViewId, meId: string): ListQuery {
  return VIEWS[id](meId);
}
