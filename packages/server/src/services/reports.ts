/**
 * Filing a report: validate, triage (fingerprint, rules, SLA, routing), then
 * in one transaction either attach the report to the open ticket with the
 * same fingerprint or open a new ticket, with its timeline entries. The report
 * id is the idempotency key: a resend answers with the original receipt.
 */
import { randomUUID } from 'node:crypto';
import {
  reportInputSchema,
  type ReportInput,
  type ReportReceipt,
  type TicketStatus,
  type TicketSummary,
} from '@aftercare/sdk/schemas';
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { hashToken, trackingTokenFor } from '../security/tokens.js';
import { isUniqueViolation } from '../storage/connect.js';
import { sortableId } from '../storage/ids.js';
import { countOccurrence, findTicketByFingerprint } from '../storage/repositories/grouping.js';
import { emitEvent } from '../storage/repositories/outbox.js';
import { routingAgents } from '../storage/repositories/members.js';
import { nextTicketNumber, updateProjectTriage, type Project } from '../storage/repositories/projects.js';
import { insertAttachment } from '../storage/repositories/attachments.js';
import { findReportRef, insertReport, reporterKey } from '../storage/repositories/reports.js';
import { findTicket, insertTicket, insertTicketEvent, insertTicketEvents, type TicketEvent } from '../storage/repositories/tickets.js';
import type { Db } from '../storage/schema.js';
import { triageReport, type TriageDecision } from '../triage/index.js';
import { isWorking } from './lifecycle.js';
import { ticketSummary } from './tickets.js';
import { policiesOf, rulesOf } from './triage-settings.js';
import type { Upload } from './uploads.js';
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
  return { reportId, ticket: ticketSummary(ticket), trackingToken: trackingTokenFor(deps.config.secret, reportId) };
}

/** Triage of a report for a project, with the project's rules, policy and agents. */
export async function triageFor(deps: Deps, project: Project, input: ReportInput, now: Date): Promise<TriageDecision> {
  const [policies, agents] = await Promise.all([policiesOf(deps.db, project), routingAgents(deps.db, project.id)]);
  return triageReport(input, {
    now,
    rules: rulesOf(project),
    policy: policies.current,
    timeZone: project.timeZone,
    routing: { agents, strategy: project.routingStrategy, lastAssigneeId: project.lastAssigneeId },
  });
}

function entry(ticketId: string, at: string, fields: Pick<TicketEvent, 'type' | 'visibility'> & Partial<TicketEvent>): TicketEvent {
  return { id: sortableId(), ticketId, actorType: 'system', actorId: null, body: null, data: {}, createdAt: at, ...fields };
}

/** Opens a new ticket for a report, with the triage decision on its timeline. */
async function openTicket(
  trx: Db,
  project: Project,
  input: ReportInput,
  decision: TriageDecision,
  regressionOf: string | null,
  at: string,
): Promise<TicketSummary> {
  const ticketId = randomUUID();
  const number = await nextTicketNumber(trx, project.id);
  const assigneeId = decision.assignee?.agentId ?? null;
  await insertTicket(trx, {
    id: ticketId,
    projectId: project.id,
    number,
    title: titleOf(input.message),
    status: 'new',
    severity: decision.severity,
    category: decision.category,
    tags: decision.tags,
    tier: decision.tier,
    assigneeGroup: decision.assigneeGroup,
    assigneeId,
    fingerprint: decision.fingerprint.value,
    fingerprintVersion: decision.fingerprint.version,
    fingerprintBasis: decision.fingerprint.basis,
    regressionOf,
    policyVersion: decision.policyVersion,
    // Triage computed the clock of a ticket that has only started: store it as is.
    firstResponseDue: decision.deadlines.firstResponse.dueAt.toISOString(),
    resolutionDue: decision.deadlines.resolution.dueAt.toISOString(),
    slaNextCheckAt: earliest(decision.deadlines.firstResponse.warnAt, decision.deadlines.resolution.warnAt).toISOString(),
    createdAt: at,
    updatedAt: at,
  });
  const events = [
    entry(ticketId, at, {
      type: 'created',
      visibility: 'public',
      actorType: 'reporter',
      actorId: input.id,
      data: { reportId: input.id, severity: decision.severity, category: decision.category, policyVersion: decision.policyVersion },
    }),
    entry(ticketId, at, {
      type: 'triaged',
      visibility: 'internal',
      data: { appliedRules: decision.appliedRules, explanation: decision.explanation, fingerprint: decision.fingerprint },
    }),
  ];
  if (regressionOf) events.push(entry(ticketId, at, { type: 'regression', visibility: 'internal', data: { of: regressionOf } }));
  if (decision.escalation.escalate) {
    events.push(entry(ticketId, at, { type: 'escalated', visibility: 'internal', data: { tier: 2, reason: decision.escalation.reason } }));
  }
  if (decision.assignee) {
    events.push(entry(ticketId, at, { type: 'assigned', visibility: 'internal', data: { assigneeId, reason: decision.assignee.reason } }));
  }
  await insertTicketEvents(trx, events);
  if (assigneeId) await updateProjectTriage(trx, project.id, { lastAssigneeId: assigneeId });
  return { id: ticketId, number, status: 'new', severity: decision.severity, category: decision.category };
}

const earliest = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);

/**
 * Files a validated report, or answers the earlier receipt of its id.
 *
 * @example
 * const { created, receipt } = await fileReport(deps, project, input, origin);
 */
export async function fileReport(
  deps: Deps,
  project: Project,
  input: ReportInput,
  origin: string | null,
  uploads: readonly Upload[] = [],
): Promise<FiledReport> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const decision = await triageFor(deps, project, input, now);
  const trackingToken = trackingTokenFor(deps.config.secret, input.id);
  try {
    const summary = await deps.db.transaction().execute(async (trx) => {
      const match = await findTicketByFingerprint(trx, project.id, decision.fingerprint.value, decision.fingerprint.version);
      const attach = match !== undefined && isWorking(match.status as TicketStatus);
      const ticket = attach ? ticketSummary(match) : await openTicket(trx, project, input, decision, match?.id ?? null, at);
      const id = ticket.id;
      if (attach) await countOccurrence(trx, id, reporterKey(input), at);
      await insertReport(trx, {
        input,
        projectId: project.id,
        ticketId: id,
        origin,
        receivedAt: at,
        trackingHash: hashToken(trackingToken),
        fingerprint: decision.fingerprint,
      });
      for (const upload of uploads) {
        const { data, ...info } = upload;
        await insertAttachment(trx, { ...info, id: sortableId(), projectId: project.id, reportId: input.id, size: data.byteLength, createdAt: at }, data);
      }
      if (attach) {
        await insertTicketEvent(trx, entry(id, at, { type: 'created', visibility: 'public', actorType: 'reporter', actorId: input.id, data: { reportId: input.id, grouped: true } }));
      }
      await emitEvent(trx, {
        projectId: project.id,
        type: attach ? 'ticket.updated' : 'ticket.created',
        payload: { ticket: { ...ticket, projectId: project.id }, reportId: input.id, ...(attach && { change: 'report_grouped' }) },
        at,
      });
      return ticket;
    });
    return { created: true, receipt: { reportId: input.id, ticket: summary, trackingToken } };
  } catch (error) {
    // The id was filed before (a resend, or a concurrent one that won the race):
    // answer with the earlier receipt.
    if (isUniqueViolation(error)) {
      const winner = await existingReceipt(deps, project, input.id);
      if (winner) return { created: false, receipt: winner };
    }
    throw error;
  }
}
