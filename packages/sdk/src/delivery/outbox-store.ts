/**
 * Where the outbox keeps reports until the server acknowledges them: the
 * store interface, the record it holds, and the in-memory store used in Node
 * and as a fallback when IndexedDB is unavailable.
 */
import type { ReportFiles } from '../payload/report-files.js';
import type { ReportInput } from '../schemas/index.js';

/** The last failure of a report's delivery. */
export interface DeliveryError {
  code: string;
  status: number;
  message: string;
}

/** A report waiting in the outbox. */
export interface OutboxRecord {
  /** The report id, also the idempotency key. */
  id: string;
  /** The exact payload that is sent. */
  payload: ReportInput;
  /** The screenshot and attachments sent with it (Blobs: IndexedDB stores them as they are). */
  files?: ReportFiles;
  /** When the report entered the outbox, ms since the epoch. */
  queuedAt: number;
  /** Delivery attempts made so far. */
  attempts: number;
  /** Earliest time of the next scheduled attempt, ms since the epoch. */
  nextAttemptAt: number;
  /** Set from `Retry-After`: no attempt before this time, even on a forced flush. */
  notBefore?: number;
  /** Why the last attempt failed. */
  lastError?: DeliveryError;
}

/** Persistent storage of outbox records. Implementations must survive page reloads where they can. */
export interface OutboxStore {
  /** Inserts or replaces a record. */
  put(record: OutboxRecord): Promise<void>;
  /** Removes a record; removing a missing id is not an error. */
  delete(id: string): Promise<void>;
  /** Every record, in no particular order. */
  all(): Promise<OutboxRecord[]>;
  /** Releases resources (database connections). */
  close?(): void;
}

/**
 * A store that lives in memory: for Node, tests, and browsers without IndexedDB.
 * Records are copied in and out, as a real store would; their files are
 * shared, not copied (Blobs are immutable, and Node's structured clone would
 * turn a File into a nameless Blob).
 *
 * @example
 * const aftercare = createAftercare({ endpoint, projectKey, storage: createMemoryStore() });
 */
export function createMemoryStore(): OutboxStore {
  const records = new Map<string, OutboxRecord>();
  return {
    async put(record) {
      records.set(record.id, copy(record));
    },
    async delete(id) {
      records.delete(id);
    },
    async all() {
      return [...records.values()].map(copy);
    },
  };
}

function copy(record: OutboxRecord): OutboxRecord {
  const { files, ...rest } = record;
  const cloned = structuredClone(rest) as OutboxRecord;
  if (files) cloned.files = { ...files, ...(files.attachments ? { attachments: [...files.attachments] } : {}) };
  return cloned;
}
