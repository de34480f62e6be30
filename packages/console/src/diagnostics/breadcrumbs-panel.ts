/**
 * The steps the user took before reporting, as a timeline: navigations
 * (from → to, and how) and clicks (the element and its accessible name).
 */
import type { Breadcrumb } from '@aftercare/sdk/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { formatClockTime } from '../format/time.js';
import type { Messages } from '../i18n/en.js';
import type { Locale } from '../i18n/locales.js';

/**
 * Renders breadcrumbs, oldest first.
 *
 * @example
 * breadcrumbsPanel(readBreadcrumbs(report.diagnostics), messages, 'en')
 */
export function breadcrumbsPanel(list: readonly Breadcrumb[], messages: Messages, locale: Locale): TemplateResult {
  const m = messages.diagnostics;
  if (list.length === 0) return html`<p class="muted">${m.empty}</p>`;
  return html`<ol class="steps">
    ${list.map(
      (b) => html`<li class="step-${b.type}">
        <time class="muted mono" datetime=${b.time}>${formatClockTime(b.time, locale)}</time>
        ${b.type === 'navigation'
          ? html`<span>${m.navigated(b.via)}</span>
              <span class="mono">${b.from}</span> → <span class="mono">${b.to}</span>`
          : html`<span>${m.clicked}</span> <code class="mono">${b.selector}</code>
              ${b.name ? html`“${b.name}”` : nothing}${b.masked ? html`<span class="muted">(${m.masked})</span>` : nothing}`}
      </li>`,
    )}
  </ol>`;
}
