import { describe, expect, it } from 'vitest';
import { bucketStore, takeTokens } from './token-bucket.js';

describe('token buckets', () => {
  it('allow a burst up to the limit, then one request per refill interval', () => {
    const store = bucketStore({ limit: 3, windowMs: 60_000 });
    const take = (now: number) => takeTokens([{ store, key: 'a' }], now);
    expect([take(0), take(0), take(0)].every((r) => r.allowed)).toBe(true);
    expect(take(0)).toEqual({ allowed: false, retryAfterMs: 20_000, refusedBy: 0 });
    expect(take(19_999).allowed).toBe(false);
    expect(take(20_000).allowed).toBe(true);
    expect(take(20_000).allowed).toBe(false);
    // A long pause refills to the limit, never beyond.
    for (let i = 0; i < 3; i++) expect(take(10_000_000).allowed).toBe(true);
    expect(take(10_000_000).allowed).toBe(false);
  });

  it('keeps keys apart', () => {
    const store = bucketStore({ limit: 1, windowMs: 1_000 });
    expect(takeTokens([{ store, key: 'a' }], 0).allowed).toBe(true);
    expect(takeTokens([{ store, key: 'a' }], 0).allowed).toBe(false);
    expect(takeTokens([{ store, key: 'b' }], 0).allowed).toBe(true);
  });

  it('takes from every bucket or from none, and names the one that refused', () => {
    const perIp = bucketStore({ limit: 5, windowMs: 60_000 });
    const perKey = bucketStore({ limit: 1, windowMs: 60_000 });
    const claims = [{ store: perIp, key: '1.2.3.4' }, { store: perKey, key: 'pk' }];
    expect(takeTokens(claims, 0).allowed).toBe(true);
    expect(takeTokens(claims, 0)).toMatchObject({ allowed: false, refusedBy: 1, retryAfterMs: 60_000 });
    // The refused request did not use the IP's tokens: four are left.
    for (let i = 0; i < 4; i++) expect(takeTokens([{ store: perIp, key: '1.2.3.4' }], 0).allowed).toBe(true);
    expect(takeTokens([{ store: perIp, key: '1.2.3.4' }], 0).allowed).toBe(false);
  });

  it('a clock going back neither refills nor drains', () => {
    const store = bucketStore({ limit: 1, windowMs: 1_000 });
    expect(takeTokens([{ store, key: 'a' }], 5_000).allowed).toBe(true);
    expect(takeTokens([{ store, key: 'a' }], 0).allowed).toBe(false);
    expect(takeTokens([{ store, key: 'a' }], 6_000).allowed).toBe(true);
  });

  it('stays bounded: full buckets go first, then the least recently used', () => {
    const store = bucketStore({ limit: 2, windowMs: 1_000 }, 10);
    for (let i = 0; i < 10; i++) takeTokens([{ store, key: `k${i}` }], 0);
    expect(store.size()).toBe(10);
    // Much later every bucket is full again: all are dropped to make room.
    takeTokens([{ store, key: 'new' }], 10_000);
    expect(store.size()).toBe(1);
    for (let i = 0; i < 20; i++) takeTokens([{ store, key: `busy${i}` }], 10_000);
    expect(store.size()).toBeLessThanOrEqual(10);
  });
});
