/**
 * A tiny Prometheus metrics registry: counters and histograms kept in memory,
 * gauges computed at scrape time, and the text exposition format (0.0.4)
 * they are written in. No dependency: the format is a few lines of text.
 */

/** Label names to values. Values are escaped when written. */
export type Labels = Record<string, string>;

/** One line of a metric family: a full sample name, its labels and its value. */
export interface Sample {
  name: string;
  labels: Labels;
  value: number;
}

/** A metric family as written: `# HELP`, `# TYPE` and its samples. */
export interface MetricFamily {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  samples: Sample[];
}

/** The Content-Type of the text exposition format. */
export const EXPOSITION_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Request latency buckets, in seconds. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

const keyOf = (labelNames: readonly string[], labels: Labels) => JSON.stringify(labelNames.map((n) => labels[n] ?? ''));
const labelsOf = (labelNames: readonly string[], key: string): Labels => {
  const values = JSON.parse(key) as string[];
  return Object.fromEntries(labelNames.map((n, i) => [n, values[i]!]));
};

/** A monotonically growing count per label set. */
export interface Counter {
  inc(labels: Labels, by?: number): void;
  collect(): MetricFamily;
}

/**
 * Creates a counter; its name should end in `_total`.
 *
 * @example
 * const requests = counter('app_requests_total', 'Requests served', ['method']);
 * requests.inc({ method: 'GET' });
 */
export function counter(name: string, help: string, labelNames: readonly string[]): Counter {
  const values = new Map<string, number>();
  return {
    inc(labels, by = 1) {
      const key = keyOf(labelNames, labels);
      values.set(key, (values.get(key) ?? 0) + by);
    },
    collect: () => ({
      name,
      help,
      type: 'counter',
      samples: [...values].map(([key, value]) => ({ name, labels: labelsOf(labelNames, key), value })),
    }),
  };
}

/** A distribution of observed values in cumulative buckets, per label set. */
export interface Histogram {
  observe(labels: Labels, value: number): void;
  collect(): MetricFamily;
}

/**
 * Creates a histogram with fixed upper bounds (a `+Inf` bucket is implied).
 *
 * @example
 * const latency = histogram('app_request_duration_seconds', 'Latency', ['route'], LATENCY_BUCKETS);
 * latency.observe({ route: '/v1/reports' }, 0.012);
 */
export function histogram(name: string, help: string, labelNames: readonly string[], buckets: readonly number[]): Histogram {
  const series = new Map<string, { counts: number[]; sum: number; count: number }>();
  return {
    observe(labels, value) {
      const key = keyOf(labelNames, labels);
      let entry = series.get(key);
      if (!entry) series.set(key, (entry = { counts: buckets.map(() => 0), sum: 0, count: 0 }));
      // Buckets are cumulative: a value counts in every bucket whose bound it does not exceed.
      buckets.forEach((bound, i) => {
        if (value <= bound) entry.counts[i]! += 1;
      });
      entry.sum += value;
      entry.count += 1;
    },
    collect() {
      const samples: Sample[] = [];
      for (const [key, entry] of series) {
        const labels = labelsOf(labelNames, key);
        buckets.forEach((bound, i) => {
          samples.push({ name: `${name}_bucket`, labels: { ...labels, le: formatValue(bound) }, value: entry.counts[i]! });
        });
        samples.push({ name: `${name}_bucket`, labels: { ...labels, le: '+Inf' }, value: entry.count });
        samples.push({ name: `${name}_sum`, labels, value: entry.sum });
        samples.push({ name: `${name}_count`, labels, value: entry.count });
      }
      return { name, help, type: 'histogram', samples };
    },
  };
}

/** A gauge family from rows computed at scrape time. */
export function gauge(name: string, help: string, rows: Array<{ labels: Labels; value: number }>): MetricFamily {
  return { name, help, type: 'gauge', samples: rows.map((row) => ({ name, labels: row.labels, value: row.value })) };
}

/** A number as the format writes it: `+Inf`, `-Inf`, `NaN` or a decimal. */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

/** Escapes a label value: backslash, double quote and line feed. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

const escapeHelp = (text: string) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

/** Writes metric families in the text exposition format; the text ends with a line feed. */
export function renderExposition(families: readonly MetricFamily[]): string {
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
    for (const sample of family.samples) {
      const pairs = Object.entries(sample.labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`);
      lines.push(`${sample.name}${pairs.length > 0 ? `{${pairs.join(',')}}` : ''} ${formatValue(sample.value)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
