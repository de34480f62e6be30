import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitDiagnostics, jsonBytes } from './fit-diagnostics.js';

const entry = (i: number) => ({ level: 'log', time: '2025-01-01T00:00:00.000Z', args: [`message ${i}`, 'x'.repeat(100)] });

describe('fitDiagnostics', () => {
  it('leaves small diagnostics untouched', () => {
    const input = { console: [entry(1)], context: { plan: 'pro' } };
    expect(fitDiagnostics(input, 10_000)).toBe(input);
  });

  it('drops the oldest console entries first and counts them', () => {
    const input = { sdk: { name: 'x', version: '1' }, console: Array.from({ length: 100 }, (_, i) => entry(i)), errors: [] };
    const out = fitDiagnostics(input, 4_000);
    expect(jsonBytes(out)).toBeLessThanOrEqual(4_000);
    const kept = out.console as Array<ReturnType<typeof entry>>;
    const dropped = (out.truncated as Record<string, number>).console as number;
    expect(kept.length + dropped).toBe(100);
    expect(kept.at(-1)).toEqual(entry(99));
    expect(kept[0]).toEqual(entry(dropped));
    expect(out.sdk).toEqual({ name: 'x', version: '1' });
  });

  it('trims the largest list, not a small one', () => {
    const input = {
      console: Array.from({ length: 50 }, (_, i) => entry(i)),
      errors: [{ kind: 'error', message: 'keep me' }],
    };
    const out = fitDiagnostics(input, 3_000);
    expect(out.errors).toEqual(input.errors);
    expect((out.truncated as Record<string, number>).errors).toBeUndefined();
  });

  it('drops a whole section when lists are not enough', () => {
    const out = fitDiagnostics({ sdk: { name: 'x' }, context: { blob: 'y'.repeat(5_000) }, console: [] }, 500);
    expect(out.context).toBeUndefined();
    expect(out.truncated).toEqual({ context: 1 });
  });

  it('always ends under the limit when the kept sections fit', () => {
    const diag = fc.record({
      console: fc.array(fc.record({ level: fc.constant('log'), args: fc.array(fc.string({ maxLength: 300 })) }), { maxLength: 60 }),
      network: fc.array(fc.record({ url: fc.webUrl(), status: fc.integer() }), { maxLength: 60 }),
      context: fc.dictionary(fc.string(), fc.string({ maxLength: 500 })),
    });
    fc.assert(
      fc.property(diag, fc.integer({ min: 200, max: 20_000 }), (input, max) => {
        expect(jsonBytes(fitDiagnostics(input, max))).toBeLessThanOrEqual(max);
      }),
      { numRuns: 100 },
    );
  });
});
