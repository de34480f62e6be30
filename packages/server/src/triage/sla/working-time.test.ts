// Regular weeks, holidays, split shifts and make-up days; clock changes and
// overnight shifts are in working-time-dst.test.ts.
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar, WorkingInterval } from './calendar.js';
import type { SlaDuration } from './duration.js';
import {
  AROUND_THE_CLOCK,
  addWorkingTime,
  businessDayMs,
  isWorkingTime,
  nextWorkingTime,
  workingMinutesBetween,
} from './working-time.js';
import type { WorkingClock } from './working-time.js';

const nineToSix = [{ start: '09:00', end: '18:00' }];
const nineToFive = [{ start: '09:00', end: '17:00' }];
const split = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '18:00' },
];

function weekdays(intervals: WorkingInterval[]) {
  return { mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals };
}

/** Mon–Fri 09:00–18:00 in Berlin with German holidays. */
const BERLIN: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  week: weekdays(nineToSix),
  holidays: ['2025-04-18', '2025-04-21', '2025-12-25', '2025-12-26', '2026-01-01'],
};
/** Mon–Fri 09:00–17:00 in New York with US holidays. */
const NEW_YORK: BusinessCalendar = {
  timeZone: 'America/New_York',
  week: weekdays(nineToFive),
  holidays: ['2025-07-04', '2025-11-27', '2025-12-25'],
};
/** Split shift with a lunch break in Shanghai, National Day week off, two make-up days. */
const SHANGHAI: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  week: weekdays(split),
  holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'],
  overrides: [
    { date: '2025-09-28', intervals: split },
    { date: '2025-10-11', intervals: split },
  ],
};
/** Kolkata (+05:30, no DST), Mon–Sat 10:00–19:00. */
const KOLKATA: BusinessCalendar = {
  timeZone: 'Asia/Kolkata',
  week: { ...weekdays([{ start: '10:00', end: '19:00' }]), sat: [{ start: '10:00', end: '14:00' }] },
};
/** Follow-the-sun: two split shifts, the second one overnight, Sunday off, in UTC. */
const UTC_MIXED: BusinessCalendar = {
  timeZone: 'UTC',
  week: weekdays([
    { start: '06:00', end: '10:00' },
    { start: '20:00', end: '02:00' },
  ]),
};

const m = (amount: number): SlaDuration => ({ amount, unit: 'minutes' });
const h = (amount: number): SlaDuration => ({ amount, unit: 'hours' });
const bd = (amount: number): SlaDuration => ({ amount, unit: 'business_days' });

type AddCase = [string, WorkingClock, string, SlaDuration, string];

