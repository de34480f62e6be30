/**
 * The widget's configuration as one object, for `Aftercare('init', {...})`
 * and `widget.configure({...})`, and the theme: a mode (light, dark, auto), a
 * launcher position, and token values written as CSS custom properties on
 * the element (through the CSSOM, which a strict CSP allows).
 */
import type { LocaleOverrides } from './i18n/overrides.js';
import type { IdentifiedUser } from './state/draft.js';

/** Light, dark, or following `prefers-color-scheme`. */
export type ThemeMode = 'light' | 'dark' | 'auto';

/** The corner the launcher sits in. */
export type LauncherPosition = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/** Token values; each becomes the matching `--aftercare-…` custom property. */
export interface ThemeTokens {
  accent?: string;
  accentText?: string;
  surface?: string;
  text?: string;
  muted?: string;
  danger?: string;
  radius?: string;
  font?: string;
  fontSize?: string;
  zIndex?: string | number;
  offset?: string;
}

/** A theme: mode, position and tokens, all optional. */
export interface ThemeOptions extends ThemeTokens {
  mode?: ThemeMode;
  position?: LauncherPosition;
}

/** Everything the widget can be configured with. */
export interface WidgetConfig {
  projectKey?: string;
  endpoint?: string;
  /** `en` or `zh-CN`; unset follows the browser. */
  locale?: string;
  theme?: ThemeMode | ThemeOptions;
  position?: LauncherPosition;
  /** Take a screenshot when the dialog opens (default true). */
  screenshot?: boolean;
  /** When diagnostics collection starts: `early` (default), `on-open`, or `none`. */
  collect?: 'early' | 'on-open' | 'none';
  /** Hide the built-in launcher (use `attachTo` or `open()` instead). */
  hideLauncher?: boolean;
  /** Per-string overrides, by locale. */
  messages?: LocaleOverrides;
  /** More elements to mask in screenshots and diagnostics. */
  maskSelectors?: string[];
  /** The signed-in user: prefills name and e-mail; `id` is sent with the report. */
  user?: IdentifiedUser | null;
}

/** What {@link applyConfig} sets on the element. */
export interface ConfigurableWidget extends HTMLElement {
  projectKey?: string | undefined;
  endpoint?: string | undefined;
  screenshot?: string | undefined;
  collect?: string | undefined;
  hideLauncher: boolean;
  messages?: LocaleOverrides | undefined;
  maskSelectors?: string[] | undefined;
  setLocale(locale: string | undefined): void;
  setTheme(theme: ThemeMode | ThemeOptions): void;
  identify(user: IdentifiedUser | null): void;
}

/**
 * Applies the fields a configuration has; the others stay as they are.
 *
 * @example
 * applyConfig(widget, { projectKey: 'pk_live_…', endpoint: 'https://support.example.com' });
 */
export function applyConfig(widget: ConfigurableWidget, config: WidgetConfig): void {
  if (config.projectKey !== undefined) widget.projectKey = config.projectKey;
  if (config.endpoint !== undefined) widget.endpoint = config.endpoint;
  if (config.locale !== undefined) widget.setLocale(config.locale);
  if (config.theme !== undefined) widget.setTheme(config.theme);
  if (config.position !== undefined) widget.setTheme({ position: config.position });
  if (config.screenshot !== undefined) widget.screenshot = config.screenshot ? 'on' : 'off';
  if (config.collect !== undefined) widget.collect = config.collect;
  if (config.hideLauncher !== undefined) widget.hideLauncher = config.hideLauncher;
  if (config.messages !== undefined) widget.messages = config.messages;
  if (config.maskSelectors !== undefined) widget.maskSelectors = config.maskSelectors;
  if (config.user !== undefined) widget.identify(config.user);
}

/** The custom property of each token. */
export const TOKEN_PROPERTIES: Record<keyof ThemeTokens, string> = {
  accent: '--aftercare-accent',
  accentText: '--aftercare-accent-text',
  surface: '--aftercare-surface',
  text: '--aftercare-text',
  muted: '--aftercare-muted',
  danger: '--aftercare-danger',
  radius: '--aftercare-radius',
  font: '--aftercare-font',
  fontSize: '--aftercare-font-size',
  zIndex: '--aftercare-z-index',
  offset: '--aftercare-offset',
};

const MODES: readonly string[] = ['light', 'dark', 'auto'];
const POSITIONS: readonly string[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

/**
 * Applies a theme to the element: `theme` and `position` attributes, and the
 * tokens as inline custom properties (set through `style.setProperty`, not a
 * `style` attribute string, so `style-src` without `'unsafe-inline'` allows it).
 *
 * @example
 * applyTheme(widget, { mode: 'dark', accent: '#0a7d4f', position: 'bottom-left' });
 */
export function applyTheme(element: HTMLElement, theme: ThemeMode | ThemeOptions): void {
  const options: ThemeOptions = typeof theme === 'string' ? { mode: theme } : theme;
  if (options.mode && MODES.includes(options.mode)) element.setAttribute('theme', options.mode);
  if (options.position && POSITIONS.includes(options.position)) element.setAttribute('position', options.position);
  for (const [key, property] of Object.entries(TOKEN_PROPERTIES)) {
    const value = options[key as keyof ThemeTokens];
    if (value !== undefined && value !== null) element.style.setProperty(property, String(value));
  }
}
