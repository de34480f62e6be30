/**
 * Zod schemas for business calendars and SLA policies, so projects can store
 * them and the API can validate them. The parsed values fit the types the
 * SLA functions take.
 */
import { severitySchema } from '@aftercare/sdk/schemas';
import { z } from 'zod';
import { WEEKDAYS, compileCalendar } from './calendar.js';
import type { BusinessCalendar } from './calendar.js';
import { DEFAULT_WARNING_LEAD } from './policy.js';
import type { SlaPolicy } from './policy.js';
import { isValidTimeZone } from './time-zone.js';

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected HH:MM from 00:00 to 24:00');

/** A working interval, `HH:MM`–`HH:MM`; an end at or before the start crosses midnight. */
export const workingIntervalSchema = z
  .strictObject({ start: clockTime, end: clockTime })
  .refine((interval) => interval.start !== '24:00', { message: 'an interval cannot start at 24:00', path: ['start'] })
  .refine((interval) => interval.start !== interval.end, {
    message: 'start and end are equal; use 00:00–24:00 for a whole day',
    path: ['end'],
  });

const daySchema = z.array(workingIntervalSchema).max(12).optional();

/** A week of working intervals, keyed `mon`…`sun`. */
export const weekSchema = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, daySchema])) as Record<
    (typeof WEEKDAYS)[number],
    typeof daySchema
  >,
);

/** A business calendar: IANA time zone, working intervals per weekday, holidays. */
export const businessCalendarSchema = z
  .strictObject({
    timeZone: z.string().refine(isValidTimeZone, 'unknown IANA time zone'),
    week: weekSchema,
    holidays: z.array(z.iso.date()).max(2_000).optional(),
    overrides: z
      .array(z.strictObject({ date: z.iso.date(), intervals: z.array(workingIntervalSchema).max(12) }))
      .max(2_000)
      .optional(),
  })
  .refine((calendar) => WEEKDAYS.some((weekday) => (calendar.week[weekday]?.length ?? 0) > 0), {
    message: 'the calendar has no working time',
    path: ['week'],
  })
  .refine(
    (calendar) => {
      try {
        compileCalendar(calendar);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'invalid calendar' },
  ) satisfies z.ZodType<BusinessCalendar>;

const amountLimits = { minutes: 525_600, hours: 8_760, business_days: 365 } as const;

/** An SLA target: a positive amount of minutes, hours or business days, on a clock. */
export const slaTargetSchema = z
  .strictObject({
    amount: z.number().positive(),
    unit: z.enum(['minutes', 'hours', 'business_days']),
    clock: z.enum(['24x7', 'calendar']),
  })
  .refine((target) => target.amount <= amountLimits[target.unit], {
    message: 'target longer than a year',
    path: ['amount'],
  });

const severityTargetsSchema = z.strictObject({
  firstResponse: slaTargetSchema,
  nextResponse: slaTargetSchema,
  resolution: slaTargetSchema,
});

/** How long before a deadline the warning fires: `{ percent }` or `{ minutes }`. */
export const warningLeadSchema = z.union([
  z.strictObject({ percent: z.number().min(0).max(100) }),
  z.strictObject({ minutes: z.number().min(0).max(525_600) }),
]);

/** A versioned SLA policy; `warning` defaults to 20% of each target. */
export const slaPolicySchema = z.strictObject({
  version: z.int().positive(),
  calendar: businessCalendarSchema,
  targets: z.strictObject(
    Object.fromEntries(severitySchema.options.map((severity) => [severity, severityTargetsSchema])) as Record<
      z.infer<typeof severitySchema>,
      typeof severityTargetsSchema
    >,
  ),
  warning: warningLeadSchema.default(DEFAULT_WARNING_LEAD),
}) satisfies z.ZodType<SlaPolicy, unknown>;
