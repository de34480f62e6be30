/**
 * Grouping storage: finding the ticket a fingerprint belongs to, and keeping
 * a ticket's occurrence figures true to its reports.
 */
import { sql } from 'kysely';
import type { Db } from '../schema.js';
import { toTicket, type TicketRecord } from './tickets.js';

/** The latest unmerged ticket of a project with this fingerprint (and algorithm version). */
export async function findTicketByFingerprint(
  db: Db,
  projectId: string,
  fingerprint: string,
  version: number,
): Promise<TicketRecord | undefined> {
  const row = await db
    .selectFrom('tickets')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('fingerprint', '=', fingerprint)
    .where('fingerprint_version', '=', version)
    .where('merged_into', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toTicket(row);
}

/**
 * Counts one more report on a ticket without rescanning its reports (a hot
 * ticket may hold thousands). Call before inserting the report.
 */
export async function countOccurrence(db: Db, ticketId: string, reporterKey: string, at: string): Promise<void> {
  const known = await db
    .selectFrom('reports')
    .select('id')
    .where('ticket_id', '=', ticketId)
    .where('reporter_key', '=', reporterKey)
    .limit(1)
    .executeTakeFirst();
  await db
    .updateTable('tickets')
    .set((eb) => ({
      occurrences: eb('occurrences', '+', 1),
      reporter_count: known ? eb.ref('reporter_count') : eb('reporter_count', '+', 1),
      last_seen_at: at,
      updated_at: at,
    }))
    .where('id', '=', ticketId)
    .execute();
}

/**
 * Recounts a ticket's occurrences (its reports), distinct reporters (by id,
 * else e-mail, else each anonymous report on its own) and last sighting.
 */
export async function recountOccurrences(db: Db, ticketId: string): Promise<void> {
  const stats = await db
    .selectFrom('reports')
    .select([
      sql<number>`count(*)`.as('occurrences'),
      sql<number>`count(distinct reporter_key)`.as('reporters'),
      sql<string>`max(received_at)`.as('last_seen'),
    ])
    .where('ticket_id', '=', ticketId)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('tickets')
    .set({
      occurrences: Math.max(1, Number(stats.occurrences)),
      reporter_count: Math.max(1, Number(stats.reporters)),
      ...(stats.last_seen && { last_seen_at: stats.last_seen }),
    })
    .where('id', '=', ticketId)
    .execute();
}
