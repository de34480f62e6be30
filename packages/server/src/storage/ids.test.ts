import { describe, expect, it } from 'vitest';
import { sortableId } from './ids.js';

describe('sortableId', () => {
  it('sorts in creation order, also within one millisecond', () => {
    const ids = Array.from({ length: 2_000 }, () => sortableId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });
});

