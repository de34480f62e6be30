import { describe, expect, it } from 'vitest';
import type { BusinessCalendar, WorkingInterval } from './calendar.js';
import type { SlaDuration } from './duration.js';
import { AROUND_THE_CLOCK, addWorkingTime, businessDayMs, isWorkingTime, nextWorkingTime, workingMinutesBetween } from './working-time.js';
import type { WorkingClock } from './working-time.js';

// Clock changes in 2025: Berlin 30 March (02:00 → 03:00) and 26 October (03:00 → 02:00);
// New York 9 March (02:00 → 03:00) and 2 November (02:00 → 01:00); Lord Howe (half an hour)
// 6 April and 5 October.

const weekdays = (intervals: WorkingInterval[]) => ({ mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals });
const everyDay = (intervals: WorkingInterval[]) => ({ ...weekdays(intervals), sat: intervals, sun: intervals });

const BERLIN: BusinessCalendar = { timeZone: 'Europe/Berlin', week: weekdays([{ start: '09:00', end: '18:00' }]) };
const NEW_YORK: BusinessCalendar = { timeZone: 'America/New_York', week: weekdays([{ start: '09:00', end: '17:00' }]) };
/** A night desk every day 22:00–06:00 in Berlin, and 20:00–04:00 in New York. */
const BERLIN_NIGHTS: BusinessCalendar = { timeZone: 'Europe/Berlin', week: everyDay([{ start: '22:00', end: '06:00' }]) };
const NEW_YORK_NIGHTS: BusinessCalendar = { timeZone: 'America/New_York', week: everyDay([{ start: '20:00', end: '04:00' }]) };
/** Whole days, every day, to measure the length of days. */
const allDays = (timeZone: string): BusinessCalendar => ({ timeZone, week: everyDay([{ start: '00:00', end: '24:00' }]) });
const BERLIN_ALL_DAYS = allDays('Europe/Berlin');
const NEW_YORK_ALL_DAYS = allDays('America/New_York');
const LORD_HOWE_ALL_DAYS = allDays('Australia/Lord_Howe');
/** A Sunday shift across the hour Berlin skips in spring, and a short Saturday one. */
const BERLIN_SUNDAY_EARLY: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  week: { sun: [{ start: '02:00', end: '04:00' }], sat: [{ start: '02:30', end: '03:00' }] },
};
/** A Sunday shift entirely inside the skipped hour, and a Saturday shift. */
const BERLIN_GAP_ONLY: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  week: { sun: [{ start: '02:15', end: '02:45' }], sat: [{ start: '10:00', end: '11:00' }] },
};

const m = (amount: number): SlaDuration => ({ amount, unit: 'minutes' });
const h = (amount: number): SlaDuration => ({ amount, unit: 'hours' });
const bd = (amount: number): SlaDuration => ({ amount, unit: 'business_days' });
const iso = (text: string) => new Date(text).toISOString();

