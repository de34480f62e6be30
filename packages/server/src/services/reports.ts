/**
 * Filing reports: validate, triage (fingerprint, rules, SLA, routing), then
 * attach each report to the open ticket with the same fingerprint or open a
 * new ticket, with its timeline entries and domain event. The report id is the
 * idempotency key: a resend answers with the original receipt.
 *
 * Reports are filed in batches, one transaction per batch (group commit): the
 * reports that arrive while the database is busy go in together, with one
 * statement per kind of row instead of one per report. A batch that fails as
 * a whole (say, another instance filed one of its ids a moment earlier) is
 * filed again one report at a time, so one report never costs another one.
 */
import {
  reportInputSchema,
  timeOrderedUuid,
  type ReportInput,
  type ReportReceipt,
  type TicketStatus,
  type TicketSummary,
} from '@aftercare/sdk/schemas';
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { trackingKeyOf, trackingTokenFor } from '../security/tokens.js';
import { isUniqueViolation } from '../storage/connect.js';
import { sortableId } from '../storage/ids.js';
import { countOccurrences, findTicketsByFingerprints, knownReporters } from '../storage/repositories/grouping.js';
import { emitEvents, type NewDomainEvent } from '../storage/repositories/outbox.js';
import { routingAgents, type AgentLoadRow } from '../storage/repositories/members.js';
import { lockRoutingState, reserveTicketNumbers, updateProjectTriage, type Project } from '../storage/repositories/projects.js';
import { insertAttachment } from '../storage/repositories/attachments.js';
import { findReportRefs, insertReports, reporterKey, type NewReportRow } from '../storage/repositories/reports.js';
import { findTickets, insertTicketEvents, insertTickets, type NewTicket, type TicketEvent } from '../storage/repositories/tickets.js';
import type { Db } from '../storage/schema.js';
import { routeDecision, triageReport, type TriageDecision } from '../triage/index.js';
import { isWorking } from './lifecycle.js';
import { ticketSummary } from './tickets.js';
import { currentPolicyOf, policiesOf, rulesOf } from './triage-settings.js';
import type { Upload } from './uploads.js';
import { validate } from './validate.js';

/** The outcome of filing: `created` false when the report id was already filed. */
export interface FiledReport {
  created: boolean;
  receipt: ReportReceipt;
}

/**
 * A validated report waiting to be filed (see {@link prepareReport}): what
 * arrived, for which project, and when. Small on purpose: batches of these
 * are handed to the ingest thread, which triages them.
 */
export interface PendingReport {
  project: Project;
  input: ReportInput;
  /** The browser origin it came from, if any. */
  origin: string | null;
  uploads?: readonly Upload[];
  /** When it arrived: its ticket's SLA clock starts here. ISO 8601. */
  receivedAt: string;
  /** The reporter's tracking token, and its key as stored (see `trackingKeyOf`). */
  trackingToken: string;
  trackingHash: string;
}

/** A pending report with everything filing needs that does not touch the tickets. */
export interface TriagedReport extends PendingReport {
  /** Triage without routing (routing needs the agents' load, read when filing). */
  decision: TriageDecision;
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

/** Triage of a report for a project, with the project's rules, policy and agents (a dry run: nothing is stored). */
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

/**
 * A validated report, stamped with the time it arrived (its SLA clock starts
 * then, however long filing takes), with its tracking token derived, ready
 * for {@link fileReports}.
 *
 * @example
 * const [outcome] = await fileReports(deps, [prepareReport(deps, project, parseReport(body), origin)]);
 */
export function prepareReport(deps: Deps, project: Project, input: ReportInput, origin: string | null, uploads: readonly Upload[] = []): PendingReport {
  const trackingToken = trackingTokenFor(deps.config.secret, input.id);
  return { project, input, origin, uploads, receivedAt: deps.clock.now().toISOString(), trackingToken, trackingHash: trackingKeyOf(trackingToken)! };
}

/**
 * Triages a pending report for its project (fingerprint, rules, SLA deadlines
 * from its arrival). Done where the batch is filed (the ingest thread on
 * SQLite), before its transaction opens.
 */
async function triagePending(deps: Deps, pending: PendingReport): Promise<TriagedReport> {
  const { project, input } = pending;
  const policy = await currentPolicyOf(deps, deps.db, project);
  const decision = triageReport(input, { now: new Date(pending.receivedAt), rules: rulesOf(project), policy, timeZone: project.timeZone });
  return { ...pending, decision };
}

function entry(ticketId: string, at: string, fields: Pick<TicketEvent, 'type' | 'visibility'> & Partial<TicketEvent>): TicketEvent {
  return { id: sortableId(), ticketId, actorType: 'system', actorId: null, body: null, data: {}, createdAt: at, ...fields };
}

const earliest = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);

