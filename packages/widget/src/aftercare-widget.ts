/**
 * The `<aftercare-widget>` element class: a launcher button that opens a modal
 * dialog where the reporter describes a problem, a question or an idea and
 * gets a ticket number back. Importing this module has no side effects;
 * `define.js` registers the tag.
 */
import { LitElement, html, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocalizeController } from './controllers/localize-controller.js';
import { ReportController } from './controllers/report-controller.js';
import { errorEvent, submittedEvent } from './events.js';
import { errorMessage } from './i18n/errors.js';
import { layout } from './styles/layout.js';
import { theme } from './styles/theme.js';
import { renderForm, type FormKind } from './views/form-view.js';
import { renderSent } from './views/sent-view.js';

/**
 * The in-app support widget.
 *
 * @example
 * <aftercare-widget project-key="pk_live_…" endpoint="https://support.example.com"></aftercare-widget>
 *
 * @fires aftercare-submitted - A report was filed. `detail` is the receipt `{ reportId, ticket, trackingToken }`.
 * @fires aftercare-error - Sending a report failed. `detail` is `{ code }`, e.g. `network_error`.
 *
 * @slot - None yet; the widget renders all of its content.
 *
 * @csspart launcher - The fixed button that opens the dialog.
 * @csspart dialog - The modal `<dialog>`.
 * @csspart button - Every button inside the dialog (send, cancel, close).
 *
 * @cssproperty --aftercare-accent - Launcher and primary button background, focus ring.
 * @cssproperty --aftercare-surface - Dialog background.
 * @cssproperty --aftercare-text - Dialog text colour.
 * @cssproperty --aftercare-radius - Corner radius of the dialog (fields and buttons use half).
 * @cssproperty --aftercare-font - Font family.
 * @cssproperty --aftercare-z-index - Stacking level of the launcher.
 */
export class AftercareWidget extends LitElement {
  static override styles = [theme, layout];

  /** The project's public key (attribute `project-key`). */
  @property({ attribute: 'project-key', reflect: true })
  projectKey?: string;

  /** Base URL of the Aftercare server, e.g. `https://support.example.com`. */
  @property({ reflect: true })
  endpoint?: string;

  /** Language override (`en`, `zh-CN`); when unset, the browser's language is used. */
  @property({ reflect: true })
  locale?: string;

  @state() private kind: FormKind = 'bug';
  @state() private message = '';
  @state() private invalid = false;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('.launcher') private launcher!: HTMLButtonElement;

  /** True from showModal() until the close has been handled. */
  private shown = false;
  private readonly l10n = new LocalizeController(this);
  private readonly report = new ReportController(this, () => ({
    endpoint: this.endpoint,
    projectKey: this.projectKey,
  }));

  /**
   * Opens the dialog as a modal and moves focus into it. Resolves once shown.
   *
   * @example
   * document.querySelector('aftercare-widget')?.open();
   */
  async open(): Promise<void> {
    await this.updateComplete;
    if (!this.isConnected || this.dialog.open) return;
    this.dialog.showModal();
    this.shown = true;
    this.report.preload();
  }

  /**
   * Closes the dialog; focus returns to the launcher. What was typed is kept.
   *
   * @example
   * document.querySelector('aftercare-widget')?.close();
   */
  close(): void {
    if (!this.dialog?.open) return;
    this.dialog.close();
    // The dialog's own close event comes a rendering step later; settle now.
    this.onDialogClose();
  }

  override render(): TemplateResult {
    const { locale, messages: m } = this.l10n;
    const { status, receipt, errorCode } = this.report;
    return html`
      <button
        class="launcher"
        part="launcher"
        type="button"
        lang=${locale}
        aria-haspopup="dialog"
        @click=${this.onLauncher}
      >
        ${m.launcher}
      </button>
      <dialog part="dialog" aria-labelledby="title" lang=${locale} @close=${this.onDialogClose}>
        ${status === 'sent' && receipt
          ? renderSent({ messages: m, receipt, onClose: () => this.close() })
          : renderForm({
              messages: m,
              kind: this.kind,
              message: this.message,
              sending: status === 'sending',
              invalid: this.invalid,
              errorText: this.invalid ? m.messageRequired : errorCode ? errorMessage(m, errorCode) : '',
              onKind: (kind) => (this.kind = kind),
              onMessage: this.onMessage,
              onSubmit: this.onSubmit,
              onCancel: () => this.close(),
            })}
      </dialog>
    `;
  }

  private readonly onLauncher = (): void => {
    void this.open();
  };

  private readonly onMessage = (message: string): void => {
    this.message = message;
    if (this.invalid && message.trim()) this.invalid = false;
  };

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.report.status === 'sending') return;
    const message = this.message.trim();
    if (!message) {
      this.invalid = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus();
      return;
    }
    this.invalid = false;
    const outcome = await this.report.send({ kind: this.kind, message });
    if (outcome.ok) {
      this.message = '';
      this.kind = 'bug';
      this.dispatchEvent(submittedEvent(outcome.receipt));
      // The send button left with the form; keep focus inside the dialog.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
    } else {
      this.dispatchEvent(errorEvent(outcome.code));
    }
  };

  /** After a close, by `close()` or by the browser (Esc): runs once per opening. */
  private readonly onDialogClose = (): void => {
    if (!this.shown) return;
    this.shown = false;
    this.invalid = false;
    this.report.reset();
    this.launcher.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'aftercare-widget': AftercareWidget;
  }
}
