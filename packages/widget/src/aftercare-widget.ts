/**
 * The `<aftercare-widget>` element class: a launcher that opens a modal
 * dialog where the reporter describes a problem, a question or an idea (with
 * a screenshot they can mark, files, and a preview of what will be sent),
 * finds help articles, and follows their reports. The element holds the
 * state and the public API; controllers do the work and `views/` render.
 * Importing this module has no side effects; `define.js` registers the tag.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { attachTrigger } from './controllers/attach-trigger.js';
import { DialogController } from './controllers/dialog-controller.js';
import { LocalizeController } from './controllers/localize-controller.js';
import { ReportController } from './controllers/report-controller.js';
import { RuntimeController } from './controllers/runtime-controller.js';
import { ScreenshotController } from './controllers/screenshot-controller.js';
import { SuggestionsController } from './controllers/suggestions-controller.js';
import type { Messages } from './i18n/en.js';
import type { LocaleOverrides } from './i18n/overrides.js';
import { emptyForm, withIdentity, type FormProblem, type FormState } from './state/form-state.js';
import type { IdentifiedUser } from './state/draft.js';
import { controls } from './styles/controls.js';
import { layout } from './styles/layout.js';
import { theme } from './styles/theme.js';
import { views } from './styles/views.js';
import { applyConfig, applyTheme, type LauncherPosition, type ThemeMode, type ThemeOptions, type WidgetConfig } from './widget-config.js';
import { submittedEvent } from './events.js';
import { WidgetFlows, type View } from './widget-flows.js';
import { renderDialog } from './widget-view.js';

/**
 * The in-app support widget.
 *
 * @example
 * <aftercare-widget project-key="pk_live_…" endpoint="https://support.example.com"></aftercare-widget>
 *
 * @fires aftercare-submitted - A report was filed. `detail` is the receipt `{ reportId, ticket, trackingToken }`.
 * @fires aftercare-queued - A report was saved on this device, to be sent when possible. `detail` is `{ reportId }`.
 * @fires aftercare-error - Sending a report failed. `detail` is `{ code }`, e.g. `project_disabled`.
 * @fires aftercare-deflected - The reporter said a help article solved it. `detail` is `{ articleId, query }`.
 *
 * @slot - None: the widget renders all of its content.
 *
 * @csspart launcher - The fixed button that opens the dialog.
 * @csspart dialog - The modal `<dialog>`.
 * @csspart button - Every button inside the dialog.
 * @csspart primary - The main button of each view (send, done, close…), besides `button`.
 * @csspart field - Text fields and text areas.
 *
 * The element carries two state attributes for the page's CSS (not inputs):
 * `opened` while the dialog shows, and `report-status` (`sending`, `sent`,
 * `queued`) after the reporter sends.
 *
 * @cssproperty --aftercare-accent - Launcher and primary button background, links, focus ring.
 * @cssproperty --aftercare-accent-text - Text on the accent colour.
 * @cssproperty --aftercare-surface - Dialog background.
 * @cssproperty --aftercare-text - Dialog text colour.
 * @cssproperty --aftercare-muted - Hints and secondary text.
 * @cssproperty --aftercare-danger - Error marks.
 * @cssproperty --aftercare-radius - Corner radius of the dialog (fields and buttons use half).
 * @cssproperty --aftercare-font - Font family.
 * @cssproperty --aftercare-font-size - Base font size (px; the page's root size does not apply).
 * @cssproperty --aftercare-z-index - Stacking level of the launcher.
 * @cssproperty --aftercare-offset - Distance of the launcher from its corner (see `position`).
 */
export class AftercareWidget extends LitElement {
  static override styles = [theme, layout, controls, views];

  /** The project's public key (attribute `project-key`). */
  @property({ attribute: 'project-key', reflect: true }) projectKey?: string;
  /** Base URL of the Aftercare server, e.g. `https://support.example.com`. */
  @property({ reflect: true }) endpoint?: string;
  /** Language override (`en`, `zh-CN`); when unset, the browser's language is used. */
  @property({ reflect: true }) locale?: string;
  /** `light`, `dark` or `auto` (default: follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme?: ThemeMode;
  /** Corner of the launcher: `bottom-right` (default), `bottom-left`, `top-right`, `top-left`. */
  @property({ reflect: true }) position?: LauncherPosition;
  /** `off` to never take a screenshot; anything else takes one when the dialog opens. */
  @property({ reflect: true }) screenshot?: string;
  /** When diagnostics collection starts: `early` (default, when the browser is idle), `on-open`, `none`. */
  @property({ reflect: true }) collect?: string;
  /** Hides the built-in launcher (use `attachTo()` or `open()`). */
  @property({ type: Boolean, attribute: 'hide-launcher', reflect: true }) hideLauncher = false;
  /** Per-string overrides by locale, e.g. `{ en: { launcher: 'Help' } }`. */
  @property({ attribute: false }) messages?: LocaleOverrides;
  /** More selectors to mask in screenshots and diagnostics. */
  @property({ attribute: false }) maskSelectors?: string[];

  // Everything below is internal state, shared with the flows and views of
  // this package; the public API is the properties above and the methods.
  /** @internal The view the dialog shows. */
  @state() view: View = 'form';
  /** @internal What the reporter has entered. */
  @state() form: FormState = emptyForm();
  /** @internal The field that failed its check, if any. */
  @state() problem: FormProblem | undefined;

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('.launcher') private launcher!: HTMLButtonElement | null;

  /** @internal The identified user: prefills the contact fields; `id` is sent. */
  user: IdentifiedUser | undefined;
  /** @internal The report id of the current form: a resend of the same form is filed once. */
  reportId: string = crypto.randomUUID();

