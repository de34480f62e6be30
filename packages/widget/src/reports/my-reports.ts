/**
 * "My reports" (a lazy chunk): the tickets filed from this browser, read with
 * their tracking tokens, and what the reporter can do on one: answer,
 * confirm the fix, say it is still broken, rate the help once. It keeps its
 * own sub-navigation (list, one ticket) and renders into the widget's dialog.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { ReporterTicket } from '@aftercare/sdk';
import type { Messages } from '../i18n/en.js';
import type { Runtime } from '../runtime/runtime.js';
import { forget, loadTracked, type TrackedReport } from '../state/tracking-store.js';
import { renderReportList } from '../views/reports-view.js';
import { renderTicket, type TicketDrafts } from '../views/ticket-view.js';

/** One tracked report and what the server said about it. */
export interface ReportEntry {
  tracked: TrackedReport;
  ticket?: ReporterTicket;
  /** Error code of the last read, e.g. `ticket_not_found` or `network_error`. */
  error?: string;
}

/** What "My reports" needs from the widget. */
export interface MyReportsDeps {
  runtime(): Promise<Runtime>;
  projectKey(): string | undefined;
  messages(): Messages;
  locale(): string;
  /** Moves focus to the view's heading after the next render. */
  focusTitle(): void;
}

type Action = 'reply' | 'confirm' | 'reopen' | 'rate';

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

/**
 * The "My reports" state and rendering.
 *
 * @example
 * const reports = new MyReports(this, deps);
 * await reports.refresh();
 * html`${reports.render(() => this.showForm())}`;
 */
export class MyReports {
  entries: ReportEntry[] = [];
  selected: string | undefined;
  loading = false;
  busy: Action | undefined;
  errorCode: string | undefined;
  notice = '';
  drafts: TicketDrafts = { reply: '', reopen: '', score: 0, comment: '' };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deps: MyReportsDeps,
  ) {}

  /** Reads the tracked tickets again. */
  async refresh(): Promise<void> {
    const projectKey = this.deps.projectKey();
    this.entries = projectKey ? loadTracked(projectKey).map((tracked) => ({ tracked })) : [];
    this.loading = true;
    this.host.requestUpdate();
    try {
      const runtime = await this.deps.runtime();
      await Promise.all(this.entries.map((entry) => this.read(runtime, entry)));
    } catch (error) {
      for (const entry of this.entries) entry.error ??= codeOf(error);
    }
    this.loading = false;
    this.host.requestUpdate();
  }

  /** Shows one ticket, and reads it again so it is current. */
  async open(ticketId: string): Promise<void> {
    this.selected = ticketId;
    this.errorCode = undefined;
    this.notice = '';
    this.drafts = { reply: '', reopen: '', score: 0, comment: '' };
    this.host.requestUpdate();
    this.deps.focusTitle();
    const entry = this.entries.find((e) => e.tracked.ticketId === ticketId);
    if (!entry) return;
    try {
      await this.read(await this.deps.runtime(), entry);
    } catch (error) {
      this.errorCode = codeOf(error);
    }
    this.host.requestUpdate();
  }

  /** Back from a ticket to the list. */
  back(): void {
    this.selected = undefined;
    this.host.requestUpdate();
    this.deps.focusTitle();
  }

  /** Renders the list or the selected ticket. */
  render(onLeave: () => void): TemplateResult {
    const messages = this.deps.messages();
    const entry = this.entries.find((e) => e.tracked.ticketId === this.selected);
    if (!entry) {
      return renderReportList({ messages, locale: this.deps.locale(), entries: this.entries, loading: this.loading, onOpen: (id) => void this.open(id), onBack: onLeave });
    }
    return renderTicket({
      messages,
      locale: this.deps.locale(),
      entry,
      drafts: this.drafts,
      busy: this.busy,
      errorCode: this.errorCode,
      notice: this.notice,
      onDraft: (patch) => {
        this.drafts = { ...this.drafts, ...patch };
        this.host.requestUpdate();
      },
      onReply: () => this.act('reply', entry),
      onConfirm: () => this.act('confirm', entry),
      onReopen: () => this.act('reopen', entry),
      onRate: () => this.act('rate', entry),
      onBack: () => this.back(),
    });
  }

  private async read(runtime: Runtime, entry: ReportEntry): Promise<void> {
    try {
      entry.ticket = await runtime.tickets.get(entry.tracked.ticketId, entry.tracked.trackingToken);
      delete entry.error;
    } catch (error) {
      entry.error = codeOf(error);
      const projectKey = this.deps.projectKey();
      if (entry.error === 'ticket_not_found' && projectKey) forget(projectKey, entry.tracked.ticketId);
    }
  }

  private async act(action: Action, entry: ReportEntry): Promise<void> {
    if (this.busy) return;
    const { ticketId, trackingToken } = entry.tracked;
    const d = this.drafts;
    if (action === 'reply' && !d.reply.trim()) return;
    if (action === 'rate' && !(d.score >= 1 && d.score <= 5)) return;
    this.busy = action;
    this.errorCode = undefined;
    this.notice = '';
    this.host.requestUpdate();
    try {
      const { tickets } = await this.deps.runtime();
      if (action === 'reply') entry.ticket = await tickets.reply(ticketId, trackingToken, d.reply.trim());
      else if (action === 'confirm') entry.ticket = await tickets.confirm(ticketId, trackingToken);
      else if (action === 'reopen') entry.ticket = await tickets.reopen(ticketId, trackingToken, d.reopen);
      else entry.ticket = await tickets.rate(ticketId, trackingToken, { score: d.score, ...(d.comment.trim() ? { comment: d.comment.trim() } : {}) });
      this.drafts = { reply: '', reopen: '', score: 0, comment: '' };
      this.notice = this.deps.messages().actionDone;
    } catch (error) {
      this.errorCode = codeOf(error);
    }
    this.busy = undefined;
    this.host.requestUpdate();
  }
}
