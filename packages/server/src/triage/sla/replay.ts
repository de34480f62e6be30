/**
 * Replays a ticket's SLA events into timers: which targets run, since when,
 * on which clock, and which stopped. `clock.ts` turns the result into
 * deadlines and states.
 */
import type { Severity } from '@aftercare/sdk/schemas';
import type { SlaEvent } from './events.js';
import { sortEvents } from './events.js';
import { SLA_METRICS, clockOf } from './policy.js';
import type { SlaMetric, SlaPolicy } from './policy.js';
import { proceed, restart, startTimer, stop, suspend } from './timer.js';
import type { Timer } from './timer.js';

/** The state of a ticket's SLA after its events. */
export interface ReplayedClock {
  policy: SlaPolicy;
  severity: Severity;
  paused: boolean;
  resolved: boolean;
  timers: Record<SlaMetric, Timer | null>;
}

function findPolicy(policies: readonly SlaPolicy[], version: number): SlaPolicy {
  const policy = policies.find((candidate) => candidate.version === version);
  if (!policy) throw new RangeError(`unknown SLA policy version ${version}`);
  return policy;
}

function clockFor(state: ReplayedClock, metric: SlaMetric) {
  return clockOf(state.policy, state.policy.targets[state.severity][metric]);
}

function active(state: ReplayedClock): Array<[SlaMetric, Timer]> {
  const result: Array<[SlaMetric, Timer]> = [];
  for (const metric of SLA_METRICS) {
    const timer = state.timers[metric];
    if (timer && timer.stoppedAt === null) result.push([metric, timer]);
  }
  return result;
}

function resume(state: ReplayedClock, at: number): void {
  if (!state.paused) return;
  state.paused = false;
  for (const [metric, timer] of active(state)) proceed(timer, at, clockFor(state, metric));
}

function switchClocks(state: ReplayedClock, at: number): void {
  if (state.paused || state.resolved) return;
  for (const [metric, timer] of active(state)) {
    suspend(timer, at);
    proceed(timer, at, clockFor(state, metric));
  }
}

function startNextResponse(state: ReplayedClock, at: number): void {
  const first = state.timers.firstResponse;
  const next = state.timers.nextResponse;
  if (first && first.stoppedAt === null) return;
  if (next && next.stoppedAt === null) return;
  state.timers.nextResponse = startTimer(at, clockFor(state, 'nextResponse'));
}

function apply(state: ReplayedClock, event: SlaEvent, policies: readonly SlaPolicy[]): void {
  const at = event.at.getTime();
  switch (event.type) {
    case 'started':
      return;
    case 'paused':
      if (state.paused || state.resolved) return;
      state.paused = true;
      for (const [, timer] of active(state)) suspend(timer, at);
      return;
    case 'resumed':
      return resume(state, at);
    case 'responded':
      for (const metric of ['firstResponse', 'nextResponse'] as const) {
        const timer = state.timers[metric];
        if (timer && timer.stoppedAt === null) stop(timer, at);
      }
      return;
    case 'reporter_message':
      if (state.resolved) return;
      resume(state, at);
      return startNextResponse(state, at);
    case 'resolved':
      if (state.resolved) return;
      for (const [, timer] of active(state)) stop(timer, at);
      state.resolved = true;
      state.paused = false;
      return;
    case 'reopened': {
      if (!state.resolved) return;
      state.resolved = false;
      const resolution = state.timers.resolution;
      if (resolution) restart(resolution, at, clockFor(state, 'resolution'));
      return startNextResponse(state, at);
    }
    case 'policy_changed':
      state.policy = findPolicy(policies, event.policyVersion);
      return switchClocks(state, at);
    case 'severity_changed':
      state.severity = event.severity;
      return switchClocks(state, at);
  }
}

function start(event: Extract<SlaEvent, { type: 'started' }>, policies: readonly SlaPolicy[]): ReplayedClock {
  const at = event.at.getTime();
  const state: ReplayedClock = {
    policy: findPolicy(policies, event.policyVersion),
    severity: event.severity,
    paused: false,
    resolved: false,
    timers: { firstResponse: null, nextResponse: null, resolution: null },
  };
  state.timers.firstResponse = startTimer(at, clockFor(state, 'firstResponse'));
  state.timers.resolution = startTimer(at, clockFor(state, 'resolution'));
  return state;
}

/**
 * Replays events up to and including `nowMs`. Returns null until a `started`
 * event; events before it are ignored, and so are repeated `started` events.
 * Throws a RangeError when an event names a policy version not in `policies`.
 */
export function replayEvents(
  events: readonly SlaEvent[],
  policies: readonly SlaPolicy[],
  nowMs: number,
): ReplayedClock | null {
  let state: ReplayedClock | null = null;
  for (const event of sortEvents(events)) {
    if (event.at.getTime() > nowMs) break;
    if (state) apply(state, event, policies);
    else if (event.type === 'started') state = start(event, policies);
  }
  return state;
}
