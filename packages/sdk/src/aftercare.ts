/**
 * `createAftercare`: the full SDK for a host app. It runs the opt-in
 * collectors, applies the one redaction and masking rule, builds payloads
 * (`preview` shows exactly what `report` sends) and delivers them, with a
 * screenshot and attachments when given, through the outbox, which keeps
 * every report and its files until the server acknowledges it.
 * `createClient` stays the low-level transport underneath.
 */
import { createClient, filesWereDropped, type AftercareClient, type ClientOptions, type ReportDraft } from './client.js';
import { createCollectorSet, type CollectorsOptions } from './collectors/collector-set.js';
import type { CollectorContext } from './collectors/types.js';
import type { BackoffOptions } from './delivery/backoff.js';
import type { Clock } from './delivery/clock.js';
import { createEmitter, type DeliveryEvents } from './delivery/events.js';
import { webLocksExclusive, type Exclusive } from './delivery/exclusive.js';
import { installFlushTriggers } from './delivery/flush-triggers.js';
import { createIndexedDbStore } from './delivery/indexeddb-store.js';
import { createOutbox } from './delivery/outbox.js';
import { createMemoryStore, type OutboxRecord, type OutboxStore } from './delivery/outbox-store.js';
import { AftercareError } from './errors.js';
import { buildPayload, finalizePayload } from './payload/build-payload.js';
import { checkReportFiles, hasFiles, type ReportFiles } from './payload/report-files.js';
import { createMasker, type MaskOptions } from './privacy/mask.js';
import type { RedactionOptions } from './privacy/redact.js';
import { reporterSchema, type ReportInput, type ReportReceipt, type Reporter } from './schemas/index.js';
import { safeSerialize } from './serialize/safe-serialize.js';
import { defaultIsInApp, sameOriginInApp } from './stack/parse-stack.js';
import { SDK_NAME, SDK_VERSION } from './version.js';

/** Options for {@link createAftercare}. */
export interface AftercareOptions extends ClientOptions {
  /** Diagnostics collectors to run; all off unless named. */
  collectors?: CollectorsOptions;
  /** What to redact from everything that leaves. */
  redaction?: RedactionOptions;
  /** Extra selectors to mask (screenshots, breadcrumbs, logged DOM nodes). */
  mask?: MaskOptions;
  /** The host app's release, e.g. `1.4.2` or a commit hash. */
  release?: string;
  /** The host app's environment, e.g. `production`. */
  environment?: string;
  /** Outbox storage: a store, `'indexeddb'` or `'memory'`. Default IndexedDB where available. */
  storage?: OutboxStore | 'indexeddb' | 'memory';
  /** Retry schedule tuning. */
  retry?: BackoffOptions;
  /** Flush on `online`, `visibilitychange` and construction. Default true. */
  autoFlush?: boolean;
  /** Decides whether a stack frame is the host app's code. Default: same origin, not node_modules. */
  isInApp?: (file: string) => boolean;
  /** Clock for the outbox and entry times (tests). */
  clock?: Clock;
  /** Random numbers in `[0, 1)` for retry jitter (tests). */
  random?: () => number;
}

/** What `report()` resolves with: delivered now, or waiting in the outbox. */
export type ReportResult =
  | { status: 'sent'; id: string; receipt: ReportReceipt; /** The server took the report but not its files. */ filesDropped?: true }
  | { status: 'queued'; id: string };

/** The SDK instance returned by {@link createAftercare}. */
export interface Aftercare {
  /**
   * Builds, stores and sends a report, with a screenshot and attachments when
   * given (kept in the outbox with it). Rejects with an {@link AftercareError}
   * for invalid input, files over the limits, or a refusal.
   */
  report(draft: ReportDraft, files?: ReportFiles): Promise<ReportResult>;
  /** Exactly the payload `report(draft)` would send now (same builder): the `report` part of a multipart report. */
  preview(draft: ReportDraft): ReportInput;
  /** Sends a payload returned by `preview()` as it is (it is re-checked, not rebuilt), with its files. */
  send(payload: ReportInput, files?: ReportFiles): Promise<ReportResult>;
  /** Sets (or with `null` clears) the reporter used when a draft has none. */
  identify(user: Reporter | null): void;
  /** Adds a value to `diagnostics.context`; `undefined` removes the key. */
  setContext(key: string, value: unknown): void;
  /** Records an error the host app caught, for the next report. */
  captureError(error: unknown): void;
  /** True when a node is masked by this instance's masking rule. */
  isMasked(node: Node): boolean;
  /** Attempts every waiting report now (respecting `Retry-After`). */
  flush(): Promise<void>;
  /** Subscribes to `queued`, `sent` or `failed`; returns the unsubscribe function. */
  on<K extends keyof DeliveryEvents>(name: K, listener: (event: DeliveryEvents[K]) => void): () => void;
  /** Reports waiting in the outbox, oldest first. */
  pending(): Promise<OutboxRecord[]>;
  /** Uninstalls collectors and triggers, stops retrying; queued reports stay stored. */
  close(): Promise<void>;
  /** The low-level client (tickets, direct sends). */
  readonly client: AftercareClient;
}

