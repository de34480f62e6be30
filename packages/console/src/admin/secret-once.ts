/**
 * `<ac-secret-once>`: a secret the server shows this once (a new API token,
 * a webhook's signing secret): the secret in a box that selects as a whole,
 * a copy button, and a clear warning that it cannot be shown again. It keeps
 * the secret only in memory, until dismissed.
 */
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';
import { adminStyles } from './admin-styles.js';

/**
 * A secret shown once.
 *
 * @fires ac-dismiss - The admin says the secret was copied.
 */
@customElement('ac-secret-once')
export class SecretOnce extends LitElement {
  static override styles = [shared, adminStyles];

  /** The secret. */
  @property() secret = '';
  /** What it is ("The new token: laptop"). */
  @property() heading = '';
  /** Why it must be copied now. */
  @property() warning = '';

  @state() private status = '';
  private readonly l10n = new LocalizeController(this);

  override render() {
    const a = this.l10n.messages.admin;
    return html`<div class="secret" role="region" aria-labelledby="secret-h">
      <h3 id="secret-h">${this.heading}</h3>
      <p id="secret-warning"><strong>${this.warning}</strong></p>
      <code class="mono" data-secret>${this.secret}</code>
      <div class="actions">
        <button type="button" class="primary" data-action="copy" aria-describedby="secret-warning" @click=${this.copy}>${a.copy}</button>
        <button type="button" data-action="dismiss" @click=${this.dismiss}>${a.dismissToken}</button>
        <span role="status" class="muted">${this.status}</span>
      </div>
    </div>`;
  }

  /** Focus goes to the copy button, and the warning is read out, as soon as the secret appears. */
  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLButtonElement>('[data-action="copy"]')?.focus();
  }

  private async copy(): Promise<void> {
    const a = this.l10n.messages.admin;
    try {
      await navigator.clipboard.writeText(this.secret);
      this.status = a.copied;
    } catch {
      // Without clipboard access, select the text so Ctrl+C copies it.
      const code = this.renderRoot.querySelector('code');
      if (code) getSelection()?.selectAllChildren(code);
      this.status = a.copyFailed;
    }
  }

  private dismiss(): void {
    this.dispatchEvent(new CustomEvent('ac-dismiss', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-secret-once': SecretOnce;
  }
}
