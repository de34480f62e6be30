/**
 * The network section: every request as a table row with method, URL,
 * status and duration; failed and slow requests stand out.
 */
import type { NetworkEntry } from '@aftercare/sdk/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { formatClockTime } from '../format/time.js';
import type { Messages } from '../i18n/en.js';
import type { Locale } from '../i18n/locales.js';

/**
 * Renders network entries.
 *
 * @example
 * networkPanel(readNetwork(report.diagnostics), messages, 'en')
 */
export function networkPanel(list: readonly NetworkEntry[], messages: Messages, locale: Locale): TemplateResult {
  const m = messages.diagnostics;
  if (list.length === 0) return html`<p class="muted">${m.empty}</p>`;
  return html`<div class="scroll"><table class="network">
    <thead><tr><th>${m.time}</th><th>${m.method}</th><th>${m.url}</th><th>${m.httpStatus}</th><th class="num">${m.duration}</th></tr></thead>
    <tbody>
      ${list.map(
        (r) => html`<tr class=${r.failed ? 'failed' : r.slow ? 'slow' : ''}>
          <td class="muted mono nowrap">${formatClockTime(r.time, locale)}</td>
          <td class="mono">${r.method}</td>
          <td class="mono url">${r.url}</td>
          <td class="mono nowrap">${r.status === 0 ? html`<span class="bad">${m.noResponse}</span>` : html`<span class=${r.status >= 400 ? 'bad' : ''}>${r.status}</span>`}
            ${r.error ? html`<span class="muted">${r.error}</span>` : nothing}</td>
          <td class="mono num nowrap">${Math.round(r.durationMs)} ms ${r.slow ? html`<span class="pill sla-warning">${m.slow}</span>` : nothing}</td>
        </tr>`,
      )}
    </tbody>
  </table></div>`;
}
