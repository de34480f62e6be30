/**
 * The errors section: each uncaught error or rejection with its type and
 * message, where it was thrown, the host app's frames first and the library
 * and browser frames folded below, and the raw stack on demand.
 */
import type { ErrorEntry } from '@aftercare/sdk/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { formatClockTime } from '../format/time.js';
import type { Messages } from '../i18n/en.js';
import type { Locale } from '../i18n/locales.js';
import { frameText, splitFrames } from './read-diagnostics.js';

function frames(list: ErrorEntry['frames']): TemplateResult {
  return html`<ol class="frames mono">${list.map((f) => html`<li class=${f.inApp ? 'in-app' : 'lib'}>${frameText(f)}</li>`)}</ol>`;
}

/**
 * Renders error entries.
 *
 * @example
 * errorsPanel(readErrors(report.diagnostics), messages, 'en')
 */
export function errorsPanel(list: readonly ErrorEntry[], messages: Messages, locale: Locale): TemplateResult {
  const m = messages.diagnostics;
  if (list.length === 0) return html`<p class="muted">${m.empty}</p>`;
  return html`<ol class="errors">
    ${list.map((error) => {
      const { inApp, other } = splitFrames(error.frames);
      const source = error.source;
      const where = source?.url ? [source.url, source.line, source.column].filter((p) => p !== undefined).join(':') : '';
      return html`<li class="error card">
        <div class="error-head">
          <span class="pill severity-high">${Object.hasOwn(m.errorKinds, error.kind) ? m.errorKinds[error.kind] : error.kind}</span>
          <time class="muted" datetime=${error.time}>${formatClockTime(error.time, locale)}</time>
        </div>
        <p class="error-message mono"><strong>${error.type}</strong>: ${error.message}</p>
        ${where ? html`<p class="muted mono">${m.thrownAt} ${where}</p>` : nothing}
        ${error.frames.length === 0 ? html`<p class="muted">${m.noFrames}</p>` : nothing}
        ${inApp.length > 0 ? html`<h4>${m.inAppFrames}</h4>${frames(inApp)}` : nothing}
        ${other.length > 0
          ? html`<details class="other-frames" ?open=${inApp.length === 0}><summary>${m.otherFrames(other.length)}</summary>${frames(other)}</details>`
          : nothing}
        ${error.stack ? html`<details><summary>${m.rawStack}</summary><pre class="mono">${error.stack}</pre></details>` : nothing}
      </li>`;
    })}
  </ol>`;
}
