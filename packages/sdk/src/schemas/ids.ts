/**
 * Report ids: the client makes them (they are the idempotency key end to
 * end), as time-ordered UUIDs (version 7, RFC 9562). Any UUID is accepted;
 * time-ordered ones land next to each other in the server's primary-key
 * index instead of all over it, so filing writes fewer pages. The server
 * uses the same ids for the tickets it opens.
 */

let lastMs = 0;
let sequence = 0;

// Random bytes drawn 512 at a time: one getRandomValues call per 64 ids, not per id.
const pool = new Uint8Array(512);
let poolOffset = pool.length;

function randomBytes(count: number): Uint8Array {
  if (poolOffset + count > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    poolOffset = 0;
  }
  poolOffset += count;
  return pool.slice(poolOffset - count, poolOffset);
}

/**
 * A time-ordered UUID (version 7): 48 bits of milliseconds since the epoch,
 * then a 12-bit counter within the millisecond (so ids of one process sort
 * in creation order), the variant, and 62 random bits.
 *
 * @example
 * timeOrderedUuid(); // '019ad3f0-1c2e-7000-9f2b-4c8e0d6a1b37'
 */
export function timeOrderedUuid(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else {
    sequence += 1;
  }
  const random = randomBytes(8);
  random[0] = (random[0]! & 0x3f) | 0x80; // variant 10xx
  const hex = Array.from(random, (byte) => byte.toString(16).padStart(2, '0')).join('');
  const time = lastMs.toString(16).padStart(12, '0');
  const counter = (sequence % 0x1000).toString(16).padStart(3, '0');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${counter}-${hex.slice(0, 4)}-${hex.slice(4)}`;
}
