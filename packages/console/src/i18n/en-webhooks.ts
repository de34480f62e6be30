/**
 * English messages of the webhooks screen: managing webhooks, their
 * signing secrets, the delivery log and redelivery. Part of the English
 * catalogue (`en.webhooks`).
 */

/** The webhooks screen, in English. */
export const enWebhooks = {
  intro: 'Aftercare POSTs each event, signed, to these addresses. docs/webhooks.md explains how to check a signature.',
  url: 'URL',
  urlHint: 'https:// (plain http only to localhost). Put a token in the path or query, not a password.',
  events: 'Events',
  eventNames: {
    'ticket.created': 'Ticket created', 'ticket.updated': 'Ticket updated', 'ticket.merged': 'Tickets merged',
    'sla.warning': 'SLA deadline near', 'sla.breached': 'SLA deadline missed', 'csat.received': 'Rating received',
  },
  description: 'Description',
  active: 'Active',
  paused: 'Paused',
  pause: 'Pause',
  resume: 'Resume',
  refresh: 'Refresh',
  activeLabel: 'Active: send events to it',
  add: 'Add webhook',
  addHeading: 'New webhook',
  edit: 'Edit',
  save: 'Save',
  cancel: 'Cancel',
  rotate: 'New secret',
  rotateConfirm: 'Issue a new signing secret? The old one stops working at the next attempt.',
  delete: 'Delete',
  deleteConfirm: (url: string): string => `Delete the webhook to ${url} and its delivery log?`,
  secretHeading: (url: string): string => `Signing secret for ${url}`,
  secretWarning: 'Copy it now: it is shown only this once and nobody can read it back. Your receiver needs it to check signatures.',
  noWebhooks: 'No webhooks yet.',
  noEvents: 'Choose at least one event.',
  logHeading: 'Delivery log',
  logIntro: 'Each event on its way to each webhook, newest first. Failed deliveries are retried for about two days.',
  statusFilter: 'Status',
  webhookFilter: 'Webhook',
  any: 'Any',
  statuses: { pending: 'Pending', failed: 'Failed, retrying', succeeded: 'Delivered', dead: 'Given up' },
  columns: { when: 'When', event: 'Event', webhook: 'Webhook', status: 'Status', attempts: 'Attempts', response: 'Last response', next: 'Next attempt' },
  noResponse: 'no response',
  redeliver: 'Redeliver',
  redelivered: 'Sent again.',
  inFlight: 'An attempt was already on its way; it counts.',
  details: 'Details',
  payload: 'Body sent',
  history: 'Attempts',
  triggers: { automatic: 'automatic', manual: 'by hand' },
  noDeliveries: 'No deliveries yet.',
  loadMore: 'Load more',
};