const addCases: AddCase[] = [
  // Berlin, regular week (CET, +01:00)
  ['within a day', BERLIN, '2025-03-03T10:00+01:00', h(1), '2025-03-03T11:00+01:00'],
  ['four hours', BERLIN, '2025-03-03T10:00+01:00', h(4), '2025-03-03T14:00+01:00'],
  ['rolls to the next day', BERLIN, '2025-03-03T16:00+01:00', h(4), '2025-03-04T11:00+01:00'],
  ['before opening', BERLIN, '2025-03-03T08:00+01:00', h(1), '2025-03-03T10:00+01:00'],
  ['at closing', BERLIN, '2025-03-03T18:00+01:00', m(15), '2025-03-04T09:15+01:00'],
  ['ends exactly at closing', BERLIN, '2025-03-03T17:45+01:00', m(15), '2025-03-03T18:00+01:00'],
  ['at opening', BERLIN, '2025-03-03T09:00+01:00', m(1), '2025-03-03T09:01+01:00'],
  ['over a weekend', BERLIN, '2025-03-07T17:00+01:00', h(2), '2025-03-10T10:00+01:00'],
  ['from a Saturday', BERLIN, '2025-03-08T12:00+01:00', h(1), '2025-03-10T10:00+01:00'],
  ['from Sunday night', BERLIN, '2025-03-09T23:59+01:00', m(1), '2025-03-10T09:01+01:00'],
  ['90 minutes over the night', BERLIN, '2025-03-03T17:00+01:00', m(90), '2025-03-04T09:30+01:00'],
  ['input in UTC', BERLIN, '2025-03-03T08:00:00Z', m(30), '2025-03-03T09:30+01:00'],
  ['fractional minutes', BERLIN, '2025-03-03T09:00+01:00', m(0.5), '2025-03-03T09:00:30+01:00'],
  ['zero from off hours', BERLIN, '2025-03-08T12:00+01:00', m(0), '2025-03-08T12:00+01:00'],
  ['zero in working time', BERLIN, '2025-03-03T10:00+01:00', h(0), '2025-03-03T10:00+01:00'],
  ['1 business day', BERLIN, '2025-03-04T14:00+01:00', bd(1), '2025-03-05T14:00+01:00'],
  ['1 business day from Friday', BERLIN, '2025-03-07T17:00+01:00', bd(1), '2025-03-10T17:00+01:00'],
  ['2 business days', BERLIN, '2025-03-03T10:00+01:00', bd(2), '2025-03-05T10:00+01:00'],
  ['5 business days end on Friday closing', BERLIN, '2025-03-03T09:00+01:00', bd(5), '2025-03-07T18:00+01:00'],
  ['half a business day', BERLIN, '2025-03-03T09:00+01:00', bd(0.5), '2025-03-03T13:30+01:00'],
  ['1 business day from Saturday', BERLIN, '2025-03-08T10:00+01:00', bd(1), '2025-03-10T18:00+01:00'],
  ['10 business days', BERLIN, '2025-03-03T12:00+01:00', bd(10), '2025-03-17T12:00+01:00'],
  ['45 hours', BERLIN, '2025-03-03T09:00+01:00', h(45), '2025-03-07T18:00+01:00'],
  ['46 hours', BERLIN, '2025-03-03T09:00+01:00', h(46), '2025-03-10T10:00+01:00'],
  // Berlin holidays
  ['Easter', BERLIN, '2025-04-17T17:00+02:00', h(2), '2025-04-22T10:00+02:00'],
  ['Easter, 1 business day', BERLIN, '2025-04-17T12:00+02:00', bd(1), '2025-04-22T12:00+02:00'],
  ['from Good Friday', BERLIN, '2025-04-18T11:00+02:00', h(1), '2025-04-22T10:00+02:00'],
  ['Christmas', BERLIN, '2025-12-24T12:00+01:00', bd(1), '2025-12-29T12:00+01:00'],
  ['New Year', BERLIN, '2025-12-31T15:00+01:00', h(4), '2026-01-02T10:00+01:00'],
  ['Christmas to New Year', BERLIN, '2025-12-23T09:00+01:00', bd(5), '2025-12-31T18:00+01:00'],
  ['Christmas to New Year, 6 business days', BERLIN, '2025-12-23T09:00+01:00', bd(6), '2026-01-02T18:00+01:00'],
  // New York (EST -05:00, EDT -04:00)
  ['NY within a day', NEW_YORK, '2025-03-03T09:30-05:00', h(4), '2025-03-03T13:30-05:00'],
  ['NY Independence Day', NEW_YORK, '2025-07-03T16:00-04:00', h(2), '2025-07-07T10:00-04:00'],
  ['NY Thanksgiving', NEW_YORK, '2025-11-26T15:00-05:00', bd(1), '2025-11-28T15:00-05:00'],
  ['NY Christmas', NEW_YORK, '2025-12-24T16:30-05:00', h(1), '2025-12-26T09:30-05:00'],
  ['NY from UTC midnight', NEW_YORK, '2025-03-11T00:00:00Z', h(1), '2025-03-11T10:00-04:00'],
  ['NY 2 business days', NEW_YORK, '2025-03-06T13:00-05:00', bd(2), '2025-03-10T13:00-04:00'],
  // Shanghai: split shift, National Day, make-up working days
  ['SH before lunch', SHANGHAI, '2025-03-03T11:00+08:00', h(2), '2025-03-03T14:30+08:00'],
  ['SH from lunch', SHANGHAI, '2025-03-03T12:15+08:00', m(30), '2025-03-03T14:00+08:00'],
  ['SH ends at lunch', SHANGHAI, '2025-03-03T09:00+08:00', h(3), '2025-03-03T12:00+08:00'],
  ['SH after lunch', SHANGHAI, '2025-03-03T09:00+08:00', m(181), '2025-03-03T13:31+08:00'],
  ['SH over the night', SHANGHAI, '2025-03-03T17:00+08:00', h(2), '2025-03-04T10:00+08:00'],
  ['SH 1 business day = 7.5 h', SHANGHAI, '2025-03-03T09:00+08:00', bd(1), '2025-03-03T18:00+08:00'],
  ['SH 1 business day from noon', SHANGHAI, '2025-03-03T11:00+08:00', bd(1), '2025-03-04T11:00+08:00'],
  ['SH make-up Sunday', SHANGHAI, '2025-09-26T17:00+08:00', h(2), '2025-09-28T10:00+08:00'],
  ['SH National Day', SHANGHAI, '2025-09-30T17:00+08:00', h(2), '2025-10-09T10:00+08:00'],
  ['SH make-up Saturday', SHANGHAI, '2025-10-10T17:00+08:00', h(2), '2025-10-11T10:00+08:00'],
  ['SH 2 business days over National Day', SHANGHAI, '2025-09-30T09:00+08:00', bd(2), '2025-10-09T18:00+08:00'],
  ['SH from a holiday', SHANGHAI, '2025-10-03T10:00+08:00', m(90), '2025-10-09T10:30+08:00'],
  ['SH a normal Saturday is off', SHANGHAI, '2025-10-17T17:30+08:00', h(1), '2025-10-20T09:30+08:00'],
  // Kolkata and a UTC follow-the-sun calendar
  ['Kolkata half-hour offset', KOLKATA, '2025-03-03T09:00+05:30', h(1), '2025-03-03T11:00+05:30'],
  ['Kolkata short Saturday', KOLKATA, '2025-03-08T13:00+05:30', h(2), '2025-03-10T11:00+05:30'],
  ['Kolkata 1 business day = 8 h 10 min', KOLKATA, '2025-03-03T10:00+05:30', bd(1), '2025-03-03T18:10+05:30'],
  ['UTC mixed, morning to evening', UTC_MIXED, '2025-03-03T09:00Z', h(2), '2025-03-03T21:00Z'],
  ['UTC mixed, through midnight', UTC_MIXED, '2025-03-03T23:00Z', h(3), '2025-03-04T02:00Z'],
  ['UTC mixed, night to morning', UTC_MIXED, '2025-03-03T23:00Z', h(4), '2025-03-04T07:00Z'],
  ['UTC mixed, Friday night shift ends Saturday', UTC_MIXED, '2025-03-07T20:00Z', h(6), '2025-03-08T02:00Z'],
  ['UTC mixed, weekend', UTC_MIXED, '2025-03-08T01:00Z', h(2), '2025-03-10T07:00Z'],
  ['UTC mixed, 1 business day = 10 h', UTC_MIXED, '2025-03-03T06:00Z', bd(1), '2025-03-04T02:00Z'],
  // Around the clock
  ['24x7 minutes', AROUND_THE_CLOCK, '2025-03-08T03:00Z', m(15), '2025-03-08T03:15Z'],
  ['24x7 business day = 24 h', AROUND_THE_CLOCK, '2025-03-07T17:00Z', bd(1), '2025-03-08T17:00Z'],
  ['24x7 over New Year', AROUND_THE_CLOCK, '2025-12-31T23:00Z', h(2), '2026-01-01T01:00Z'],
];

