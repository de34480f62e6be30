/**
 * Time-ordered ids for rows read back in creation order (timeline entries).
 * Entries written in the same millisecond, or under a fake clock, still sort
 * in the order this process created them.
 */
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/**
 * A 32-character id: milliseconds since the epoch, a per-process counter
 * within that millisecond, then random bits. Sorts as text in creation order.
 */
export function sortableId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else {
    counter += 1;
  }
  const time = lastMs.toString(16).padStart(12, '0');
  const seq = (counter % 0x1000000).toString(16).padStart(6, '0');
  return `${time}${seq}${randomBytes(7).toString('hex')}`;
}