describe('addWorkingTime across clock changes and midnight', () => {
  it.each<[string, WorkingClock, string, SlaDuration, string]>([
  ['spring weekend, 2 h', BERLIN, '2025-03-28T17:00+01:00', h(2), '2025-03-31T10:00+02:00'],
  ['spring weekend, 1 business day', BERLIN, '2025-03-28T10:00+01:00', bd(1), '2025-03-31T10:00+02:00'],
  ['spring weekend, from Sunday', BERLIN, '2025-03-30T12:00+02:00', m(30), '2025-03-31T09:30+02:00'],
  ['spring weekend, from the skipped hour', BERLIN, '2025-03-30T01:30:00Z', h(1), '2025-03-31T10:00+02:00'],
  ['spring weekend, 3 business days', BERLIN, '2025-03-27T12:00+01:00', bd(3), '2025-04-01T12:00+02:00'],
  ['fall weekend, 2 h', BERLIN, '2025-10-24T17:00+02:00', h(2), '2025-10-27T10:00+01:00'],
  ['fall weekend, 1 business day', BERLIN, '2025-10-24T09:00+02:00', bd(1), '2025-10-24T18:00+02:00'],
  ['fall weekend, 9 h 1 min', BERLIN, '2025-10-24T09:00+02:00', m(541), '2025-10-27T09:01+01:00'],
  ['fall weekend, from the repeated hour', BERLIN, '2025-10-26T00:30:00Z', h(1), '2025-10-27T10:00+01:00'],
  ['NY spring weekend', NEW_YORK, '2025-03-07T16:00-05:00', h(2), '2025-03-10T10:00-04:00'],
  ['NY spring weekend, 1 business day', NEW_YORK, '2025-03-07T12:00-05:00', bd(1), '2025-03-10T12:00-04:00'],
  ['NY fall weekend', NEW_YORK, '2025-10-31T16:00-04:00', h(2), '2025-11-03T10:00-05:00'],
  ['NY fall weekend, 1 business day', NEW_YORK, '2025-10-31T09:00-04:00', bd(1), '2025-10-31T17:00-04:00'],
  ['NY fall weekend, 8 h 30 min', NEW_YORK, '2025-10-31T09:00-04:00', m(510), '2025-11-03T09:30-05:00'],
  ['night, inside the shift', BERLIN_NIGHTS, '2025-03-05T23:00+01:00', h(2), '2025-03-06T01:00+01:00'],
  ['night, across midnight', BERLIN_NIGHTS, '2025-03-05T23:00+01:00', h(6), '2025-03-06T05:00+01:00'],
  ['night, from the day', BERLIN_NIGHTS, '2025-03-05T12:00+01:00', h(1), '2025-03-05T23:00+01:00'],
  ['night, to the next night', BERLIN_NIGHTS, '2025-03-06T05:00+01:00', h(2), '2025-03-06T23:00+01:00'],
  ['night, from a shift begun yesterday', BERLIN_NIGHTS, '2025-03-06T01:00+01:00', h(1), '2025-03-06T02:00+01:00'],
  ['night, 1 business day = 8 h', BERLIN_NIGHTS, '2025-03-05T22:00+01:00', bd(1), '2025-03-06T06:00+01:00'],
  ['night, spring: 7 h shift ends', BERLIN_NIGHTS, '2025-03-29T22:00+01:00', h(7), '2025-03-30T06:00+02:00'],
  ['night, spring: 8 h spills over', BERLIN_NIGHTS, '2025-03-29T22:00+01:00', h(8), '2025-03-30T23:00+02:00'],
  ['night, spring: inside the jump', BERLIN_NIGHTS, '2025-03-30T01:30+01:00', h(1), '2025-03-30T03:30+02:00'],
  ['night, fall: 8 h', BERLIN_NIGHTS, '2025-10-25T22:00+02:00', h(8), '2025-10-26T05:00+01:00'],
  ['night, fall: 9 h shift ends', BERLIN_NIGHTS, '2025-10-25T22:00+02:00', h(9), '2025-10-26T06:00+01:00'],
  ['night, fall: repeated hour, first', BERLIN_NIGHTS, '2025-10-25T22:00+02:00', h(4), '2025-10-26T02:00+02:00'],
  ['night, fall: repeated hour, second', BERLIN_NIGHTS, '2025-10-25T22:00+02:00', h(5), '2025-10-26T02:00+01:00'],
  ['NY night, spring: 7 h', NEW_YORK_NIGHTS, '2025-03-08T20:00-05:00', h(7), '2025-03-09T04:00-04:00'],
  ['NY night, spring: 6 h', NEW_YORK_NIGHTS, '2025-03-08T20:00-05:00', h(6), '2025-03-09T03:00-04:00'],
  ['NY night, fall: 9 h', NEW_YORK_NIGHTS, '2025-11-01T20:00-04:00', h(9), '2025-11-02T04:00-05:00'],
  ['NY night, fall: first 01:30', NEW_YORK_NIGHTS, '2025-11-01T20:00-04:00', m(330), '2025-11-02T01:30-04:00'],
  ['NY night, fall: second 01:30', NEW_YORK_NIGHTS, '2025-11-01T20:00-04:00', m(390), '2025-11-02T01:30-05:00'],
  ['NY night, fall: spills over', NEW_YORK_NIGHTS, '2025-11-01T20:00-04:00', h(10), '2025-11-02T21:00-05:00'],
  ['skipped hour shift start moves to 03:00', BERLIN_SUNDAY_EARLY, '2025-03-29T12:00+01:00', m(30), '2025-03-30T03:30+02:00'],
  ['skipped hour shift is one hour long', BERLIN_SUNDAY_EARLY, '2025-03-29T12:00+01:00', h(1), '2025-03-30T04:00+02:00'],
  ['skipped hour shift, spill to next week', BERLIN_SUNDAY_EARLY, '2025-03-29T12:00+01:00', m(61), '2025-04-05T02:31+02:00'],
  ['Saturday shift, then Sunday after the jump', BERLIN_SUNDAY_EARLY, '2025-03-29T00:00+01:00', m(31), '2025-03-30T03:01+02:00'],
  ['shift inside the skipped hour vanishes', BERLIN_GAP_ONLY, '2025-03-29T12:00+01:00', h(1), '2025-04-05T11:00+02:00'],
  ['shift inside the repeated hour: first occurrence', BERLIN_GAP_ONLY, '2025-10-25T12:00+02:00', m(30), '2025-10-26T02:45+02:00'],
  ['fall Sunday shift lasts 3 h', BERLIN_SUNDAY_EARLY, '2025-10-26T00:00+02:00', h(3), '2025-10-26T04:00+01:00'],
  ['24x7 hours over Berlin spring', AROUND_THE_CLOCK, '2025-03-30T00:30Z', h(4), '2025-03-30T04:30Z'],
  ])('%s', (_name, clock, start, duration, expected) => {
    expect(addWorkingTime(clock, new Date(start), duration).toISOString()).toBe(iso(expected));
  });
});

