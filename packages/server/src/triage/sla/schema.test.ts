import { describe, expect, it } from 'vitest';
import { defaultSlaPolicy } from './policy.js';
import { businessCalendarSchema, slaPolicySchema, slaTargetSchema, workingIntervalSchema } from './schema.js';

const nineToSix = [{ start: '09:00', end: '18:00' }];

describe('workingIntervalSchema', () => {
  it.each([
    [{ start: '09:00', end: '18:00' }, true],
    [{ start: '22:00', end: '06:00' }, true],
    [{ start: '00:00', end: '24:00' }, true],
    [{ start: '18:00', end: '24:00' }, true],
    [{ start: '24:00', end: '06:00' }, false],
    [{ start: '09:00', end: '09:00' }, false],
    [{ start: '9:00', end: '18:00' }, false],
    [{ start: '09:60', end: '18:00' }, false],
    [{ start: '25:00', end: '18:00' }, false],
    [{ start: '09:00' }, false],
    [{ start: '09:00', end: '18:00', extra: 1 }, false],
  ])('%j valid: %s', (interval, valid) => {
    expect(workingIntervalSchema.safeParse(interval).success).toBe(valid);
  });
});

describe('businessCalendarSchema', () => {
  it.each([
    ['default', { timeZone: 'Europe/Berlin', week: { mon: nineToSix } }, true],
    ['holidays and overrides', {
      timeZone: 'Asia/Shanghai',
      week: { mon: nineToSix },
      holidays: ['2025-10-01'],
      overrides: [{ date: '2025-10-11', intervals: nineToSix }],
    }, true],
    ['unknown zone', { timeZone: 'Europe/Atlantis', week: { mon: nineToSix } }, false],
    ['no working time', { timeZone: 'UTC', week: { mon: [] } }, false],
    ['unknown weekday', { timeZone: 'UTC', week: { monday: nineToSix } }, false],
    ['bad holiday', { timeZone: 'UTC', week: { mon: nineToSix }, holidays: ['2025-02-30'] }, false],
    ['holiday not a date', { timeZone: 'UTC', week: { mon: nineToSix }, holidays: ['Christmas'] }, false],
    ['missing zone', { week: { mon: nineToSix } }, false],
  ])('%s valid: %s', (_name, calendar, valid) => {
    expect(businessCalendarSchema.safeParse(calendar).success).toBe(valid);
  });
});

describe('slaTargetSchema', () => {
  it.each([
    [{ amount: 15, unit: 'minutes', clock: '24x7' }, true],
    [{ amount: 1.5, unit: 'business_days', clock: 'calendar' }, true],
    [{ amount: 0, unit: 'hours', clock: 'calendar' }, false],
    [{ amount: 400, unit: 'business_days', clock: 'calendar' }, false],
    [{ amount: 4, unit: 'days', clock: 'calendar' }, false],
    [{ amount: 4, unit: 'hours', clock: 'business' }, false],
  ])('%j valid: %s', (target, valid) => {
    expect(slaTargetSchema.safeParse(target).success).toBe(valid);
  });
});

describe('slaPolicySchema', () => {
  it('accepts the default policy as it is', () => {
    const policy = defaultSlaPolicy({ timeZone: 'Asia/Shanghai', holidays: ['2025-10-01'] });
    expect(slaPolicySchema.parse(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
  });

  it('defaults the warning lead to 20%', () => {
    const { warning: _warning, ...rest } = defaultSlaPolicy();
    expect(slaPolicySchema.parse(rest).warning).toEqual({ percent: 20 });
  });

  it.each([
    ['a missing severity', (p: Record<string, unknown>) => ({ ...p, targets: { ...(p['targets'] as object), low: undefined } })],
    ['a version of 0', (p: Record<string, unknown>) => ({ ...p, version: 0 })],
    ['a warning over 100%', (p: Record<string, unknown>) => ({ ...p, warning: { percent: 150 } })],
    ['a warning with both forms', (p: Record<string, unknown>) => ({ ...p, warning: { percent: 10, minutes: 5 } })],
    ['an unknown field', (p: Record<string, unknown>) => ({ ...p, owner: 'x' })],
  ])('rejects %s', (_name, mutate) => {
    const policy = JSON.parse(JSON.stringify(defaultSlaPolicy())) as Record<string, unknown>;
    expect(slaPolicySchema.safeParse(mutate(policy)).success).toBe(false);
  });
});
