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
 * Recounts a ticket's occurrences (its reports), distinct reporters (by id,
 * else e-mail, else each anonymous report on its own) and last sighting.
 */
export async function recountOccurrences(db: Db, ticketId: string): Promise<void> {
  const stats = await db
    .selectFrom('reports')
    .select([
      sql<number>`count(*)`.as('occurrences'),
      sql<number>`count(distinct coalesce(reporter_id, reporter_email, id))`.as('reporters'),
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
