import { describe, expect, it } from 'vitest';
import { parseExposition } from './parse-exposition.js';
import { counter, escapeLabelValue, gauge, histogram, renderExposition } from './registry.js';

describe('the metrics registry', () => {
  it('writes counters with escaped labels that parse back', () => {
    const c = counter('t_requests_total', 'Requests.\nSecond line \\ too', ['route']);
    c.inc({ route: '/a' });
    c.inc({ route: '/a' }, 2);
    c.inc({ route: 'quote " back \\ newline \n' });
    const text = renderExposition([c.collect()]);
    expect(text).toContain('# HELP t_requests_total Requests.\\nSecond line \\\\ too\n');
    expect(text).toContain('t_requests_total{route="/a"} 3\n');
    expect(text).toContain('t_requests_total{route="quote \\" back \\\\ newline \\n"} 1\n');
    const parsed = parseExposition(text);
    expect(parsed.families.get('t_requests_total')).toEqual({ type: 'counter', help: 'Requests.\\nSecond line \\\\ too' });
    expect(parsed.samples.map((s) => s.labels.route)).toEqual(['/a', 'quote " back \\ newline \n']);
  });

  it('writes cumulative histogram buckets, +Inf, sum and count', () => {
    const h = histogram('t_seconds', 'Latency.', ['route'], [0.1, 1]);
    h.observe({ route: '/a' }, 0.05);
    h.observe({ route: '/a' }, 0.5);
    h.observe({ route: '/a' }, 5);
    const { samples } = parseExposition(renderExposition([h.collect()]));
    const value = (name: string, le?: string) => samples.find((s) => s.name === name && s.labels.le === le)?.value;
    expect([value('t_seconds_bucket', '0.1'), value('t_seconds_bucket', '1'), value('t_seconds_bucket', '+Inf')]).toEqual([1, 2, 3]);
    expect(value('t_seconds_count')).toBe(3);
    expect(value('t_seconds_sum')).toBeCloseTo(5.55);
  });

  it('writes gauges without labels, and nothing at all for no families', () => {
    expect(renderExposition([gauge('t_size', 'Size.', [{ labels: {}, value: 7 }])])).toBe('# HELP t_size Size.\n# TYPE t_size gauge\nt_size 7\n');
    expect(renderExposition([])).toBe('');
  });

  it('escapes only what the format says', () => {
    expect(escapeLabelValue('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
  });

  it('the parser rejects malformed text', () => {
    expect(() => parseExposition('x 1\n')).toThrow(/undeclared/);
    expect(() => parseExposition('# TYPE x counter\nx{a=b} 1\n')).toThrow(/labels/);
    expect(() => parseExposition('# TYPE x counter\nx one\n')).toThrow(/value/);
    expect(() => parseExposition('# TYPE x counter\nx 1')).toThrow(/line feed/);
  });
});
