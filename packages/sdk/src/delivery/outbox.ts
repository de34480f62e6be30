/**
 * The outbox: every report is stored before its first attempt and stays
 * until the server acknowledges it. Failed attempts are retried on a backoff
 * schedule (honouring `Retry-After`); refused reports (non-retryable 4xx)
 * leave with a reason. The report id is the idempotency key, so a retry after
 * a lost response files nothing twice; within one outbox an id is never in
 * flight twice, and with an {@link Exclusive} neither across outboxes sharing
 * the store (tabs, the widget and the host app).
 */
import { AftercareError } from '../errors.js';
import { hasFiles, type ReportFiles } from '../payload/report-files.js';
import type { ReportInput, ReportReceipt } from '../schemas/index.js';
import { nextRetryDelay, type BackoffOptions } from './backoff.js';
import { systemClock, type Clock } from './clock.js';
import type { DeliveryEvents, Emitter } from './events.js';
import { BUSY, type Exclusive } from './exclusive.js';
import type { DeliveryError, OutboxRecord, OutboxStore } from './outbox-store.js';

/** What the outbox needs. */
export interface OutboxOptions {
  store: OutboxStore;
  /** Sends one report with its files; rejects with an {@link AftercareError}. */
  transport: (payload: ReportInput, files?: ReportFiles) => Promise<ReportReceipt>;
  /** Where `queued`, `sent` and `failed` are announced. */
  events: Emitter<DeliveryEvents>;
  clock?: Clock;
  /** Random numbers in `[0, 1)` for jitter. */
  random?: () => number;
  retry?: BackoffOptions;
  /** Coordinates attempts with other outboxes over the same store; none by default. */
  exclusive?: Exclusive;
}

/** How one delivery attempt ended. */
export type AttemptOutcome =
  | { status: 'sent'; id: string; receipt: ReportReceipt }
  | { status: 'queued'; id: string; error: AftercareError }
  | { status: 'failed'; id: string; error: AftercareError };

/** The outbox. */
export interface Outbox {
  /** Stores the payload and its files, then makes a first attempt. */
  enqueue(payload: ReportInput, files?: ReportFiles): Promise<AttemptOutcome>;
  /** Attempts every waiting report; `force` ignores the backoff schedule (not `Retry-After`). */
  flush(options?: { force?: boolean }): Promise<void>;
  /** The reports waiting, oldest first. */
  pending(): Promise<OutboxRecord[]>;
  /** Stops the retry timer; waits for attempts in flight. */
  close(): Promise<void>;
}

