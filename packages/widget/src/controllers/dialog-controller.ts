/**
 * A reactive controller for the modal dialog's choreography: remember what
 * had focus, run the host's preparation (the screenshot is taken before the
 * dialog shows), `showModal()`, keep Tab inside, and on close (by `close()`,
 * Esc or a button) put focus back where it came from.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement, trapTab } from './focus.js';

/** What the controller needs from its host. */
export interface DialogParts {
  dialog(): HTMLDialogElement | null;
  /** Where focus goes when the element that opened the dialog is gone. */
  fallback(): HTMLElement | null;
  /** Runs before the dialog shows (the screenshot). */
  prepare(): Promise<void>;
  /** Runs after each close. */
  closed(): void;
}

/**
 * Opens and closes the host's dialog.
 *
 * @example
 * private readonly modal = new DialogController(this, { dialog: () => this.dialog, fallback: () => this.launcher, prepare, closed });
 * await this.modal.open(trigger);
 */
export class DialogController implements ReactiveController {
  /** True while preparing to open (the launcher shows it as busy). */
  opening = false;
  private shown = false;
  private returnTo: HTMLElement | undefined;
  private pending: Promise<void> | undefined;
  private cancelled = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: DialogParts,
  ) {
    host.addController(this);
  }

  /** Nothing to do on connect. */
  hostConnected(): void {}

  /** True while the dialog is showing. */
  get isOpen(): boolean {
    return this.parts.dialog()?.open ?? false;
  }

  /** Prepares and shows the dialog; focus will return to `trigger` (default: what has focus now). */
  open(trigger?: HTMLElement): Promise<void> {
    if (this.isOpen) return Promise.resolve();
    this.pending ??= this.show(trigger ?? (deepActiveElement() as HTMLElement | null) ?? undefined).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Closes the dialog (or cancels an opening in progress). */
  close(): void {
    if (this.opening) this.cancelled = true;
    const dialog = this.parts.dialog();
    if (!dialog?.open) return;
    dialog.close();
    // The dialog's own close event comes a rendering step later; settle now.
    this.onClose();
  }

  /** For the dialog's `close` event (Esc, `form method=dialog`, `close()`): runs once per opening. */
  readonly onClose = (): void => {
    // A close event can arrive late, after a quick reopening: it is not about the open dialog.
    if (!this.shown || this.parts.dialog()?.open) return;
    this.shown = false;
    this.parts.closed();
    this.host.requestUpdate();
    const target = this.returnTo?.isConnected ? this.returnTo : this.parts.fallback();
    this.returnTo = undefined;
    target?.focus();
  };

  /** For the dialog's `keydown`: keeps Tab inside. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const dialog = this.parts.dialog();
    if (dialog) trapTab(event, dialog);
  };

  private async show(trigger: HTMLElement | undefined): Promise<void> {
    await this.host.updateComplete;
    this.opening = true;
    this.cancelled = false;
    this.host.requestUpdate();
    try {
      await this.parts.prepare();
    } finally {
      this.opening = false;
      this.host.requestUpdate();
    }
    await this.host.updateComplete;
    const dialog = this.parts.dialog();
    if (this.cancelled || !this.host.isConnected || !dialog || dialog.open) return;
    this.returnTo = trigger && trigger !== document.body ? trigger : undefined;
    dialog.showModal();
    this.shown = true;
    this.host.requestUpdate();
  }
}
