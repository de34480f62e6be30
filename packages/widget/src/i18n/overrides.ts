/**
 * Per-string overrides of the message catalogues: a host page replaces the
 * strings it wants (e.g. the launcher label) and keeps the rest. Overrides are
 * typed against {@link Messages}, so a misspelt key or a wrong signature fails
 * the type check.
 */
import type { Messages } from './en.js';
import type { Locale } from './locales.js';

/** Replacements for some strings of one catalogue; groups (`kinds`, `errors`…) may be partial. */
export type MessageOverrides = {
  [K in keyof Messages]?: Messages[K] extends (...args: never[]) => unknown
    ? Messages[K]
    : Messages[K] extends object
      ? Partial<Messages[K]>
      : Messages[K];
};

/** Overrides by locale. */
export type LocaleOverrides = Partial<Record<Locale, MessageOverrides>>;

/**
 * A catalogue with the overrides applied. Values of the wrong type (a number
 * for a string, a string for a function) are ignored, since they may come from
 * an untyped `Aftercare('init', …)` call.
 *
 * @example
 * withOverrides(en, { launcher: 'Help', kinds: { idea: 'A wish' } }).launcher; // 'Help'
 */
export function withOverrides(base: Messages, overrides: MessageOverrides | undefined): Messages {
  if (!overrides) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(base, key)) continue;
    const current = out[key];
    if (typeof current === 'object' && current !== null && typeof value === 'object' && value !== null) {
      const group: Record<string, unknown> = { ...current };
      for (const [inner, text] of Object.entries(value)) {
        if (Object.hasOwn(group, inner) && typeof text === typeof group[inner]) group[inner] = text;
      }
      out[key] = group;
    } else if (typeof value === typeof current) {
      out[key] = value;
    }
  }
  return out as Messages;
}
