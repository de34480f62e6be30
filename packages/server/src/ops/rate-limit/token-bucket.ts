/**
 * Token buckets in memory, keyed by client (an IP or a project key). A bucket
 * holds up to `limit` tokens and refills at `limit` per window, so a client
 * may burst up to the limit and then goes at the steady rate. Pure: time is
 * passed in, so tests run on a fake clock.
 */

/** A limit: `limit` requests per `windowMs`. */
export interface BucketLimit {
  limit: number;
  windowMs: number;
}

/** The answer of {@link takeTokens}: allowed, or refused with how long to wait. */
export type TakeResult = { allowed: true } | { allowed: false; retryAfterMs: number; refusedBy: number };

/** One client's bucket: tokens left and when they were last counted. */
export interface Bucket {
  tokens: number;
  updatedMs: number;
}

/** Buckets of one limit, bounded in number so random keys cannot exhaust memory. */
export interface BucketStore {
  readonly limit: BucketLimit;
  /** How many buckets are held (for tests and metrics). */
  size(): number;
  /** @internal The bucket of `key`, refilled up to `nowMs`. */
  refill(key: string, nowMs: number): Bucket;
}

/**
 * Creates a store of buckets for one limit. At `maxEntries` buckets, full ones
 * (equivalent to no bucket at all) are dropped first, then the least recently used.
 *
 * @example
 * const perIp = bucketStore({ limit: 60, windowMs: 60_000 });
 * takeTokens([{ store: perIp, key: '203.0.113.7' }], Date.now());
 */
export function bucketStore(limit: BucketLimit, maxEntries = 50_000): BucketStore {
  const buckets = new Map<string, Bucket>();
  function advance(bucket: Bucket, nowMs: number): void {
    // A clock that goes back (a test resetting it, an NTP step) neither refills nor drains.
    const elapsed = Math.max(0, nowMs - bucket.updatedMs);
    bucket.tokens = Math.min(limit.limit, bucket.tokens + (elapsed * limit.limit) / limit.windowMs);
    bucket.updatedMs = Math.max(bucket.updatedMs, nowMs);
  }

  function evict(nowMs: number): void {
    for (const [key, bucket] of buckets) {
      advance(bucket, nowMs);
      if (bucket.tokens >= limit.limit) buckets.delete(key);
    }
    // Still full of busy clients: drop the least recently used tenth.
    let excess = buckets.size - Math.floor(maxEntries * 0.9);
    for (const key of buckets.keys()) {
      if (excess-- <= 0) break;
      buckets.delete(key);
    }
  }

  return {
    limit,
    size: () => buckets.size,
    refill(key, nowMs) {
      let bucket = buckets.get(key);
      if (bucket) {
        // Re-insert so the map's order is least recently used first.
        buckets.delete(key);
        advance(bucket, nowMs);
      } else {
        if (buckets.size >= maxEntries) evict(nowMs);
        bucket = { tokens: limit.limit, updatedMs: nowMs };
      }
      buckets.set(key, bucket);
      return bucket;
    },
  };
}

/**
 * Takes one token from each named bucket, or from none: a request refused by
 * one limit does not use up the others. `refusedBy` is the index of the limit
 * that refused (the one with the longest wait).
 */
export function takeTokens(claims: ReadonlyArray<{ store: BucketStore; key: string }>, nowMs: number): TakeResult {
  const buckets = claims.map((claim) => claim.store.refill(claim.key, nowMs));
  let refusedBy = -1;
  let retryAfterMs = 0;
  buckets.forEach((bucket, i) => {
    if (bucket.tokens >= 1) return;
    const { limit, windowMs } = claims[i]!.store.limit;
    const wait = ((1 - bucket.tokens) * windowMs) / limit;
    if (wait > retryAfterMs) {
      retryAfterMs = wait;
      refusedBy = i;
    }
  });
  if (refusedBy >= 0) return { allowed: false, retryAfterMs, refusedBy };
  for (const bucket of buckets) bucket.tokens -= 1;
  return { allowed: true };
}
