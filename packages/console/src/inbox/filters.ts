/**
 * The inbox's filters, pure: read from and written to the console's URL (so
 * a filtered inbox can be bookmarked) and turned into the list request. A
 * filter set explicitly overrides the same filter of the saved view.
 */
import type { Category, Severity, TicketStatus } from '@aftercare/sdk/schemas';
import type { ListQuery } from '../api/api-client.js';
import { CATEGORIES, SEVERITIES, SLA_FILTERS, SORTS, STATUSES, TIERS, isOneOf, type SlaFilter, type Sort, type TierFilter } from '../api/enums.js';
import { VIEW_IDS, viewQuery, type ViewId } from './saved-views.js';

/** What the agent chose in the inbox. */
export interface InboxFilters {
  view: ViewId;
  status: TicketStatus[];
  severity: Severity[];
  category: Category[];
  /** `''` any, `me`, `none` (unassigned) or an agent id. */
  assignee: string;
  /** `''` any, or SLA states (`breached`, `warning,breached`…). */
  sla: SlaFilter | '';
  /** `''` any, `1` or `2`. */
  tier: TierFilter | '';
  tag: string;
  /** First day included, `YYYY-MM-DD` in the agent's time zone; `''` for none. */
  from: string;
  /** Last day included, `YYYY-MM-DD`; `''` for none. */
  to: string;
  q: string;
  sort: Sort;
}

/** The inbox with nothing chosen: open tickets, newest first. */
export const DEFAULT_FILTERS: InboxFilters = {
  view: 'open', status: [], severity: [], category: [], assignee: '', sla: '', tier: '', tag: '', from: '', to: '', q: '', sort: '-created',
};

/** How many tickets one page asks for. */
export const PAGE_SIZE = 50;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function list<T extends string>(values: readonly T[], text: string | null): T[] {
  return (text ?? '').split(',').filter((part): part is T => isOneOf(values, part));
}

/**
 * Reads filters from the console's query string; unknown values are dropped.
 *
 * @example
 * readFilters(new URLSearchParams('view=mine&severity=urgent,high')).severity; // ['urgent', 'high']
 */
export function readFilters(params: URLSearchParams): InboxFilters {
  const view = params.get('view');
  const sort = params.get('sort');
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  const sla = params.get('sla');
  const tier = params.get('tier');
  return {
    view: isOneOf(VIEW_IDS, view) ? view : DEFAULT_FILTERS.view,
    status: list(STATUSES, params.get('status')),
    severity: list(SEVERITIES, params.get('severity')),
    category: list(CATEGORIES, params.get('category')),
    assignee: (params.get('assignee') ?? '').slice(0, 100),
    sla: isOneOf(SLA_FILTERS, sla) ? sla : '',
    tier: isOneOf(TIERS, tier) ? tier : '',
    tag: (params.get('tag') ?? '').slice(0, 64),
    from: day('from'),
    to: day('to'),
    q: (params.get('q') ?? '').slice(0, 200),
    sort: isOneOf(SORTS, sort) ? sort : DEFAULT_FILTERS.sort,
  };
}

/** Writes filters to a query string, leaving out what is at its default. */
export function writeFilters(filters: InboxFilters, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams(extra);
  if (filters.view !== DEFAULT_FILTERS.view) params.set('view', filters.view);
  for (const key of ['status', 'severity', 'category'] as const) {
    if (filters[key].length > 0) params.set(key, filters[key].join(','));
  }
  for (const key of ['assignee', 'sla', 'tier', 'tag', 'from', 'to', 'q'] as const) {
    if (filters[key] !== '') params.set(key, filters[key]);
  }
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set('sort', filters.sort);
  return params;
}

/** Local midnight of a `YYYY-MM-DD` day, plus `days`, as an ISO time. */
function dayStart(day: string, days = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + days).toISOString();
}

/**
 * The list request for these filters: the saved view's query with the
 * explicit filters on top.
 *
 * @example
 * toListQuery({ ...DEFAULT_FILTERS, view: 'mine', q: 'export' }, 'agent_1');
 * // { status: 'new,open,in_progress,waiting_on_reporter', assignee: 'agent_1', q: 'export', sort: '-created', limit: '50' }
 */
export function toListQuery(filters: InboxFilters, meId: string): ListQuery {
  const query: ListQuery = { ...viewQuery(filters.view, meId) };
  for (const key of ['status', 'severity', 'category'] as const) {
    if (filters[key].length > 0) query[key] = filters[key].join(',');
  }
  if (filters.assignee) query.assignee = filters.assignee === 'me' ? meId : filters.assignee;
  if (filters.sla) query.sla = filters.sla;
  if (filters.tier) query.tier = filters.tier;
  if (filters.tag.trim()) query.tag = filters.tag.trim();
  if (filters.from) query.createdFrom = dayStart(filters.from);
  if (filters.to) query.createdTo = dayStart(filters.to, 1);
  if (filters.q.trim()) query.q = filters.q.trim();
  query.sort = filters.sort;
  query.limit = String(PAGE_SIZE);
  return query;
}

/** True when any filter beyond the saved view is set. */
export function hasExtraFilters(filters: InboxFilters): boolean {
  return writeFilters({ ...filters, view: DEFAULT_FILTERS.view }).toString() !== '';
}
