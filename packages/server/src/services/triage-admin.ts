/**
 * What agents do with triage itself: dry-run the rules on a report, read and
 * change a project's rules, routing and SLA policy (a new policy is a new
 * version, and every working ticket's clock is recomputed under it), list the
 * frequent issues and the tickets similar to one.
 */
import { randomUUID } from 'node:crypto';
import {
  reportInputSchema,
  type Category,
  type DryRunInput,
  type DryRunResult,
  type FrequentIssues,
  type SimilarTickets,
  type TicketStatus,
  type TopIssue,
  type TriageDecision as WireDecision,
  type TriageSettings,
} from '@aftercare/sdk/schemas';
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { sortableId } from '../storage/ids.js';
import { insertAudit } from '../storage/repositories/audit.js';
import { findTicketByFingerprint } from '../storage/repositories/grouping.js';
import { findProjectById, updateProjectTriage, type Project } from '../storage/repositories/projects.js';
import { insertPolicyVersion } from '../storage/repositories/sla.js';
import { insertTicketEvent } from '../storage/repositories/tickets.js';
import { ruleSetSchema, slaPolicySchema, suggestSimilar, type TriageDecision } from '../triage/index.js';
import { requireProject, type Agent } from './access.js';
import { agentTicket, loadTicketFor } from './agent-tickets.js';
import { triageFor } from './reports.js';
import { refreshSla } from './sla.js';
import { policiesOf, rulesOf } from './triage-settings.js';
import { validate } from './validate.js';

const WORKING = ['new', 'open', 'in_progress', 'waiting_on_reporter'];

async function projectFor(deps: Deps, agent: Agent, projectId: string, need: 'read' | 'admin'): Promise<Project> {
  await requireProject(deps, agent, projectId, need);
  const project = await findProjectById(deps.db, projectId);
  if (!project) throw new AppError('project_not_found', 404, 'No such project for this agent');
  return project;
}

/** A triage decision as answered: its instants as ISO strings. */
function decisionView(decision: TriageDecision): WireDecision {
  const deadline = (d: TriageDecision['deadlines']['firstResponse']) => ({ ...d, dueAt: d.dueAt.toISOString(), warnAt: d.warnAt.toISOString() });
  return { ...decision, deadlines: { firstResponse: deadline(decision.deadlines.firstResponse), resolution: deadline(decision.deadlines.resolution) } };
}

/** What the current rules would decide for a report, and which ticket it would join. Changes nothing. */
export async function dryRun(deps: Deps, agent: Agent, projectId: string, body: unknown): Promise<DryRunResult> {
  const project = await projectFor(deps, agent, projectId, 'read');
  const now = deps.clock.now();
  const draft = (typeof body === 'object' && body !== null ? body : {}) as DryRunInput;
  const input = validate(
    reportInputSchema,
    { id: randomUUID(), createdAt: now.toISOString(), page: { url: 'https://example.invalid/' }, ...draft },
    'The report does not match the contract',
  );
  const decision = await triageFor(deps, project, input, now);
  const match = await findTicketByFingerprint(deps.db, project.id, decision.fingerprint.value, decision.fingerprint.version);
  return {
    decision: decisionView(decision),
    wouldJoin: match && WORKING.includes(match.status) ? agentTicket(match) : null,
    wouldRegress: match && !WORKING.includes(match.status) ? agentTicket(match) : null,
  };
}

/** A project's triage settings. */
export async function triageSettings(deps: Deps, agent: Agent, projectId: string): Promise<TriageSettings> {
  const project = await projectFor(deps, agent, projectId, 'read');
  const policies = await policiesOf(deps.db, project);
  return {
    rules: rulesOf(project),
    rulesAreDefault: project.triageRules === null,
    routingStrategy: project.routingStrategy,
    slaPolicy: policies.current,
    slaPolicyVersions: policies.all.map((policy) => policy.version),
  };
}

async function audit(deps: Deps, agent: Agent, projectId: string, action: string, before: unknown, after: unknown) {
  await insertAudit(deps.db, {
    id: sortableId(), agentId: agent.id, projectId, action, targetType: 'project', targetId: projectId,
    before, after, createdAt: deps.clock.now().toISOString(),
  });
}

/** Replaces a project's rules (`null` goes back to the defaults). */
export async function setRules(deps: Deps, agent: Agent, projectId: string, body: unknown): Promise<TriageSettings> {
  const project = await projectFor(deps, agent, projectId, 'admin');
  const input = validate(z.strictObject({ rules: z.unknown() }), body, 'Send { "rules": [...] } or { "rules": null }');
  const value = input.rules === null ? null : validate(ruleSetSchema, { rules: input.rules }, 'The rules are not valid');
  await updateProjectTriage(deps.db, projectId, { triageRules: value });
  await audit(deps, agent, projectId, 'triage.rules', project.triageRules, value);
  return triageSettings(deps, agent, projectId);
}

