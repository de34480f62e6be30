/**
 * The tickets filed from this browser, per project: ticket id, number and the
 * tracking token that lets the reporter read the ticket ("My reports"). Kept
 * in `localStorage` under `aftercare:reports:<projectKey>`; when storage is
 * unavailable (blocked, private mode) they live in memory for this page.
 * Also a flag, `aftercare:waiting:<projectKey>`, set while this browser has
 * reports waiting in the SDK outbox, so that the next page loads the SDK
 * early enough to send them even when nothing else would load it.
 */

/** One ticket the reporter can follow. */
export interface TrackedReport {
  ticketId: string;
  number: number;
  trackingToken: string;
  /** When it was filed, ms since the epoch. */
  filedAt: number;
}

const memory = new Map<string, TrackedReport[]>();
const MAX_TRACKED = 50;

function storageKey(projectKey: string): string {
  return `aftercare:reports:${projectKey}`;
}

function isTracked(value: unknown): value is TrackedReport {
  const v = value as TrackedReport;
  return typeof v?.ticketId === 'string' && typeof v.number === 'number' && typeof v.trackingToken === 'string' && typeof v.filedAt === 'number';
}

/**
 * The tracked tickets of a project, newest first.
 *
 * @example
 * loadTracked('pk_live_…').map((r) => r.number);
 */
export function loadTracked(projectKey: string): TrackedReport[] {
  try {
    const storage = globalThis.localStorage;
    if (storage) {
      const parsed: unknown = JSON.parse(storage.getItem(storageKey(projectKey)) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isTracked) : [];
    }
  } catch {
    // Unreadable or blocked storage: fall back to what this page kept.
  }
  return [...(memory.get(projectKey) ?? [])];
}

function save(projectKey: string, list: TrackedReport[]): void {
  memory.set(projectKey, list);
  try {
    globalThis.localStorage?.setItem(storageKey(projectKey), JSON.stringify(list));
  } catch {
    // Quota or blocked storage: the in-memory copy still serves this page.
  }
}

/**
 * Remembers a filed ticket. Several reports merged into one ticket keep one
 * entry, with the newest token.
 *
 * @example
 * track('pk_live_…', { ticketId: receipt.ticket.id, number: 42, trackingToken: receipt.trackingToken, filedAt: Date.now() });
 */
export function track(projectKey: string, report: TrackedReport): void {
  const rest = loadTracked(projectKey).filter((r) => r.ticketId !== report.ticketId);
  save(projectKey, [report, ...rest].slice(0, MAX_TRACKED));
}

/**
 * Forgets a ticket (it no longer exists on the server).
 *
 * @example
 * forget('pk_live_…', 'tkt_1');
 */
export function forget(projectKey: string, ticketId: string): void {
  save(projectKey, loadTracked(projectKey).filter((r) => r.ticketId !== ticketId));
}

/**
 * Notes whether reports of a project are waiting in the SDK outbox.
 *
 * @example
 * setWaiting('pk_live_…', (await sdk.pending()).length > 0);
 */
export function setWaiting(projectKey: string, waiting: boolean): void {
  try {
    if (waiting) globalThis.localStorage?.setItem(`aftercare:waiting:${projectKey}`, '1');
    else globalThis.localStorage?.removeItem(`aftercare:waiting:${projectKey}`);
  } catch {
    // Without storage the outbox still flushes whenever the SDK loads.
  }
}

/**
 * True when reports of a project were left waiting in the SDK outbox.
 *
 * @example
 * if (hasWaiting('pk_live_…')) runtime.preload();
 */
export function hasWaiting(projectKey: string): boolean {
  try {
    return globalThis.localStorage?.getItem(`aftercare:waiting:${projectKey}`) === '1';
  } catch {
    return false;
  }
}
