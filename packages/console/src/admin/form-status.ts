/**
 * The status line under an admin form: the error in the console's words,
 * the server's issues with their fields, or a quiet "Saved." — announced to
 * screen readers either way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../i18n/errors.js';
import type { Messages } from '../i18n/en.js';
import { issueLines } from './issues.js';

/**
 * Renders the status of the last save: `error` wins over `done`.
 *
 * @example
 * html`<form>…${formStatus(this.error, this.savedText, messages)}</form>`
 */
export function formStatus(error: unknown, done: string, messages: Messages): TemplateResult {
  if (error) {
    const lines = issueLines(error, messages);
    return html`<div class="alert" role="alert" data-status="error">
      <div>${lines.length > 0 ? messages.admin.serverRejected : errorText(messages, error)}</div>
      ${lines.length > 0 ? html`<ul class="issues">${lines.map((line) => html`<li class="mono">${line}</li>`)}</ul>` : nothing}
    </div>`;
  }
  return html`<div class="done" role="status" data-status="done">${done}</div>`;
}
