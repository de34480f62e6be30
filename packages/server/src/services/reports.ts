/**
 * Filing a report: validate, then store the report, its ticket and the first
 * timeline entry in one transaction. The report id is the idempotency key: a
 * resend answers with the original receipt and creates nothing.
 */
import { randomUUID } from 'node:crypto';
import { reportInputSchema, type ReportInput, type ReportReceipt } from '@aftercare/sdk/schemas';
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { sortableId } from '../storage/ids.js';
import { hashToken, trackingTokenFor } from '../security/tokens.js';
import { isUniqueViolation } from '../storage/connect.js';
import { nextTicketNumber, type Project } from '../storage/repositories/projects.js';
import { findReportRef, insertReport } from '../storage/repositories/reports.js';
import { findTicket, insertTicket, insertTicketEvent } from '../storage/repositories/tickets.js';
import { gradeReport } from '../triage/grade.js';
import { ticketSummary } from './tickets.js';
import { validate } from './validate.js';

/** The outcome of filing: `created` false when the report id was already filed. */
export interface FiledReport {
  created: boolean;
  receipt: ReportReceipt;
}

/** Validates a report body against the wire contract. */
export function parseReport(body: unknown): ReportInput {
  return validate(reportInputSchema, body, 'The report does not match the contract');
}

/** A ticket title from the first line of the message. */
function titleOf(message: string): string {
  const firstLine = message.split('\n', 1)[0]!.trim();
  return firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine;
}

async function existingReceipt(deps: Deps, project: Project, reportId: string): Promise<ReportReceipt | undefined> {
  const ref = await findReportRef(deps.db, reportId);
  if (!ref) return undefined;
  if (ref.projectId !== project.id) {
    throw new AppError('report_id_conflict', 409, 'This report id was already used by another project');
  }
  const ticket = await findTicket(deps.db, ref.ticketId);
  if (!ticket) throw new Error(`report ${reportId} points to a missing ticket`);
  return {
    reportId,
    ticket: ticketSummary(ticket),
    trackingToken: trackingTokenFor(deps.config.secret, reportId),
  };
}

/**
 * Files a validated report into a new ticket, or answers the earlier receipt.
 *
 * @example
 * const { created, receipt } = await fileReport(deps, project, input, origin);
 */
export async function fileReport(
  deps: Deps,
  project: Project,
  input: ReportInput,
  origin: string | null,
): Promise<FiledReport> {
  const now = deps.clock.now().toISOString();
  const grade = gradeReport(input);
  const trackingToken = trackingTokenFor(deps.config.secret, input.id);
  const ticketId = randomUUID();
  try {
    const ticket = await deps.db.transaction().execute(async (trx) => {
      const number = await nextTicketNumber(trx, project.id);
      const record = {
        id: ticketId,
        projectId: project.id,
        number,
        title: titleOf(input.message),
        status: 'new',
        severity: grade.severity,
        category: grade.category,
        createdAt: now,
        updatedAt: now,
      };
      await insertTicket(trx, record);
      await insertReport(trx, {
        input,
        projectId: project.id,
        ticketId,
        origin,
        receivedAt: now,
        trackingHash: hashToken(trackingToken),
      });
      await insertTicketEvent(trx, {
        id: sortableId(),
        ticketId,
        type: 'created',
        visibility: 'public',
        actorType: 'reporter',
        actorId: null,
        body: null,
        data: { reportId: input.id, severity: grade.severity, category: grade.category },
        createdAt: now,
      });
      return record;
    });
    return { created: true, receipt: { reportId: input.id, ticket: ticketSummary(ticket), trackingToken } };
  } catch (error) {
    // The id was filed before (a resend, or a concurrent one that won the race):
    // answer with the earlier receipt. Trying the insert first keeps the
    // common case, a new report, to one round of statements.
    if (isUniqueViolation(error)) {
      const winner = await existingReceipt(deps, project, input.id);
      if (winner) return { created: false, receipt: winner };
    }
    throw error;
  }
}
