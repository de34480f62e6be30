/**
 * A fixed-capacity buffer that keeps the most recent items: collectors push
 * forever and never hold more than their limit.
 */

/** A bounded buffer of the last `capacity` items. */
export interface RingBuffer<T> {
  /** Adds an item, dropping the oldest when full. */
  push(item: T): void;
  /** The items, oldest first. */
  toArray(): T[];
  /** Items pushed but dropped for lack of room since the last clear. */
  readonly dropped: number;
  /** Removes every item. */
  clear(): void;
}

/**
 * Creates a ring buffer.
 *
 * @example
 * const buffer = createRingBuffer<number>(2);
 * buffer.push(1); buffer.push(2); buffer.push(3);
 * buffer.toArray(); // [2, 3]
 */
export function createRingBuffer<T>(capacity: number): RingBuffer<T> {
  const size = Math.max(0, Math.floor(capacity));
  let items: T[] = [];
  let start = 0;
  let dropped = 0;
  return {
    push(item) {
      if (size === 0) {
        dropped++;
        return;
      }
      if (items.length < size) {
        items.push(item);
        return;
      }
      items[start] = item;
      start = (start + 1) % size;
      dropped++;
    },
    toArray() {
      return [...items.slice(start), ...items.slice(0, start)];
    },
    get dropped() {
      return dropped;
    },
    clear() {
      items = [];
      start = 0;
      dropped = 0;
    },
  };
}
