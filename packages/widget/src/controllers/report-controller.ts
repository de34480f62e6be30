/**
 * A reactive controller that files the current report through the runtime
 * (SDK outbox and the report adapter) and keeps what the views show: being
 * written, in flight, filed (with the receipt), or saved on this device and
 * waiting (with why). "Saved" is only said once the SDK outbox holds the
 * report; a report saved here that the outbox delivers later moves to filed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AftercareError, ReportDraft, ReportReceipt } from '@aftercare/sdk';
import type { ReportFiles } from '../runtime/report-adapter.js';
import type { Runtime } from '../runtime/runtime.js';
import { setWaiting, track } from '../state/tracking-store.js';
import { RuntimeUnavailable, type RuntimeController } from './runtime-controller.js';

/** Where the current report is. */
export type ReportStatus = 'editing' | 'sending' | 'sent' | 'queued';

/** Why a saved report is waiting: no connection, or the server did not answer well. */
export type QueuedReason = 'offline' | 'retrying';

/** The result of {@link ReportController.send}. */
export type ReportOutcome =
  | { ok: true; status: 'sent'; receipt: ReportReceipt }
  | { ok: true; status: 'queued'; reportId: string }
  | { ok: false; code: string };

/** What the host is told about deliveries that finish after `send()` returned. */
export interface ReportCallbacks {
  /** A report this page saved was delivered later. */
  delivered(receipt: ReportReceipt): void;
}

/**
 * Files the host's report and tracks its state.
 *
 * @example
 * private readonly report = new ReportController(this, this.runtime, () => this.projectKey, { delivered: … });
 * const outcome = await this.report.send(draft, { screenshot });
 */
export class ReportController implements ReactiveController {
  status: ReportStatus = 'editing';
  errorCode: string | undefined;
  receipt: ReportReceipt | undefined;
  queuedReason: QueuedReason = 'offline';
  /** True when the files could not go with the report (see the report adapter). */
  filesDropped = false;

  /** Reports this page saved for later, by id. */
  private readonly waiting = new Set<string>();
  /** Why each report was last queued, from the SDK's `queued` events. */
  private readonly reasons = new Map<string, QueuedReason>();
  private queuedId: string | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly runtime: RuntimeController,
    private readonly projectKey: () => string | undefined,
    private readonly callbacks: ReportCallbacks,
  ) {
    host.addController(this);
  }

  /** Follows the SDK's delivery events of every runtime the host gets. */
  hostConnected(): void {
    this.unsubscribe = this.runtime.onRuntime((runtime) => this.follow(runtime));
  }

  /** Stops following. */
  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** Files the report. Never rejects: failures come back as `{ ok: false, code }`. */
  async send(draft: ReportDraft, files: ReportFiles): Promise<ReportOutcome> {
    this.status = 'sending';
    this.errorCode = undefined;
    this.host.requestUpdate();
    const outcome = await this.file(draft, files);
    if (!outcome.ok) {
      this.status = 'editing';
      this.errorCode = outcome.code;
    } else if (outcome.status === 'sent') {
      this.settle(outcome.receipt);
    } else {
      this.status = 'queued';
      this.queuedId = outcome.reportId;
      this.queuedReason = this.reasons.get(outcome.reportId) ?? 'offline';
    }
    this.host.requestUpdate();
    return outcome;
  }

  /** Back to an empty form after a filed or saved report, or clears a shown error. */
  reset(): void {
    if (this.status === 'sending') return;
    this.status = 'editing';
    this.errorCode = undefined;
    this.receipt = undefined;
    this.queuedId = undefined;
    this.filesDropped = false;
    this.host.requestUpdate();
  }

  private settle(receipt: ReportReceipt): void {
    this.status = 'sent';
    this.receipt = receipt;
    const projectKey = this.projectKey();
    if (projectKey) {
      track(projectKey, { ticketId: receipt.ticket.id, number: receipt.ticket.number, trackingToken: receipt.trackingToken, filedAt: Date.now() });
    }
  }

  private follow(runtime: Runtime): void {
    const projectKey = this.projectKey();
    const noteWaiting = () => {
      if (projectKey) void runtime.sdk.pending().then((pending) => setWaiting(projectKey, pending.length > 0), () => undefined);
    };
    runtime.sdk.on('queued', ({ id, error }) => {
      this.reasons.set(id, error.status === 0 ? 'offline' : 'retrying');
      if (projectKey) setWaiting(projectKey, true);
    });
    runtime.sdk.on('failed', noteWaiting);
    runtime.sdk.on('sent', ({ id, receipt }) => {
      noteWaiting();
      // Every delivery is tracked, also those of reports an earlier page saved.
      if (projectKey) track(projectKey, { ticketId: receipt.ticket.id, number: receipt.ticket.number, trackingToken: receipt.trackingToken, filedAt: Date.now() });
      if (!this.waiting.delete(id)) return;
      if (this.queuedId === id && this.status === 'queued') {
        this.settle(receipt);
        this.host.requestUpdate();
      }
      this.callbacks.delivered(receipt);
    });
  }

  private async file(draft: ReportDraft, files: ReportFiles): Promise<ReportOutcome> {
    let runtime: Runtime;
    try {
      runtime = await this.runtime.get();
    } catch (error) {
      return { ok: false, code: error instanceof RuntimeUnavailable ? error.code : 'unknown' };
    }
    try {
      const result = await runtime.file(draft, files);
      this.filesDropped = result.filesDropped ?? false;
      if (result.status === 'sent') return { ok: true, status: 'sent', receipt: result.receipt };
      // Only say "saved" when the outbox really holds it.
      const pending = await runtime.sdk.pending();
      if (!pending.some((record) => record.id === result.id)) return { ok: false, code: 'not_saved' };
      this.waiting.add(result.id);
      return { ok: true, status: 'queued', reportId: result.id };
    } catch (error) {
      const code = (error as Partial<AftercareError> | undefined)?.code;
      return { ok: false, code: typeof code === 'string' ? code : 'unknown' };
    }
  }
}
