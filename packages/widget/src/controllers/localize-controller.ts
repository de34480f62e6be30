/**
 * A reactive controller that gives its host the message catalogue for the
 * current locale, with the host's per-string overrides applied. Catalogues
 * are lazy chunks: `load()` fetches the current one (the widget calls it
 * before the dialog first shows); once one has been loaded, a change of
 * locale loads the new one by itself. The launcher's label is always there.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/en.js';
import { LAUNCHER_LABELS, loadCatalogue, resolveLocale, type Locale } from '../i18n/locales.js';
import { withOverrides, type LocaleOverrides } from '../i18n/overrides.js';

/** A host that may carry a `locale` override (a BCP 47 tag) and string overrides. */
export type LocalizedHost = ReactiveControllerHost & {
  locale?: string | undefined;
  messages?: LocaleOverrides | undefined;
};

/**
 * Picks the catalogue from the host's `locale`, else `navigator.language`, else English.
 *
 * @example
 * private readonly l10n = new LocalizeController(this);
 * await this.l10n.load();
 * render() { return html`<h2>${this.l10n.messages?.dialogTitle}</h2>`; }
 */
export class LocalizeController implements ReactiveController {
  private readonly host: LocalizedHost;
  private readonly loaded = new Map<Locale, Messages>();
  private readonly loading = new Map<Locale, Promise<void>>();
  private cache: { base: Messages; overrides: LocaleOverrides | undefined; messages: Messages } | undefined;

  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
  }

  /** The locale in use right now. */
  get locale(): Locale {
    return resolveLocale(this.host.locale, globalThis.navigator?.language);
  }

  /** The launcher's label (available before any catalogue is loaded). */
  get launcher(): string {
    const locale = this.locale;
    const override = this.host.messages?.[locale]?.launcher;
    return typeof override === 'string' ? override : LAUNCHER_LABELS[locale];
  }

  /**
   * The catalogue for {@link locale} with the host's overrides, or (while a new
   * locale's catalogue loads) the last one loaded; undefined before any load.
   */
  get messages(): Messages | undefined {
    const base = this.loaded.get(this.locale) ?? this.cache?.base;
    if (!base) return undefined;
    const overrides = this.host.messages;
    if (this.cache?.base !== base || this.cache.overrides !== overrides) {
      this.cache = { base, overrides, messages: withOverrides(base, overrides?.[this.localeOf(base)]) };
    }
    return this.cache.messages;
  }

  /** {@link messages}, for code that only runs once the dialog has opened. */
  get current(): Messages {
    const messages = this.messages;
    if (!messages) throw new Error('[aftercare] the message catalogue is not loaded yet');
    return messages;
  }

  /** Loads the current locale's catalogue; resolves when it is there (never rejects). */
  load(): Promise<void> {
    const locale = this.locale;
    if (this.loaded.has(locale)) return Promise.resolve();
    let pending = this.loading.get(locale);
    if (!pending) {
      pending = loadCatalogue(locale)
        .then((messages) => {
          this.loaded.set(locale, messages);
          this.host.requestUpdate();
        })
        .catch(() => undefined)
        .finally(() => this.loading.delete(locale));
      this.loading.set(locale, pending);
    }
    return pending;
  }

  /** Once a catalogue has been used, follows locale changes. */
  hostUpdate(): void {
    if (this.loaded.size > 0 && !this.loaded.has(this.locale)) void this.load();
  }

  /** Starts following the browser language. */
  hostConnected(): void {
    window.addEventListener('languagechange', this.onLanguageChange);
  }

  /** Stops following the browser language. */
  hostDisconnected(): void {
    window.removeEventListener('languagechange', this.onLanguageChange);
  }

  private localeOf(base: Messages): Locale {
    for (const [locale, messages] of this.loaded) if (messages === base) return locale;
    return this.locale;
  }

  private readonly onLanguageChange = (): void => {
    this.host.requestUpdate();
  };
}
