/**
 * SLA durations: an amount in minutes, hours or business days, and the
 * clock it runs on.
 *
 * What a business day means: the calendar's weekly working time divided by
 * the number of weekdays that have working time (Mon–Fri 09:00–18:00 gives
 * 9 hours). Adding "1 business day" thus adds that much working time, which
 * for a regular calendar lands at the same time on the next working day
 * (Tuesday 14:00 → Wednesday 14:00, Friday 17:00 → Monday 17:00), while
 * keeping the properties every other duration has: the deadline always falls
 * inside working time, durations add up (1 + 1 business day = 2), and longer
 * durations never give earlier deadlines. "Same time on the next working day"
 * was rejected because on irregular calendars (short Fridays, split or
 * overnight shifts) that time may be outside working hours. On the
 * around-the-clock clock a business day is 24 hours.
 */

/** Unit of an SLA duration. */
export type DurationUnit = 'minutes' | 'hours' | 'business_days';

/** An SLA duration. */
export interface SlaDuration {
  amount: number;
  unit: DurationUnit;
}

/** Milliseconds in a minute. */
const MINUTE = 60_000;

/**
 * The length of a duration in milliseconds of working time, given the length
 * of one business day on the clock it runs on.
 *
 * @example
 * durationMs({ amount: 2, unit: 'business_days' }, 9 * 3_600_000); // 64_800_000
 */
export function durationMs(duration: SlaDuration, businessDayMs: number): number {
  switch (duration.unit) {
    case 'minutes':
      return Math.round(duration.amount * MINUTE);
    case 'hours':
      return Math.round(duration.amount * 60 * MINUTE);
    case 'business_days':
      return Math.round(duration.amount * businessDayMs);
  }
}
