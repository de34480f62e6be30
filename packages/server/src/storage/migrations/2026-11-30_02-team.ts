/**
 * The support team: project memberships with a role, agent tier and capacity,
 * the audit log, satisfaction ratings, and what a ticket needs to be worked (assignee, tags, the
 * moments it was first answered, resolved and closed). Frozen once landed.
 */
import type { Kysely } from 'kysely';

/** Adds memberships, the audit log and the ticket work columns. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('project_members')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_members_pk', ['project_id', 'agent_id'])
    .execute();
  await db.schema.createIndex('project_members_agent_idx').on('project_members').column('agent_id').execute();

  await db.schema.alterTable('agents').addColumn('email', 'text').execute();
  await db.schema.alterTable('agents').addColumn('tier', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('agents').addColumn('capacity', 'integer', (c) => c.notNull().defaultTo(25)).execute();
  await db.schema.alterTable('agents').addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_project_idx').on('audit_log').columns(['project_id', 'created_at']).execute();

  await db.schema
    .createTable('ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('resolution', 'integer', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('assignee_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('ratings_once_per_resolution', ['ticket_id', 'report_id', 'resolution'])
    .execute();

  for (const column of ['assignee_id', 'first_responded_at', 'resolved_at', 'closed_at'] as const) {
    await db.schema.alterTable('tickets').addColumn(column, 'text').execute();
  }
  await db.schema.alterTable('tickets').addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('tickets').addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('tickets_assignee_idx').on('tickets').columns(['assignee_id', 'status']).execute();
}

/** Drops what `up` added. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('tickets_assignee_idx').execute();
  for (const column of ['reopen_count', 'tags', 'closed_at', 'resolved_at', 'first_responded_at', 'assignee_id']) {
    await db.schema.alterTable('tickets').dropColumn(column).execute();
  }
  await db.schema.dropTable('ratings').execute();
  await db.schema.dropTable('audit_log').execute();
  for (const column of ['disabled', 'capacity', 'tier', 'email']) {
    await db.schema.alterTable('agents').dropColumn(column).execute();
  }
  await db.schema.dropTable('project_members').execute();
}
