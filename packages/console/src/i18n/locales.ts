/**
 * The supported locales and how one is chosen: the agent's choice (kept in
 * localStorage), else the browser's language, else English. A tiny store
 * lets every element follow a switch made anywhere in the console.
 */
import { en, type Messages } from './en.js';
import { zhCN } from './zh-cn.js';

/** Every catalogue the console ships, by BCP 47 tag. */
export const catalogues = { en, 'zh-CN': zhCN } satisfies Record<string, Messages>;

/** A locale the console has a catalogue for. */
export type Locale = keyof typeof catalogues;

/** The locales in the order the switcher lists them, with their own names. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

const STORAGE_KEY = 'aftercare.console.locale';

/** Maps a language tag to a supported locale, or `undefined` when none fits. */
function match(tag: string | null | undefined): Locale | undefined {
  const lower = tag?.trim().toLowerCase();
  if (!lower) return undefined;
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
 */
export function resolveLocale(requested?: string | null, browserLanguage?: string | null): Locale {
  return match(requested) ?? match(browserLanguage) ?? 'en';
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

let current: Locale = resolveLocale(readStored(), globalThis.navigator?.language);
const listeners = new Set<() => void>();

/** The locale in use. */
export function currentLocale(): Locale {
  return current;
}

/** Switches every element to `locale` and remembers the choice (`null` forgets it). */
export function setLocale(locale: Locale | null): void {
  try {
    if (locale === null) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be off; the switch still applies to this page.
  }
  current = resolveLocale(locale, globalThis.navigator?.language);
  for (const listener of listeners) listener();
}

/** Calls `listener` after every switch; returns the unsubscribe function. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
