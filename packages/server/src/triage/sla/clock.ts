/**
 * The SLA clock of a ticket: from its events and the policies they name,
 * the current deadline and state of the first response, the next response and
 * the resolution, at a given instant.
 *
 * States: `met` (stopped on time), `breached` (deadline passed, or stopped
 * late), `paused` (waiting on the reporter), `warning` (inside the warning
 * lead before the deadline), `ok`. A paused target has no deadline
 * (`dueAt: null`) because it moves with the pause; when the pause ends it is
 * later by exactly the working time the pause covered, never earlier.
 */
import type { Severity } from '@aftercare/sdk/schemas';
import type { SlaEvent } from './events.js';
import { SLA_METRICS, resolveTarget, warningLeadMs } from './policy.js';
import type { SlaMetric, SlaPolicy } from './policy.js';
import { replayEvents } from './replay.js';
import type { ReplayedClock } from './replay.js';
import { MINUTE_MS } from './time-zone.js';
import { consumedMs, instantAtConsumed, isRunning } from './timer.js';
import type { Timer } from './timer.js';

/** The state of one SLA target. */
export type SlaState = 'ok' | 'warning' | 'breached' | 'met' | 'paused';

/** One SLA target of a ticket, as of the clock's `now`. */
export interface SlaTargetStatus {
  metric: SlaMetric;
  state: SlaState;
  startedAt: Date;
  /** The deadline; null while paused (unless already breached). */
  dueAt: Date | null;
  /** When the warning fires; null while paused. */
  warnAt: Date | null;
  /** When the target was met (or stopped by resolution). */
  stoppedAt: Date | null;
  targetMinutes: number;
  /** Minutes of the target's clock consumed so far. */
  elapsedMinutes: number;
  /** `targetMinutes - elapsedMinutes`; negative once breached. */
  remainingMinutes: number;
}

/** The SLA clock of a ticket. */
export interface SlaClockStatus {
  severity: Severity | null;
  policyVersion: number | null;
  paused: boolean;
  resolved: boolean;
  firstResponse: SlaTargetStatus | null;
  /** The latest next-response target, if a reporter message ever started one. */
  nextResponse: SlaTargetStatus | null;
  resolution: SlaTargetStatus | null;
  /** The next instant after `now` at which a state changes by itself (a warning or a breach). */
  nextChangeAt: Date | null;
}

/** Input of `computeSlaClock`. */
export interface SlaClockInput {
  events: readonly SlaEvent[];
  /** Every policy version the events name. */
  policies: readonly SlaPolicy[];
  now: Date;
}

function dateOrNull(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

function stateOf(timer: Timer, dueAt: number | null, warnAt: number | null, now: number): SlaState {
  if (timer.stoppedAt !== null) return dueAt !== null && timer.stoppedAt > dueAt ? 'breached' : 'met';
  if (dueAt !== null && now >= dueAt) return 'breached';
  if (!isRunning(timer)) return 'paused';
  if (warnAt !== null && now >= warnAt) return 'warning';
  return 'ok';
}

function targetStatus(
  replayed: ReplayedClock,
  metric: SlaMetric,
  timer: Timer,
  now: number,
): SlaTargetStatus {
  const target = resolveTarget(replayed.policy, replayed.severity, metric);
  const lead = warningLeadMs(replayed.policy.warning, target.ms);
  const dueAt = instantAtConsumed(timer, target.ms, target.clock);
  const warnAt = instantAtConsumed(timer, target.ms - lead, target.clock);
  const elapsed = consumedMs(timer, now);
  return {
    metric,
    state: stateOf(timer, dueAt, warnAt, now),
    startedAt: new Date(timer.startedAt),
    dueAt: dateOrNull(dueAt),
    warnAt: dateOrNull(warnAt),
    stoppedAt: dateOrNull(timer.stoppedAt),
    targetMinutes: target.ms / MINUTE_MS,
    elapsedMinutes: elapsed / MINUTE_MS,
    remainingMinutes: (target.ms - elapsed) / MINUTE_MS,
  };
}

function nextChange(statuses: Array<SlaTargetStatus | null>, now: number): Date | null {
  let next: number | null = null;
  for (const status of statuses) {
    if (!status || status.stoppedAt || status.state === 'paused') continue;
    for (const at of [status.warnAt, status.dueAt]) {
      const ms = at?.getTime();
      if (ms !== undefined && ms > now && (next === null || ms < next)) next = ms;
    }
  }
  return dateOrNull(next);
}

/**
 * Computes a ticket's SLA clock at `now` from its events (events after `now`
 * are ignored). Throws a RangeError when an event names an unknown policy.
 *
 * @example
 * const status = computeSlaClock({
 *   events: [{ type: 'started', at: new Date('2025-03-03T08:00:00Z'), severity: 'high', policyVersion: 1 }],
 *   policies: [defaultSlaPolicy({ timeZone: 'Europe/Berlin' })],
 *   now: new Date('2025-03-03T08:30:00Z'),
 * });
 * status.firstResponse?.dueAt; // 2025-03-03T09:00:00Z (10:00 in Berlin)
 */
export function computeSlaClock(input: SlaClockInput): SlaClockStatus {
  const now = input.now.getTime();
  const replayed = replayEvents(input.events, input.policies, now);
  if (!replayed) {
    return {
      severity: null,
      policyVersion: null,
      paused: false,
      resolved: false,
      firstResponse: null,
      nextResponse: null,
      resolution: null,
      nextChangeAt: null,
    };
  }
  const [firstResponse, nextResponse, resolution] = SLA_METRICS.map((metric) => {
    const timer = replayed.timers[metric];
    return timer ? targetStatus(replayed, metric, timer, now) : null;
  }) as [SlaTargetStatus | null, SlaTargetStatus | null, SlaTargetStatus | null];
  return {
    severity: replayed.severity,
    policyVersion: replayed.policy.version,
    paused: replayed.paused,
    resolved: replayed.resolved,
    firstResponse,
    nextResponse,
    resolution,
    nextChangeAt: nextChange([firstResponse, nextResponse, resolution], now),
  };
}
