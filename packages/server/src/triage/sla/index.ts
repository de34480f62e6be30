/**
 * SLA: business calendars, working-time arithmetic, policies and the SLA
 * clock of a ticket. Pure functions; instants are `Date`s.
 */
export { WEEKDAYS, compileCalendar, parseClockTime, parseLocalDate, workingIntervalsOn } from './calendar.js';
export type {
  BusinessCalendar,
  CompiledCalendar,
  DateOverride, InstantRange, Weekday, WorkingInterval } from './calendar.js';
export { computeSlaClock } from './clock.js';
export type { SlaClockInput, SlaClockStatus, SlaState, SlaTargetStatus } from './clock.js';
export { durationMs } from './duration.js';
export type { DurationUnit, SlaDuration } from './duration.js';
export { sortEvents } from './events.js';
export type { SlaEvent, SlaEventType } from './events.js';
export {
  DEFAULT_WARNING_LEAD,
  SLA_METRICS,
  clockOf,
  defaultCalendar,
  defaultSlaPolicy,
  resolveTarget,
  warningLeadMs,
} from './policy.js';
export type {
  DefaultPolicyOptions,
  ResolvedTarget,
  SeverityTargets,
  SlaMetric,
  SlaPolicy,
  SlaTarget,
  TargetClock,
  WarningLead,
} from './policy.js';
export {
  businessCalendarSchema,
  slaPolicySchema,
  slaTargetSchema,
  warningLeadSchema,
  weekSchema,
  workingIntervalSchema,
} from './schema.js';
export { DAY_MS, HOUR_MS, MINUTE_MS, isValidTimeZone, timeZoneOffset, wallToInstant } from './time-zone.js';
export {
  AROUND_THE_CLOCK,
  addWorkingMs,
  addWorkingTime,
  businessDayMs,
  isWorkingMs,
  isWorkingTime,
  nextWorkingTime,
  workingMinutesBetween,
  workingMsBetween,
} from './working-time.js';
export type { WorkingClock } from './working-time.js';
