/**
 * Time-zone arithmetic over the runtime's IANA database (`Intl`), with no date
 * library: the UTC offset of a zone at an instant, and the instant that a
 * local wall-clock time stands for.
 *
 * Wall times are "wall milliseconds": the local date and time encoded as if it
 * were UTC (`Date.UTC(y, m, d, h, min)`). A wall time that does not exist
 * (skipped by a spring-forward change) maps to the instant the clocks jump;
 * one that occurs twice (fall-back change) maps to its first occurrence. So
 * the mapping is the earliest instant whose wall time is at or after the one
 * asked for, and it never goes backwards as the wall time grows.
 *
 * Offsets are memoised per zone and instant: the results never change for a
 * given runtime, so the cache is invisible apart from speed.
 */

/** Milliseconds in a minute, an hour and a day. */
export const MINUTE_MS = 60_000;
/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;
/** Milliseconds in a (24-hour) day. */
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 4_096;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows an IANA time zone name (such as `Europe/Berlin`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function computeOffset(timeZone: string, epochMs: number): number {
  const seconds = Math.floor(epochMs / 1000) * 1000;
  const fields = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(seconds)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  const wall = new Date(0);
  wall.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  wall.setUTCHours(fields.hour % 24, fields.minute, fields.second, 0);
  return wall.getTime() - seconds;
}

/**
 * The offset of `timeZone` from UTC at an instant, in milliseconds
 * (`+7_200_000` for Berlin in summer). Throws a RangeError for an unknown zone.
 *
 * @example
 * timeZoneOffset('Asia/Shanghai', Date.UTC(2025, 0, 1)); // 28_800_000
 */
export function timeZoneOffset(timeZone: string, epochMs: number): number {
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const cached = zone.get(epochMs);
  if (cached !== undefined) return cached;
  const offset = computeOffset(timeZone, epochMs);
  if (zone.size >= OFFSET_CACHE_LIMIT) zone.clear();
  zone.set(epochMs, offset);
  return offset;
}

/** The wall time (local date and time encoded as UTC) of an instant in a zone. */
export function instantToWall(timeZone: string, epochMs: number): number {
  return epochMs + timeZoneOffset(timeZone, epochMs);
}

/** The first instant at or after which the offset is `after`, searched in `(low, high]`. */
function transitionInstant(timeZone: string, low: number, high: number, after: number): number {
  let lo = low;
  let hi = high;
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (mid <= lo || mid >= hi) break;
    if (timeZoneOffset(timeZone, mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The instant a wall time stands for in `timeZone`: the earliest instant whose
 * local time is at or after it (first occurrence in a repeated hour, the
 * moment of the jump in a skipped one).
 *
 * @example
 * wallToInstant('Europe/Berlin', Date.UTC(2025, 2, 30, 2, 30)); // 2025-03-30T01:00:00Z
 */
export function wallToInstant(timeZone: string, wallMs: number): number {
  const before = timeZoneOffset(timeZone, wallMs - DAY_MS);
  const after = timeZoneOffset(timeZone, wallMs + DAY_MS);
  if (before === after) return wallMs - before;
  const earlier = wallMs - before;
  const later = wallMs - after;
  const valid: number[] = [];
  if (timeZoneOffset(timeZone, earlier) === before) valid.push(earlier);
  if (timeZoneOffset(timeZone, later) === after) valid.push(later);
  if (valid.length > 0) return Math.min(...valid);
  return transitionInstant(timeZone, Math.min(earlier, later), Math.max(earlier, later), after);
}