/** Chooses round-robin or least-loaded routing. */
export async function setRouting(deps: Deps, agent: Agent, projectId: string, body: unknown): Promise<TriageSettings> {
  const project = await projectFor(deps, agent, projectId, 'admin');
  const { strategy } = validate(z.strictObject({ strategy: z.enum(['round_robin', 'least_loaded']) }), body, 'The routing is not valid');
  await updateProjectTriage(deps.db, projectId, { routingStrategy: strategy });
  await audit(deps, agent, projectId, 'triage.routing', project.routingStrategy, strategy);
  return triageSettings(deps, agent, projectId);
}

/** Stores a new SLA policy version and recomputes every working ticket's clock under it. */
export async function setSlaPolicy(deps: Deps, agent: Agent, projectId: string, body: unknown): Promise<TriageSettings> {
  const project = await projectFor(deps, agent, projectId, 'admin');
  const { all } = await policiesOf(deps.db, project);
  const version = Math.max(...all.map((policy) => policy.version)) + 1;
  const policy = validate(slaPolicySchema, { ...(body as object), version }, 'The SLA policy is not valid');
  const now = deps.clock.now();
  const at = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertPolicyVersion(trx, { projectId, version, policy, createdAt: at });
    await updateProjectTriage(trx, projectId, { slaPolicyVersion: version });
    const tickets = await trx.selectFrom('tickets').select('id').where('project_id', '=', projectId).where('status', 'in', WORKING).execute();
    for (const { id } of tickets) {
      await insertTicketEvent(trx, {
        id: sortableId(), ticketId: id, type: 'policy_changed', visibility: 'internal', actorType: 'agent',
        actorId: agent.id, body: null, data: { policyVersion: version }, createdAt: at,
      });
      await refreshSla(trx, id, now);
    }
  });
  await audit(deps, agent, projectId, 'sla.policy', { version: project.slaPolicyVersion }, { version });
  return triageSettings(deps, agent, projectId);
}

/** The project's most frequent issues over the last `days`: by reports, then by distinct reporters. */
export async function frequentIssues(deps: Deps, agent: Agent, projectId: string, query: Record<string, string>): Promise<FrequentIssues> {
  await projectFor(deps, agent, projectId, 'read');
  const { days, limit } = validate(
    z.strictObject({ days: z.coerce.number().int().min(1).max(365).default(30), limit: z.coerce.number().int().min(1).max(100).default(20) }),
    query,
    'The query is not valid',
  );
  const now = deps.clock.now();
  const since = new Date(now.getTime() - days * 86_400_000).toISOString();
  // Up to and including now.
  return { since, items: await topIssues(deps, projectId, since, new Date(now.getTime() + 1).toISOString(), limit) };
}

/** Tickets ranked by reports received in `[since, until)`, then by distinct reporters. */
export async function topIssues(deps: Deps, projectId: string, since: string, until: string, limit: number): Promise<TopIssue[]> {
  const rows = await deps.db
    .selectFrom('reports')
    .innerJoin('tickets', 'tickets.id', 'reports.ticket_id')
    .select((eb) => [
      'tickets.id',
      'tickets.number',
      'tickets.title',
      'tickets.status',
      'tickets.category',
      eb.fn.countAll<number>().as('reports'),
      eb.fn.count<number>(eb.fn.coalesce('reports.reporter_id', 'reports.reporter_email', 'reports.id')).distinct().as('reporters'),
    ])
    .where('reports.project_id', '=', projectId)
    .where('reports.received_at', '>=', since)
    .where('reports.received_at', '<', until)
    .groupBy(['tickets.id', 'tickets.number', 'tickets.title', 'tickets.status', 'tickets.category'])
    .orderBy('reports', 'desc')
    .orderBy('reporters', 'desc')
    .orderBy('tickets.number')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    ...row,
    // The columns hold only values of the contract's enumerations.
    status: row.status as TicketStatus,
    category: row.category as Category,
    number: Number(row.number),
    reports: Number(row.reports),
    reporters: Number(row.reporters),
  }));
}

/** Open tickets of the same project whose title reads like this ticket's. */
export async function similarTickets(deps: Deps, agent: Agent, ticketId: string): Promise<SimilarTickets> {
  const ticket = await loadTicketFor(deps, agent, ticketId, 'read');
  const candidates = await deps.db
    .selectFrom('tickets')
    .select(['id', 'title'])
    .where('project_id', '=', ticket.projectId)
    .where('id', '!=', ticket.id)
    .where('merged_into', 'is', null)
    .where('status', 'in', WORKING)
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
  const titles = new Map(candidates.map((c) => [c.id, c.title]));
  const suggestions = suggestSimilar(ticket.title, candidates.map((c) => ({ id: c.id, text: c.title })), { limit: 5 });
  return { items: suggestions.map((s) => ({ id: s.id, title: titles.get(s.id)!, score: s.score })) };
}
