/**
 * A reactive controller that files one report at a time through the SDK and
 * keeps the state the views render: editing, sending, sent, and the last
 * error code. The SDK (and its schemas) load on first use, so the launcher
 * stays small.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReportKind, ReportReceipt } from '@aftercare/sdk';

/** Where the current report is: being written, in flight, or filed. */
export type ReportStatus = 'editing' | 'sending' | 'sent';

/** Where to send reports; read at send time so attribute changes apply. */
export interface ReportTarget {
  endpoint?: string | undefined;
  projectKey?: string | undefined;
}

/** What the reporter wrote. */
export interface ReportRequest {
  kind: ReportKind;
  message: string;
}

/** The result of {@link ReportController.send}. */
export type ReportOutcome = { ok: true; receipt: ReportReceipt } | { ok: false; code: string };

type Sdk = typeof import('@aftercare/sdk');
let sdk: Promise<Sdk> | undefined;

/** Loads the SDK once; a failed load is forgotten so the next attempt retries. */
function loadSdk(): Promise<Sdk> {
  sdk ??= import('@aftercare/sdk').catch((error: unknown) => {
    sdk = undefined;
    throw error;
  });
  return sdk;
}

/**
 * Sends the host's report and tracks its state.
 *
 * @example
 * private readonly report = new ReportController(this, () => ({ endpoint: this.endpoint, projectKey: this.projectKey }));
 * const outcome = await this.report.send({ kind: 'bug', message: 'Save does nothing' });
 */
export class ReportController implements ReactiveController {
  /** Where the current report is. */
  status: ReportStatus = 'editing';
  /** Code of the last failed attempt, cleared when a new one starts. */
  errorCode: string | undefined;
  /** The receipt once the report is filed. */
  receipt: ReportReceipt | undefined;

  private readonly host: ReactiveControllerHost;
  private readonly target: () => ReportTarget;
  /** Report id reused when the same text is sent again after a failure, so the server files it once. */
  private attempt: { key: string; id: string } | undefined;

  constructor(host: ReactiveControllerHost, target: () => ReportTarget) {
    this.host = host;
    this.target = target;
    host.addController(this);
  }

  /** Nothing to set up on connect; a controller must declare at least one lifecycle hook. */
  hostConnected(): void {}

  /** Starts loading the SDK ahead of the first send. */
  preload(): void {
    loadSdk().catch(() => undefined);
  }

  /** Files the report. Never rejects: failures come back as `{ ok: false, code }`. */
  async send(request: ReportRequest): Promise<ReportOutcome> {
    this.status = 'sending';
    this.errorCode = undefined;
    this.host.requestUpdate();
    const outcome = await this.file(request);
    if (outcome.ok) {
      this.status = 'sent';
      this.receipt = outcome.receipt;
      this.attempt = undefined;
    } else {
      this.status = 'editing';
      this.errorCode = outcome.code;
    }
    this.host.requestUpdate();
    return outcome;
  }

  /** Goes back to an empty form after a filed report, or clears a shown error. */
  reset(): void {
    if (this.status === 'sending') return;
    this.status = 'editing';
    this.errorCode = undefined;
    this.receipt = undefined;
    this.host.requestUpdate();
  }

  private async file(request: ReportRequest): Promise<ReportOutcome> {
    const { endpoint, projectKey } = this.target();
    if (!endpoint || !projectKey) return { ok: false, code: 'not_configured' };
    let loaded: Sdk;
    try {
      loaded = await loadSdk();
    } catch {
      return { ok: false, code: 'network_error' };
    }
    const key = `${request.kind}\n${request.message}`;
    if (this.attempt?.key !== key) this.attempt = { key, id: crypto.randomUUID() };
    const client = loaded.createClient({
      endpoint,
      projectKey,
      // Looked up per call rather than bound once, so a fetch the host page wraps later is used.
      fetch: (input, init) => globalThis.fetch(input, init),
    });
    try {
      const receipt = await client.report({ ...request, id: this.attempt.id });
      return { ok: true, receipt };
    } catch (error) {
      return { ok: false, code: error instanceof loaded.AftercareError ? error.code : 'unknown' };
    }
  }
}
