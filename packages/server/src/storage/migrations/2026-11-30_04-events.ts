/**
 * The domain event outbox: every ticket.created, ticket.updated,
 * ticket.merged, sla.warning, sla.breached and csat.received is written in
 * the same transaction as the change it describes, for integrations
 * (webhooks) to deliver. Frozen once landed.
 */
import type { Kysely } from 'kysely';

/** Creates the outbox. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbox_events_project_idx').on('outbox_events').columns(['project_id', 'id']).execute();
}

/** Drops the outbox. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outbox_events').execute();
}
