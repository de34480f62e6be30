/**
 * The environment section: where the report was made, as a key/value table.
 */
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/en.js';

/**
 * Renders environment rows (see `environmentRows`).
 *
 * @example
 * environmentPanel(environmentRows(report.diagnostics), messages)
 */
export function environmentPanel(rows: ReadonlyArray<[string, string]>, messages: Messages): TemplateResult {
  const m = messages.diagnostics;
  if (rows.length === 0) return html`<p class="muted">${m.empty}</p>`;
  return html`<table class="kv">
    <thead><tr><th>${m.key}</th><th>${m.value}</th></tr></thead>
    <tbody>${rows.map(([key, value]) => html`<tr><th scope="row" class="mono">${key}</th><td class="mono">${value}</td></tr>`)}</tbody>
  </table>`;
}