/**
 * Creates an outbox over a store and a transport.
 *
 * @example
 * const outbox = createOutbox({ store: createMemoryStore(), transport: client.send, events: createEmitter() });
 * await outbox.enqueue(client.prepare({ kind: 'bug', message: 'x' }));
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const { store, transport, events } = options;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const inFlight = new Map<string, Promise<AttemptOutcome>>();
  // Ids this outbox saw leave (sent or refused): a flush that read the store before they left skips them.
  const settled = new Set<string>();
  let timer: unknown;
  let running: Promise<void> | undefined;
  let again = false;
  let forceAgain = false;
  let closed = false;
  // Ids another outbox is sending, with the time until which this one leaves them alone.
  const elsewhere = new Map<string, number>();

  /** Runs `task` under the report's lock; without locks (or when they fail), just runs it. */
  async function guarded<T>(id: string, task: () => Promise<T>): Promise<T | typeof BUSY> {
    if (!options.exclusive) return task();
    let started = false;
    try {
      return await options.exclusive(id, () => {
        started = true;
        return task();
      });
    } catch (error) {
      if (started) throw error;
      return task();
    }
  }

  /** An attempt from a flush: under the lock, on the record as stored now (another outbox may have sent it). */
  async function attemptStored(record: OutboxRecord): Promise<void> {
    if (inFlight.has(record.id)) {
      await inFlight.get(record.id);
      return;
    }
    const result = await guarded(record.id, async () => {
      const current = options.exclusive ? (await store.all()).find((r) => r.id === record.id) : record;
      if (current) await attempt(current);
      else settled.add(record.id);
    });
    if (result === BUSY) elsewhere.set(record.id, clock.now() + ELSEWHERE_WAIT_MS);
  }

  function attempt(record: OutboxRecord): Promise<AttemptOutcome> {
    const current = inFlight.get(record.id);
    if (current) return current;
    const promise = deliver(record).finally(() => inFlight.delete(record.id));
    inFlight.set(record.id, promise);
    return promise;
  }

  async function deliver(record: OutboxRecord): Promise<AttemptOutcome> {
    const attempts = record.attempts + 1;
    let receipt: ReportReceipt;
    try {
      receipt = await transport(record.payload, record.files);
    } catch (cause) {
      const error = asAftercareError(cause);
      const lastError: DeliveryError = { code: error.code, status: error.status, message: error.message };
      if (!error.retryable) {
        settled.add(record.id);
        await quietly(store.delete(record.id));
        const reason = `The server refused report ${record.id} (HTTP ${error.status} ${error.code}: ${error.message}); it was removed from the outbox and will not be retried.`;
        events.emit('failed', { id: record.id, attempts, ...lastError, reason });
        return { status: 'failed', id: record.id, error };
      }
      const now = clock.now();
      const delay = nextRetryDelay({ attempt: attempts, retryAfter: error.retryAfter, now }, options.retry, random);
      const next: OutboxRecord = { ...record, attempts, nextAttemptAt: now + delay, lastError };
      if (error.retryAfter !== undefined) next.notBefore = now + delay;
      else delete next.notBefore;
      if (!settled.has(record.id)) await quietly(store.put(next));
      events.emit('queued', { id: record.id, attempts, retryAt: next.nextAttemptAt, error: lastError });
      return { status: 'queued', id: record.id, error };
    }
    settled.add(record.id);
    // Should the delete fail, a later retry is answered from the server's idempotency record.
    await quietly(store.delete(record.id));
    events.emit('sent', { id: record.id, attempts, receipt });
    return { status: 'sent', id: record.id, receipt };
  }

  async function pass(force: boolean): Promise<void> {
    const records = (await store.all()).sort((a, b) => a.queuedAt - b.queuedAt);
    for (const record of records) {
      if (closed) return;
      if (settled.has(record.id)) continue;
      const now = clock.now();
      if ((record.notBefore ?? 0) > now || (elsewhere.get(record.id) ?? 0) > now) continue;
      if (!force && record.nextAttemptAt > now) continue;
      await attemptStored(record);
    }
  }

  async function schedule(): Promise<void> {
    if (closed) return;
    const records = (await store.all()).filter((record) => !settled.has(record.id));
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    if (records.length === 0 || closed) return;
    const due = Math.min(...records.map((r) => Math.max(r.nextAttemptAt, r.notBefore ?? 0, elsewhere.get(r.id) ?? 0)));
    timer = clock.setTimeout(() => {
      timer = undefined;
      void flush({ force: false }).catch(() => {});
    }, Math.max(0, due - clock.now()));
    // In Node a pending retry must not keep a finished process alive.
    (timer as { unref?: () => void } | undefined)?.unref?.();
  }

  function flush(flushOptions: { force?: boolean } = {}): Promise<void> {
    const force = flushOptions.force ?? true;
    if (running) {
      again = true;
      forceAgain ||= force;
      return running;
    }
    running = (async () => {
      let nextForce = force;
      do {
        again = false;
        await pass(nextForce);
        nextForce = forceAgain;
        forceAgain = false;
      } while (again && !closed);
      await schedule();
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    async enqueue(payload, files) {
      settled.delete(payload.id);
      const now = clock.now();
      const record: OutboxRecord = { id: payload.id, payload, queuedAt: now, attempts: 0, nextAttemptAt: now };
      if (hasFiles(files)) record.files = files;
      const outcome = await guarded(record.id, async () => {
        await quietly(store.put(record));
        return attempt(record);
      });
      if (outcome === BUSY) {
        // The same id is being sent by another outbox right now (a resend of a report it holds).
        await quietly(store.put(record));
        elsewhere.set(record.id, now + ELSEWHERE_WAIT_MS);
        await schedule();
        return { status: 'queued', id: record.id, error: new AftercareError('network_error', 0, 'Another tab is sending this report') };
      }
      if (outcome.status === 'queued') await schedule();
      return outcome;
    },
    flush,
    async pending() {
      const records = await store.all();
      return records.filter((r) => !settled.has(r.id)).sort((a, b) => a.queuedAt - b.queuedAt);
    },
    async close() {
      closed = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      await Promise.allSettled([...inFlight.values(), running]);
    },
  };
}

/** How long an outbox leaves a report alone that another outbox is sending. */
const ELSEWHERE_WAIT_MS = 2_000;

function asAftercareError(cause: unknown): AftercareError {
  if (cause instanceof AftercareError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  return new AftercareError('network_error', 0, message);
}

async function quietly(operation: Promise<void>): Promise<void> {
  try {
    await operation;
  } catch {
    // A storage failure must not turn a delivered report into a rejected one.
  }
}
