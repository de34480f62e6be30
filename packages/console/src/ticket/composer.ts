/**
 * `<ac-composer>`: where an agent writes a public reply to the reporter or
 * an internal note. The two modes look different on purpose, so a note is
 * never sent to the reporter by mistake.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';

/** What the composer sends. */
export type ComposeMode = 'reply' | 'note';

/** Detail of `ac-compose`. */
export interface ComposeDetail {
  mode: ComposeMode;
  body: string;
  waitOnReporter: boolean;
}

/**
 * The reply and note editor.
 *
 * @fires ac-compose - The agent sent a reply or a note; `detail` is a {@link ComposeDetail}.
 * @csspart editor - The text area.
 */
@customElement('ac-composer')
export class Composer extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: 8px;
        padding: 12px;
      }
      form.note {
        background: var(--ac-note);
        border-color: var(--ac-note-border);
      }
      [role='radiogroup'] {
        display: flex;
        gap: 4px;
      }
      [role='radiogroup'] button[aria-checked='true'] {
        background: var(--ac-accent-soft);
        color: var(--ac-accent);
        border-color: var(--ac-accent);
        font-weight: 600;
      }
      form.note [role='radiogroup'] button[aria-checked='true'] {
        background: var(--ac-note-border);
        color: var(--ac-text);
        border-color: var(--ac-note-border);
      }
      textarea {
        width: 100%;
        min-height: 110px;
        resize: vertical;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 16px;
        align-items: center;
      }
      .actions label {
        display: flex;
        gap: 6px;
        align-items: center;
        font-size: 13px;
        color: var(--ac-text);
      }
      .actions .send {
        margin-inline-start: auto;
      }
    `,
  ];

  /** True while the last message is being sent. */
  @property({ type: Boolean }) busy = false;
  /** Why the last send failed. */
  @property() error = '';
  /** Reply or note. */
  @property({ reflect: true }) mode: ComposeMode = 'reply';

  @state() private localError = '';
  @query('textarea') private textarea!: HTMLTextAreaElement;
  @query('input[type="checkbox"]') private wait!: HTMLInputElement | null;
  private readonly l10n = new LocalizeController(this);

  /** Empties the editor after a successful send. */
  clear(): void {
    if (this.textarea) this.textarea.value = '';
    if (this.wait) this.wait.checked = false;
  }

  override render() {
    const m = this.l10n.messages.composer;
    const note = this.mode === 'note';
    const message = this.localError || this.error;
    return html`
      <form class="card ${this.mode}" @submit=${this.onSubmit} aria-label=${m.label}>
        <div role="radiogroup" aria-label=${m.label}>
          ${(['reply', 'note'] as const).map(
            (mode) => html`<button type="button" role="radio" data-mode=${mode} aria-checked=${mode === this.mode ? 'true' : 'false'}
              @click=${() => this.setMode(mode)}>${m[mode]}</button>`,
          )}
        </div>
        <label class="visually-hidden" for="body">${note ? m.note : m.reply}</label>
        <textarea id="body" part="editor" placeholder=${note ? m.notePlaceholder : m.replyPlaceholder}
          ?disabled=${this.busy} @keydown=${this.onKey} aria-invalid=${message ? 'true' : 'false'}></textarea>
        <div class="alert" role="alert">${message}</div>
        <div class="actions">
          ${note ? nothing : html`<label><input type="checkbox" ?disabled=${this.busy} />${m.waitOnReporter}</label>`}
          <span class="muted">${m.shortcut}</span>
          <button class="primary send" type="submit" ?disabled=${this.busy}>
            ${this.busy ? m.sending : note ? m.addNote : m.sendReply}
          </button>
        </div>
      </form>
    `;
  }

  private setMode(mode: ComposeMode): void {
    this.mode = mode;
    this.localError = '';
    this.textarea?.focus();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.send();
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.send();
  }

  private send(): void {
    if (this.busy) return;
    const body = this.textarea.value.trim();
    if (!body) {
      this.localError = this.l10n.messages.composer.empty;
      this.textarea.focus();
      return;
    }
    this.localError = '';
    const detail: ComposeDetail = { mode: this.mode, body, waitOnReporter: this.mode === 'reply' && !!this.wait?.checked };
    this.dispatchEvent(new CustomEvent('ac-compose', { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-composer': Composer;
  }
}
