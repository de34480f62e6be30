/**
 * Working-time arithmetic on a clock, which is either a business calendar or
 * `24x7` (around the clock): add working time to an instant, measure the
 * working time between two instants, tell whether an instant is working time.
 *
 * Adding a positive duration returns the instant at which that much working
 * time has passed, so a deadline is always the end of some working time (it
 * may be the very end of a shift, never a moment off hours after it). Adding
 * zero returns the start unchanged.
 */
import { compileCalendar, workingIntervalsOn } from './calendar.js';
import type { BusinessCalendar, CompiledCalendar } from './calendar.js';
import { durationMs } from './duration.js';
import type { SlaDuration } from './duration.js';
import { DAY_MS, MINUTE_MS } from './time-zone.js';

/** The around-the-clock clock. */
export const AROUND_THE_CLOCK = '24x7';
/** A clock SLA time runs on: a business calendar, or around the clock. */
export type WorkingClock = BusinessCalendar | typeof AROUND_THE_CLOCK;

// A shift starting on local day D can cover instants of UTC day D-2 at the
// earliest (a +14:00 zone plus an overnight shift), so scans start there.
const LOOK_BEHIND_DAYS = 2;

function firstDayFor(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS) - LOOK_BEHIND_DAYS;
}

function idleLimit(calendar: CompiledCalendar): number {
  return calendar.holidays.size + calendar.overrides.size + 14;
}

/** Length of one business day on a clock, in milliseconds (24 hours around the clock). */
export function businessDayMs(clock: WorkingClock): number {
  return clock === AROUND_THE_CLOCK ? DAY_MS : compileCalendar(clock).businessDayMs;
}

/**
 * The instant at which `ms` of working time has passed since `startMs`.
 * Throws a RangeError if the calendar has no working time ahead.
 */
export function addWorkingMs(clock: WorkingClock, startMs: number, ms: number): number {
  if (ms <= 0) return startMs;
  if (clock === AROUND_THE_CLOCK) return startMs + ms;
  const calendar = compileCalendar(clock);
  let remaining = ms;
  let cursor = startMs;
  let idleDays = 0;
  for (let day = firstDayFor(startMs); ; day += 1) {
    let worked = false;
    for (const [start, end] of workingIntervalsOn(calendar, day)) {
      const from = Math.max(start, cursor);
      if (end <= from) continue;
      worked = true;
      if (remaining <= end - from) return from + remaining;
      remaining -= end - from;
      cursor = end;
    }
    idleDays = worked ? 0 : idleDays + 1;
    if (idleDays > idleLimit(calendar)) throw new RangeError('no working time ahead in the calendar');
  }
}

/** Working time between two instants in milliseconds; 0 when `toMs <= fromMs`. */
export function workingMsBetween(clock: WorkingClock, fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return 0;
  if (clock === AROUND_THE_CLOCK) return toMs - fromMs;
  const calendar = compileCalendar(clock);
  let total = 0;
  let cursor = fromMs;
  const lastDay = Math.floor(toMs / DAY_MS) + 1;
  for (let day = firstDayFor(fromMs); day <= lastDay; day += 1) {
    for (const [start, end] of workingIntervalsOn(calendar, day)) {
      const from = Math.max(start, cursor);
      const to = Math.min(end, toMs);
      if (to <= from) continue;
      total += to - from;
      cursor = to;
    }
  }
  return total;
}

/** Whether `atMs` is working time: inside some shift, start included, end excluded. */
export function isWorkingMs(clock: WorkingClock, atMs: number): boolean {
  return workingMsBetween(clock, atMs, atMs + 1) > 0;
}

/**
 * Adds a duration of working time to an instant.
 *
 * @example
 * const calendar = { timeZone: 'Europe/Berlin', week: { fri: [{ start: '09:00', end: '18:00' }], mon: [{ start: '09:00', end: '18:00' }] } };
 * addWorkingTime(calendar, new Date('2025-03-28T17:00:00+01:00'), { amount: 2, unit: 'hours' });
 * // Monday 2025-03-31T10:00:00+02:00
 */
export function addWorkingTime(clock: WorkingClock, start: Date, duration: SlaDuration): Date {
  return new Date(addWorkingMs(clock, start.getTime(), durationMs(duration, businessDayMs(clock))));
}

/** Working time between two instants, in minutes (fractional). */
export function workingMinutesBetween(clock: WorkingClock, from: Date, to: Date): number {
  return workingMsBetween(clock, from.getTime(), to.getTime()) / MINUTE_MS;
}

/** Whether an instant is working time on a clock. */
export function isWorkingTime(clock: WorkingClock, at: Date): boolean {
  return isWorkingMs(clock, at.getTime());
}

/** The first working instant at or after `at` (the next shift start when off hours). */
export function nextWorkingTime(clock: WorkingClock, at: Date): Date {
  // Adding 1 ms of work ends 1 ms after the first working instant.
  return new Date(addWorkingMs(clock, at.getTime(), 1) - 1);
}
