/**
 * A strict reader of the Prometheus text exposition format, for tests (and
 * any tool) to check what `/metrics` writes: every line must be a HELP, a
 * TYPE or a sample of a declared family, with well-formed labels.
 */

/** A parsed sample. */
export interface ParsedSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A parsed exposition: families by name with their type and help, and every sample. */
export interface ParsedExposition {
  families: Map<string, { type: string; help: string }>;
  samples: ParsedSample[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const SUFFIXES = ['_bucket', '_sum', '_count'];

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let rest = text;
  while (rest.length > 0) {
    const match = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,?)/.exec(rest);
    if (!match) throw new Error(`Malformed labels in: ${line}`);
    labels[match[1]!] = match[2]!.replace(/\\(.)/g, (_, ch: string) => (ch === 'n' ? '\n' : ch));
    rest = rest.slice(match[0].length);
    if (!match[3] && rest.length > 0) throw new Error(`Malformed labels in: ${line}`);
  }
  return labels;
}

function parseNumber(text: string, line: string): number {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === 'NaN') return NaN;
  const value = Number(text);
  if (text === '' || Number.isNaN(value)) throw new Error(`Malformed value in: ${line}`);
  return value;
}

/**
 * Parses an exposition; throws on the first malformed line.
 *
 * @example
 * const { samples } = parseExposition(await (await fetch('/metrics')).text());
 */
export function parseExposition(text: string): ParsedExposition {
  if (text.length > 0 && !text.endsWith('\n')) throw new Error('The exposition must end with a line feed');
  const families = new Map<string, { type: string; help: string }>();
  const samples: ParsedSample[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
    if (meta) {
      const [, kind, name, rest] = meta as unknown as [string, string, string, string];
      if (!NAME.test(name)) throw new Error(`Bad metric name: ${name}`);
      const family = families.get(name) ?? { type: 'untyped', help: '' };
      if (kind === 'TYPE') {
        if (!['counter', 'gauge', 'histogram', 'summary', 'untyped'].includes(rest)) throw new Error(`Bad type in: ${line}`);
        family.type = rest;
      } else family.help = rest;
      families.set(name, family);
      continue;
    }
    if (line.startsWith('#')) continue;
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!sample) throw new Error(`Malformed sample: ${line}`);
    const name = sample[1]!;
    const base = SUFFIXES.reduce((n, suffix) => (n.endsWith(suffix) && families.has(n.slice(0, -suffix.length)) ? n.slice(0, -suffix.length) : n), name);
    if (!families.has(base)) throw new Error(`Sample of an undeclared family: ${line}`);
    samples.push({ name, labels: parseLabels(sample[2] ?? '', line), value: parseNumber(sample[3]!, line) });
  }
  return { families, samples };
}