/**
 * Files one validated report, or answers the earlier receipt of its id.
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
  const [outcome] = await fileReports(deps, [prepareReport(deps, project, input, origin, uploads)]);
  if (outcome instanceof Error) throw outcome;
  return outcome!;
}

/**
 * Files a batch of prepared reports in one transaction and answers, for each
 * in order, its receipt or the error that refused it (`report_id_conflict`
 * when another project used its id). Reports of the same fingerprint in one
 * batch share a ticket, as they would one after the other.
 *
 * @example
 * const [first, second] = await fileReports(deps, [await prepareReport(deps, project, a, null), await prepareReport(deps, project, b, null)]);
 */
export async function fileReports(deps: Deps, pending: readonly PendingReport[]): Promise<Array<FiledReport | Error>> {
  return fileTriagedReports(deps, await triageReports(deps, pending));
}

/**
 * The first half of {@link fileReports}: triages each pending report (no
 * writes). A report that cannot be triaged (say, its project's stored rules
 * no longer parse) answers its error and fails alone. The ingest thread
 * triages each batch as it arrives, while the previous one is written.
 *
 * @example
 * const outcomes = await fileTriagedReports(deps, await triageReports(deps, batch));
 */
export async function triageReports(deps: Deps, pending: readonly PendingReport[]): Promise<Array<TriagedReport | Error>> {
  const triaged: Array<TriagedReport | Error> = [];
  for (const report of pending) triaged.push(await triagePending(deps, report).catch((error: unknown) => asError(error)));
  return triaged;
}

