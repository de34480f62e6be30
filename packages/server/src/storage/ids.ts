/**
 * Time-ordered ids for rows read back in creation order (timeline entries).
 * Entries written in the same millisecond, or under a fake clock, still sort
 * in the order this process created them.
 */
import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/** Random bytes drawn in blocks: one system call per 4 KiB instead of one per id. */
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

function randomHex(bytes: number): string {
  if (poolOffset + bytes > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  poolOffset += bytes;
  return pool.toString('hex', poolOffset - bytes, poolOffset);
}

/** The next (milliseconds, counter) pair: strictly increasing within this process. */
function tick(): { ms: number; seq: number } {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else {
    counter += 1;
  }
  return { ms: lastMs, seq: counter };
}

/**
 * A 32-character id: milliseconds since the epoch, a per-process counter
 * within that millisecond, then random bits. Sorts as text in creation order.
 */
export function sortableId(): string {
  const { ms, seq } = tick();
  return `${ms.toString(16).padStart(12, '0')}${(seq % 0x1000000).toString(16).padStart(6, '0')}${randomHex(7)}`;
}

/**
 * A time-ordered UUID (version 7, RFC 9562): milliseconds since the epoch,
 * a per-process counter in the 12 bits after the version, then random bits.
 * For rows whose ids are public UUIDs: new ids land next to each other in the
 * primary-key index instead of all over it, which keeps writes small.
 *
 * @example
 * timeOrderedUuid(); // '0192f5a1-7c3e-7001-9f2b-4c8e0d6a1b37'
 */
export function timeOrderedUuid(): string {
  const { ms, seq } = tick();
  const time = ms.toString(16).padStart(12, '0');
  const random = randomHex(8);
  const variant = ((parseInt(random.slice(0, 1), 16) & 0x3) | 0x8).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${(seq % 0x1000).toString(16).padStart(3, '0')}-${variant}${random.slice(1, 4)}-${random.slice(4, 16)}`;
}
