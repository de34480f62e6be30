/**
 * The supported locales, how one is chosen (the `locale` the host asked for,
 * else the browser's language, else English), and how its catalogue is
 * loaded. Only the launcher's label is needed before the dialog first opens,
 * so only that is in the main bundle; each full catalogue is a lazy chunk.
 */
import type { Messages } from './en.js';

/** Every locale the widget ships a catalogue for. */
export const LOCALES = ['en', 'zh-CN'] as const;

/** A locale the widget has a catalogue for. */
export type Locale = (typeof LOCALES)[number];

/** The launcher's label in each locale (the same string as `launcher` in the catalogue). */
export const LAUNCHER_LABELS: Record<Locale, string> = { en: 'Feedback', 'zh-CN': '反馈' };

const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./en.js').then((module) => module.en),
  'zh-CN': () => import('./zh-cn.js').then((module) => module.zhCN),
};

/**
 * Loads the catalogue of a locale.
 *
 * @example
 * const messages = await loadCatalogue('zh-CN');
 */
export function loadCatalogue(locale: Locale): Promise<Messages> {
  return loaders[locale]();
}

/** Maps a language tag to a supported locale, or `undefined` when none fits. */
function match(tag: string | null | undefined): Locale | undefined {
  const lower = tag?.trim().toLowerCase();
  if (!lower) return undefined;
  // Every Chinese tag (zh, zh-CN, zh-Hans, zh-TW...) gets the one Chinese catalogue.
  if (lower === 'zh' || lower.startsWith('zh-') || lower.startsWith('zh_')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return 'en';
  return undefined;
}

/**
 * Chooses the locale: the requested one if supported, else the browser's
 * language if supported, else `en`.
 *
 * @example
 * resolveLocale(undefined, 'zh-TW'); // 'zh-CN'
 * resolveLocale('fr', 'en-GB');      // 'en'
 */
export function resolveLocale(requested?: string | null, browserLanguage?: string | null): Locale {
  return match(requested) ?? match(browserLanguage) ?? 'en';
}
