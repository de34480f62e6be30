/**
 * Triage: fingerprints and grouping on tickets and reports, tier and
 * assignee group, SLA deadlines stored for querying, project triage settings
 * (rules, versioned SLA policies, routing), the SLA notices that must fire
 * exactly once, and the scheduler's lease. Frozen once landed.
 */
import { sql, type Kysely } from 'kysely';

const TICKET_TEXT = [
  'fingerprint',
  'fingerprint_basis',
  'last_seen_at',
  'regression_of',
  'merged_into',
  'assignee_group',
  'first_response_due',
  'next_response_due',
  'resolution_due',
  'sla_next_check_at',
] as const;

/** Adds the triage columns and tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of TICKET_TEXT) await db.schema.alterTable('tickets').addColumn(column, 'text').execute();
  for (const [column, value] of [['fingerprint_version', 0], ['occurrences', 1], ['reporter_count', 1], ['tier', 1], ['policy_version', 0]] as const) {
    await db.schema.alterTable('tickets').addColumn(column, 'integer', (c) => c.notNull().defaultTo(value)).execute();
  }
  await db.schema.alterTable('tickets').addColumn('sla_state', 'text', (c) => c.notNull().defaultTo('ok')).execute();
  // Filters and orders the grouping lookup (latest ticket of a fingerprint) in one index.
  await db.schema
    .createIndex('tickets_fingerprint_idx')
    .on('tickets')
    .columns(['project_id', 'fingerprint', 'fingerprint_version', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('tickets_sla_check_idx').on('tickets').column('sla_next_check_at').execute();
  // The inbox pages by creation or update time within a project (keyset on time, id).
  await db.schema.createIndex('tickets_project_created_idx').on('tickets').columns(['project_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('tickets_project_updated_idx').on('tickets').columns(['project_id', 'updated_at', 'id']).execute();

  await db.schema.alterTable('reports').addColumn('fingerprint', 'text').execute();
  await db.schema.alterTable('reports').addColumn('fingerprint_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // The ticket a report was first filed into, so an unmerge puts it back.
  await db.schema.alterTable('reports').addColumn('original_ticket_id', 'text').execute();
  // Who counts as one reporter on a ticket: their id, else their e-mail, else the report alone.
  await db.schema.alterTable('reports').addColumn('reporter_key', 'text').execute();
  await sql`update reports set original_ticket_id = ticket_id, reporter_key = coalesce(reporter_id, reporter_email, id)`.execute(db);
  await db.schema.createIndex('reports_ticket_reporter_idx').on('reports').columns(['ticket_id', 'reporter_key']).execute();
  await db.schema.createIndex('reports_received_idx').on('reports').columns(['project_id', 'received_at']).execute();

  await db.schema.alterTable('projects').addColumn('triage_rules', 'text').execute();
  await db.schema.alterTable('projects').addColumn('routing_strategy', 'text', (c) => c.notNull().defaultTo('round_robin')).execute();
  await db.schema.alterTable('projects').addColumn('last_assignee_id', 'text').execute();
  await db.schema.alterTable('projects').addColumn('sla_policy_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // Resolved tickets close themselves after this many days without a reply.
  await db.schema.alterTable('projects').addColumn('auto_close_days', 'integer', (c) => c.notNull().defaultTo(7)).execute();

  await db.schema
    .createTable('sla_policies')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('policy', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sla_policies_pk', ['project_id', 'version'])
    .execute();

  await db.schema
    .createTable('sla_notices')
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_started_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sla_notices_pk', ['ticket_id', 'metric', 'kind', 'target_started_at'])
    .execute();

  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

/** Drops what `up` added. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['leases', 'sla_notices', 'sla_policies']) await db.schema.dropTable(table).execute();
  for (const column of ['auto_close_days', 'sla_policy_version', 'last_assignee_id', 'routing_strategy', 'triage_rules']) {
    await db.schema.alterTable('projects').dropColumn(column).execute();
  }
  await db.schema.dropIndex('reports_received_idx').execute();
  await db.schema.dropIndex('reports_ticket_reporter_idx').execute();
  for (const column of ['reporter_key', 'original_ticket_id', 'fingerprint_version', 'fingerprint']) {
    await db.schema.alterTable('reports').dropColumn(column).execute();
  }
  await db.schema.dropIndex('tickets_project_updated_idx').execute();
  await db.schema.dropIndex('tickets_project_created_idx').execute();
  await db.schema.dropIndex('tickets_sla_check_idx').execute();
  await db.schema.dropIndex('tickets_fingerprint_idx').execute();
  for (const column of ['sla_state', 'policy_version', 'tier', 'reporter_count', 'occurrences', 'fingerprint_version', ...TICKET_TEXT]) {
    await db.schema.alterTable('tickets').dropColumn(column).execute();
  }
}
