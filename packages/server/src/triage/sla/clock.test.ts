import type { Severity } from '@aftercare/sdk/schemas';
import { describe, expect, it } from 'vitest';
// Lifecycle of a ticket's SLA clock; policy and severity changes are in
// clock-changes.test.ts.
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
const resolve = (at: string): SlaEvent => ({ type: 'resolved', at: d(at) });
const reopen = (at: string): SlaEvent => ({ type: 'reopened', at: d(at) });
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
  // A new normal ticket: first response 4 business hours, resolution 2 business days, warning at 20% left.
  ['new normal ticket', [base], MON10, {
    fr: { state: 'ok', due: '2025-03-03T14:00+01:00', warn: '2025-03-03T13:12+01:00', elapsed: 0 },
    nr: null,
    res: { state: 'ok', due: '2025-03-05T10:00+01:00', warn: '2025-03-04T15:24+01:00' },
    paused: false,
    resolved: false,
    next: '2025-03-03T13:12+01:00',
  }],
  ['just before the warning', [base], '2025-03-03T13:11+01:00', { fr: { state: 'ok' } }],
  ['at the warning', [base], '2025-03-03T13:12+01:00', { fr: { state: 'warning' }, next: '2025-03-03T14:00+01:00' }],
  ['at the deadline', [base], '2025-03-03T14:00+01:00', { fr: { state: 'breached' }, res: { state: 'ok' }, next: '2025-03-04T15:24+01:00' }],
  ['resolution warning', [base], '2025-03-04T15:24+01:00', { fr: { state: 'breached' }, res: { state: 'warning' } }],
  ['resolution breached', [base], '2025-03-05T10:00+01:00', { res: { state: 'breached', elapsed: 18 * 60 }, next: null }],
  ['elapsed counts working time only', [base], '2025-03-04T09:30+01:00', { fr: { state: 'breached', elapsed: 8 * 60 + 30 } }],
  // Responses
  ['first response in time', [base, respond('2025-03-03T12:00+01:00')], '2025-03-03T12:00+01:00', {
    fr: { state: 'met', stopped: '2025-03-03T12:00+01:00', due: '2025-03-03T14:00+01:00' },
    nr: null,
    next: '2025-03-04T15:24+01:00',
  }],
  ['first response exactly at the deadline', [base, respond('2025-03-03T14:00+01:00')], '2025-03-03T15:00+01:00', {
    fr: { state: 'met' },
  }],
  ['first response late', [base, respond('2025-03-03T15:00+01:00')], '2025-03-03T16:00+01:00', {
    fr: { state: 'breached', due: '2025-03-03T14:00+01:00', stopped: '2025-03-03T15:00+01:00' },
  }],
  ['reporter message starts the next response', [base, respond('2025-03-03T12:00+01:00'), message('2025-03-03T13:00+01:00')], '2025-03-03T13:00+01:00', {
    nr: { state: 'ok', due: '2025-03-04T13:00+01:00', warn: '2025-03-04T11:12+01:00' },
  }],
  ['next response met', [base, respond('2025-03-03T12:00+01:00'), message('2025-03-03T13:00+01:00'), respond('2025-03-04T10:00+01:00')], '2025-03-04T10:00+01:00', {
    nr: { state: 'met', stopped: '2025-03-04T10:00+01:00' },
  }],
  ['next response breached', [base, respond('2025-03-03T12:00+01:00'), message('2025-03-03T13:00+01:00')], '2025-03-04T13:00+01:00', {
    nr: { state: 'breached' },
  }],
  ['message before the first response is covered by it', [base, message('2025-03-03T11:00+01:00')], '2025-03-03T11:00+01:00', {
    fr: { state: 'ok', due: '2025-03-03T14:00+01:00' },
    nr: null,
  }],
  ['the first unanswered message counts', [base, respond('2025-03-03T12:00+01:00'), message('2025-03-03T13:00+01:00'), message('2025-03-03T16:00+01:00')], '2025-03-03T16:00+01:00', {
    nr: { state: 'ok', due: '2025-03-04T13:00+01:00' },
  }],
  ['a second cycle', [base, respond('2025-03-03T12:00+01:00'), message('2025-03-03T13:00+01:00'), respond('2025-03-03T14:00+01:00'), message('2025-03-04T10:00+01:00')], '2025-03-04T10:00+01:00', {
    nr: { state: 'ok', due: '2025-03-05T10:00+01:00' },
  }],
  // Pauses (waiting on the reporter)
  ['paused', [base, pause('2025-03-03T11:00+01:00')], '2025-03-03T15:00+01:00', {
    fr: { state: 'paused', due: null, warn: null, elapsed: 60 },
    res: { state: 'paused', due: null },
    paused: true,
    next: null,
  }],
  ['pause across days', [base, pause('2025-03-03T11:00+01:00'), resume('2025-03-04T11:00+01:00')], '2025-03-04T11:00+01:00', {
    fr: { state: 'ok', due: '2025-03-04T14:00+01:00' },
    res: { state: 'ok', due: '2025-03-06T10:00+01:00' },
    paused: false,
  }],
  ['pause after a breach stays breached', [base, pause('2025-03-03T16:00+01:00')], '2025-03-03T17:00+01:00', {
    fr: { state: 'breached', due: '2025-03-03T14:00+01:00' },
    res: { state: 'paused' },
  }],
  ['pause over a weekend', [start('2025-03-07T10:00+01:00'), pause('2025-03-07T17:00+01:00'), resume('2025-03-10T10:00+01:00')], '2025-03-10T10:00+01:00', {
    res: { state: 'ok', due: '2025-03-11T12:00+01:00' },
  }],
  ['pause over the DST weekend', [start('2025-03-28T10:00+01:00'), pause('2025-03-28T16:00+01:00'), resume('2025-03-31T11:00+02:00')], '2025-03-31T11:00+02:00', {
    res: { state: 'ok', due: '2025-04-01T14:00+02:00' },
  }],
  ['pause off hours changes nothing', [base, pause('2025-03-03T19:00+01:00'), resume('2025-03-04T08:00+01:00')], '2025-03-04T08:00+01:00', {
    res: { state: 'ok', due: '2025-03-05T10:00+01:00' },
  }],
  ['several pauses', [base, pause('2025-03-03T10:30+01:00'), resume('2025-03-03T11:30+01:00'), pause('2025-03-03T12:00+01:00'), resume('2025-03-03T13:00+01:00')], '2025-03-03T13:00+01:00', {
    fr: { state: 'ok', due: '2025-03-03T16:00+01:00' },
  }],
  ['a reporter message ends the wait', [base, respond('2025-03-03T10:30+01:00'), pause('2025-03-03T11:00+01:00'), message('2025-03-04T10:00+01:00')], '2025-03-04T10:00+01:00', {
    res: { state: 'ok', due: '2025-03-05T18:00+01:00' },
    nr: { state: 'ok', due: '2025-03-05T10:00+01:00' },
    paused: false,
  }],
  ['a response while paused meets the first response', [base, pause('2025-03-03T11:00+01:00'), respond('2025-03-03T12:00+01:00')], '2025-03-03T12:00+01:00', {
    fr: { state: 'met', stopped: '2025-03-03T12:00+01:00', due: '2025-03-03T15:00+01:00' },
    res: { state: 'paused' },
  }],
  ['resume without a pause does nothing', [base, resume('2025-03-03T11:00+01:00')], '2025-03-03T11:00+01:00', {
    fr: { state: 'ok', due: '2025-03-03T14:00+01:00' },
  }],
  ['a second pause does nothing', [base, pause('2025-03-03T11:00+01:00'), pause('2025-03-03T12:00+01:00'), resume('2025-03-03T13:00+01:00')], '2025-03-03T13:00+01:00', {
    fr: { state: 'ok', due: '2025-03-03T16:00+01:00' },
  }],
  // Resolution and reopening
  ['resolved in time', [base, respond('2025-03-03T11:00+01:00'), resolve('2025-03-04T12:00+01:00')], '2025-03-04T12:00+01:00', {
    fr: { state: 'met' },
    res: { state: 'met', stopped: '2025-03-04T12:00+01:00', due: '2025-03-05T10:00+01:00' },
    resolved: true,
    next: null,
  }],
  ['resolving answers the reporter', [base, resolve('2025-03-03T12:00+01:00')], '2025-03-03T12:00+01:00', {
    fr: { state: 'met', stopped: '2025-03-03T12:00+01:00' },
  }],
  ['resolved late', [base, respond('2025-03-03T11:00+01:00'), resolve('2025-03-06T12:00+01:00')], '2025-03-06T13:00+01:00', {
    res: { state: 'breached', due: '2025-03-05T10:00+01:00' },
  }],
  ['resolving ends a pause', [base, respond('2025-03-03T10:30+01:00'), pause('2025-03-03T11:00+01:00'), resolve('2025-03-04T11:00+01:00')], '2025-03-04T11:00+01:00', {
    res: { state: 'met', stopped: '2025-03-04T11:00+01:00' },
    paused: false,
  }],
  ['reopened continues the resolution clock', [base, respond('2025-03-03T10:30+01:00'), resolve('2025-03-03T12:00+01:00'), reopen('2025-03-04T09:00+01:00')], '2025-03-04T09:00+01:00', {
    res: { state: 'ok', due: '2025-03-05T16:00+01:00', elapsed: 120 },
    nr: { state: 'ok', due: '2025-03-04T18:00+01:00' },
    resolved: false,
  }],
  ['messages after resolution are ignored', [base, resolve('2025-03-03T12:00+01:00'), message('2025-03-03T13:00+01:00')], '2025-03-03T13:00+01:00', {
    nr: null,
    resolved: true,
  }],
  ['reopen without resolution does nothing', [base, reopen('2025-03-03T11:00+01:00')], '2025-03-03T11:00+01:00', {
    nr: null,
    res: { state: 'ok', due: '2025-03-05T10:00+01:00' },
  }],
  ['a second resolution does not move the first', [base, resolve('2025-03-03T12:00+01:00'), resolve('2025-03-04T12:00+01:00')], '2025-03-04T12:00+01:00', {
    res: { state: 'met', stopped: '2025-03-03T12:00+01:00' },
  }],
  ['reopened and resolved again', [base, resolve('2025-03-03T12:00+01:00'), reopen('2025-03-04T09:00+01:00'), resolve('2025-03-04T10:00+01:00')], '2025-03-04T10:00+01:00', {
    res: { state: 'met', stopped: '2025-03-04T10:00+01:00', elapsed: 180 },
    nr: { state: 'met', stopped: '2025-03-04T10:00+01:00' },
  }],
  // Event handling
  ['events in any order', [resume('2025-03-04T11:00+01:00'), pause('2025-03-03T11:00+01:00'), base], '2025-03-04T11:00+01:00', {
    fr: { state: 'ok', due: '2025-03-04T14:00+01:00' },
  }],
  ['events after now are ignored', [base, respond('2025-03-03T15:00+01:00')], '2025-03-03T13:30+01:00', {
    fr: { state: 'warning' },
  }],
  ['no started event', [respond(MON10)], MON10, { fr: null, nr: null, res: null, next: null }],
  ['events before started are ignored', [respond('2025-03-03T09:00+01:00'), base], MON10, {
    fr: { state: 'ok', due: '2025-03-03T14:00+01:00' },
  }],
  ['a second started event is ignored', [base, start('2025-03-03T12:00+01:00', 'urgent')], '2025-03-03T12:00+01:00', {
    fr: { state: 'ok', due: '2025-03-03T14:00+01:00' },
  }],
];

