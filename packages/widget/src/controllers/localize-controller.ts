/**
 * A reactive controller that gives its host the message catalogue for the
 * current locale, and re-renders the host when the browser language changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/en.js';
import { catalogues, resolveLocale, type Locale } from '../i18n/locales.js';

/** A host that may carry a `locale` override (a BCP 47 tag). */
export type LocalizedHost = ReactiveControllerHost & { locale?: string | undefined };

/**
 * Picks the catalogue from the host's `locale`, else `navigator.language`, else English.
 *
 * @example
 * private readonly l10n = new LocalizeController(this);
 * render() { return html`<button>${this.l10n.messages.launcher}</button>`; }
 */
export class LocalizeController implements ReactiveController {
  private readonly host: LocalizedHost;

  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
  }

  /** The locale in use right now. */
  get locale(): Locale {
    return resolveLocale(this.host.locale, globalThis.navigator?.language);
  }

  /** The catalogue for {@link locale}. */
  get messages(): Messages {
    return catalogues[this.locale];
  }

  /** Starts following the browser language. */
  hostConnected(): void {
    window.addEventListener('languagechange', this.onLanguageChange);
  }

  /** Stops following the browser language. */
  hostDisconnected(): void {
    window.removeEventListener('languagechange', this.onLanguageChange);
  }

  private readonly onLanguageChange = (): void => {
    this.host.requestUpdate();
  };
}
