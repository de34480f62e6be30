/**
 * Table types of the knowledge base (migration 05).
 */

/** The knowledge-base tables, merged into `Schema`. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface KbTables {}
