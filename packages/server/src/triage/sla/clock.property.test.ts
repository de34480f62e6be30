import type { Severity } from '@aftercare/sdk/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSlaClock } from './clock.js';
import type { SlaEvent } from './events.js';
import { SLA_METRICS, defaultSlaPolicy } from './policy.js';
import { isWorkingMs } from './working-time.js';

const HOUR = 3_600_000;
const YEAR_START = Date.UTC(2025, 0, 1);
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Shanghai', 'Australia/Lord_Howe'];
const policies = ZONES.map((timeZone, i) =>
  defaultSlaPolicy({ timeZone, version: i + 1, holidays: ['2025-03-31', '2025-10-27', '2025-12-25'] }),
);

const ticketArb = fc.record({
  version: fc.integer({ min: 1, max: ZONES.length }),
  severity: fc.constantFrom<Severity>('urgent', 'high', 'normal', 'low'),
  start: fc.integer({ min: YEAR_START, max: YEAR_START + 360 * 24 * HOUR }),
  /** Pause windows as [offset after the previous point, length], in ms. */
  pauses: fc.array(fc.tuple(fc.integer({ min: 0, max: 72 * HOUR }), fc.integer({ min: 1, max: 72 * HOUR })), {
    minLength: 1,
    maxLength: 3,
  }),
  after: fc.integer({ min: 0, max: 24 * HOUR }),
});

describe('SLA clock properties', () => {
  it('pausing never shortens a deadline', () => {
    fc.assert(
      fc.property(ticketArb, ({ version, severity, start, pauses, after }) => {
        const started: SlaEvent = { type: 'started', at: new Date(start), severity, policyVersion: version };
        const events: SlaEvent[] = [started];
        let cursor = start;
        for (const [gap, length] of pauses) {
          events.push({ type: 'paused', at: new Date(cursor + gap) });
          events.push({ type: 'resumed', at: new Date(cursor + gap + length) });
          cursor += gap + length;
        }
        const now = new Date(cursor + after);
        const plain = computeSlaClock({ events: [started], policies, now });
        const paused = computeSlaClock({ events, policies, now });
        for (const metric of SLA_METRICS) {
          const without = plain[metric]?.dueAt;
          const withPauses = paused[metric]?.dueAt;
          if (!without) continue;
          expect(withPauses).toBeInstanceOf(Date);
          expect(withPauses!.getTime()).toBeGreaterThanOrEqual(without.getTime());
          expect(paused[metric]!.elapsedMinutes).toBeLessThanOrEqual(plain[metric]!.elapsedMinutes);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('calendar deadlines fall inside working time and warnings never come after deadlines', () => {
    fc.assert(
      fc.property(ticketArb, ({ version, severity, start }) => {
        const policy = policies[version - 1]!;
        const status = computeSlaClock({
          events: [{ type: 'started', at: new Date(start), severity, policyVersion: version }],
          policies,
          now: new Date(start),
        });
        for (const metric of ['firstResponse', 'resolution'] as const) {
          const target = status[metric]!;
          expect(target.warnAt!.getTime()).toBeLessThanOrEqual(target.dueAt!.getTime());
          expect(target.dueAt!.getTime()).toBeGreaterThan(start);
          if (policy.targets[severity][metric].clock === 'calendar') {
            expect(isWorkingMs(policy.calendar, target.dueAt!.getTime() - 1)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a policy change to identical targets never moves a deadline', () => {
    fc.assert(
      fc.property(ticketArb, fc.integer({ min: 0, max: 48 * HOUR }), ({ version, severity, start, after }, change) => {
        const twin = { ...policies[version - 1]!, version: 100 };
        const started: SlaEvent = { type: 'started', at: new Date(start), severity, policyVersion: version };
        const changed: SlaEvent = { type: 'policy_changed', at: new Date(start + change), policyVersion: 100 };
        const now = new Date(start + change + after);
        const plain = computeSlaClock({ events: [started], policies: [...policies, twin], now });
        const switched = computeSlaClock({ events: [started, changed], policies: [...policies, twin], now });
        for (const metric of SLA_METRICS) {
          expect(switched[metric]?.dueAt?.getTime()).toBe(plain[metric]?.dueAt?.getTime());
          expect(switched[metric]?.state).toBe(plain[metric]?.state);
        }
      }),
      { numRuns: 200 },
    );
  });
});