/**
 * Creates the SDK for one project.
 *
 * @example
 * const aftercare = createAftercare({
 *   endpoint: 'https://support.example.com',
 *   projectKey: 'pk_live_…',
 *   release: '1.4.2',
 *   collectors: { console: true, errors: true, network: true, breadcrumbs: true, environment: true },
 * });
 * aftercare.on('sent', ({ receipt }) => console.log(`Ticket #${receipt.ticket.number}`));
 * const result = await aftercare.report({ kind: 'bug', message: 'Save does nothing' });
 * // With a screenshot (the screenshot module is loaded only when needed):
 * const { captureViewport } = await import('@aftercare/sdk/screenshot');
 * await aftercare.report({ kind: 'bug', message: 'Chart is empty' }, { screenshot: (await captureViewport()).blob });
 */
export function createAftercare(options: AftercareOptions): Aftercare {
  const client = createClient(options);
  const clock = options.clock;
  const loc = (globalThis as { location?: Location }).location;
  const apiPrefix = `${absolute(options.endpoint.replace(/\/+$/, ''), loc?.href)}/v1/`;
  const masker = createMasker(options.mask);
  const context: CollectorContext = {
    now: () => (clock ? clock.now() : Date.now()),
    masker,
    ignoreUrl: (url) => url.startsWith(apiPrefix),
    isInApp: options.isInApp ?? (loc?.origin && loc.origin !== 'null' ? sameOriginInApp(loc.origin) : defaultIsInApp),
  };
  const collectors = createCollectorSet(options.collectors ?? {}, context);
  const events = createEmitter<DeliveryEvents>();
  const storage = resolveStore(options);
  const outbox = createOutbox({
    store: storage.store,
    ...(storage.exclusive ? { exclusive: storage.exclusive } : {}),
    transport: (payload, files) => client.send(payload, files),
    events,
    ...(clock ? { clock } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  });
  let user: Reporter | undefined;
  const contextValues: Record<string, unknown> = {};

  const sources = {
    diagnostics: () => {
      const app = { ...(options.release ? { release: options.release } : {}), ...(options.environment ? { environment: options.environment } : {}) };
      return {
        sdk: { name: SDK_NAME, version: SDK_VERSION },
        ...(Object.keys(app).length > 0 ? { app } : {}),
        ...(Object.keys(contextValues).length > 0 ? { context: { ...contextValues } } : {}),
        ...collectors.collect(),
      };
    },
    user: () => user,
    ...(options.redaction ? { redaction: options.redaction } : {}),
  };

  async function deliver(payload: ReportInput, files: ReportFiles | undefined): Promise<ReportResult> {
    // Refuse files over the limits now, before they are stored: retrying would not shrink them.
    if (hasFiles(files)) checkReportFiles(JSON.stringify(payload), files);
    const outcome = await outbox.enqueue(payload, files);
    if (outcome.status === 'sent') {
      return { status: 'sent', id: outcome.id, receipt: outcome.receipt, ...(filesWereDropped(outcome.receipt) && { filesDropped: true as const }) };
    }
    if (outcome.status === 'queued') return { status: 'queued', id: outcome.id };
    throw outcome.error;
  }

  collectors.install();
  const removeTriggers = options.autoFlush === false ? () => {} : installFlushTriggers(() => void outbox.flush().catch(() => {}));
  if (options.autoFlush !== false) void outbox.flush().catch(() => {});

  return {
    client,
    async report(draft, files) {
      return deliver(buildPayload(draft, sources), files);
    },
    preview(draft) {
      return buildPayload(draft, sources);
    },
    async send(payload, files) {
      return deliver(finalizePayload(payload, options.redaction), files);
    },
    identify(next) {
      if (next === null) {
        user = undefined;
        return;
      }
      const parsed = reporterSchema.safeParse(next);
      if (!parsed.success) throw new AftercareError('invalid_input', 0, 'identify(): not a valid user', parsed.error.issues);
      user = parsed.data;
    },
    setContext(key, value) {
      if (value === undefined) delete contextValues[key];
      else contextValues[key] = safeSerialize(value);
    },
    captureError(error) {
      collectors.capture(error);
    },
    isMasked: (node) => masker.isMasked(node),
    flush: () => outbox.flush(),
    on: (name, listener) => events.on(name, listener),
    pending: () => outbox.pending(),
    async close() {
      collectors.uninstall();
      removeTriggers();
      await outbox.close();
    },
  };
}

/** The outbox store, and for the shared IndexedDB store the locks that keep its other users from sending a report twice. */
function resolveStore(options: AftercareOptions): { store: OutboxStore; exclusive?: Exclusive | undefined } {
  const storage = options.storage;
  if (storage && typeof storage === 'object') return { store: storage };
  const hasIndexedDb = typeof (globalThis as { indexedDB?: unknown }).indexedDB !== 'undefined';
  if (storage === 'memory' || !hasIndexedDb) return { store: createMemoryStore() };
  const name = `aftercare-outbox:${options.projectKey}`;
  return { store: createIndexedDbStore({ name }), exclusive: webLocksExclusive(name) };
}

function absolute(url: string, base: string | undefined): string {
  try {
    return new URL(url, base).href.replace(/\/+$/, '');
  } catch {
    return url;
  }
}
