/**
 * SLA policies: per severity, a target for the first response, the next
 * response (after each reporter message) and the resolution, each on the
 * business calendar or around the clock; plus how long before a deadline a
 * warning fires. Policies are versioned: the clock finds the policy a ticket
 * runs under by version, so a policy edit is a new version, never a rewrite.
 *
 * The default policy follows the service promises Aftercare is built for:
 *
 * | severity | first response      | next response      | resolution        |
 * |----------|---------------------|--------------------|-------------------|
 * | urgent   | 15 min, 24x7        | 30 min, 24x7       | 4 h, 24x7         |
 * | high     | 1 business hour     | 2 business hours   | 1 business day    |
 * | normal   | 4 business hours    | 1 business day     | 2 business days   |
 * | low      | 1 business day      | 2 business days    | 5 business days   |
 *
 * on a Mon–Fri 09:00–18:00 calendar in the project's time zone, warning when
 * 20% of a target is left.
 */
import type { Severity } from '@aftercare/sdk/schemas';
import type { BusinessCalendar } from './calendar.js';
import { durationMs } from './duration.js';
import type { DurationUnit, SlaDuration } from './duration.js';
import { AROUND_THE_CLOCK, businessDayMs } from './working-time.js';
import type { WorkingClock } from './working-time.js';
import { MINUTE_MS } from './time-zone.js';

/** What an SLA target measures. */
export type SlaMetric = 'firstResponse' | 'nextResponse' | 'resolution';
/** Every SLA metric, in display order. */
export const SLA_METRICS: readonly SlaMetric[] = ['firstResponse', 'nextResponse', 'resolution'];

/** Which clock a target runs on: around the clock, or the policy's calendar. */
export type TargetClock = '24x7' | 'calendar';

/** One SLA target: a duration on a clock. */
export interface SlaTarget extends SlaDuration {
  clock: TargetClock;
}

/** The three targets of one severity. */
export type SeverityTargets = Record<SlaMetric, SlaTarget>;

/**
 * How long before a deadline the warning fires: a percentage of the target,
 * or a number of minutes of the target's own clock (working minutes on the
 * calendar). A lead longer than the target warns from the start.
 */
export type WarningLead = { percent: number } | { minutes: number };

/** A versioned SLA policy. */
export interface SlaPolicy {
  version: number;
  calendar: BusinessCalendar;
  targets: Record<Severity, SeverityTargets>;
  warning: WarningLead;
}

/** Default warning lead: 20% of the target. */
export const DEFAULT_WARNING_LEAD: WarningLead = { percent: 20 };

/** The clock a target of a policy runs on. */
export function clockOf(policy: SlaPolicy, target: SlaTarget): WorkingClock {
  return target.clock === '24x7' ? AROUND_THE_CLOCK : policy.calendar;
}

/** A target resolved to working milliseconds on its clock. */
export interface ResolvedTarget {
  ms: number;
  clock: WorkingClock;
}

/** The target of a metric for a severity, in milliseconds of its clock. */
export function resolveTarget(policy: SlaPolicy, severity: Severity, metric: SlaMetric): ResolvedTarget {
  const target = policy.targets[severity][metric];
  const clock = clockOf(policy, target);
  return { ms: durationMs(target, businessDayMs(clock)), clock };
}

/** The warning lead for a target of `targetMs`, in milliseconds of the same clock. */
export function warningLeadMs(lead: WarningLead, targetMs: number): number {
  const ms = 'percent' in lead ? (targetMs * lead.percent) / 100 : lead.minutes * MINUTE_MS;
  return Math.min(targetMs, Math.max(0, Math.round(ms)));
}

/**
 * The default calendar: Monday to Friday, 09:00–18:00, in `timeZone`.
 *
 * @example
 * defaultCalendar('Asia/Shanghai');
 */
export function defaultCalendar(timeZone: string, holidays: readonly string[] = []): BusinessCalendar {
  const day = [{ start: '09:00', end: '18:00' }];
  return { timeZone, week: { mon: day, tue: day, wed: day, thu: day, fri: day }, holidays };
}

function target(amount: number, unit: DurationUnit, clock: TargetClock): SlaTarget {
  return { amount, unit, clock };
}

/** Options of `defaultSlaPolicy`. */
export interface DefaultPolicyOptions {
  timeZone?: string;
  holidays?: readonly string[];
  version?: number;
}

/**
 * The default SLA policy (see the table in this module's header).
 *
 * @example
 * const policy = defaultSlaPolicy({ timeZone: 'Europe/Berlin' });
 */
export function defaultSlaPolicy(options: DefaultPolicyOptions = {}): SlaPolicy {
  return {
    version: options.version ?? 1,
    calendar: defaultCalendar(options.timeZone ?? 'UTC', options.holidays ?? []),
    warning: DEFAULT_WARNING_LEAD,
    targets: {
      urgent: {
        firstResponse: target(15, 'minutes', '24x7'),
        nextResponse: target(30, 'minutes', '24x7'),
        resolution: target(4, 'hours', '24x7'),
      },
      high: {
        firstResponse: target(1, 'hours', 'calendar'),
        nextResponse: target(2, 'hours', 'calendar'),
        resolution: target(1, 'business_days', 'calendar'),
      },
      normal: {
        firstResponse: target(4, 'hours', 'calendar'),
        nextResponse: target(1, 'business_days', 'calendar'),
        resolution: target(2, 'business_days', 'calendar'),
      },
      low: {
        firstResponse: target(1, 'business_days', 'calendar'),
        nextResponse: target(2, 'business_days', 'calendar'),
        resolution: target(5, 'business_days', 'calendar'),
      },
    },
  };
}
