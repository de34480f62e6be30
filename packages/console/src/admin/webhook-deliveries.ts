/**
 * `<ac-webhook-deliveries>`: the delivery log of a project's webhooks,
 * newest first, filtered by status and webhook: each event's status,
 * attempts, last response and next attempt; its body and every attempt on
 * demand; and redelivery by hand.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import type { Webhook, WebhookDelivery, WebhookDeliveryDetail } from '@aftercare/sdk/schemas';
import { DELIVERY_STATUSES } from '../api/enums.js';
import { formatDateTime } from '../format/time.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';
import { adminStyles } from './admin-styles.js';
import { formStatus } from './form-status.js';

/** The delivery log. */
@customElement('ac-webhook-deliveries')
export class WebhookDeliveries extends LitElement {
  static override styles = [
    shared,
    adminStyles,
    css`
      .pill.succeeded { background: var(--ac-success-soft); color: var(--ac-success); }
      .pill.failed { background: var(--ac-warning-soft); color: var(--ac-warning); }
      .pill.dead { background: var(--ac-danger-soft); color: var(--ac-danger); }
      pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--ac-code-bg); padding: 8px; border-radius: 6px; max-height: 320px; overflow: auto; margin: 0; }
      td.detail { background: var(--ac-surface-2); }
      .bad { color: var(--ac-danger); }
      .url { max-width: 220px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    `,
  ];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The project. */
  @property() projectId = '';
  /** The project's webhooks, to name them. */
  @property({ attribute: false }) hooks: Webhook[] = [];
  /** True when the agent may redeliver (project admins). */
  @property({ type: Boolean }) canRedeliver = false;

  @state() private items: WebhookDelivery[] | undefined;
  @state() private nextCursor: string | null = null;
  @state() private status = '';
  @state() private webhookId = '';
  @state() private open: WebhookDeliveryDetail | undefined;
  @state() private busy = false;
  @state() private error: unknown;
  @state() private done = '';
  private loadedKey = '';
  private readonly l10n = new LocalizeController(this);

  override willUpdate(): void {
    const key = `${this.projectId}|${this.status}|${this.webhookId}`;
    if (this.api && this.projectId && key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load(false);
    }
  }

  override render() {
    const m = this.l10n.messages;
    const w = m.webhooks;
    return html`<section class="card" aria-labelledby="log-h">
      <h2 id="log-h">${w.logHeading}</h2>
      <p class="intro">${w.logIntro}</p>
      <div class="actions">
        <div class="field"><label for="log-status">${w.statusFilter}</label>
          <select id="log-status" @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value)}>
            <option value="">${w.any}</option>${DELIVERY_STATUSES.map((s) => html`<option value=${s} ?selected=${s === this.status}>${w.statuses[s]}</option>`)}</select></div>
        <div class="field"><label for="log-hook">${w.webhookFilter}</label>
          <select id="log-hook" @change=${(e: Event) => (this.webhookId = (e.target as HTMLSelectElement).value)}>
            <option value="">${w.any}</option>${this.hooks.map((h) => html`<option value=${h.id} ?selected=${h.id === this.webhookId}>${h.url}</option>`)}</select></div>
        <button type="button" data-action="refresh" @click=${() => this.load(false)}>${w.refresh}</button>
      </div>
      ${formStatus(this.error, this.done, m)}
      ${!this.items ? html`<p class="muted" role="status">${m.app.loading}</p>` : this.items.length === 0 ? html`<p class="muted">${w.noDeliveries}</p>` : this.renderTable(this.items)}
      ${this.nextCursor ? html`<div class="actions"><button type="button" @click=${() => this.load(true)}>${w.loadMore}</button></div>` : nothing}
    </section>`;
  }

