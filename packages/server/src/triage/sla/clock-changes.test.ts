import type { Severity } from '@aftercare/sdk/schemas';
import { describe, expect, it } from 'vitest';
import { computeSlaClock } from './clock.js';
import type { SlaClockStatus, SlaState, SlaTargetStatus } from './clock.js';
import type { SlaEvent } from './events.js';
import { defaultCalendar, defaultSlaPolicy } from './policy.js';
import type { SlaPolicy } from './policy.js';

const V1 = defaultSlaPolicy({ timeZone: 'Europe/Berlin', holidays: ['2025-04-18', '2025-04-21'] });
/** Stricter normal targets and a 30-minute warning. */
const V2: SlaPolicy = {
  ...V1,
  version: 2,
  warning: { minutes: 30 },
  targets: {
    ...V1.targets,
    normal: {
      firstResponse: { amount: 2, unit: 'hours', clock: 'calendar' },
      nextResponse: { amount: 4, unit: 'hours', clock: 'calendar' },
      resolution: { amount: 1, unit: 'business_days', clock: 'calendar' },
    },
  },
};
/** The same targets, but the team moved to Shanghai. */
const V3: SlaPolicy = { ...V1, version: 3, calendar: defaultCalendar('Asia/Shanghai') };
/** No warning lead at all, and one longer than any target. */
const V4: SlaPolicy = { ...V1, version: 4, warning: { percent: 0 } };
const V5: SlaPolicy = { ...V1, version: 5, warning: { minutes: 100_000 } };
/** Same targets as V1 under a new version number. */
const V6: SlaPolicy = { ...V1, version: 6 };
const NY = defaultSlaPolicy({ timeZone: 'America/New_York', version: 10 });
const SH = defaultSlaPolicy({
  timeZone: 'Asia/Shanghai',
  version: 20,
  holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'],
});
const POLICIES = [V1, V2, V3, V4, V5, V6, NY, SH];

const d = (iso: string) => new Date(iso);
const start = (at: string, severity: Severity = 'normal', policyVersion = 1): SlaEvent => ({
  type: 'started',
  at: d(at),
  severity,
  policyVersion,
});
const pause = (at: string): SlaEvent => ({ type: 'paused', at: d(at) });
const resume = (at: string): SlaEvent => ({ type: 'resumed', at: d(at) });
const respond = (at: string): SlaEvent => ({ type: 'responded', at: d(at) });
const message = (at: string): SlaEvent => ({ type: 'reporter_message', at: d(at) });
const policy = (at: string, policyVersion: number): SlaEvent => ({ type: 'policy_changed', at: d(at), policyVersion });
const severity = (at: string, value: Severity): SlaEvent => ({ type: 'severity_changed', at: d(at), severity: value });

interface Expect {
  state: SlaState;
  due?: string | null;
  warn?: string | null;
  stopped?: string;
  elapsed?: number;
}
interface Expectation {
  fr?: Expect | null;
  nr?: Expect | null;
  res?: Expect | null;
  paused?: boolean;
  resolved?: boolean;
  next?: string | null;
}

function check(actual: SlaTargetStatus | null, expected: Expect | null | undefined) {
  if (expected === undefined) return;
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(actual!.state).toBe(expected.state);
  const iso = (value: string | null) => (value === null ? null : d(value).toISOString());
  if (expected.due !== undefined) expect(actual!.dueAt?.toISOString() ?? null).toBe(iso(expected.due));
  if (expected.warn !== undefined) expect(actual!.warnAt?.toISOString() ?? null).toBe(iso(expected.warn));
  if (expected.stopped !== undefined) expect(actual!.stoppedAt?.toISOString()).toBe(iso(expected.stopped));
  if (expected.elapsed !== undefined) expect(actual!.elapsedMinutes).toBe(expected.elapsed);
}

function verify(status: SlaClockStatus, expected: Expectation) {
  check(status.firstResponse, expected.fr);
  check(status.nextResponse, expected.nr);
  check(status.resolution, expected.res);
  if (expected.paused !== undefined) expect(status.paused).toBe(expected.paused);
  if (expected.resolved !== undefined) expect(status.resolved).toBe(expected.resolved);
  if (expected.next !== undefined) {
    expect(status.nextChangeAt?.toISOString() ?? null).toBe(expected.next === null ? null : d(expected.next).toISOString());
  }
}

