/**
 * Locales of articles and searches: BCP 47 tags in canonical form (`zh-cn`
 * becomes `zh-CN`), and matching by language, so a widget in `en-US` finds
 * articles written in `en` and `en-GB`.
 */

/**
 * The canonical form of a BCP 47 tag, or undefined when it is not one.
 *
 * @example
 * canonicalLocale('zh-cn'); // 'zh-CN'
 */
export function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/**
 * The language subtag of a canonical tag, lower case.
 *
 * @example
 * languageOf('zh-Hant-TW'); // 'zh'
 */
export function languageOf(locale: string): string {
  return locale.split('-', 1)[0]!.toLowerCase();
}
