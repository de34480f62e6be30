/**
 * Reports repository: the only place that reads and writes `reports`.
 */
import type { AgentReport, ReportInput } from '@aftercare/sdk/schemas';
import type { Insertable } from 'kysely';
import type { Db, ReportTable } from '../schema.js';
import { insertRows } from '../bulk-insert.js';
import { compiledQuery } from '../compiled-query.js';

/** The stored facts of a report that services need back. */
export interface StoredReportRef {
  id: string;
  projectId: string;
  ticketId: string;
  /** The ticket the report was filed into, before any merge. */
  originalTicketId: string | null;
}

/** Everything stored with a new report besides its input. */
export interface NewReportRow {
  input: ReportInput;
  projectId: string;
  ticketId: string;
  origin: string | null;
  receivedAt: string;
  trackingHash: string;
  fingerprint?: { value: string; version: number };
}

/** Who counts as one reporter: their id, else their e-mail, else this report alone. */
export function reporterKey(input: ReportInput): string {
  return input.reporter?.id ?? input.reporter?.email ?? input.id;
}

/** Inserts several reports in one statement. */
export async function insertReports(db: Db, rows: readonly NewReportRow[]): Promise<void> {
  await insertRows(db, 'reports', rows.map(reportRow));
}

function reportRow(row: NewReportRow): Insertable<ReportTable> {
  const { input } = row;
  return {
    id: input.id,
    project_id: row.projectId,
    ticket_id: row.ticketId,
    kind: input.kind,
    message: input.message,
    impact: input.impact,
    reporter_id: input.reporter?.id ?? null,
    reporter_name: input.reporter?.name ?? null,
    reporter_email: input.reporter?.email ?? null,
    page_url: input.page.url,
    page_title: input.page.title ?? null,
    page_referrer: input.page.referrer ?? null,
    origin: row.origin,
    diagnostics: JSON.stringify(input.diagnostics),
    metadata: JSON.stringify(input.metadata),
    client_created_at: input.createdAt,
    received_at: row.receivedAt,
    tracking_hash: row.trackingHash,
    fingerprint: row.fingerprint?.value ?? null,
    fingerprint_version: row.fingerprint?.version ?? 0,
    original_ticket_id: row.ticketId,
    reporter_key: reporterKey(input),
  };
}

/** Finds a report by its client-generated id. */
export async function findReportRef(db: Db, id: string): Promise<StoredReportRef | undefined> {
  return (await findReportRefs(db, [id])).get(id);
}

/** The reports among these client-generated ids that are stored, by id. */
export async function findReportRefs(db: Db, ids: readonly string[]): Promise<Map<string, StoredReportRef>> {
  if (ids.length === 0) return new Map();
  const rows = await reportRefsQuery(db, { ids: [...new Set(ids)] });
  return new Map(
    rows.map((row) => [row.id, { id: row.id, projectId: row.project_id, ticketId: row.ticket_id, originalTicketId: row.original_ticket_id }]),
  );
}

// Runs in every filing transaction: built once (see compiled-query.ts).
const reportRefsQuery = compiledQuery((db, { ids }: { ids: string[] }) =>
  db.selectFrom('reports').select(['id', 'project_id', 'ticket_id', 'original_ticket_id']).where('id', 'in', ids),
);

/** Finds the report a tracking token (by its hash) was issued for. */
export async function findReportByTrackingHash(db: Db, trackingHash: string): Promise<StoredReportRef | undefined> {
  const row = await db
    .selectFrom('reports')
    .select(['id', 'project_id', 'ticket_id', 'original_ticket_id'])
    .where('tracking_hash', '=', trackingHash)
    .executeTakeFirst();
  return row && { id: row.id, projectId: row.project_id, ticketId: row.ticket_id, originalTicketId: row.original_ticket_id };
}

/** Every report of a ticket, oldest first, as agents see them (attachments filled in by the service). */
export async function listReportsOfTicket(db: Db, ticketId: string): Promise<Array<Omit<AgentReport, 'attachments'>>> {
  const rows = await db
    .selectFrom('reports')
    .selectAll()
    .where('ticket_id', '=', ticketId)
    .orderBy('received_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as AgentReport['kind'],
    message: row.message,
    impact: row.impact as AgentReport['impact'],
    reporter: { id: row.reporter_id, name: row.reporter_name, email: row.reporter_email },
    page: { url: row.page_url, title: row.page_title, referrer: row.page_referrer },
    diagnostics: JSON.parse(row.diagnostics) as AgentReport['diagnostics'],
    metadata: JSON.parse(row.metadata) as AgentReport['metadata'],
    createdAt: row.client_created_at,
    receivedAt: row.received_at,
  }));
}
