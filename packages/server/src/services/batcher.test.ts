import { describe, expect, it } from 'vitest';
import { createBatcher } from './batcher.js';

describe('createBatcher', () => {
  it('runs items handed in together as one batch, in order', async () => {
    const batches: number[][] = [];
    const batcher = createBatcher(async (items: number[]) => {
      batches.push(items);
      return items.map((n) => n * 10);
    }, { maxBatch: 100 });
    const outcomes = await Promise.all([1, 2, 3].map((n) => batcher.submit(n)));
    expect(outcomes).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('collects what arrives while a batch runs into the next one, one batch at a time', async () => {
    const batches: number[][] = [];
    let running = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const batcher = createBatcher(async (items: number[]) => {
      running += 1;
      expect(running).toBe(1);
      batches.push(items);
      if (batches.length === 1) await gate;
      running -= 1;
      return items;
    }, { maxBatch: 100 });
    const first = batcher.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((n) => batcher.submit(n));
    release();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('hands over the next batch while one runs when two may be in flight, never a third', async () => {
    const started: number[][] = [];
    const gates: Array<() => void> = [];
    let running = 0;
    let most = 0;
    const batcher = createBatcher(async (items: number[]) => {
      started.push(items);
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => gates.push(resolve));
      running -= 1;
      return items;
    }, { maxBatch: 2, inFlight: 2 });
    const all = [1, 2, 3, 4, 5, 6].map((n) => batcher.submit(n));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([[1, 2], [3, 4]]);
    gates.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toEqual([[1, 2], [3, 4], [5, 6]]);
    while (gates.length > 0) gates.shift()!();
    expect(await Promise.all(all)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(most).toBe(2);
  });

  it('hands a full batch over at once, without waiting for the turn to end', async () => {
    const started: number[][] = [];
    const batcher = createBatcher(async (items: number[]) => {
      started.push(items);
      return items;
    }, { maxBatch: 2, inFlight: 4 });
    const all = [1, 2, 3, 4, 5].map((n) => batcher.submit(n));
    // Still in the same turn: the two full batches have started, the last item waits for the turn to end.
    expect(started).toEqual([[1, 2], [3, 4]]);
    expect(await Promise.all(all)).toEqual([1, 2, 3, 4, 5]);
    expect(started).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('never gives a batch more than maxBatch items', async () => {
    const sizes: number[] = [];
    const batcher = createBatcher(async (items: number[]) => {
      sizes.push(items.length);
      return items;
    }, { maxBatch: 4 });
    await Promise.all(Array.from({ length: 10 }, (_, n) => batcher.submit(n)));
    expect(sizes).toEqual([4, 4, 2]);
  });

  it('rejects only the items answered with an Error', async () => {
    const batcher = createBatcher(async (items: number[]) => items.map((n) => (n % 2 ? new Error(`odd ${n}`) : n)), { maxBatch: 10 });
    const outcomes = await Promise.allSettled([1, 2, 3].map((n) => batcher.submit(n)));
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
    expect((outcomes[0] as PromiseRejectedResult).reason.message).toBe('odd 1');
  });

  it('rejects every item of a batch whose run throws, and goes on with the next batch', async () => {
    let calls = 0;
    const batcher = createBatcher(async (items: string[]) => {
      calls += 1;
      if (calls === 1) throw new Error('database gone');
      return items;
    }, { maxBatch: 10 });
    const failed = await Promise.allSettled([batcher.submit('a'), batcher.submit('b')]);
    expect(failed.every((o) => o.status === 'rejected' && (o.reason as Error).message === 'database gone')).toBe(true);
    expect(await batcher.submit('c')).toBe('c');
  });

  it('rejects items a run forgot to answer', async () => {
    const batcher = createBatcher(async (items: number[]) => items.slice(0, 1), { maxBatch: 10 });
    const outcomes = await Promise.allSettled([batcher.submit(1), batcher.submit(2)]);
    expect(outcomes[0]).toEqual({ status: 'fulfilled', value: 1 });
    expect(outcomes[1]!.status).toBe('rejected');
  });
});
