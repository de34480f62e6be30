import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleCollector } from './console.js';
import type { Collector } from './types.js';
import type { ConsoleEntry } from '../schemas/diagnostics.js';

const installed: Array<Collector<ConsoleEntry[]>> = [];
function collector(...args: Parameters<typeof createConsoleCollector>) {
  const c = createConsoleCollector(...args);
  c.install();
  installed.push(c);
  return c;
}
afterEach(() => {
  for (const c of installed.splice(0)) c.uninstall();
});

const NOW = Date.parse('2025-03-01T12:00:00Z');

describe('console collector', () => {
  it('records level, time and safe copies of the arguments, and still logs', () => {
    const c = collector({}, { now: () => NOW });
    const cyclic: Record<string, unknown> = { n: 1 };
    cyclic.self = cyclic;
    console.info('[probe] info', cyclic);
    cyclic.n = 2;
    console.error('[probe]', new TypeError('bad'));
    const entries = c.collect() ?? [];
    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual({ level: 'info', time: '2025-03-01T12:00:00.000Z', args: ['[probe] info', { n: 1, self: '[Circular]' }] });
    expect(entries[1]?.args[1]).toMatchObject({ $type: 'Error', name: 'TypeError', message: 'bad' });
  });

  it('keeps the last N entries and only the chosen levels', () => {
    const c = collector({ max: 2, levels: ['warn'] });
    console.warn('[probe] 1');
    console.log('[probe] not recorded');
    console.warn('[probe] 2');
    console.warn('[probe] 3');
    expect(c.collect()?.map((e) => e.args[0])).toEqual(['[probe] 2', '[probe] 3']);
  });

  it('cuts huge strings', () => {
    const c = collector({ serialize: { maxStringLength: 10 } });
    console.log('[probe] ' + 'x'.repeat(100));
    expect(c.collect()?.[0]?.args[0]).toBe('[probe] xx…[+98 chars]');
  });

  it('restores every console method on uninstall and returns nothing when empty', () => {
    const before = { log: console.log, warn: console.warn, error: console.error, info: console.info, debug: console.debug };
    const c = createConsoleCollector();
    c.install();
    c.install();
    expect(console.log).not.toBe(before.log);
    c.uninstall();
    c.uninstall();
    expect({ log: console.log, warn: console.warn, error: console.error, info: console.info, debug: console.debug }).toEqual(before);
    expect(c.collect()).toBeUndefined();
  });
});
