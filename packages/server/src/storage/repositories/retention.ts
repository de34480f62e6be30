/**
 * Retention: what `aftercare purge` reads and deletes. Reports' heavy and
 * personal parts (diagnostics, attachments) past a cutoff, and closed tickets
 * with everything that hangs off them. Deletes go in small batches so a purge
 * never holds the write lock for long while the server runs.
 */
import type { Db } from '../schema.js';

const count = (row: { n: number | string | bigint } | undefined) => Number(row?.n ?? 0);

/** Attachments of reports received before `cutoff`: how many and how many bytes. */
export async function countOldAttachments(db: Db, cutoff: string): Promise<{ count: number; bytes: number }> {
  const row = await db
    .selectFrom('attachments')
    .innerJoin('reports', 'reports.id', 'attachments.report_id')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.coalesce(eb.fn.sum<number>('attachments.size'), eb.lit(0)).as('bytes')])
    .where('reports.received_at', '<', cutoff)
    .executeTakeFirst();
  return { count: count(row), bytes: Number(row?.bytes ?? 0) };
}

/** Deletes up to `limit` attachments of reports received before `cutoff`; returns how many and their bytes. */
export async function deleteOldAttachments(db: Db, cutoff: string, limit: number): Promise<{ count: number; bytes: number }> {
  const rows = await db
    .selectFrom('attachments')
    .innerJoin('reports', 'reports.id', 'attachments.report_id')
    .select(['attachments.id', 'attachments.size'])
    .where('reports.received_at', '<', cutoff)
    .limit(limit)
    .execute();
  if (rows.length === 0) return { count: 0, bytes: 0 };
  await db.deleteFrom('attachments').where('id', 'in', rows.map((r) => r.id)).execute();
  return { count: rows.length, bytes: rows.reduce((sum, r) => sum + Number(r.size), 0) };
}

/** Reports received before `cutoff` that still carry diagnostics. */
export async function countOldDiagnostics(db: Db, cutoff: string): Promise<number> {
  return count(
    await db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('received_at', '<', cutoff)
      .where('diagnostics', '<>', '{}')
      .executeTakeFirst(),
  );
}

/** Empties the diagnostics (to `{}`) of up to `limit` reports received before `cutoff`; returns how many. */
export async function clearOldDiagnostics(db: Db, cutoff: string, limit: number): Promise<number> {
  const ids = await db
    .selectFrom('reports')
    .select('id')
    .where('received_at', '<', cutoff)
    .where('diagnostics', '<>', '{}')
    .limit(limit)
    .execute();
  if (ids.length === 0) return 0;
  await db.updateTable('reports').set({ diagnostics: '{}' }).where('id', 'in', ids.map((r) => r.id)).execute();
  return ids.length;
}

/** Tickets closed before `cutoff`. */
export async function closedTicketIds(db: Db, cutoff: string): Promise<string[]> {
  const rows = await db.selectFrom('tickets').select('id').where('status', '=', 'closed').where('closed_at', '<', cutoff).execute();
  return rows.map((r) => r.id);
}

/** Tickets merged into any of `ids`. */
export async function ticketsMergedInto(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('tickets').select('id').where('merged_into', 'in', [...ids]).execute();
  return rows.map((r) => r.id);
}

/** What deleting tickets removes with them. */
export interface TicketRows {
  tickets: number;
  reports: number;
  attachments: number;
  events: number;
  ratings: number;
  notices: number;
}

/**
 * Counts the rows that deleting the tickets `ids` would remove. Attachments
 * of reports received before `attachmentsFrom` are left out (a purge deletes
 * those first, on their own).
 */
export async function countTicketRows(db: Db, ids: readonly string[], attachmentsFrom = ''): Promise<TicketRows> {
  if (ids.length === 0) return { tickets: 0, reports: 0, attachments: 0, events: 0, ratings: 0, notices: 0 };
  const list = [...ids];
  const n = (table: 'reports' | 'ticket_events' | 'ratings' | 'sla_notices') =>
    db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('ticket_id', 'in', list).executeTakeFirst();
  const [reports, events, ratings, notices, attachments] = await Promise.all([
    n('reports'),
    n('ticket_events'),
    n('ratings'),
    n('sla_notices'),
    db
      .selectFrom('attachments')
      .innerJoin('reports', 'reports.id', 'attachments.report_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('reports.ticket_id', 'in', list)
      .where('reports.received_at', '>=', attachmentsFrom)
      .executeTakeFirst(),
  ]);
  return { tickets: ids.length, reports: count(reports), attachments: count(attachments), events: count(events), ratings: count(ratings), notices: count(notices) };
}

/**
 * Deletes the tickets `ids` with their reports (and the reports'
 * attachments), timeline, ratings and SLA notices, in one transaction.
 * References from tickets that stay are let go: a regression no longer
 * points at a deleted ticket, and reports moved by a merge onto a ticket
 * that stays now belong to it for good (the merge can no longer be undone).
 * Articles drafted from a deleted ticket keep their text (the database sets
 * their source to null).
 */
export async function deleteTickets(db: Db, ids: readonly string[]): Promise<TicketRows> {
  if (ids.length === 0) return { tickets: 0, reports: 0, attachments: 0, events: 0, ratings: 0, notices: 0 };
  const list = [...ids];
  return db.transaction().execute(async (trx) => {
    const reportIds = (await trx.selectFrom('reports').select('id').where('ticket_id', 'in', list).execute()).map((r) => r.id);
    const attachments = reportIds.length === 0 ? [] : await trx.deleteFrom('attachments').where('report_id', 'in', reportIds).execute();
    const ratings = await trx.deleteFrom('ratings').where('ticket_id', 'in', list).execute();
    const notices = await trx.deleteFrom('sla_notices').where('ticket_id', 'in', list).execute();
    const events = await trx.deleteFrom('ticket_events').where('ticket_id', 'in', list).execute();
    const reports = await trx.deleteFrom('reports').where('ticket_id', 'in', list).execute();
    await trx.updateTable('reports').set((eb) => ({ original_ticket_id: eb.ref('ticket_id') })).where('original_ticket_id', 'in', list).execute();
    await trx.updateTable('tickets').set({ regression_of: null }).where('regression_of', 'in', list).execute();
    const tickets = await trx.deleteFrom('tickets').where('id', 'in', list).execute();
    const rows = (result: Array<{ numDeletedRows: bigint }>) => result.reduce((sum, r) => sum + Number(r.numDeletedRows), 0);
    return {
      tickets: rows(tickets),
      reports: rows(reports),
      attachments: rows(attachments),
      events: rows(events),
      ratings: rows(ratings),
      notices: rows(notices),
    };
  });
}
