/**
 * `<ac-json-editor>`: edits a JSON value as text (triage rules, an SLA
 * policy). It checks that the text parses and has the expected shape before
 * anything is sent, and shows the server's objections (the 422 `details`,
 * with the path of each issue) under the text.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';
import { adminStyles } from './admin-styles.js';
import { formStatus } from './form-status.js';

/**
 * Parses the editor's text, or says why it cannot be sent.
 *
 * @example
 * parseJson('[{"id":"a"}]', 'array'); // { value: [{ id: 'a' }] }
 * parseJson('{', 'array'); // { problem: 'syntax', detail: '…' }
 */
export function parseJson(text: string, expect: 'array' | 'object'): { value: unknown } | { problem: 'syntax' | 'shape'; detail: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: 'syntax', detail: error instanceof Error ? error.message : String(error) };
  }
  const isArray = Array.isArray(value);
  const ok = expect === 'array' ? isArray : typeof value === 'object' && value !== null && !isArray;
  return ok ? { value } : { problem: 'shape', detail: '' };
}

/**
 * A JSON editor with a save button.
 *
 * @fires ac-json-save - The text parses and has the expected shape; `detail.value` is the parsed value.
 * @slot actions - More buttons next to Save (such as "Reset to defaults").
 * @csspart editor - The text area.
 */
@customElement('ac-json-editor')
export class JsonEditor extends LitElement {
  static override styles = [shared, adminStyles, css`:host { display: grid; gap: 10px; }`];

  /** The value shown; a new value replaces the text. */
  @property({ attribute: false }) value: unknown;
  /** The text area's label. */
  @property() label = '';
  /** What is expected: a JSON array or object. */
  @property() expect: 'array' | 'object' = 'array';
  /** True while saving. */
  @property({ type: Boolean }) busy = false;
  /** True when the agent may only read. */
  @property({ type: Boolean, attribute: 'read-only' }) readOnly = false;
  /** The last save's error, from the server. */
  @property({ attribute: false }) error: unknown;
  /** The last save's success message. */
  @property() done = '';

  @state() private problem = '';
  @query('textarea') private textarea!: HTMLTextAreaElement;
  private readonly l10n = new LocalizeController(this);

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('value')) this.problem = '';
  }

  override render() {
    const m = this.l10n.messages;
    return html`
      <div class="field">
        <label for="json">${this.label}</label>
        <textarea id="json" class="json" part="editor" spellcheck="false" autocomplete="off" ?readonly=${this.readOnly}
          aria-invalid=${this.problem || this.error ? 'true' : 'false'} aria-describedby="json-status"
          .value=${JSON.stringify(this.value ?? null, null, 2)}></textarea>
      </div>
      ${this.readOnly
        ? html`<p class="hint">${m.triage.readOnlyHint}</p>`
        : html`<div class="actions">
            <button type="button" class="primary" data-action="save" ?disabled=${this.busy} @click=${this.save}>${this.busy ? m.admin.saving : m.admin.save}</button>
            <slot name="actions"></slot>
          </div>`}
      <div id="json-status">
        ${this.problem ? html`<div class="alert" role="alert" data-status="error">${this.problem}</div>` : formStatus(this.error, this.done, m)}
      </div>
    `;
  }

  private save(): void {
    const t = this.l10n.messages.triage;
    const parsed = parseJson(this.textarea.value, this.expect);
    if ('problem' in parsed) {
      this.problem = parsed.problem === 'syntax' ? t.invalidJson(parsed.detail) : this.expect === 'array' ? t.notAnArray : t.notAnObject;
      this.textarea.focus();
      return;
    }
    this.problem = '';
    this.dispatchEvent(new CustomEvent('ac-json-save', { detail: { value: parsed.value }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-json-editor': JsonEditor;
  }
}
