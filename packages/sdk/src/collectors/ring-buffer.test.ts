import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRingBuffer } from './ring-buffer.js';

describe('createRingBuffer', () => {
  it.each([
    [3, [1, 2], [1, 2], 0],
    [3, [1, 2, 3], [1, 2, 3], 0],
    [3, [1, 2, 3, 4, 5], [3, 4, 5], 2],
    [1, [1, 2], [2], 1],
    [0, [1], [], 1],
  ])('capacity %i after %j keeps %j (dropped %i)', (capacity, pushed, kept, dropped) => {
    const buffer = createRingBuffer<number>(capacity);
    for (const item of pushed) buffer.push(item);
    expect(buffer.toArray()).toEqual(kept);
    expect(buffer.dropped).toBe(dropped);
  });

  it('always holds the last min(n, capacity) items in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.integer()), (capacity, pushed) => {
        const buffer = createRingBuffer<number>(capacity);
        for (const item of pushed) buffer.push(item);
        expect(buffer.toArray()).toEqual(pushed.slice(-capacity));
      }),
    );
  });

  it('clears', () => {
    const buffer = createRingBuffer<number>(2);
    buffer.push(1);
    buffer.push(2);
    buffer.push(3);
    buffer.clear();
    expect(buffer.toArray()).toEqual([]);
    expect(buffer.dropped).toBe(0);
  });
});