  private renderTable(items: WebhookDelivery[]) {
    const w = this.l10n.messages.webhooks;
    const locale = this.l10n.locale;
    const c = w.columns;
    return html`<div class="scroll"><table>
      <thead><tr><th scope="col">${c.when}</th><th scope="col">${c.event}</th><th scope="col">${c.webhook}</th><th scope="col">${c.status}</th>
        <th scope="col" class="num">${c.attempts}</th><th scope="col">${c.response}</th><th scope="col">${c.next}</th><th scope="col"><span class="visually-hidden">${this.l10n.messages.admin.actions}</span></th></tr></thead>
      <tbody>${items.map((d) => html`<tr data-delivery-id=${d.id}>
          <td class="nowrap">${formatDateTime(d.createdAt, locale, true)}</td>
          <td>${w.eventNames[d.eventType] ?? d.eventType}</td>
          <td class="mono url" title=${this.hookUrl(d.webhookId)}>${this.hookUrl(d.webhookId)}</td>
          <td><span class="pill ${d.status}" data-field="status">${w.statuses[d.status] ?? d.status}</span></td>
          <td class="num">${d.attempts}</td>
          <td>${d.lastStatusCode !== null ? html`<span class=${d.lastStatusCode >= 300 ? 'bad' : ''}>${d.lastStatusCode}</span>` : d.attempts > 0 ? html`<span class="bad">${w.noResponse}</span>` : '—'}
            ${d.lastError ? html`<div class="muted">${d.lastError}</div>` : nothing}</td>
          <td class="nowrap">${d.nextAttemptAt ? formatDateTime(d.nextAttemptAt, locale, true) : '—'}</td>
          <td class="actions">
            <button type="button" data-action="details" aria-expanded=${this.open?.id === d.id ? 'true' : 'false'} @click=${() => this.toggle(d)}>${w.details}</button>
            ${this.canRedeliver ? html`<button type="button" data-action="redeliver" ?disabled=${this.busy} @click=${() => this.redeliver(d)}>${w.redeliver}</button>` : nothing}
          </td>
        </tr>
        ${this.open?.id === d.id ? html`<tr><td colspan="8" class="detail">${this.renderDetail(this.open)}</td></tr>` : nothing}`)}</tbody>
    </table></div>`;
  }

  private renderDetail(d: WebhookDeliveryDetail) {
    const w = this.l10n.messages.webhooks;
    const locale = this.l10n.locale;
    return html`<div class="stack">
      <h3>${w.history}</h3>
      <table><tbody>${d.history.map((a) => html`<tr><td>#${a.number}</td><td>${w.triggers[a.trigger] ?? a.trigger}</td>
        <td>${a.statusCode ?? html`<span class="bad">${w.noResponse}</span>`}${a.error ? html` <span class="muted">${a.error}</span>` : nothing}</td>
        <td class="num">${Math.round(a.durationMs)} ms</td><td class="nowrap">${formatDateTime(a.at, locale, true)}</td></tr>`)}</tbody></table>
      <h3>${w.payload}</h3>
      <pre class="mono" data-field="payload">${JSON.stringify(d.payload, null, 2)}</pre>
    </div>`;
  }

  private hookUrl(id: string): string {
    return this.hooks.find((h) => h.id === id)?.url ?? id;
  }

  private async load(more: boolean): Promise<void> {
    if (!this.api) return;
    const key = this.loadedKey;
    const query: Record<string, string> = { limit: '25' };
    if (this.status) query.status = this.status;
    if (this.webhookId) query.webhookId = this.webhookId;
    if (more && this.nextCursor) query.cursor = this.nextCursor;
    try {
      const page = await this.api.deliveries(this.projectId, query);
      if (key !== this.loadedKey) return;
      this.items = more ? [...(this.items ?? []), ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
      this.error = undefined;
    } catch (error) {
      this.error = error;
    }
  }

  private async toggle(d: WebhookDelivery): Promise<void> {
    if (this.open?.id === d.id) {
      this.open = undefined;
      return;
    }
    try {
      this.open = await this.api!.delivery(this.projectId, d.id);
    } catch (error) {
      this.error = error;
    }
  }

  private async redeliver(d: WebhookDelivery): Promise<void> {
    const w = this.l10n.messages.webhooks;
    this.busy = true;
    this.error = undefined;
    this.done = '';
    try {
      const { sent, delivery } = await this.api!.redeliver(this.projectId, d.id);
      const { payload: _p, history: _h, ...row } = delivery;
      this.items = (this.items ?? []).map((x) => (x.id === d.id ? row : x));
      if (this.open?.id === d.id) this.open = delivery;
      this.done = sent ? w.redelivered : w.inFlight;
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-webhook-deliveries': WebhookDeliveries;
  }
}