describe('workingMinutesBetween across clock changes and midnight', () => {
  it.each<[string, WorkingClock, string, string, number]>([
  ['Berlin over DST weekend', BERLIN, '2025-03-28T17:00+01:00', '2025-03-31T10:00+02:00', 120],
  ['Berlin spring Sunday is 23 h', BERLIN_ALL_DAYS, '2025-03-30T00:00+01:00', '2025-03-31T00:00+02:00', 1380],
  ['Berlin fall Sunday is 25 h', BERLIN_ALL_DAYS, '2025-10-26T00:00+02:00', '2025-10-27T00:00+01:00', 1500],
  ['Berlin ordinary Sunday is 24 h', BERLIN_ALL_DAYS, '2025-03-23T00:00+01:00', '2025-03-24T00:00+01:00', 1440],
  ['NY spring Sunday is 23 h', NEW_YORK_ALL_DAYS, '2025-03-09T00:00-05:00', '2025-03-10T00:00-04:00', 1380],
  ['NY fall Sunday is 25 h', NEW_YORK_ALL_DAYS, '2025-11-02T00:00-04:00', '2025-11-03T00:00-05:00', 1500],
  ['Lord Howe spring day is 23.5 h', LORD_HOWE_ALL_DAYS, '2025-10-05T00:00+10:30', '2025-10-06T00:00+11:00', 1410],
  ['Lord Howe fall day is 24.5 h', LORD_HOWE_ALL_DAYS, '2025-04-06T00:00+11:00', '2025-04-07T00:00+10:30', 1470],
  ['Berlin nights, spring night is 7 h', BERLIN_NIGHTS, '2025-03-29T12:00+01:00', '2025-03-30T12:00+02:00', 420],
  ['Berlin nights, fall night is 9 h', BERLIN_NIGHTS, '2025-10-25T12:00+02:00', '2025-10-26T12:00+01:00', 540],
  ['NY nights, spring night is 7 h', NEW_YORK_NIGHTS, '2025-03-08T12:00-05:00', '2025-03-09T12:00-04:00', 420],
  ['NY nights, fall night is 9 h', NEW_YORK_NIGHTS, '2025-11-01T12:00-04:00', '2025-11-02T12:00-05:00', 540],
  ['NY nights, a week', NEW_YORK_NIGHTS, '2025-03-03T12:00-05:00', '2025-03-10T12:00-04:00', 7 * 480 - 60],
  ['skipped-hour shift is 1 h', BERLIN_SUNDAY_EARLY, '2025-03-30T00:00+01:00', '2025-03-31T00:00+02:00', 60],
  ['Saturday shift before the skipped hour', BERLIN_SUNDAY_EARLY, '2025-03-29T00:00+01:00', '2025-03-30T00:00+01:00', 30],
  ['repeated-hour shift is 3 h', BERLIN_SUNDAY_EARLY, '2025-10-25T00:00+02:00', '2025-10-27T00:00+01:00', 30 + 180],
  ['24x7 over DST', AROUND_THE_CLOCK, '2025-03-30T00:00+01:00', '2025-03-31T00:00+02:00', 1380],
  ])('%s', (_name, clock, from, to, minutes) => {
    expect(workingMinutesBetween(clock, new Date(from), new Date(to))).toBe(minutes);
  });
});

describe('isWorkingTime across clock changes and midnight', () => {
  it.each<[string, WorkingClock, string, boolean]>([
  ['Berlin after DST, 09:30 local', BERLIN, '2025-03-31T07:30Z', true],
  ['Berlin after DST, 08:30 local', BERLIN, '2025-03-31T06:30Z', false],
  ['NY after DST, 09:30 local', NEW_YORK, '2025-03-10T13:30Z', true],
  ['NY after DST, 08:30 local', NEW_YORK, '2025-03-10T12:30Z', false],
  ['night shift after midnight', BERLIN_NIGHTS, '2025-03-04T03:00+01:00', true],
  ['night shift at noon', BERLIN_NIGHTS, '2025-03-04T12:00+01:00', false],
  ['night shift in the skipped hour', BERLIN_NIGHTS, '2025-03-30T01:00Z', true],
  ])('%s', (_name, clock, at, expected) => {
    expect(isWorkingTime(clock, new Date(at))).toBe(expected);
  });
});

describe('nextWorkingTime across clock changes', () => {
  it.each<[string, WorkingClock, string, string]>([
  ['over DST', BERLIN, '2025-03-29T10:00+01:00', '2025-03-31T09:00+02:00'],
  ['skipped-hour shift', BERLIN_SUNDAY_EARLY, '2025-03-29T12:00+01:00', '2025-03-30T03:00+02:00'],
  ])('%s', (_name, clock, at, expected) => {
    expect(nextWorkingTime(clock, new Date(at)).toISOString()).toBe(iso(expected));
  });
});

describe('a business day of overnight shifts', () => {
  it('is the length of one night', () => {
    expect(businessDayMs(BERLIN_NIGHTS)).toBe(480 * 60_000);
  });
});
