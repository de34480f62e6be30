/**
 * Tests of the live SLA countdown and of reading the server's optional fields.
 */
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-cn.js';
import { equal, sameJson } from '../testing/assert.js';
import { readAttachments, readSla, readTriageEntries, type SlaClock } from '../api/extensions.js';
import { liveState, pressingClock, splitDuration } from './countdown.js';
import { countdownText, formatDuration } from './sla-badge.js';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const clock = (fields: Partial<SlaClock>): SlaClock => ({ metric: 'resolution', dueAt: null, warnAt: null, state: null, ...fields });
const minutes = (n: number) => new Date(NOW + n * 60_000).toISOString();

describe('SLA countdown', () => {
  const cases: Array<[string, Partial<SlaClock>, string]> = [
    ['far from due', { dueAt: minutes(120) }, 'ok'],
    ['within the default hour', { dueAt: minutes(59) }, 'warning'],
    ['past the server warning', { dueAt: minutes(120), warnAt: minutes(-1) }, 'warning'],
    ['before the server warning', { dueAt: minutes(30), warnAt: minutes(10) }, 'ok'],
    ['past due', { dueAt: minutes(-1), state: 'ok' }, 'breached'],
    ['exactly due', { dueAt: minutes(0) }, 'breached'],
    ['met stays met', { dueAt: minutes(-100), state: 'met' }, 'met'],
    ['paused stays paused', { state: 'paused' }, 'paused'],
    ['breached per server', { dueAt: minutes(30), state: 'breached' }, 'breached'],
  ];
  for (const [name, fields, expected] of cases) {
    it(name, () => equal(liveState(clock(fields), NOW), expected, 'state'));
  }

  it('picks the running clock with the earliest deadline', () => {
    const first = clock({ metric: 'firstResponse', dueAt: minutes(-10), state: 'met' });
    const resolution = clock({ dueAt: minutes(50) });
    const next = clock({ metric: 'nextResponse', dueAt: minutes(20) });
    equal(pressingClock([first, resolution, next], NOW), next, 'pressing');
    equal(pressingClock([first], NOW), undefined, 'none running');
  });

  it('splits and formats durations', () => {
    sameJson(splitDuration(-(90 * 60_000)), { negative: true, parts: [{ unit: 'h', value: 1 }, { unit: 'm', value: 30 }] }, '-90m');
    equal(formatDuration(65_000, en), '1m 05s', 'seconds');
    equal(formatDuration(2 * 86_400_000 + 3_600_000 * 4, en), '2d 4h', 'days');
    equal(formatDuration(3_600_000 * 3 + 60_000 * 7, zhCN), '3小时 07分', 'zh');
    equal(countdownText(clock({ dueAt: minutes(-35) }), NOW, en), '35m 00s overdue', 'overdue');
    equal(countdownText(clock({ dueAt: minutes(125) }), NOW, en), 'due in 2h 05m', 'due in');
  });
});

describe('optional server fields', () => {
  it('reads SLA clocks nested or flat, and nothing when absent', () => {
    sameJson(readSla({}), [], 'none');
    sameJson(readSla({ sla: { resolution: { dueAt: minutes(5), warnAt: minutes(1), state: 'warning' } } }),
      [{ metric: 'resolution', dueAt: minutes(5), warnAt: minutes(1), state: 'warning', stopped: false }], 'nested');
    sameJson(readSla({ firstResponseDue: minutes(5), resolutionDue: 'not a time' }),
      [{ metric: 'firstResponse', dueAt: minutes(5), warnAt: null, state: null, stopped: false }], 'flat');
  });

  it('reads the contract\'s sla object: met and late targets stop, paused pauses', () => {
    const sla = { state: 'paused', policyVersion: 1, firstResponseDue: minutes(-60), nextResponseDue: null, resolutionDue: minutes(60) };
    const clocks = readSla({ sla, firstRespondedAt: minutes(-30) });
    equal(clocks.map((c) => `${c.metric}:${c.state}:${String(c.stopped)}`).join(' '), 'firstResponse:breached:true resolution:paused:false', 'late response, paused');
    equal(readSla({ sla: { ...sla, state: 'ok' }, firstRespondedAt: minutes(-90) })[0]!.state, 'met', 'on time');
    equal(pressingClock(readSla({ sla: { ...sla, state: 'ok' }, firstRespondedAt: minutes(-30) }), NOW)?.metric, 'resolution', 'stopped clocks do not count down');
    const closed = readSla({ sla: { ...sla, state: 'ok', firstResponseDue: minutes(60) }, closedAt: minutes(-5) });
    equal(closed.every((c) => c.stopped), true, 'a closed (or merged) ticket waits for no response');
    equal(pressingClock(closed, NOW), undefined, 'nothing counts down');
  });

  it('reads attachments and triage entries, skipping malformed ones', () => {
    equal(readAttachments({ attachments: [{ url: '/a.png' }, { id: 'x' }, 'junk'] }).length, 1, 'attachments');
    sameJson(readTriageEntries({ entries: [{ source: 'rule', message: 'Urgent', ruleId: 'r1', ruleVersion: 2 }, { message: 3 }] }),
      [{ source: 'rule', message: 'Urgent', ruleId: 'r1', ruleVersion: 2 }], 'triage');
  });
});
