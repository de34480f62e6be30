/**
 * The enumerations of the wire contract as lists the console can render
 * (select options, pills), and the ticket lifecycle the server enforces.
 * Each list is built from a record keyed by the contract's type, so a value
 * added to the contract fails `tsc` here until the console knows it.
 */
import type { Category, DeliveryStatus, Severity, TicketStatus, WebhookEvent } from '@aftercare/sdk/schemas';

function ordered<K extends string>(order: Record<K, number>): readonly K[] {
  return (Object.keys(order) as K[]).sort((a, b) => order[a] - order[b]);
}

/** Every ticket status, in lifecycle order. */
export const STATUSES = ordered<TicketStatus>({
  new: 0,
  open: 1,
  in_progress: 2,
  waiting_on_reporter: 3,
  resolved: 4,
  closed: 5,
});

/** Statuses the team still has work to do on. */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ['new', 'open', 'in_progress', 'waiting_on_reporter'];

/** Every severity, most pressing first. */
export const SEVERITIES = ordered<Severity>({ urgent: 0, high: 1, normal: 2, low: 3 });

/** Every category. */
export const CATEGORIES = ordered<Category>({ defect: 0, usability: 1, setup: 2, inquiry: 3, idea: 4 });

/** Every event a webhook can subscribe to, in the order the server answers them. */
export const WEBHOOK_EVENTS = ordered<WebhookEvent>({
  'ticket.created': 0,
  'ticket.updated': 1,
  'ticket.merged': 2,
  'sla.warning': 3,
  'sla.breached': 4,
  'csat.received': 5,
});

/** Every state of a webhook delivery. */
export const DELIVERY_STATUSES = ordered<DeliveryStatus>({ pending: 0, failed: 1, succeeded: 2, dead: 3 });

/**
 * The SLA filter choices of the inbox, as the list's `sla` parameter takes
 * them: one state, or "due soon or breached" together.
 */
export const SLA_FILTERS = ['warning,breached', 'warning', 'breached', 'ok', 'met', 'paused'] as const;
/** An SLA filter choice. */
export type SlaFilter = (typeof SLA_FILTERS)[number];

/** Support tiers: 1 first line, 2 senior experts (the list's `tier` parameter). */
export const TIERS = ['1', '2'] as const;
/** A support tier, as the list takes it. */
export type TierFilter = (typeof TIERS)[number];

/** Sort orders of the ticket list. */
export const SORTS = ['-created', 'created', '-updated', 'updated'] as const;
/** A sort order of the ticket list. */
export type Sort = (typeof SORTS)[number];

/**
 * Status changes the server allows (mirrors its lifecycle), so the console
 * only offers changes that will be accepted.
 */
export const TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['open', 'in_progress', 'waiting_on_reporter', 'resolved', 'closed'],
  open: ['in_progress', 'waiting_on_reporter', 'resolved', 'closed'],
  in_progress: ['open', 'waiting_on_reporter', 'resolved', 'closed'],
  waiting_on_reporter: ['open', 'in_progress', 'resolved', 'closed'],
  resolved: ['open', 'closed'],
  closed: ['open'],
};

/**
 * True when a ticket may go from `from` to `to`.
 *
 * @example
 * canTransition('resolved', 'closed'); // true
 */
export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** True for a string that is one of `values`. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
