/**
 * The stats page's period, pure: read from and written to the URL (`?days=7`
 * or `?from=2026-03-01&to=2026-03-31`), turned into the request's `[from,
 * to)` ISO times, and the server's days-with-tickets filled into every day of
 * the period so a chart has no gaps.
 */

/** The preset periods, in days. */
export const PRESETS = [7, 30, 90] as const;
/** A preset period. */
export type Preset = (typeof PRESETS)[number];

/** The period chosen: a preset ending now, or whole days in the agent's time zone. */
export type Period = { kind: 'preset'; days: Preset } | { kind: 'custom'; from: string; to: string };

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The default period: the last 30 days, as the server's own default. */
export const DEFAULT_PERIOD: Period = { kind: 'preset', days: 30 };

/**
 * Reads the period from the query string; anything unknown is the default.
 *
 * @example
 * readPeriod(new URLSearchParams('from=2026-03-01&to=2026-03-31')); // { kind: 'custom', from: '2026-03-01', to: '2026-03-31' }
 */
export function readPeriod(params: URLSearchParams): Period {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (DAY.test(from) && DAY.test(to) && from <= to && !Number.isNaN(Date.parse(from)) && !Number.isNaN(Date.parse(to))) {
    return { kind: 'custom', from, to };
  }
  const days = Number(params.get('days'));
  return (PRESETS as readonly number[]).includes(days) ? { kind: 'preset', days: days as Preset } : DEFAULT_PERIOD;
}

/** Writes the period to a query string; the default writes nothing. */
export function writePeriod(period: Period): URLSearchParams {
  if (period.kind === 'custom') return new URLSearchParams({ from: period.from, to: period.to });
  return period.days === 30 ? new URLSearchParams() : new URLSearchParams({ days: String(period.days) });
}

/** Local midnight of a `YYYY-MM-DD` day plus `days`. */
function localDay(day: string, days = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + days);
}

/**
 * The request's `[from, to)` for a period at `now`, in the agent's time
 * zone: a preset is today and the days before it (the last 7 days start at
 * midnight six days ago) up to the end of the current minute; custom days run
 * from the first day's midnight to the midnight after the last day.
 *
 * @example
 * periodRange({ kind: 'preset', days: 7 }, Date.parse('2026-03-08T12:00:30')); // from 2026-03-02 00:00 to 2026-03-08 12:01, local time
 */
export function periodRange(period: Period, now: number): { from: string; to: string } {
  if (period.kind === 'custom') return { from: localDay(period.from).toISOString(), to: localDay(period.to, 1).toISOString() };
  // The end of the current minute, so what was filed a moment ago counts, and the key stays stable within a minute.
  const to = (Math.floor(now / 60_000) + 1) * 60_000;
  return { from: localDay(localDate(now), 1 - period.days).toISOString(), to: new Date(to).toISOString() };
}

/** The `YYYY-MM-DD` of a day in the agent's time zone, for date inputs. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The agent's IANA time zone (the browser's), in which the stats count days.
 *
 * @example
 * agentTimeZone(); // 'Asia/Shanghai'
 */
export function agentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The `YYYY-MM-DD` an instant falls on in a time zone. */
function dayIn(timeZone: string, ms: number): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

/**
 * Every day of the period with its count (0 for days the server left out,
 * since it lists only days with tickets): the days from the one `from` falls
 * on to the one just before `to`, in the time zone the server counted in.
 *
 * @example
 * fillDays([{ day: '2026-03-02', count: 4 }], { from: '2026-03-01T00:00:00Z', to: '2026-03-04T00:00:00Z', timeZone: 'UTC' });
 * // [{ day: '2026-03-01', count: 0 }, { day: '2026-03-02', count: 4 }, { day: '2026-03-03', count: 0 }]
 */
export function fillDays(
  byDay: ReadonlyArray<{ day: string; count: number }>,
  period: { from: string; to: string; timeZone: string },
): Array<{ day: string; count: number }> {
  const counts = new Map(byDay.map((d) => [d.day, d.count]));
  const first = dayIn(period.timeZone, Date.parse(period.from));
  const last = dayIn(period.timeZone, Date.parse(period.to) - 1);
  const days: Array<{ day: string; count: number }> = [];
  // Calendar days, stepped as UTC dates: the same in every zone.
  for (let t = Date.parse(`${first}T00:00:00Z`); days.length < 1000; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > last) break;
    days.push({ day, count: counts.get(day) ?? 0 });
  }
  // A day the server counted outside the computed range (clock skew) is still shown.
  for (const d of byDay) if (!days.some((x) => x.day === d.day)) days.push({ ...d });
  return days.sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * A round upper bound for a chart's axis: 1, 2 or 5 times a power of ten.
 *
 * @example
 * niceMax(37); // 50
 */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (value <= step * power) return step * power;
  return 10 * power;
}
