/**
 * `<ac-sign-in>`: the form an agent signs in with, by pasting an API token.
 * It only collects the token; `<aftercare-console>` checks it with the server.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';
import { signInEvent } from './events.js';

/**
 * The sign-in form.
 *
 * @fires ac-sign-in - The agent submitted a token; `detail.token`.
 * @csspart form - The sign-in card.
 */
@customElement('ac-sign-in')
export class SignInView extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: grid;
        place-items: center;
        min-height: 100%;
        padding: 24px 16px;
      }
      form {
        width: min(420px, 100%);
        padding: 28px;
        display: grid;
        gap: 12px;
      }
      h1 {
        font-size: 20px;
      }
      .brand {
        color: var(--ac-accent);
        font-weight: 700;
        letter-spacing: 0.02em;
      }
      input {
        width: 100%;
        font-family: var(--ac-mono);
      }
      label {
        font-size: 13px;
        color: var(--ac-text);
        font-weight: 600;
      }
      .hint {
        font-size: 12.5px;
        margin: 0;
      }
    `,
  ];

  /** True while the console checks the token. */
  @property({ type: Boolean }) busy = false;
  /** A message to show above the form (a failed or expired sign-in). */
  @property() error = '';

  @state() private localError = '';
  @query('input') private input!: HTMLInputElement;

  private readonly l10n = new LocalizeController(this);

  /** Moves focus to the token field. */
  override focus(): void {
    this.input?.focus();
  }

  override render() {
    const m = this.l10n.messages;
    const message = this.localError || this.error;
    return html`
      <form part="form" class="card" @submit=${this.onSubmit} novalidate>
        <div class="brand">${m.app.name}</div>
        <h1>${m.signIn.title}</h1>
        <div class="alert" role="alert">${message}</div>
        <label for="token">${m.signIn.tokenLabel}</label>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="hint"
          aria-invalid=${message ? 'true' : 'false'}
          ?disabled=${this.busy}
        />
        <p id="hint" class="hint muted">${m.signIn.tokenHint}</p>
        <button class="primary" type="submit" ?disabled=${this.busy}>
          ${this.busy ? m.signIn.submitting : m.signIn.submit}
        </button>
      </form>
    `;
  }

  override firstUpdated(): void {
    this.input.focus();
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const token = this.input.value.trim();
    if (!token) {
      this.localError = this.l10n.messages.signIn.tokenRequired;
      this.input.focus();
      return;
    }
    this.localError = '';
    this.dispatchEvent(signInEvent(token));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-sign-in': SignInView;
  }
}
