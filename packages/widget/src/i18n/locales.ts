/**
 * The supported locales and how one is chosen: the `locale` the host asked
 * for, else the browser's language, else English.
 */
import { en, type Messages } from './en.js';
import { zhCN } from './zh-cn.js';

/** Every catalogue the widget ships, by BCP 47 tag. */
export const catalogues = { en, 'zh-CN': zhCN } satisfies Record<string, Messages>;

/** A locale the widget has a catalogue for. */
export type Locale = keyof typeof catalogues;

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
