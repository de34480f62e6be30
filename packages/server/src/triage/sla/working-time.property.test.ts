import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar, Weekday, WorkingInterval } from './calendar.js';
import { WEEKDAYS } from './calendar.js';
import { AROUND_THE_CLOCK, addWorkingMs, isWorkingMs, workingMsBetween } from './working-time.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const YEAR_START = Date.UTC(2025, 0, 1);
const YEAR_END = Date.UTC(2026, 0, 1);
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Shanghai',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'America/Santiago',
];

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** A whole-hour interval; an end at or before the start crosses midnight. */
const intervalArb: fc.Arbitrary<WorkingInterval> = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 24 }))
  .filter(([start, end]) => start !== end)
  .map(([start, end]) => ({ start: hh(start), end: hh(end) }));

const holidayArb = fc
  .integer({ min: 0, max: 364 })
  .map((day) => new Date(YEAR_START + day * DAY).toISOString().slice(0, 10));

const calendarArb: fc.Arbitrary<BusinessCalendar> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    days: fc.array(fc.array(intervalArb, { maxLength: 3 }), { minLength: 7, maxLength: 7 }),
    holidays: fc.uniqueArray(holidayArb, { maxLength: 12 }),
  })
  .filter(({ days }) => days.some((day) => day.length > 0))
  .map(({ timeZone, days, holidays }) => ({
    timeZone,
    holidays,
    week: Object.fromEntries(WEEKDAYS.map((weekday, i) => [weekday, days[i]!])) as Record<Weekday, WorkingInterval[]>,
  }));

const instantArb = fc.integer({ min: YEAR_START, max: YEAR_END });
const durationArb = fc.integer({ min: 1, max: 5 * DAY });

describe('working time properties', () => {
  it('a deadline always falls inside working time (working time just before it)', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, durationArb, (calendar, start, duration) => {
        const due = addWorkingMs(calendar, start, duration);
        expect(due).toBeGreaterThan(start);
        expect(isWorkingMs(calendar, due - 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('measuring undoes adding', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 0, max: 5 * DAY }), (calendar, start, duration) => {
        expect(workingMsBetween(calendar, start, addWorkingMs(calendar, start, duration))).toBe(duration);
      }),
      { numRuns: 300 },
    );
  });

  it('adding is monotonic in the duration', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, durationArb, durationArb, (calendar, start, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        expect(addWorkingMs(calendar, start, short)).toBeLessThanOrEqual(addWorkingMs(calendar, start, long));
      }),
      { numRuns: 300 },
    );
  });

  it('adding is monotonic in the start', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, durationArb, (calendar, a, b, duration) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(addWorkingMs(calendar, early, duration)).toBeLessThanOrEqual(addWorkingMs(calendar, late, duration));
      }),
      { numRuns: 300 },
    );
  });

  it('durations add up', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, durationArb, durationArb, (calendar, start, a, b) => {
        expect(addWorkingMs(calendar, addWorkingMs(calendar, start, a), b)).toBe(
          addWorkingMs(calendar, start, a + b),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('around the clock is plain addition', () => {
    fc.assert(
      fc.property(instantArb, durationArb, (start, duration) => {
        expect(addWorkingMs(AROUND_THE_CLOCK, start, duration)).toBe(start + duration);
        expect(workingMsBetween(AROUND_THE_CLOCK, start, start + duration)).toBe(duration);
      }),
    );
  });
});

/**
 * A brute-force reference: reads each instant's local wall time straight from
 * Intl and checks it against the week, stepping 15 minutes at a time.
 */
const STEP = 15 * MINUTE;
const oracleFormatters = new Map<string, Intl.DateTimeFormat>();

function oracleWall(timeZone: string, ms: number): number {
  let formatter = oracleFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    oracleFormatters.set(timeZone, formatter);
  }
  const get = (type: string) => Number(formatter.formatToParts(ms).find((part) => part.type === type)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
}

function oracleIsWorking(calendar: BusinessCalendar, ms: number): boolean {
  const wall = oracleWall(calendar.timeZone, ms);
  const today = Math.floor(wall / DAY);
  for (const day of [today, today - 1]) {
    const date = new Date(day * DAY).toISOString().slice(0, 10);
    if (calendar.holidays?.includes(date)) continue;
    const weekday = WEEKDAYS[new Date(day * DAY).getUTCDay()]!;
    for (const interval of calendar.week[weekday] ?? []) {
      const start = Number(interval.start.slice(0, 2)) * 60;
      let end = Number(interval.end.slice(0, 2)) * 60;
      if (end <= start) end += 1440;
      const minute = (wall - day * DAY) / MINUTE;
      if (minute >= start && minute < end) return true;
    }
  }
  return false;
}

function oracleAdd(calendar: BusinessCalendar, start: number, duration: number): number {
  let remaining = duration;
  let at = start;
  while (remaining > 0) {
    if (oracleIsWorking(calendar, at)) remaining -= STEP;
    at += STEP;
  }
  return at;
}

const gridInstantArb = fc
  .integer({ min: 0, max: (YEAR_END - YEAR_START) / STEP })
  .map((steps) => YEAR_START + steps * STEP);
/** Dense calendars keep the brute force short. */
const denseCalendarArb = calendarArb.filter((calendar) =>
  WEEKDAYS.filter((weekday) => (calendar.week[weekday]?.length ?? 0) > 0).length >= 3,
);

describe('agreement with a brute-force reference', () => {
  it('tells working time the same way', () => {
    fc.assert(
      fc.property(calendarArb, gridInstantArb, (calendar, at) => {
        expect(isWorkingMs(calendar, at)).toBe(oracleIsWorking(calendar, at));
      }),
      { numRuns: 500 },
    );
  });

  it('adds working time the same way', () => {
    fc.assert(
      fc.property(denseCalendarArb, gridInstantArb, fc.integer({ min: 1, max: 40 }), (calendar, start, steps) => {
        expect(addWorkingMs(calendar, start, steps * STEP)).toBe(oracleAdd(calendar, start, steps * STEP));
      }),
      { numRuns: 60 },
    );
  });

  it('agrees around every 2025 clock change of Berlin, New York and Santiago', () => {
    const changes = [
      ['Europe/Berlin', '2025-03-30T01:00Z'],
      ['Europe/Berlin', '2025-10-26T01:00Z'],
      ['America/New_York', '2025-03-09T07:00Z'],
      ['America/New_York', '2025-11-02T06:00Z'],
      ['America/Santiago', '2025-04-06T03:00Z'],
      ['America/Santiago', '2025-09-07T04:00Z'],
    ] as const;
    const nearChangeArb = fc
      .tuple(fc.constantFrom(...changes), fc.integer({ min: -96, max: 96 }))
      .map(([[timeZone, at], steps]) => ({ timeZone, at: Date.parse(at) + steps * STEP }));
    fc.assert(
      fc.property(calendarArb, nearChangeArb, (calendar, { timeZone, at }) => {
        const zoned = { ...calendar, timeZone };
        expect(isWorkingMs(zoned, at)).toBe(oracleIsWorking(zoned, at));
      }),
      { numRuns: 500 },
    );
  });
});
