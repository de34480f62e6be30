/**
 * The SLA scheduler: announces warnings and breaches and escalates breached
 * tickets to tier 2. With several instances on one database only the holder
 * of the `sla-scheduler` lease works; each notice is claimed in the same
 * transaction as its timeline entry and escalation, so a restart or a second
 * instance never loses or repeats one.
 */
import { randomUUID } from 'node:crypto';
import type { Severity } from '@aftercare/sdk/schemas';
import type { Deps } from '../deps.js';
import { sortableId } from '../storage/ids.js';
import { routingAgents } from '../storage/repositories/members.js';
import { emitEvent } from '../storage/repositories/outbox.js';
import { claimNotice, acquireLease } from '../storage/repositories/sla.js';
import { findTicket, insertTicketEvent, updateTicket, type TicketEvent } from '../storage/repositories/tickets.js';
import type { Db } from '../storage/schema.js';
import { decideEscalation, pickAssignee, type SlaTargetStatus, type Tier } from '../triage/index.js';
import { statusPatch } from './lifecycle.js';
import { refreshSla, slaClockOf } from './sla.js';

const LEASE = 'sla-scheduler';
const WORKING = ['new', 'open', 'in_progress', 'waiting_on_reporter'];

/** What one scheduler pass did. */
export interface TickResult {
  leader: boolean;
  checked: number;
  warnings: number;
  breaches: number;
  escalations: number;
  /** Resolved tickets closed for lack of a reply. */
  autoClosed: number;
}

function systemEvent(ticketId: string, at: string, type: string, data: Record<string, unknown>): TicketEvent {
  return { id: sortableId(), ticketId, type, visibility: 'internal', actorType: 'system', actorId: null, body: null, data, createdAt: at };
}

/** Escalates a breached tier-1 ticket to tier 2 and hands it to a tier-2 agent when one has room. */
async function escalate(trx: Db, ticketId: string, at: string, metric: string): Promise<boolean> {
  const ticket = await findTicket(trx, ticketId);
  if (!ticket) return false;
  const decision = decideEscalation({ severity: ticket.severity as Severity, tier: ticket.tier as Tier, sla: { [metric]: 'breached' } });
  if (!decision.escalate || ticket.tier === 2) return false;
  const pick = pickAssignee({ agents: await routingAgents(trx, ticket.projectId), strategy: 'least_loaded', tier: 2 });
  await updateTicket(trx, ticketId, { tier: 2, updatedAt: at, ...(pick.agentId && { assigneeId: pick.agentId }) });
  await insertTicketEvent(trx, systemEvent(ticketId, at, 'escalated', { tier: 2, reason: decision.reason }));
  await insertTicketEvent(trx, systemEvent(ticketId, at, 'assigned', { assigneeId: pick.agentId ?? ticket.assigneeId, reason: pick.reason }));
  return true;
}

async function checkTicket(deps: Deps, ticketId: string, now: Date, result: TickResult): Promise<void> {
  const at = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const clock = await slaClockOf(trx, ticketId, now);
    if (!clock) return;
    const targets = [clock.firstResponse, clock.nextResponse, clock.resolution].filter((t): t is SlaTargetStatus => t !== null);
    for (const target of targets) {
      if (target.state !== 'warning' && target.state !== 'breached') continue;
      if (target.stoppedAt !== null) continue;
      const kind = target.state === 'breached' ? 'breach' : 'warning';
      const claimed = await claimNotice(trx, {
        ticketId,
        metric: target.metric,
        kind,
        targetStartedAt: target.startedAt.toISOString(),
        createdAt: at,
      });
      if (!claimed) continue;
      const dueAt = target.dueAt?.toISOString() ?? null;
      await insertTicketEvent(trx, systemEvent(ticketId, at, kind === 'breach' ? 'sla_breached' : 'sla_warning', { metric: target.metric, dueAt }));
      const ticket = await findTicket(trx, ticketId);
      await emitEvent(trx, {
        projectId: ticket!.projectId,
        type: kind === 'breach' ? 'sla.breached' : 'sla.warning',
        payload: { ticketId, number: ticket!.number, metric: target.metric, dueAt, severity: ticket!.severity },
        at,
      });
      if (kind === 'breach') {
        result.breaches += 1;
        if (await escalate(trx, ticketId, at, target.metric)) result.escalations += 1;
      } else {
        result.warnings += 1;
      }
    }
    await refreshSla(trx, ticketId, now);
  });
}

/**
 * One pass: if this instance holds the lease, looks at every working ticket
 * whose next SLA change is due, and closes resolved tickets that waited
 * their project's `autoCloseDays` without a reply (they stay searchable).
 *
 * @example
 * const result = await schedulerTick(deps, 'instance-a');
 */
export async function schedulerTick(deps: Deps, holder: string, leaseMs = 60_000): Promise<TickResult> {
  const now = deps.clock.now();
  const result: TickResult = { leader: false, checked: 0, warnings: 0, breaches: 0, escalations: 0, autoClosed: 0 };
  result.leader = await acquireLease(deps.db, {
    name: LEASE,
    holder,
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + leaseMs).toISOString(),
  });
  if (!result.leader) return result;
  const due = await deps.db
    .selectFrom('tickets')
    .select('id')
    .where('sla_next_check_at', '<=', now.toISOString())
    .where('status', 'in', WORKING)
    .orderBy('sla_next_check_at')
    .limit(500)
    .execute();
  for (const { id } of due) {
    await checkTicket(deps, id, now, result);
    result.checked += 1;
  }
  result.autoClosed = await autoClose(deps, now);
  return result;
}

/** Closes resolved tickets whose project's quiet period has passed since resolution. */
async function autoClose(deps: Deps, now: Date): Promise<number> {
  const at = now.toISOString();
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  const candidates = await deps.db
    .selectFrom('tickets')
    .innerJoin('projects', 'projects.id', 'tickets.project_id')
    .select(['tickets.id', 'tickets.resolved_at', 'projects.auto_close_days'])
    .where('tickets.status', '=', 'resolved')
    .where('tickets.resolved_at', '<=', dayAgo)
    .orderBy('tickets.resolved_at')
    .limit(500)
    .execute();
  let closed = 0;
  for (const row of candidates) {
    const cutoff = now.getTime() - Number(row.auto_close_days) * 86_400_000;
    if (!row.resolved_at || Date.parse(row.resolved_at) > cutoff) continue;
    await deps.db.transaction().execute(async (trx) => {
      const ticket = await findTicket(trx, row.id);
      if (!ticket || ticket.status !== 'resolved') return;
      await updateTicket(trx, ticket.id, statusPatch(ticket, 'closed', at));
      await insertTicketEvent(trx, { ...systemEvent(ticket.id, at, 'status_changed', { from: 'resolved', status: 'closed', reason: 'auto_close' }), visibility: 'public' });
      await emitEvent(trx, { projectId: ticket.projectId, type: 'ticket.updated', payload: { ticketId: ticket.id, number: ticket.number, change: 'auto_closed', status: 'closed' }, at });
      closed += 1;
    });
  }
  return closed;
}

/** Runs {@link schedulerTick} every `intervalMs` until the returned stop function is called. */
export function startScheduler(deps: Deps, options: { intervalMs?: number; holder?: string } = {}): () => Promise<void> {
  const holder = options.holder ?? randomUUID();
  const interval = options.intervalMs ?? 15_000;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => schedulerTick(deps, holder, Math.max(interval * 4, 60_000))).catch((error: unknown) => {
      console.error('SLA scheduler pass failed', error);
    });
  }, interval);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
