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
