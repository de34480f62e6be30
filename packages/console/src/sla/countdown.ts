/**
 * The live SLA countdown, pure: the state of a clock at `now` (it moves
 * between the server's answers), the clock that matters most for a ticket,
 * and the remaining time split into units for display.
 */
import type { SlaClock, SlaState } from '../api/extensions.js';

/** Without a warning time from the server, a clock is "due soon" this long before its deadline. */
export const DEFAULT_WARNING_MS = 60 * 60 * 1000;

/**
 * The state of a clock at `now`: the server's `met` and `paused` stand; a
 * running clock becomes `warning` and then `breached` as time passes.
 *
 * @example
 * liveState({ metric: 'resolution', dueAt: '2026-01-01T10:00:00Z', warnAt: null, state: 'ok' }, Date.parse('2026-01-01T11:00:00Z')); // 'breached'
 */
export function liveState(clock: SlaClock, now: number): SlaState {
  if (clock.state === 'met' || clock.state === 'paused') return clock.state;
  if (clock.dueAt === null) return clock.state ?? 'ok';
  const due = Date.parse(clock.dueAt);
  if (now >= due || clock.state === 'breached') return 'breached';
  const warnAt = clock.warnAt === null ? due - DEFAULT_WARNING_MS : Date.parse(clock.warnAt);
  return now >= warnAt ? 'warning' : 'ok';
}

/**
 * The clock to show in a list: the running one with the earliest deadline.
 * Undefined when no clock is running (none, or all met or paused).
 */
export function pressingClock(clocks: readonly SlaClock[], now: number): SlaClock | undefined {
  let best: SlaClock | undefined;
  for (const clock of clocks) {
    const s = liveState(clock, now);
    if (s === 'met' || s === 'paused' || clock.stopped || clock.dueAt === null) continue;
    if (!best || Date.parse(clock.dueAt) < Date.parse(best.dueAt!)) best = clock;
  }
  return best;
}

/** A duration split for display: the two largest non-zero units. */
export interface DurationParts {
  negative: boolean;
  parts: Array<{ unit: 'd' | 'h' | 'm' | 's'; value: number }>;
}

/**
 * Splits `ms` into its two largest units (`2d 4h`, `3h 12m`, `4m 05s`).
 *
 * @example
 * splitDuration(-(90 * 60_000)); // { negative: true, parts: [{ unit: 'h', value: 1 }, { unit: 'm', value: 30 }] }
 */
export function splitDuration(ms: number): DurationParts {
  const negative = ms < 0;
  let rest = Math.floor(Math.abs(ms) / 1000);
  const all: DurationParts['parts'] = [];
  for (const [unit, size] of [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]] as const) {
    all.push({ unit, value: Math.floor(rest / size) });
    rest %= size;
  }
  const first = all.findIndex((p) => p.value > 0);
  const start = first === -1 ? all.length - 1 : Math.min(first, all.length - 2);
  return { negative, parts: all.slice(start, start + 2) };
}