describe('computeSlaClock', () => {
  it.each(cases)('%s', (_name, events, now, expected) => {
    verify(computeSlaClock({ events, policies: POLICIES, now: d(now) }), expected);
  });

  it('reports the severity and policy in force', () => {
    const status = computeSlaClock({
      events: [base, policy('2025-03-03T11:00+01:00', 2), severity('2025-03-03T11:30+01:00', 'high')],
      policies: POLICIES,
      now: d('2025-03-03T12:00+01:00'),
    });
    expect(status.policyVersion).toBe(2);
    expect(status.severity).toBe('high');
    expect(status.firstResponse?.targetMinutes).toBe(60);
  });

  it('reports remaining minutes, negative once breached', () => {
    const status = computeSlaClock({ events: [base], policies: POLICIES, now: d('2025-03-03T15:00+01:00') });
    expect(status.firstResponse?.remainingMinutes).toBe(-60);
    expect(status.resolution?.remainingMinutes).toBe(18 * 60 - 300);
  });

  it('throws for an unknown policy version', () => {
    expect(() => computeSlaClock({ events: [start(MON10, 'normal', 99)], policies: POLICIES, now: d(MON10) })).toThrow(RangeError);
    expect(() =>
      computeSlaClock({ events: [base, policy('2025-03-03T11:00+01:00', 99)], policies: POLICIES, now: d(MON10) }),
    ).not.toThrow();
  });
});