describe('addWorkingTime', () => {
  it.each(addCases)('%s', (_name, clock, start, duration, expected) => {
    expect(addWorkingTime(clock, new Date(start), duration).toISOString()).toBe(new Date(expected).toISOString());
  });
});

type BetweenCase = [string, WorkingClock, string, string, number];

const betweenCases: BetweenCase[] = [
  ['Berlin working week', BERLIN, '2025-03-03T00:00+01:00', '2025-03-10T00:00+01:00', 2700],
  ['Berlin over a weekend', BERLIN, '2025-03-07T17:00+01:00', '2025-03-10T10:00+01:00', 120],
  ['Berlin Easter week', BERLIN, '2025-04-14T00:00+02:00', '2025-04-21T23:00+02:00', 4 * 540],
  ['Berlin inside a shift', BERLIN, '2025-03-03T10:15+01:00', '2025-03-03T10:45+01:00', 30],
  ['Berlin off hours only', BERLIN, '2025-03-03T18:00+01:00', '2025-03-04T09:00+01:00', 0],
  ['reversed range', BERLIN, '2025-03-04T09:00+01:00', '2025-03-03T09:00+01:00', 0],
  ['Shanghai week', SHANGHAI, '2025-03-03T00:00+08:00', '2025-03-10T00:00+08:00', 5 * 450],
  ['Shanghai lunch is off', SHANGHAI, '2025-03-03T11:00+08:00', '2025-03-03T14:00+08:00', 90],
  ['Shanghai National Day week with make-ups', SHANGHAI, '2025-09-27T00:00+08:00', '2025-10-12T00:00+08:00', 6 * 450],
  ['UTC mixed week', UTC_MIXED, '2025-03-03T00:00Z', '2025-03-10T00:00Z', 5 * 600],
  ['Kolkata week', KOLKATA, '2025-03-03T00:00+05:30', '2025-03-10T00:00+05:30', 5 * 540 + 240],
];

