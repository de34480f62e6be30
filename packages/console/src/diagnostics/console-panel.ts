/**
 * The console section of a report's diagnostics: each call with its time and
 * level, warnings and errors standing out, and arguments that expand.
 */
import type { ConsoleEntry } from '@aftercare/sdk/schemas';
import { html, type TemplateResult } from 'lit';
import { formatClockTime } from '../format/time.js';
import type { Messages } from '../i18n/en.js';
import type { Locale } from '../i18n/locales.js';
import { jsonValue } from './json-value.js';

/**
 * Renders console entries, oldest first.
 *
 * @example
 * consolePanel(readConsole(report.diagnostics), messages, 'en')
 */
export function consolePanel(list: readonly ConsoleEntry[], messages: Messages, locale: Locale): TemplateResult {
  if (list.length === 0) return html`<p class="muted">${messages.diagnostics.empty}</p>`;
  return html`<ol class="console mono" aria-label=${messages.diagnostics.tabs.console}>
    ${list.map(
      (entry) => html`<li class="level-${entry.level}">
        <time class="muted" datetime=${entry.time}>${formatClockTime(entry.time, locale)}</time>
        <span class="level">${entry.level}</span>
        <span class="args">${entry.args.map((arg) => html`<span class="arg">${jsonValue(arg, true)}</span>`)}</span>
      </li>`,
    )}
  </ol>`;
}
