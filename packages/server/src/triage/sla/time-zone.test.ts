import { describe, expect, it } from 'vitest';
import { instantToWall, isValidTimeZone, timeZoneOffset, wallToInstant } from './time-zone.js';

const HOUR = 3_600_000;

describe('timeZoneOffset', () => {
  it.each([
    ['Europe/Berlin', '2025-01-15T12:00Z', 1],
    ['Europe/Berlin', '2025-07-15T12:00Z', 2],
    ['Europe/Berlin', '2025-03-30T00:59:59Z', 1],
    ['Europe/Berlin', '2025-03-30T01:00Z', 2],
    ['Europe/Berlin', '2025-10-26T00:59:59Z', 2],
    ['Europe/Berlin', '2025-10-26T01:00Z', 1],
    ['America/New_York', '2025-01-15T12:00Z', -5],
    ['America/New_York', '2025-03-09T07:00Z', -4],
    ['America/New_York', '2025-11-02T06:00Z', -5],
    ['Asia/Shanghai', '2025-07-15T12:00Z', 8],
    ['Asia/Kolkata', '2025-07-15T12:00Z', 5.5],
    ['Asia/Kathmandu', '2025-07-15T12:00Z', 5.75],
    ['Australia/Lord_Howe', '2025-01-15T12:00Z', 11],
    ['Australia/Lord_Howe', '2025-07-15T12:00Z', 10.5],
    ['UTC', '2025-07-15T12:00Z', 0],
  ])('%s at %s is %d h', (zone, at, hours) => {
    expect(timeZoneOffset(zone, Date.parse(at))).toBe(hours * HOUR);
  });

  it('throws a RangeError for an unknown zone', () => {
    expect(() => timeZoneOffset('Mars/Olympus', 0)).toThrow(RangeError);
  });
});

describe('wallToInstant', () => {
  const wall = (text: string) => Date.parse(`${text}Z`);
  it.each([
    ['an ordinary time', 'Europe/Berlin', '2025-03-03T09:00', '2025-03-03T08:00Z'],
    ['summer time', 'Europe/Berlin', '2025-07-01T09:00', '2025-07-01T07:00Z'],
    ['skipped 02:00 → the jump', 'Europe/Berlin', '2025-03-30T02:00', '2025-03-30T01:00Z'],
    ['skipped 02:30 → the jump', 'Europe/Berlin', '2025-03-30T02:30', '2025-03-30T01:00Z'],
    ['03:00 after the jump', 'Europe/Berlin', '2025-03-30T03:00', '2025-03-30T01:00Z'],
    ['01:59 before the jump', 'Europe/Berlin', '2025-03-30T01:59', '2025-03-30T00:59Z'],
    ['repeated 02:00 → first', 'Europe/Berlin', '2025-10-26T02:00', '2025-10-26T00:00Z'],
    ['repeated 02:30 → first', 'Europe/Berlin', '2025-10-26T02:30', '2025-10-26T00:30Z'],
    ['03:00 after the repeat', 'Europe/Berlin', '2025-10-26T03:00', '2025-10-26T02:00Z'],
    ['NY skipped 02:30', 'America/New_York', '2025-03-09T02:30', '2025-03-09T07:00Z'],
    ['NY repeated 01:30 → first', 'America/New_York', '2025-11-02T01:30', '2025-11-02T05:30Z'],
    ['NY 02:00 after the repeat', 'America/New_York', '2025-11-02T02:00', '2025-11-02T07:00Z'],
    ['Santiago skipped midnight', 'America/Santiago', '2025-09-07T00:00', '2025-09-07T04:00Z'],
    ['Santiago repeated 23:30 → first', 'America/Santiago', '2025-04-05T23:30', '2025-04-06T02:30Z'],
    ['Lord Howe skipped 02:15', 'Australia/Lord_Howe', '2025-10-05T02:15', '2025-10-04T15:30Z'],
    ['Lord Howe repeated 01:45 → first', 'Australia/Lord_Howe', '2025-04-06T01:45', '2025-04-05T14:45Z'],
    ['Samoa skipped a whole day', 'Pacific/Apia', '2011-12-30T12:00', '2011-12-30T10:00Z'],
    ['Shanghai', 'Asia/Shanghai', '2025-10-01T09:00', '2025-10-01T01:00Z'],
    ['Kathmandu', 'Asia/Kathmandu', '2025-10-01T09:00', '2025-10-01T03:15Z'],
  ])('%s (%s %s)', (_name, zone, local, expected) => {
    expect(new Date(wallToInstant(zone, wall(local))).toISOString()).toBe(new Date(expected).toISOString());
  });

  it('round-trips with instantToWall outside clock changes', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Shanghai', 'Australia/Lord_Howe']) {
      for (let day = 0; day < 365; day += 7) {
        const instant = Date.UTC(2025, 0, 1) + day * 24 * HOUR + 13 * HOUR;
        expect(wallToInstant(zone, instantToWall(zone, instant))).toBe(instant);
      }
    }
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/Berlin', true],
    ['Asia/Shanghai', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('%j → %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});
