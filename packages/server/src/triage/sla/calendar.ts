/**
 * Business calendars: an IANA time zone, working intervals per weekday and
 * holidays as local dates, turned into concrete working intervals (UTC
 * instants) for any local day.
 *
 * - An interval is `{ start: 'HH:MM', end: 'HH:MM' }` in local wall time; `end`
 *   may be `24:00`. An `end` at or before `start` crosses midnight: `22:00`–`06:00`
 *   on Monday runs from Monday 22:00 to Tuesday 06:00 (an overnight shift).
 * - A shift belongs to the day it starts on: a holiday on Tuesday cancels
 *   Tuesday's shifts, not the end of Monday's overnight shift.
 * - An override gives one local date its own intervals, replacing the
 *   weekday's (and a holiday on that date): make-up working days such as
 *   China's 调休 Saturdays, or short days before a holiday.
 * - Local times become instants with `wallToInstant`, so a shift that spans a
 *   clock change is an hour shorter or longer in real time, and a boundary in
 *   a skipped hour falls at the moment of the jump.
 * - Several intervals per day (split shifts) are allowed; overlaps are fine
 *   and counted once by the working-time functions.
 *
 * Calendars are treated as immutable values: compiled forms are memoised.
 */
import { DAY_MS, MINUTE_MS, timeZoneOffset, wallToInstant } from './time-zone.js';

/** Weekday keys, indexed like `Date#getUTCDay()` (0 = Sunday). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** A weekday key of a calendar's week. */
export type Weekday = (typeof WEEKDAYS)[number];

/** A working interval in local wall time, `HH:MM` (end may be `24:00`). */
export interface WorkingInterval {
  start: string;
  end: string;
}

/** A business calendar. */
export interface BusinessCalendar {
  /** IANA time zone name, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** Working intervals per weekday; a missing or empty day is off. */
  week: Partial<Record<Weekday, readonly WorkingInterval[]>>;
  /** Local dates (`YYYY-MM-DD`) on which no shift starts. */
  holidays?: readonly string[];
  /** Local dates with their own intervals, replacing the weekday's. */
  overrides?: readonly DateOverride[];
}

/** The working intervals of one local date, replacing its weekday's. */
export interface DateOverride {
  date: string;
  intervals: readonly WorkingInterval[];
}

/** A working interval as UTC epoch milliseconds, `[start, end)`. */
export type InstantRange = readonly [number, number];

/** A calendar prepared for fast lookups. */
export interface CompiledCalendar {
  timeZone: string;
  /** Per weekday (0 = Sunday): `[startMinute, endMinute]` from local midnight, sorted; end may pass 1440. */
  week: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  holidays: ReadonlySet<number>;
  overrides: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>;
  /** Length of one business day: weekly working time over the number of working weekdays. */
  businessDayMs: number;
  days: Map<number, readonly InstantRange[]>;
}

const CLOCK_TIME = /^(\d{2}):(\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_CACHE_LIMIT = 2_048;
const EMPTY: readonly InstantRange[] = [];
const compiled = new WeakMap<BusinessCalendar, CompiledCalendar>();
// Calendars loaded afresh for every request are equal but not identical, so
// compiled calendars are also shared by content.
const compiledByContent = new Map<string, CompiledCalendar>();
const CONTENT_CACHE_LIMIT = 256;

/** Minutes from midnight of an `HH:MM` time (`00:00`–`24:00`); throws a RangeError otherwise. */
export function parseClockTime(text: string): number {
  const match = CLOCK_TIME.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  const total = hours * 60 + minutes;
  if (!match || minutes > 59 || total > 1440) throw new RangeError(`invalid time "${text}"`);
  return total;
}

/** The day number (days since 1970-01-01) of a `YYYY-MM-DD` date; throws a RangeError otherwise. */
export function parseLocalDate(text: string): number {
  const match = LOCAL_DATE.exec(text);
  if (!match) throw new RangeError(`invalid date "${text}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`invalid date "${text}"`);
  }
  return Math.round(date.getTime() / DAY_MS);
}

/** Weekday (0 = Sunday) of a day number. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function compileDay(intervals: readonly WorkingInterval[] | undefined): Array<[number, number]> {
  return (intervals ?? [])
    .map((interval): [number, number] => {
      const start = parseClockTime(interval.start);
      let end = parseClockTime(interval.end);
      if (start === 1440) throw new RangeError('an interval cannot start at 24:00');
      if (end <= start) end += 1440;
      return [start, end];
    })
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * Prepares a calendar (memoised per calendar object and per content). Throws a
 * RangeError for an unknown time zone, a malformed time or date, or a week
 * without working time.
 */
export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  const known = compiled.get(calendar);
  if (known) return known;
  const key = JSON.stringify([calendar.timeZone, calendar.week, calendar.holidays ?? [], calendar.overrides ?? []]);
  const shared = compiledByContent.get(key);
  if (shared) {
    compiled.set(calendar, shared);
    return shared;
  }
  const result = buildCalendar(calendar);
  if (compiledByContent.size >= CONTENT_CACHE_LIMIT) compiledByContent.clear();
  compiledByContent.set(key, result);
  compiled.set(calendar, result);
  return result;
}

function buildCalendar(calendar: BusinessCalendar): CompiledCalendar {
  timeZoneOffset(calendar.timeZone, 0);
  const week = WEEKDAYS.map((weekday) => compileDay(calendar.week[weekday]));
  let weeklyMinutes = 0;
  let workingDays = 0;
  for (const day of week) {
    const minutes = day.reduce((sum, [start, end]) => sum + end - start, 0);
    weeklyMinutes += minutes;
    if (minutes > 0) workingDays += 1;
  }
  if (workingDays === 0) throw new RangeError('the calendar has no working time');
  return {
    timeZone: calendar.timeZone,
    week,
    holidays: new Set((calendar.holidays ?? []).map(parseLocalDate)),
    overrides: new Map(
      (calendar.overrides ?? []).map((override) => [parseLocalDate(override.date), compileDay(override.intervals)]),
    ),
    businessDayMs: (weeklyMinutes / workingDays) * MINUTE_MS,
    days: new Map(),
  };
}

/**
 * The working intervals of the shifts that start on local day `day` (days
 * since 1970-01-01), as sorted UTC ranges; empty on holidays and days off
 * (unless an override gives the date intervals).
 */
export function workingIntervalsOn(calendar: CompiledCalendar, day: number): readonly InstantRange[] {
  const cached = calendar.days.get(day);
  if (cached) return cached;
  const override = calendar.overrides.get(day);
  const spec = override ?? (calendar.holidays.has(day) ? [] : (calendar.week[weekdayOf(day)] ?? []));
  let ranges: readonly InstantRange[] = EMPTY;
  if (spec.length > 0) {
    const { timeZone } = calendar;
    const midnight = day * DAY_MS;
    // One offset for the whole day unless a clock change is near (checked on
    // day-aligned instants, which the offset cache shares across days).
    const before = timeZoneOffset(timeZone, midnight - DAY_MS);
    const after = timeZoneOffset(timeZone, midnight + 3 * DAY_MS);
    const toInstant =
      before === after
        ? (wall: number) => wall - before
        : (wall: number) => wallToInstant(timeZone, wall);
    ranges = spec
      .map(([start, end]): InstantRange => [
        toInstant(midnight + start * MINUTE_MS),
        toInstant(midnight + end * MINUTE_MS),
      ])
      .filter(([start, end]) => end > start);
  }
  if (calendar.days.size >= DAY_CACHE_LIMIT) calendar.days.clear();
  calendar.days.set(day, ranges);
  return ranges;
}
