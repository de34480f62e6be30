/**
 * Table types of webhooks (migration 06).
 */

/** The webhook tables, merged into `Schema`. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface WebhookTables {}
