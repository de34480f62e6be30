/**
 * Webhooks: the only place that reads and writes `webhooks`.
 */
import type { Selectable } from 'kysely';
import type { DomainEventType } from './outbox.js';
import { compiledQuery } from '../compiled-query.js';
import type { Db } from '../schema.js';
import type { WebhookTable } from '../schema-webhooks.js';

/** A stored webhook; `sealedSecret` is the secret as stored (sealed). */
export interface WebhookRecord {
  id: string;
  projectId: string;
  url: string;
  sealedSecret: string;
  events: DomainEventType[];
  active: boolean;
  /** Since when it has been active: it receives the events that happen from then on. */
  activeSince: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What can change on a webhook. */
export type WebhookPatch = Partial<Pick<WebhookRecord, 'url' | 'sealedSecret' | 'events' | 'active' | 'activeSince' | 'description'>> & { updatedAt: string };

function toWebhook(row: Selectable<WebhookTable>): WebhookRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    url: row.url,
    sealedSecret: row.secret,
    events: JSON.parse(row.events) as DomainEventType[],
    active: Number(row.active) === 1,
    activeSince: row.active_since,
    description: row.description,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Stores a new webhook. */
export async function insertWebhook(db: Db, webhook: WebhookRecord): Promise<void> {
  await db
    .insertInto('webhooks')
    .values({
      id: webhook.id,
      project_id: webhook.projectId,
      url: webhook.url,
      secret: webhook.sealedSecret,
      events: JSON.stringify(webhook.events),
      active: webhook.active ? 1 : 0,
      active_since: webhook.activeSince,
      description: webhook.description,
      created_at: webhook.createdAt,
      updated_at: webhook.updatedAt,
    })
    .execute();
}

/** A webhook of a project; undefined when the id is unknown or belongs to another project. */
export async function findWebhook(db: Db, projectId: string, id: string): Promise<WebhookRecord | undefined> {
  const row = await db.selectFrom('webhooks').selectAll().where('id', '=', id).where('project_id', '=', projectId).executeTakeFirst();
  return row && toWebhook(row);
}

/** The webhooks of a project, oldest first. */
export async function listWebhooks(db: Db, projectId: string): Promise<WebhookRecord[]> {
  const rows = await db.selectFrom('webhooks').selectAll().where('project_id', '=', projectId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toWebhook);
}

/**
 * The event types the active webhooks of each of `projectIds` subscribe to;
 * projects without an active webhook are absent. What the outbox records.
 */
export async function subscribedEventTypes(db: Db, projectIds: readonly string[]): Promise<Map<string, Set<DomainEventType>>> {
  const subscribed = new Map<string, Set<DomainEventType>>();
  if (projectIds.length === 0) return subscribed;
  const rows = await subscriptionsQuery(db, { projectIds: [...projectIds] });
  for (const row of rows) {
    const types = subscribed.get(row.project_id) ?? new Set<DomainEventType>();
    for (const type of JSON.parse(row.events) as DomainEventType[]) types.add(type);
    subscribed.set(row.project_id, types);
  }
  return subscribed;
}

// Runs in every filing transaction: built once (see compiled-query.ts).
const subscriptionsQuery = compiledQuery((db, { projectIds }: { projectIds: string[] }) =>
  db.selectFrom('webhooks').select(['project_id', 'events']).where('active', '=', 1).where('project_id', 'in', projectIds),
);

/** Every active webhook of every project: what the fan-out matches events against. */
export async function listActiveWebhooks(db: Db): Promise<WebhookRecord[]> {
  const rows = await db.selectFrom('webhooks').selectAll().where('active', '=', 1).execute();
  return rows.map(toWebhook);
}

/** Changes a webhook. */
export async function updateWebhook(db: Db, id: string, patch: WebhookPatch): Promise<void> {
  await db
    .updateTable('webhooks')
    .set({
      updated_at: patch.updatedAt,
      ...(patch.url !== undefined && { url: patch.url }),
      ...(patch.sealedSecret !== undefined && { secret: patch.sealedSecret }),
      ...(patch.events !== undefined && { events: JSON.stringify(patch.events) }),
      ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
      ...(patch.activeSince !== undefined && { active_since: patch.activeSince }),
      ...(patch.description !== undefined && { description: patch.description }),
    })
    .where('id', '=', id)
    .execute();
}

/** Deletes a webhook; delete its deliveries first, in the same transaction. */
export async function deleteWebhook(db: Db, id: string): Promise<void> {
  await db.deleteFrom('webhooks').where('id', '=', id).execute();
}
