/**
 * Tests of the stats page's pure parts: the period in the URL and as a
 * request, filling in days without tickets, axis bounds and labels, and the
 * number formats.
 */
import { en } from '../i18n/en.js';
import { equal, sameJson } from '../testing/assert.js';
import { labelIndices } from './column-chart.js';
import { agentTimeZone, fillDays, niceMax, periodRange, readPeriod, writePeriod } from './period.js';
import { minutes, percent } from './stats-format.js';

describe('stats period', () => {
  const cases: Array<[string, unknown, string]> = [
    ['', { kind: 'preset', days: 30 }, ''],
    ['days=7', { kind: 'preset', days: 7 }, 'days=7'],
    ['days=90', { kind: 'preset', days: 90 }, 'days=90'],
    ['days=12', { kind: 'preset', days: 30 }, ''],
    ['from=2026-03-01&to=2026-03-31', { kind: 'custom', from: '2026-03-01', to: '2026-03-31' }, 'from=2026-03-01&to=2026-03-31'],
    ['from=2026-03-31&to=2026-03-01', { kind: 'preset', days: 30 }, ''],
    ['from=yesterday&to=2026-03-01', { kind: 'preset', days: 30 }, ''],
  ];
  for (const [query, period, written] of cases) {
    it(`reads "${query}" and writes it back`, () => {
      const read = readPeriod(new URLSearchParams(query));
      sameJson(read, period, 'period');
      equal(writePeriod(read).toString(), written, 'written');
    });
  }

  it('turns into the request: a preset ends now, custom days are whole local days', () => {
    const now = new Date(2026, 2, 8, 12, 0, 30).getTime();
    const week = periodRange({ kind: 'preset', days: 7 }, now);
    equal(week.from, new Date(2026, 2, 2).toISOString(), 'preset: today and the six days before');
    equal(week.to, new Date(2026, 2, 8, 12, 1).toISOString(), 'up to the end of this minute');
    const custom = periodRange({ kind: 'custom', from: '2026-03-01', to: '2026-03-01' }, now);
    equal(Date.parse(custom.to) - Date.parse(custom.from), 86_400_000, 'one whole day');
    equal(new Date(custom.from).getHours(), 0, 'from local midnight');
  });

  it('fills in the days the server left out', () => {
    const days = fillDays([{ day: '2026-03-02', count: 4 }], { from: '2026-03-01T12:00:00.000Z', to: '2026-03-04T12:00:00.000Z', timeZone: 'UTC' });
    equal(days.map((d) => `${d.day.slice(8)}:${d.count}`).join(' '), '01:0 02:4 03:0 04:0', 'every day');
    // The agent's midnight-to-midnight week in Shanghai (UTC+8) is 8 hours earlier in UTC.
    const week = fillDays([{ day: '2026-03-03', count: 2 }], { from: '2026-02-28T16:00:00.000Z', to: '2026-03-07T16:00:00.000Z', timeZone: 'Asia/Shanghai' });
    equal(week.map((d) => `${d.day.slice(5)}:${d.count}`).join(' '), '03-01:0 03-02:0 03-03:2 03-04:0 03-05:0 03-06:0 03-07:0', 'the days of that zone');
    const newYork = fillDays([], { from: '2026-03-01T05:00:00.000Z', to: '2026-03-03T05:00:00.000Z', timeZone: 'America/New_York' });
    equal(newYork.map((d) => d.day).join(' '), '2026-03-01 2026-03-02', 'two days west of UTC');
    equal(agentTimeZone(), Intl.DateTimeFormat().resolvedOptions().timeZone, "the browser's zone");
  });

  it('rounds the axis up and spaces the labels', () => {
    equal([0, 1, 3, 7, 37, 120, 999].map(niceMax).join(','), '1,1,5,10,50,200,1000', 'nice maxima');
    equal(labelIndices(7).join(','), '0,1,2,3,4,5,6', 'a week: every day');
    equal(labelIndices(30).join(','), '0,4,8,12,16,20,24,28', 'a month');
    equal(labelIndices(90).length <= 8, true, 'a quarter: at most 8');
  });

  it('writes shares and durations', () => {
    equal(percent(0.923, 'en'), '92%', 'percent');
    equal(percent(null, 'en'), '—', 'no value');
    equal(minutes(125, en), '2h 05m', 'minutes');
    equal(minutes(1500, en), '1d 1h', 'a day');
    equal(minutes(42, en), '42m', 'under an hour');
  });
});