describe('workingMinutesBetween', () => {
  it.each(betweenCases)('%s', (_name, clock, from, to, minutes) => {
    expect(workingMinutesBetween(clock, new Date(from), new Date(to))).toBe(minutes);
  });
});

type WorkingCase = [string, WorkingClock, string, boolean];

const workingCases: WorkingCase[] = [
  ['Berlin opening instant', BERLIN, '2025-03-03T09:00+01:00', true],
  ['Berlin a second before opening', BERLIN, '2025-03-03T08:59:59+01:00', false],
  ['Berlin closing instant is off', BERLIN, '2025-03-03T18:00+01:00', false],
  ['Berlin a second before closing', BERLIN, '2025-03-03T17:59:59+01:00', true],
  ['Berlin Saturday', BERLIN, '2025-03-08T12:00+01:00', false],
  ['Berlin holiday', BERLIN, '2025-12-25T12:00+01:00', false],
  ['Shanghai lunch', SHANGHAI, '2025-03-03T12:30+08:00', false],
  ['Shanghai afternoon', SHANGHAI, '2025-03-03T13:30+08:00', true],
  ['Shanghai make-up Saturday', SHANGHAI, '2025-10-11T10:00+08:00', true],
  ['Shanghai National Day', SHANGHAI, '2025-10-02T10:00+08:00', false],
  ['UTC mixed Saturday 01:00 (Friday night shift)', UTC_MIXED, '2025-03-08T01:00Z', true],
  ['UTC mixed Saturday 03:00', UTC_MIXED, '2025-03-08T03:00Z', false],
  ['UTC mixed Monday 01:00 (no Sunday night shift)', UTC_MIXED, '2025-03-10T01:00Z', false],
  ['24x7 always', AROUND_THE_CLOCK, '2025-03-08T03:00Z', true],
];

describe('isWorkingTime', () => {
  it.each(workingCases)('%s', (_name, clock, at, expected) => {
    expect(isWorkingTime(clock, new Date(at))).toBe(expected);
  });
});

describe('nextWorkingTime', () => {
  it.each([
    ['inside a shift', BERLIN, '2025-03-03T10:00+01:00', '2025-03-03T10:00+01:00'],
    ['before opening', BERLIN, '2025-03-03T07:00+01:00', '2025-03-03T09:00+01:00'],
    ['at closing', BERLIN, '2025-03-07T18:00+01:00', '2025-03-10T09:00+01:00'],
    ['Shanghai lunch', SHANGHAI, '2025-03-03T12:00+08:00', '2025-03-03T13:30+08:00'],
  ] as Array<[string, WorkingClock, string, string]>)('%s', (_name, clock, at, expected) => {
    expect(nextWorkingTime(clock, new Date(at)).toISOString()).toBe(new Date(expected).toISOString());
  });
});

describe('businessDayMs', () => {
  it.each([
    ['Berlin 9 h', BERLIN, 540],
    ['Shanghai 7.5 h', SHANGHAI, 450],
    ['Kolkata (5 × 9 h + 4 h) / 6', KOLKATA, (5 * 540 + 240) / 6],
    ['24x7 24 h', AROUND_THE_CLOCK, 1440],
  ] as Array<[string, WorkingClock, number]>)('%s', (_name, clock, minutes) => {
    expect(businessDayMs(clock)).toBeCloseTo(minutes * 60_000, 6);
  });
});

describe('invalid calendars', () => {
  it.each([
    ['unknown zone', { timeZone: 'Mars/Olympus', week: weekdays(nineToSix) }],
    ['no working time', { timeZone: 'UTC', week: {} }],
    ['bad time', { timeZone: 'UTC', week: { mon: [{ start: '9:00', end: '18:00' }] } }],
    ['start at 24:00', { timeZone: 'UTC', week: { mon: [{ start: '24:00', end: '01:00' }] } }],
    ['bad holiday', { timeZone: 'UTC', week: weekdays(nineToSix), holidays: ['2025-02-30'] }],
  ] as Array<[string, BusinessCalendar]>)('throws a RangeError for %s', (_name, calendar) => {
    expect(() => addWorkingTime(calendar, new Date('2025-03-03T10:00Z'), h(1))).toThrow(RangeError);
  });

  it('throws when holidays leave no working time ahead', () => {
    const holidays = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));
    const calendar = { timeZone: 'UTC', week: { wed: nineToSix }, holidays };
    expect(addWorkingTime(calendar, new Date('2025-01-01T00:00Z'), h(1)).toISOString()).toBe('2025-03-05T10:00:00.000Z');
  });
});
