/**
 * Grouping storage: finding the ticket a fingerprint belongs to, and keeping
 * a ticket's occurrence figures true to its reports.
 */
import { sql } from 'kysely';
import { compiledQuery } from '../compiled-query.js';
import type { Db } from '../schema.js';
import { toTicket, type TicketRecord } from './tickets.js';

/** The latest unmerged ticket of a project with this fingerprint (and algorithm version). */
export async function findTicketByFingerprint(
  db: Db,
  projectId: string,
  fingerprint: string,
  version: number,
): Promise<TicketRecord | undefined> {
  return (await findTicketsByFingerprints(db, projectId, [fingerprint], version)).get(fingerprint);
}

/**
 * For each fingerprint (of one algorithm version), the latest unmerged ticket
 * of the project that has it; fingerprints without a ticket are missing from
 * the map.
 */
export async function findTicketsByFingerprints(
  db: Db,
  projectId: string,
  fingerprints: readonly string[],
  version: number,
): Promise<Map<string, TicketRecord>> {
  const latest = new Map<string, TicketRecord>();
  if (fingerprints.length === 0) return latest;
  const rows = await fingerprintsQuery(db, { projectId, fingerprints: [...new Set(fingerprints)], version });
  for (const row of rows) {
    const best = latest.get(row.fingerprint!);
    if (!best || row.created_at > best.createdAt || (row.created_at === best.createdAt && row.id > best.id)) {
      latest.set(row.fingerprint!, toTicket(row));
    }
  }
  return latest;
}

// Runs in every filing transaction: built once (see compiled-query.ts).
const fingerprintsQuery = compiledQuery((db, p: { projectId: string; fingerprints: string[]; version: number }) =>
  db
    .selectFrom('tickets')
    .selectAll()
    .where('project_id', '=', p.projectId)
    .where('fingerprint', 'in', p.fingerprints)
    .where('fingerprint_version', '=', p.version)
    .where('merged_into', 'is', null),
  // No ORDER BY: with one, SQLite walks the project's tickets in time order
  // instead of looking each fingerprint up in its index. The latest is picked by the caller.
);

/** The (ticket, reporter key) pairs among these that already have a report, as `ticketId reporterKey` strings. */
export async function knownReporters(
  db: Db,
  pairs: ReadonlyArray<{ ticketId: string; reporterKey: string }>,
): Promise<Set<string>> {
  const known = new Set<string>();
  if (pairs.length === 0) return known;
  const rows = await db
    .selectFrom('reports')
    .select(['ticket_id', 'reporter_key'])
    .distinct()
    .where('ticket_id', 'in', [...new Set(pairs.map((pair) => pair.ticketId))])
    .where('reporter_key', 'in', [...new Set(pairs.map((pair) => pair.reporterKey))])
    .execute();
  for (const row of rows) known.add(`${row.ticket_id} ${row.reporter_key}`);
  return known;
}

/**
 * Counts more reports on a ticket without rescanning its reports (a hot
 * ticket may hold thousands): `reports` more occurrences, `newReporters`
 * more distinct reporters, last seen `at`.
 */
export async function countOccurrences(db: Db, ticketId: string, counts: { reports: number; newReporters: number; at: string }): Promise<void> {
  await db
    .updateTable('tickets')
    .set((eb) => ({
      occurrences: eb('occurrences', '+', counts.reports),
      reporter_count: eb('reporter_count', '+', counts.newReporters),
      last_seen_at: counts.at,
      updated_at: counts.at,
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