  /** @internal Language and strings. */
  readonly l10n = new LocalizeController(this);
  /** @internal The lazy runtime (SDK, network). */
  readonly runtime = new RuntimeController(this, () => ({
    endpoint: this.endpoint,
    projectKey: this.projectKey,
    collect: this.collect,
    maskSelectors: this.maskSelectors,
  }));
  /** @internal The report being sent. */
  readonly report = new ReportController(this, this.runtime, () => this.projectKey, {
    delivered: (receipt) => this.dispatchEvent(submittedEvent(receipt)),
  });
  /** @internal The screenshot and its marks. */
  readonly shot = new ScreenshotController(this);
  /** @internal Help articles for what is being typed. */
  readonly suggestions = new SuggestionsController(this, this.runtime, () => this.l10n.locale);
  /** @internal Opening, closing and focus. */
  readonly modal = new DialogController(this, {
    dialog: () => this.dialog,
    fallback: () => (this.hideLauncher ? null : this.launcher),
    prepare: () => this.prepare(),
    closed: () => this.flows.closed(),
  });
  /** @internal The flows between views. */
  readonly flows: WidgetFlows = new WidgetFlows(this);

  /**
   * Opens the dialog as a modal (after taking the screenshot) and moves focus
   * into it. Resolves once it shows. Focus returns to `trigger` on close
   * (default: the element that has focus now).
   *
   * @example
   * document.querySelector('aftercare-widget')?.open();
   */
  open(trigger?: HTMLElement): Promise<void> {
    if (!this.isConnected) return Promise.resolve();
    this.runtime.preload();
    return this.modal.open(trigger);
  }

  /**
   * Closes the dialog; focus returns to what opened it. What was typed is kept.
   *
   * @example
   * document.querySelector('aftercare-widget')?.close();
   */
  close(): void {
    this.modal.close();
  }

  /**
   * Makes an element of the page open the dialog (your own "Help" button).
   * Returns the function that undoes it.
   *
   * @example
   * const detach = widget.attachTo('#help-button');
   */
  attachTo(target: Element | string): () => void {
    return attachTrigger(target, (trigger) => void this.open(trigger));
  }

  /**
   * Sets the signed-in user: name and e-mail prefill the form (unless the
   * reporter already typed there) and `id` is sent with reports. `null` forgets it.
   *
   * @example
   * widget.identify({ id: 'u_42', name: 'Ann Lee', email: 'ann@example.com' });
   */
  identify(user: IdentifiedUser | null): void {
    const before = this.user;
    this.user = user ?? undefined;
    this.form = withIdentity(this.form, before, this.user);
  }

  /**
   * Chooses the language (`en`, `zh-CN`); `undefined` follows the browser again.
   *
   * @example
   * widget.setLocale('zh-CN');
   */
  setLocale(locale: string | undefined): void {
    this.locale = locale || undefined;
  }

  /**
   * Sets the theme: a mode, or a mode with a position and token values.
   *
   * @example
   * widget.setTheme({ mode: 'dark', accent: '#0a7d4f', radius: '4px', position: 'bottom-left' });
   */
  setTheme(theme: ThemeMode | ThemeOptions): void {
    applyTheme(this, theme);
  }

  /**
   * Applies a whole configuration at once (what `Aftercare('init', {...})` calls).
   *
   * @example
   * widget.configure({ projectKey: 'pk_live_…', endpoint: 'https://support.example.com', locale: 'zh-CN' });
   */
  configure(config: WidgetConfig): void {
    applyConfig(this, config);
  }

  /**
   * Mirrors the state on the element, for the host page's CSS and for
   * observers of the page's DOM (a shadow root's changes are invisible to a
   * `MutationObserver` on the document): `opened` while the dialog shows,
   * `report-status` = `sending` | `sent` | `queued` after a send.
   */
  override updated(): void {
    const opened = this.modal.isOpen;
    if (this.hasAttribute('opened') !== opened) this.toggleAttribute('opened', opened);
    const status = this.report.status === 'editing' ? null : this.report.status;
    if (this.getAttribute('report-status') !== status) {
      if (status) this.setAttribute('report-status', status);
      else this.removeAttribute('report-status');
    }
  }

  private readonly onLauncherIntent = (): void => {
    if (this.screenshot !== 'off') this.shot.prepare();
  };

  override render(): TemplateResult {
    const { locale, messages: m } = this.l10n;
    return html`
      <button
        class="launcher"
        part="launcher"
        type="button"
        lang=${locale}
        aria-haspopup="dialog"
        aria-busy=${this.modal.opening ? 'true' : 'false'}
        ?hidden=${this.hideLauncher}
        @click=${this.onLauncher}
        @pointerenter=${this.onLauncherIntent}
        @focus=${this.onLauncherIntent}
      >
        ${this.l10n.launcher}
      </button>
      <dialog
        part="dialog"
        class=${this.view === 'editor' || this.view === 'preview' ? 'wide' : ''}
        aria-labelledby="title"
        lang=${locale}
        @close=${this.modal.onClose}
        @keydown=${this.modal.onKeydown}
      >
        ${m ? renderDialog(this, this.flows, m) : nothing}
      </dialog>
    `;
  }

  private readonly onLauncher = (): void => {
    void this.open(this.launcher ?? undefined);
  };

  /** Before the dialog shows: the catalogue, and the screenshot (unless turned off or already taken). */
  private async prepare(): Promise<void> {
    if (this.view === 'sent') this.flows.startOver();
    const capture = this.screenshot === 'off' || this.shot.shot ? undefined : this.shot.capture({ exclude: [this], maskSelectors: this.maskSelectors });
    await Promise.all([this.l10n.load(), capture]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aftercare-widget': AftercareWidget;
  }
}
