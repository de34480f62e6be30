/**
 * Times for display in the agent's locale: an absolute date-time and a short
 * relative one ("3 min ago"), both through `Intl`, never hand-built.
 */
import type { Locale } from '../i18n/locales.js';

const absolute = new Map<string, Intl.DateTimeFormat>();
const relative = new Map<string, Intl.RelativeTimeFormat>();

/**
 * A date and time in the locale's format; the input text when it is not a time.
 *
 * @example
 * formatDateTime('2026-03-02T10:00:00Z', 'en'); // "Mar 2, 2026, 10:00 AM" (in the local zone)
 */
export function formatDateTime(iso: string, locale: Locale, withSeconds = false): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const key = `${locale}|${withSeconds}`;
  let format = absolute.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: withSeconds ? 'medium' : 'short',
    });
    absolute.set(key, format);
  }
  return format.format(ms);
}

/** A clock time with milliseconds (`10:00:01.250`), for diagnostics entries. */
export function formatClockTime(iso: string, locale: Locale): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  return `${time.format(ms)}.${String(new Date(ms).getMilliseconds()).padStart(3, '0')}`;
}

const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * How long ago (or ahead) `iso` is from `now`, in the largest fitting unit.
 *
 * @example
 * formatRelative('2026-03-02T10:00:00Z', 'en', Date.parse('2026-03-02T10:05:00Z')); // "5 minutes ago"
 */
export function formatRelative(iso: string, locale: Locale, now: number): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  let format = relative.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relative.set(locale, format);
  }
  const diff = ms - now;
  for (const [unit, size] of STEPS) {
    if (Math.abs(diff) >= size) return format.format(Math.round(diff / size), unit);
  }
  return format.format(Math.round(diff / 1000 / 60), 'minute');
}
