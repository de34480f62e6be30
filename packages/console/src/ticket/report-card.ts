/**
 * `<ac-report-card>`: one report of a ticket as the reporter sent it: who,
 * from which page, the message, the screenshot, the host app's metadata and
 * the diagnostics. Every value is bound as text; page URLs become links only
 * when they are http(s).
 */
import type { AgentReport } from '@aftercare/sdk/schemas';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { readAttachments } from '../api/extensions.js';
import { formatDateTime } from '../format/time.js';
import { webUrl } from '../format/safe-url.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';
import '../diagnostics/diagnostics-view.js';
import './screenshot-view.js';

/**
 * One report.
 *
 * @csspart message - The reporter's message.
 */
@customElement('ac-report-card')
export class ReportCard extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      article {
        padding: 14px 16px;
        display: grid;
        gap: 10px;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 10px;
        align-items: baseline;
      }
      h3 {
        font-size: 14px;
      }
      .who {
        font-weight: 600;
      }
      .message {
        margin: 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-size: 15px;
      }
      dl.page {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 2px 10px;
        margin: 0;
        font-size: 13px;
      }
      dl.page dt {
        color: var(--ac-muted);
      }
      dl.page dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      h4 {
        font-size: 12px;
        color: var(--ac-muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
        margin-bottom: 4px;
      }
      .meta td,
      .meta th {
        padding: 2px 8px 2px 0;
        font-size: 13px;
        overflow-wrap: anywhere;
      }
      .meta th {
        font-weight: 400;
        width: 30%;
      }
    `,
  ];

  /** The report. */
  @property({ attribute: false }) report: AgentReport | undefined;
  /** Its position on the ticket, from 1. */
  @property({ type: Number }) index = 1;
  /** The API client, for screenshots. */
  @property({ attribute: false }) api: ConsoleApi | undefined;

  private readonly l10n = new LocalizeController(this);

  override render() {
    const r = this.report;
    if (!r) return nothing;
    const m = this.l10n.messages;
    const locale = this.l10n.locale;
    const who = r.reporter.name ?? r.reporter.email ?? r.reporter.id ?? m.ticket.anonymous;
    const pageLink = webUrl(r.page.url);
    const referrer = r.page.referrer;
    const metadata = Object.entries(r.metadata);
    const screenshots = readAttachments(r).filter((a) => a.kind === 'screenshot' || (a.contentType ?? '').startsWith('image/'));
    return html`
      <article class="card" aria-labelledby="h">
        <header>
          <h3 id="h">${m.ticket.reportNumber(this.index)}</h3>
          <span class="who">${who}</span>
          ${r.reporter.email && r.reporter.email !== who ? html`<span class="muted">${r.reporter.email}</span>` : nothing}
          <span class="pill">${Object.hasOwn(m.kind, r.kind) ? m.kind[r.kind] : r.kind}</span>
          <span class="pill">${Object.hasOwn(m.impact, r.impact) ? m.impact[r.impact] : r.impact}</span>
          <time class="muted" datetime=${r.receivedAt} title=${m.ticket.received}>${formatDateTime(r.receivedAt, locale)}</time>
        </header>
        <p class="message" part="message">${r.message}</p>
        <dl class="page">
          <dt>${m.ticket.page}</dt>
          <dd>
            ${r.page.title ? html`<span>${r.page.title}</span> · ` : nothing}
            ${pageLink ? html`<a href=${pageLink} target="_blank" rel="noopener noreferrer">${r.page.url}</a>` : html`<span class="mono">${r.page.url}</span>`}
          </dd>
          ${referrer ? html`<dt>${m.ticket.referrer}</dt><dd class="mono">${referrer}</dd>` : nothing}
        </dl>
        ${screenshots.length > 0
          ? html`<section><h4>${m.ticket.screenshot}</h4>
              ${screenshots.map((a) => html`<ac-screenshot .api=${this.api} .attachment=${a} .index=${this.index}></ac-screenshot>`)}</section>`
          : nothing}
        ${metadata.length > 0
          ? html`<section><h4>${m.ticket.metadata}</h4><table class="meta"><tbody>
              ${metadata.map(([k, v]) => html`<tr><th scope="row" class="mono muted">${k}</th><td class="mono">${String(v)}</td></tr>`)}
            </tbody></table></section>`
          : nothing}
        <section>
          <h4>${m.diagnostics.heading}</h4>
          <ac-diagnostics .diagnostics=${r.diagnostics}></ac-diagnostics>
        </section>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-report-card': ReportCard;
  }
}
