import { describe, expect, it } from 'vitest';
import { dryRunInputSchema } from './triage.js';

describe('dryRunInputSchema', () => {
  it('takes a report without id, time or page, and applies the report defaults', () => {
    expect(dryRunInputSchema.parse({ kind: 'bug', message: 'Checkout crashes' })).toEqual({
      kind: 'bug',
      message: 'Checkout crashes',
      impact: 'unknown',
      diagnostics: {},
      metadata: {},
    });
  });

  it('keeps the checks of a report', () => {
    for (const body of [{ kind: 'complaint', message: 'Checkout crashes' }, { kind: 'bug', message: 'Checkout crashes', extra: 1 }, { kind: 'bug' }]) {
      expect(dryRunInputSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });
});