/** The second half of {@link fileReports}: files the triaged reports in one transaction; errors pass through in their places. */
export async function fileTriagedReports(deps: Deps, triaged: ReadonlyArray<TriagedReport | Error>): Promise<Array<FiledReport | Error>> {
  const filed = await fileTriaged(
    deps,
    triaged.filter((report): report is TriagedReport => !(report instanceof Error)),
  );
  let next = 0;
  return triaged.map((report) => (report instanceof Error ? report : filed[next++]!));
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

async function fileTriaged(deps: Deps, batch: readonly TriagedReport[]): Promise<Array<FiledReport | Error>> {
  if (batch.length === 0) return [];
  try {
    return await deps.db.transaction().execute((trx) => fileBatch(deps, trx, batch));
  } catch (error) {
    if (batch.length > 1) {
      const outcomes: Array<FiledReport | Error> = [];
      for (const report of batch) outcomes.push(...(await fileTriaged(deps, [report])));
      return outcomes;
    }
    // The id was filed meanwhile by a concurrent request: the second attempt finds it and answers its receipt.
    if (isUniqueViolation(error)) return deps.db.transaction().execute((trx) => fileBatch(deps, trx, batch));
    return [asError(error)];
  }
}

/** What one project's reports in a batch share: its routing state, read once. */
interface ProjectBatch {
  project: Project;
  /** Loaded when the batch opens a ticket in the project; open counts grow as tickets are assigned. */
  agents?: AgentLoadRow[];
  lastAssigneeId: string | null;
  assigned: boolean;
}

/** Where one report of the batch goes. */
type Placement =
  | { kind: 'resend'; ticketId: string }
  | { kind: 'duplicate'; of: number }
  | { kind: 'refused'; error: Error }
  | { kind: 'filed'; ticket: TicketSummary; opened: boolean; decision: TriageDecision };

async function fileBatch(deps: Deps, trx: Db, batch: readonly TriagedReport[]): Promise<Array<FiledReport | Error>> {
  const projects = new Map<string, ProjectBatch>();
  for (const { project } of batch) {
    if (!projects.has(project.id)) {
      projects.set(project.id, { project, lastAssigneeId: project.lastAssigneeId, assigned: false });
    }
  }
  for (const [id, lastAssigneeId] of await lockRoutingState(trx, deps.dialect, [...projects.keys()])) {
    projects.get(id)!.lastAssigneeId = lastAssigneeId;
  }

  // Resends: the id is stored already (or earlier in this batch).
  const stored = await findReportRefs(trx, batch.map((pending) => pending.input.id));
  const placements: Placement[] = [];
  const firstWithId = new Map<string, number>();
  const fresh: number[] = [];
  batch.forEach((pending, index) => {
    const { id } = pending.input;
    const ref = stored.get(id);
    const earlier = firstWithId.get(id);
    const ownerId = ref?.projectId ?? (earlier === undefined ? undefined : batch[earlier]!.project.id);
    if (ownerId !== undefined && ownerId !== pending.project.id) {
      placements[index] = { kind: 'refused', error: new AppError('report_id_conflict', 409, 'This report id was already used by another project') };
    } else if (ref) {
      placements[index] = { kind: 'resend', ticketId: ref.ticketId };
    } else if (earlier !== undefined) {
      placements[index] = { kind: 'duplicate', of: earlier };
    } else {
      firstWithId.set(id, index);
      fresh.push(index);
    }
  });

  // Find the ticket each fingerprint already has, one query per project.
  const decisions = new Map<number, TriageDecision>(fresh.map((index) => [index, batch[index]!.decision]));
  const matches = new Map<string, { id: string; status: string; summary: TicketSummary }>();
  for (const { project } of projects.values()) {
    const mine = fresh.filter((index) => batch[index]!.project.id === project.id);
    for (const version of new Set(mine.map((index) => decisions.get(index)!.fingerprint.version))) {
      const values = mine.map((index) => decisions.get(index)!.fingerprint).filter((fp) => fp.version === version);
      const found = await findTicketsByFingerprints(trx, project.id, values.map((fp) => fp.value), version);
      for (const [value, ticket] of found) matches.set(`${project.id} ${version} ${value}`, { id: ticket.id, status: ticket.status, summary: ticketSummary(ticket) });
    }
  }

  // Place each report in order: onto the working ticket of its fingerprint, or into a new ticket.
  const opened = new Map<string, { index: number; regressionOf: string | null }>();
  const openedIn = new Map<string, number>();
  for (const index of fresh) {
    const { project } = batch[index]!;
    const decision = decisions.get(index)!;
    const key = `${project.id} ${decision.fingerprint.version} ${decision.fingerprint.value}`;
    const match = matches.get(key);
    if (match && isWorking(match.status as TicketStatus)) {
      placements[index] = { kind: 'filed', ticket: match.summary, opened: false, decision };
      continue;
    }
    const settings = projects.get(project.id)!;
    settings.agents ??= await routingAgents(trx, project.id);
    const pick = routeDecision(decision, { agents: settings.agents, strategy: project.routingStrategy, lastAssigneeId: settings.lastAssigneeId });
    if (pick.agentId) {
      settings.lastAssigneeId = pick.agentId;
      settings.assigned = true;
      const agent = settings.agents.find((candidate) => candidate.id === pick.agentId);
      if (agent) agent.openCount += 1;
    }
    const summary: TicketSummary = { id: timeOrderedUuid(), number: 0, status: 'new', severity: decision.severity, category: decision.category };
    opened.set(summary.id, { index, regressionOf: match?.id ?? null });
    openedIn.set(project.id, (openedIn.get(project.id) ?? 0) + 1);
    matches.set(key, { id: summary.id, status: 'new', summary });
    placements[index] = { kind: 'filed', ticket: summary, opened: true, decision };
  }

  // Ticket numbers, a block per project, in the order the tickets were opened.
  const nextNumber = new Map<string, number>();
  for (const [projectId, count] of openedIn) nextNumber.set(projectId, await reserveTicketNumbers(trx, projectId, count));

  // The rows of the batch.
  const tickets: NewTicket[] = [];
  const reports: NewReportRow[] = [];
  const events: TicketEvent[] = [];
  const domainEvents: NewDomainEvent[] = [];
  const grouped = new Map<string, Array<{ index: number; reporter: string }>>();
  for (const index of fresh) {
    const placement = placements[index] as Extract<Placement, { kind: 'filed' }>;
    const { project, input, origin, receivedAt: at, trackingHash } = batch[index]!;
    const { decision, ticket } = placement;
    if (placement.opened) {
      const number = nextNumber.get(project.id)!;
      nextNumber.set(project.id, number + 1);
      ticket.number = number;
      tickets.push(newTicket(project, input, decision, ticket, opened.get(ticket.id)!.regressionOf, at));
      events.push(...openingEntries(input, decision, ticket.id, opened.get(ticket.id)!.regressionOf, at));
    } else {
      events.push(entry(ticket.id, at, { type: 'created', visibility: 'public', actorType: 'reporter', actorId: input.id, data: { reportId: input.id, grouped: true } }));
      const list = grouped.get(ticket.id) ?? [];
      list.push({ index, reporter: reporterKey(input) });
      grouped.set(ticket.id, list);
    }
    reports.push({
      input,
      projectId: project.id,
      ticketId: ticket.id,
      origin,
      receivedAt: at,
      trackingHash,
      fingerprint: decision.fingerprint,
    });
    domainEvents.push({
      projectId: project.id,
      type: placement.opened ? 'ticket.created' : 'ticket.updated',
      payload: { ticket: { ...ticket, projectId: project.id }, reportId: input.id, ...(!placement.opened && { change: 'report_grouped' }) },
      at,
    });
  }

  // Reports grouped onto tickets: count occurrences and distinct reporters without rescanning.
  const pairs = [...grouped].flatMap(([ticketId, list]) => (opened.has(ticketId) ? [] : list.map((item) => ({ ticketId, reporterKey: item.reporter }))));
  const known = await knownReporters(trx, pairs);
  const countsOfOpened = new Map<string, { reports: number; reporters: number; lastSeenAt: string }>();
  for (const [ticketId, list] of grouped) {
    const seen = new Set<string>();
    const first = opened.get(ticketId);
    if (first) seen.add(reporterKey(batch[first.index]!.input));
    let newReporters = 0;
    let at = '';
    for (const { index, reporter } of list) {
      if (batch[index]!.receivedAt > at) at = batch[index]!.receivedAt;
      if (seen.has(reporter) || known.has(`${ticketId} ${reporter}`)) continue;
      seen.add(reporter);
      newReporters += 1;
    }
    if (first) countsOfOpened.set(ticketId, { reports: 1 + list.length, reporters: 1 + newReporters, lastSeenAt: at });
    else await countOccurrences(trx, ticketId, { reports: list.length, newReporters, at });
  }
  for (const ticket of tickets) {
    const counts = countsOfOpened.get(ticket.id);
    if (counts) Object.assign(ticket, { occurrences: counts.reports, reporterCount: counts.reporters, lastSeenAt: counts.lastSeenAt });
  }

  await insertTickets(trx, tickets);
  await insertReports(trx, reports);
  for (const index of fresh) {
    const { project, input, uploads = [], receivedAt } = batch[index]!;
    for (const { data, ...info } of uploads) {
      await insertAttachment(trx, { ...info, id: sortableId(), projectId: project.id, reportId: input.id, size: data.byteLength, createdAt: receivedAt }, data);
    }
  }
  await insertTicketEvents(trx, events);
  await emitEvents(trx, domainEvents);
  for (const settings of projects.values()) {
    if (settings.assigned) await updateProjectTriage(trx, settings.project.id, { lastAssigneeId: settings.lastAssigneeId });
  }

  // Receipts: resends answer with their ticket as it is now.
  const resent = await findTickets(
    trx,
    placements.flatMap((placement) => (placement.kind === 'resend' ? [placement.ticketId] : [])),
  );
  const receiptOf = (index: number): FiledReport | Error => {
    const placement = placements[index]!;
    const reportId = batch[index]!.input.id;
    switch (placement.kind) {
      case 'refused':
        return placement.error;
      case 'duplicate': {
        const first = receiptOf(placement.of);
        return first instanceof Error ? first : { created: false, receipt: first.receipt };
      }
      case 'resend': {
        const ticket = resent.get(placement.ticketId);
        if (!ticket) return new Error(`report ${reportId} points to a missing ticket`);
        return { created: false, receipt: { reportId, ticket: ticketSummary(ticket), trackingToken: batch[index]!.trackingToken } };
      }
      case 'filed':
        return { created: true, receipt: { reportId, ticket: placement.ticket, trackingToken: batch[index]!.trackingToken } };
    }
  };
  return batch.map((_pending, index) => receiptOf(index));
}

/** The row of a ticket a report opens. */
function newTicket(
  project: Project,
  input: ReportInput,
  decision: TriageDecision,
  ticket: TicketSummary,
  regressionOf: string | null,
  at: string,
): NewTicket {
  return {
    id: ticket.id,
    projectId: project.id,
    number: ticket.number,
    title: titleOf(input.message),
    status: 'new',
    severity: decision.severity,
    category: decision.category,
    tags: decision.tags,
    tier: decision.tier,
    assigneeGroup: decision.assigneeGroup,
    assigneeId: decision.assignee?.agentId ?? null,
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
  };
}

/** The timeline of a new ticket: created, the triage decision, and what triage did with it. */
function openingEntries(input: ReportInput, decision: TriageDecision, ticketId: string, regressionOf: string | null, at: string): TicketEvent[] {
  const assigneeId = decision.assignee?.agentId ?? null;
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
  if (assigneeId) {
    events.push(entry(ticketId, at, { type: 'assigned', visibility: 'internal', data: { assigneeId, reason: decision.assignee!.reason } }));
  }
  return events;
}
