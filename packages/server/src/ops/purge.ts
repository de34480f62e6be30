/**
 * Retention (`aftercare purge`): past a number of days, first the heavy and
 * personal parts of reports (diagnostics emptied, attachments deleted), then,
 * when asked, closed tickets with their reports, timeline, ratings and SLA
 * notices. A dry run counts the same things and changes nothing.
 */
import type { Deps } from '../deps.js';
import {
  clearOldDiagnostics,
  closedTicketIds,
  countOldAttachments,
  countOldDiagnostics,
  countTicketRows,
  deleteOldAttachments,
  deleteTickets,
  ticketsMergedInto,
  type TicketRows,
} from '../storage/repositories/retention.js';

/** What to purge. */
export interface PurgeOptions {
  /** Reports received, and tickets closed, more than this many days ago. */
  olderThanDays: number;
  /** Also delete closed tickets (with their reports) closed before the cutoff. */
  tickets?: boolean;
  /** Count, change nothing. */
  dryRun?: boolean;
  /** Rows per statement (and tickets per transaction). */
  batchSize?: number;
}

/** What a purge did (or, in a dry run, would do). */
export interface PurgeReport {
  cutoff: string;
  dryRun: boolean;
  diagnosticsCleared: number;
  attachmentsDeleted: { count: number; bytes: number };
  /** Null unless tickets were purged. */
  ticketsDeleted: TicketRows | null;
}

/**
 * The closed tickets to delete: those closed before the cutoff, and every
 * ticket merged into one of them (merged tickets are closed, and their reports
 * live on the ticket they were merged into), transitively.
 */
async function ticketsToDelete(deps: Deps, cutoff: string): Promise<string[]> {
  const chosen = new Set(await closedTicketIds(deps.db, cutoff));
  let frontier = [...chosen];
  while (frontier.length > 0) {
    const merged = (await ticketsMergedInto(deps.db, frontier)).filter((id) => !chosen.has(id));
    merged.forEach((id) => chosen.add(id));
    frontier = merged;
  }
  return [...chosen];
}

function add(total: TicketRows, more: TicketRows): TicketRows {
  return {
    tickets: total.tickets + more.tickets,
    reports: total.reports + more.reports,
    attachments: total.attachments + more.attachments,
    events: total.events + more.events,
    ratings: total.ratings + more.ratings,
    notices: total.notices + more.notices,
  };
}

/**
 * Purges data older than `olderThanDays` (measured on `deps.clock`).
 *
 * @example
 * const report = await purge(deps, { olderThanDays: 180, tickets: true, dryRun: true });
 */
export async function purge(deps: Deps, options: PurgeOptions): Promise<PurgeReport> {
  if (!Number.isInteger(options.olderThanDays) || options.olderThanDays < 1) {
    throw new Error('--older-than must be a whole number of days, at least 1');
  }
  const batch = options.batchSize ?? 500;
  const dryRun = options.dryRun ?? false;
  const cutoff = new Date(deps.clock.now().getTime() - options.olderThanDays * 86_400_000).toISOString();
  const report: PurgeReport = { cutoff, dryRun, diagnosticsCleared: 0, attachmentsDeleted: { count: 0, bytes: 0 }, ticketsDeleted: null };

  if (dryRun) {
    report.attachmentsDeleted = await countOldAttachments(deps.db, cutoff);
    report.diagnosticsCleared = await countOldDiagnostics(deps.db, cutoff);
  } else {
    for (;;) {
      const done = await deleteOldAttachments(deps.db, cutoff, batch);
      report.attachmentsDeleted.count += done.count;
      report.attachmentsDeleted.bytes += done.bytes;
      if (done.count < batch) break;
    }
    for (;;) {
      const cleared = await clearOldDiagnostics(deps.db, cutoff, batch);
      report.diagnosticsCleared += cleared;
      if (cleared < batch) break;
    }
  }

  if (options.tickets) {
    const ids = await ticketsToDelete(deps, cutoff);
    let total: TicketRows = { tickets: 0, reports: 0, attachments: 0, events: 0, ratings: 0, notices: 0 };
    // Fewer ids per transaction than rows per statement: each ticket brings its reports and events along.
    const size = Math.max(1, Math.floor(batch / 5));
    for (let i = 0; i < ids.length; i += size) {
      const chunk = ids.slice(i, i + size);
      total = add(total, dryRun ? await countTicketRows(deps.db, chunk, cutoff) : await deleteTickets(deps.db, chunk));
    }
    report.ticketsDeleted = total;
  }
  return report;
}

/** The report as lines for a person. */
export function describePurge(report: PurgeReport): string[] {
  const verb = (done: string, would: string) => (report.dryRun ? would : done);
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const lines = [
    `${report.dryRun ? 'Dry run: nothing changed. ' : ''}Cutoff ${report.cutoff}.`,
    `${verb('Deleted', 'Would delete')} ${report.attachmentsDeleted.count} attachment(s) (${mib(report.attachmentsDeleted.bytes)}) of older reports.`,
    `${verb('Emptied', 'Would empty')} the diagnostics of ${report.diagnosticsCleared} older report(s).`,
  ];
  const t = report.ticketsDeleted;
  if (t) {
    lines.push(
      `${verb('Deleted', 'Would delete')} ${t.tickets} closed ticket(s) with ${t.reports} report(s), ${t.attachments} attachment(s), ` +
        `${t.events} timeline entr${t.events === 1 ? 'y' : 'ies'}, ${t.ratings} rating(s) and ${t.notices} SLA notice(s).`,
    );
  } else {
    lines.push('Tickets kept (add --tickets to delete closed tickets too).');
  }
  return lines;
}