// Monday 3 March 2025, 10:00 in Berlin (CET, +01:00); calendar Mon–Fri 09:00–18:00.
const MON10 = '2025-03-03T10:00+01:00';
const base = start(MON10);

type Case = [string, SlaEvent[], string, Expectation];

const cases: Case[] = [
  // Policy and severity changes mid-ticket
  ['policy change keeps consumed time', [base, policy('2025-03-03T11:00+01:00', 2)], '2025-03-03T11:00+01:00', {
    fr: { state: 'ok', due: '2025-03-03T12:00+01:00', warn: '2025-03-03T11:30+01:00' },
    res: { state: 'ok', due: '2025-03-04T10:00+01:00', warn: '2025-03-04T09:30+01:00' },
  }],
  ['policy change past the new target breaches', [base, policy('2025-03-03T13:00+01:00', 2)], '2025-03-03T13:00+01:00', {
    fr: { state: 'breached', due: '2025-03-03T12:00+01:00' },
  }],
  ['policy change to another time zone', [base, policy('2025-03-03T11:00+01:00', 3)], '2025-03-03T11:00+01:00', {
    fr: { state: 'ok', due: '2025-03-04T12:00+08:00' },
  }],
  ['policy change while paused applies on resume', [base, pause('2025-03-03T11:00+01:00'), policy('2025-03-03T12:00+01:00', 2), resume('2025-03-03T13:00+01:00')], '2025-03-03T13:00+01:00', {
    fr: { state: 'ok', due: '2025-03-03T14:00+01:00' },
  }],
  ['policy change to identical targets changes nothing', [base, policy('2025-03-03T11:00+01:00', 6)], '2025-03-03T11:00+01:00', {
    fr: { state: 'ok', due: '2025-03-03T14:00+01:00', warn: '2025-03-03T13:12+01:00' },
    res: { state: 'ok', due: '2025-03-05T10:00+01:00' },
  }],
  ['policy change after a response keeps the response met', [base, respond('2025-03-03T13:30+01:00'), policy('2025-03-03T14:00+01:00', 2)], '2025-03-03T14:00+01:00', {
    fr: { state: 'breached', due: '2025-03-03T12:00+01:00', stopped: '2025-03-03T13:30+01:00' },
  }],
  ['upgrade to urgent switches to the 24x7 clock', [base, severity('2025-03-03T10:05+01:00', 'urgent')], '2025-03-03T10:05+01:00', {
    fr: { state: 'ok', due: '2025-03-03T10:15+01:00', warn: '2025-03-03T10:12+01:00' },
    res: { state: 'ok', due: '2025-03-03T14:00+01:00' },
  }],
  ['upgrade to urgent after the urgent target breaches at once', [base, severity('2025-03-03T11:00+01:00', 'urgent')], '2025-03-03T11:00+01:00', {
    fr: { state: 'breached', due: '2025-03-03T10:15+01:00' },
  }],
  ['downgrade to low', [base, severity('2025-03-03T11:00+01:00', 'low')], '2025-03-03T11:00+01:00', {
    fr: { state: 'ok', due: '2025-03-04T10:00+01:00' },
    res: { state: 'ok', due: '2025-03-10T10:00+01:00' },
  }],
  ['urgent from 24x7 down to normal on the calendar', [start('2025-03-08T03:00+01:00', 'urgent'), severity('2025-03-08T03:05+01:00', 'normal')], '2025-03-08T03:05+01:00', {
    fr: { state: 'ok', due: '2025-03-10T12:55+01:00' },
  }],
  // Severities of the default policy
  ['urgent at night on a Saturday', [start('2025-03-08T03:00+01:00', 'urgent')], '2025-03-08T03:00+01:00', {
    fr: { state: 'ok', due: '2025-03-08T03:15+01:00', warn: '2025-03-08T03:12+01:00' },
    res: { state: 'ok', due: '2025-03-08T07:00+01:00', warn: '2025-03-08T06:12+01:00' },
  }],
  ['urgent paused for half an hour', [start('2025-03-08T03:00+01:00', 'urgent'), pause('2025-03-08T03:05+01:00'), resume('2025-03-08T03:35+01:00')], '2025-03-08T03:35+01:00', {
    fr: { state: 'ok', due: '2025-03-08T03:45+01:00' },
  }],
  ['urgent next response', [start('2025-03-08T03:00+01:00', 'urgent'), respond('2025-03-08T03:10+01:00'), message('2025-03-08T04:00+01:00')], '2025-03-08T04:00+01:00', {
    nr: { state: 'ok', due: '2025-03-08T04:30+01:00' },
  }],
  ['urgent across the spring change', [start('2025-03-30T01:30+01:00', 'urgent')], '2025-03-30T01:30+01:00', {
    res: { state: 'ok', due: '2025-03-30T06:30+02:00' },
  }],
  ['high over the DST weekend', [start('2025-03-28T17:30+01:00', 'high')], '2025-03-28T17:30+01:00', {
    fr: { state: 'ok', due: '2025-03-31T09:30+02:00' },
    res: { state: 'ok', due: '2025-03-31T17:30+02:00' },
  }],
  ['high over the fall weekend', [start('2025-10-24T17:30+02:00', 'high')], '2025-10-24T17:30+02:00', {
    fr: { state: 'ok', due: '2025-10-27T09:30+01:00' },
  }],
  ['high over Easter', [start('2025-04-17T17:30+02:00', 'high')], '2025-04-17T17:30+02:00', {
    fr: { state: 'ok', due: '2025-04-22T09:30+02:00' },
    res: { state: 'ok', due: '2025-04-22T17:30+02:00' },
  }],
  ['high next response', [start(MON10, 'high'), respond('2025-03-03T10:30+01:00'), message('2025-03-03T17:00+01:00')], '2025-03-03T17:00+01:00', {
    nr: { state: 'ok', due: '2025-03-04T10:00+01:00' },
  }],
  ['low', [start(MON10, 'low')], MON10, {
    fr: { state: 'ok', due: '2025-03-04T10:00+01:00' },
    res: { state: 'ok', due: '2025-03-10T10:00+01:00' },
  }],
  ['low next response is 2 business days', [start(MON10, 'low'), respond('2025-03-03T11:00+01:00'), message('2025-03-03T12:00+01:00')], '2025-03-03T12:00+01:00', {
    nr: { state: 'ok', due: '2025-03-05T12:00+01:00' },
  }],
  ['normal created on a Saturday', [start('2025-03-08T12:00+01:00')], '2025-03-08T12:00+01:00', {
    fr: { state: 'ok', due: '2025-03-10T13:00+01:00' },
    res: { state: 'ok', due: '2025-03-11T18:00+01:00' },
  }],
  ['New York high over the fall change', [start('2025-10-31T16:30-04:00', 'high', 10)], '2025-10-31T16:30-04:00', {
    fr: { state: 'ok', due: '2025-10-31T17:30-04:00' },
    res: { state: 'ok', due: '2025-11-03T16:30-05:00' },
  }],
  ['New York normal over the spring change', [start('2025-03-07T15:00-05:00', 'normal', 10)], '2025-03-07T15:00-05:00', {
    fr: { state: 'ok', due: '2025-03-10T10:00-04:00' },
  }],
  ['Shanghai normal over National Day', [start('2025-09-30T16:00+08:00', 'normal', 20)], '2025-09-30T16:00+08:00', {
    fr: { state: 'ok', due: '2025-10-09T11:00+08:00' },
    res: { state: 'ok', due: '2025-10-10T16:00+08:00' },
  }],
  ['Shanghai paused over National Day', [start('2025-09-29T10:00+08:00', 'normal', 20), pause('2025-09-29T11:00+08:00'), resume('2025-10-09T09:00+08:00')], '2025-10-09T09:00+08:00', {
    fr: { state: 'ok', due: '2025-10-09T12:00+08:00' },
  }],
  // Warning leads
  ['no warning lead warns at the deadline', [start(MON10, 'normal', 4)], MON10, {
    fr: { state: 'ok', warn: '2025-03-03T14:00+01:00', due: '2025-03-03T14:00+01:00' },
  }],
  ['a lead longer than the target warns at once', [start(MON10, 'normal', 5)], MON10, {
    fr: { state: 'warning', warn: MON10 },
  }],
  ['minutes lead counts working minutes', [start('2025-03-03T17:00+01:00', 'normal', 2)], '2025-03-03T17:00+01:00', {
    fr: { state: 'ok', due: '2025-03-04T10:00+01:00', warn: '2025-03-04T09:30+01:00' },
  }],
];

describe('computeSlaClock with policy, severity and time-zone changes', () => {
  it.each(cases)('%s', (_name, events, now, expected) => {
    verify(computeSlaClock({ events, policies: POLICIES, now: d(now) }), expected);
  });
});
