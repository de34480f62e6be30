/**
 * How the stats page writes its numbers: shares as percentages, durations
 * in minutes as "2h 05m", averages with one decimal, and short day labels;
 * all through `Intl` in the agent's locale, `—` where the server has no value.
 */
import type { Messages } from '../i18n/en.js';
import type { Locale } from '../i18n/locales.js';
import { formatDuration } from '../sla/sla-badge.js';

/** What stands for a value the server could not compute (no tickets). */
export const NONE = '—';

/**
 * A share (0–1) as a percentage.
 *
 * @example
 * percent(0.923, 'en'); // "92%"
 */
export function percent(ratio: number | null | undefined, locale: Locale): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return NONE;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** A number with at most `digits` decimals. */
export function decimal(value: number | null | undefined, locale: Locale, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NONE;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/**
 * A duration given in minutes, in its two largest units.
 *
 * @example
 * minutes(125, en); // "2h 05m"
 * minutes(42, en); // "42m"
 */
export function minutes(value: number | null | undefined, messages: Messages): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NONE;
  // Under an hour, whole minutes read better than "42m 00s".
  if (value >= 1 && value < 60) return `${Math.round(value)}${messages.sla.units.m}`;
  return formatDuration(value * 60_000, messages);
}

/** A UTC day (`YYYY-MM-DD`) as a short label ("Mar 2", "3月2日"). */
export function dayLabel(day: string, locale: Locale): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms)) return day;
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(ms);
}

/** A UTC day with its weekday and year, for tables and tooltips. */
export function dayLong(day: string, locale: Locale): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms)) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(ms);
}

/** A date (ISO time or `YYYY-MM-DD` in the agent's zone) for the period line. */
export function dateLabel(value: string | Date, locale: Locale): string {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}
