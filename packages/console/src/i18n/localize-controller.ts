/**
 * A reactive controller that gives its host the message catalogue of the
 * current locale, and re-renders the host when the locale is switched or the
 * browser language changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from './en.js';
import { catalogues, currentLocale, onLocaleChange, setLocale, type Locale } from './locales.js';

/**
 * Follows the console's locale.
 *
 * @example
 * private readonly l10n = new LocalizeController(this);
 * render() { return html`<h1>${this.l10n.messages.inbox.title}</h1>`; }
 */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** The locale in use right now. */
  get locale(): Locale {
    return currentLocale();
  }

  /** The catalogue for {@link locale}. */
  get messages(): Messages {
    return catalogues[this.locale];
  }

  /** Starts following switches and the browser language. */
  hostConnected(): void {
    this.unsubscribe = onLocaleChange(this.update);
    window.addEventListener('languagechange', this.onLanguageChange);
  }

  /** Stops following. */
  hostDisconnected(): void {
    this.unsubscribe?.();
    window.removeEventListener('languagechange', this.onLanguageChange);
  }

  private readonly update = (): void => this.host.requestUpdate();

  private readonly onLanguageChange = (): void => {
    // A stored choice wins; without one, follow the browser's new language.
    let stored: string | null = null;
    try {
      stored = localStorage.getItem('aftercare.console.locale');
    } catch {
      // ignore
    }
    if (stored === null) setLocale(null);
  };
}
