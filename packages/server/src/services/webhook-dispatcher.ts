/**
 * Delivers the domain events of the outbox to the projects' webhooks. With
 * several instances on one database only the holder of the
 * `webhook-dispatcher` lease works. Each pass fans new events out into
 * deliveries, then attempts the deliveries that are due. All state is in the
 * database, so a restart, or another instance taking the lease over, picks
 * up where the last pass stopped; a per-delivery claim keeps two senders
 * from sending one delivery at once.
 */
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.js';
import { acquireLease } from '../storage/repositories/sla.js';
import { dueDeliveries } from '../storage/repositories/webhook-deliveries.js';
import { fanOut } from './webhook-fanout.js';
import { attemptDelivery, DEFAULT_TIMEOUT_MS } from './webhook-send.js';

const LEASE = 'webhook-dispatcher';

/** Tuning of one pass. */
export interface DispatchOptions {
  /** How long the lease lasts (default 120 s): how soon another instance takes over a dead one. */
  leaseMs?: number;
  /** Deliveries attempted per pass (default 50). */
  batchSize?: number;
  /** Requests in flight at once (default 5). */
  concurrency?: number;
  /** Timeout of one attempt (default 10 s). */
  timeoutMs?: number;
  /** Source of jitter for the retry schedule (default Math.random). */
  random?: () => number;
}

/** What one pass did. */
export interface DispatchResult {
  leader: boolean;
  /** Deliveries created from new events. */
  fannedOut: number;
  attempted: number;
  succeeded: number;
  failed: number;
}

async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * One pass: if `holder` holds the lease, fans out new events and attempts
 * the due deliveries. Tests call it directly instead of waiting for timers.
 *
 * @example
 * const result = await dispatchOnce(deps, 'instance-a');
 */
export async function dispatchOnce(deps: Deps, holder: string, options: DispatchOptions = {}): Promise<DispatchResult> {
  const now = deps.clock.now();
  const result: DispatchResult = { leader: false, fannedOut: 0, attempted: 0, succeeded: 0, failed: 0 };
  result.leader = await acquireLease(deps.db, {
    name: LEASE,
    holder,
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + (options.leaseMs ?? 120_000)).toISOString(),
  });
  if (!result.leader) return result;
  result.fannedOut = await fanOut(deps);
  const due = await dueDeliveries(deps.db, deps.clock.now().toISOString(), options.batchSize ?? 50);
  await inParallel(due, options.concurrency ?? 5, async (delivery) => {
    const outcome = await attemptDelivery(deps, delivery.id, {
      trigger: 'automatic',
      dueOnly: true,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(options.random && { random: options.random }),
    });
    if (!outcome) return;
    result.attempted += 1;
    if (outcome.status === 'succeeded') result.succeeded += 1;
    else result.failed += 1;
  });
  return result;
}

/**
 * Runs {@link dispatchOnce} every `intervalMs` (default 2 s) until the
 * returned function is called; that function waits for the pass in hand.
 */
export function startWebhookDispatcher(deps: Deps, options: { intervalMs?: number; holder?: string } = {}): () => Promise<void> {
  const holder = options.holder ?? randomUUID();
  const interval = options.intervalMs ?? 2_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = dispatchOnce(deps, holder, { leaseMs: Math.max(interval * 4, 120_000) })
        .then(
          () => {},
          (error: unknown) => console.error('Webhook dispatcher pass failed', error),
        )
        .finally(schedule);
    }, interval);
    timer.unref();
  };
  schedule();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
