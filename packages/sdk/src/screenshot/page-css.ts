/**
 * The page's own CSS, as one text for the SVG image of the stylesheet-copy
 * rasteriser (own-rasterise.ts): every document and adopted stylesheet in
 * cascade order, `@import`s expanded in place, `url()`s made absolute. An SVG
 * image loads nothing external, so {@link embedCssUrls} then turns the urls
 * the picture needs (loaded web fonts, images of rules matching the clone)
 * into data URLs. Shadow-tree stylesheets are not read here: shadow content
 * is styled inline (computed-style.ts).
 */
import { dataUrlOf } from './data-urls.js';

/** Thrown when a stylesheet's rules cannot be read (cross-origin without CORS); the caller falls back to snapdom. */
export class UnreadableStylesheet extends Error {}

/** A rule whose text holds urls: the urls, absolute, as they appear in its text. */
export interface UrlRule<R extends CSSRule = CSSRule> {
  rule: R;
  text: string;
  urls: string[];
}

/** The page's CSS and what {@link embedCssUrls} needs to embed its resources. */
export interface PageCss {
  /** Every rule's text, urls absolute, in cascade order; each `@font-face` with a url is a `/*aftercare-font:N*\/` slot. */
  text: string;
  /** `@font-face` rules with a url, by slot number. */
  fontFaces: UrlRule<CSSFontFaceRule>[];
  /** Style rules (at any depth) whose declarations hold a url. */
  urlRules: UrlRule<CSSStyleRule>[];
  /**
   * Selectors of the rules that position or transform elements (absolute,
   * fixed, transform, translate), pseudo-elements stripped: the elements
   * that can paint far from their ancestors' boxes.
   */
  movers: string[];
}

/** Stand-ins for stylesheets whose rules cannot be read (sheet-copies.ts). */
export type SheetCopies = ReadonlyMap<CSSStyleSheet, CSSStyleSheet>;

/**
 * The document's stylesheets in cascade order (adopted ones last), disabled ones left out.
 *
 * @example
 * const sheets = pageSheets(document);
 */
export function pageSheets(doc: Document): CSSStyleSheet[] {
  return [...doc.styleSheets, ...(doc.adoptedStyleSheets ?? [])].filter((sheet) => !sheet.disabled);
}

/**
 * True when the sheet's rules can be read (same-origin, or cross-origin with CORS).
 *
 * @example
 * const unreadable = pageSheets(document).filter((sheet) => !isReadable(sheet));
 */
export function isReadable(sheet: CSSStyleSheet): boolean {
  try {
    return sheet.cssRules !== null;
  } catch {
    return false;
  }
}

/**
 * Reads every stylesheet of `doc`, or its copy in `copies`. Throws
 * {@link UnreadableStylesheet} when one cannot be read.
 *
 * @example
 * const css = readPageCss(document);
 */
export function readPageCss(doc: Document, copies?: SheetCopies): PageCss {
  const css: PageCss = { text: '', fontFaces: [], urlRules: [], movers: [] };
  const parts: string[] = [];
  for (const sheet of pageSheets(doc)) {
    const media = sheet.media.mediaText;
    const text = sheetText(copies?.get(sheet) ?? sheet, sheet.href ?? doc.baseURI, css);
    parts.push(media && media !== 'all' ? `@media ${media}{${text}}` : text);
  }
  css.text = forTheClone(parts.join('\n'));
  return css;
}

/** The attribute on clones of custom elements the page has not defined (a clone's custom elements are never defined). */
export const UNDEFINED_ATTRIBUTE = 'data-aftercare-undefined';

/**
 * Selectors as they must read in the clone, whose root is the SVG and whose
 * custom elements are never defined: `:root` also matches the clone of
 * `<html>` (same specificity), `:defined` means "not marked undefined".
 */
function forTheClone(text: string): string {
  return text.replace(/:root\b/g, ':is(:root, html)').replace(/:defined\b/g, `:not([${UNDEFINED_ATTRIBUTE}])`);
}

/**
 * Replaces the urls the picture needs with data URLs: the sources of the
 * `@font-face` rules of faces the page has loaded (rules of faces it has not
 * loaded are dropped: the page does not show them either), and the urls of
 * style rules that match an element of `clone` (stand-ins for excluded
 * elements do not count: nothing of theirs is embedded). Other urls stay absolute and
 * load nothing. Unfetchable urls stay as they are.
 *
 * @example
 * const text = await embedCssUrls(readPageCss(document), cloneRoot);
 */
export async function embedCssUrls(css: PageCss, clone: Element): Promise<string> {
  const wanted = new Set<string>();
  const loaded = loadedFaces();
  const usedFaces = css.fontFaces.map(({ rule, urls }) => {
    const style = rule.style;
    const used = loaded.has(
      faceKey(style.getPropertyValue('font-family'), style.getPropertyValue('font-weight'), style.getPropertyValue('font-style'), style.getPropertyValue('unicode-range')),
    );
    if (used) wanted.add(urls[0]!);
    return used;
  });
  for (const { rule, urls } of css.urlRules) if (matchesClone(rule.selectorText, clone)) for (const url of urls) wanted.add(url);
  const data = new Map<string, string>();
  await Promise.all(
    [...wanted].map(async (url) => {
      const embedded = await dataUrlOf(url.replace(/\\(.)/g, '$1'));
      if (embedded) data.set(url, embedded);
    }),
  );
  const embed = (text: string) => text.replace(URL_PATTERN, (whole, url: string) => (data.has(url) ? `url("${data.get(url)}")` : whole));
  return embed(css.text).replace(/\/\*aftercare-font:(\d+)\*\//g, (_, slot: string) => (usedFaces[Number(slot)] ? embed(css.fontFaces[Number(slot)]!.text) : ''));
}

function readRules(sheet: CSSStyleSheet): CSSRuleList {
  try {
    return sheet.cssRules;
  } catch (cause) {
    throw new UnreadableStylesheet(`Stylesheet ${sheet.href ?? '(inline)'} cannot be read: ${String(cause)}`);
  }
}

/** The sheet's rules as text, urls resolved against `base` (its own url: a copy has none). */
function sheetText(sheet: CSSStyleSheet, base: string, css: PageCss): string {
  const parts: string[] = [];
  for (const rule of readRules(sheet)) {
    if (rule instanceof CSSImportRule) {
      if (!rule.styleSheet) continue;
      let text = sheetText(rule.styleSheet, rule.styleSheet.href ?? base, css);
      if (rule.media.mediaText) text = `@media ${rule.media.mediaText}{${text}}`;
      if (rule.layerName !== null) text = `@layer ${rule.layerName}{${text}}`;
      parts.push(text);
      continue;
    }
    const text = absoluteUrls(rule, base, css);
    if (MOVES.test(text)) for (const styleRule of styleRulesIn(rule)) if (MOVES.test(styleRule.style.cssText)) css.movers.push(withoutPseudoElements(styleRule.selectorText));
    parts.push(text);
  }
  return parts.join('\n');
}

const MOVES = /position:\s*(?:absolute|fixed)|transform:|translate:/;
const URL_PATTERN = /url\("((?:[^"\\]|\\.)*)"\)/g;

/** The rule's text with every `url("…")` made absolute; records font faces and url-bearing style rules. */
function absoluteUrls(rule: CSSRule, base: string, css: PageCss): string {
  const text = rule.cssText;
  if (!text.includes('url(')) return text;
  const urls: string[] = [];
  const resolved = text.replace(URL_PATTERN, (whole, raw: string) => {
    const value = raw.replace(/\\(.)/g, '$1');
    if (value.startsWith('data:') || value.startsWith('#')) return whole;
    let absolute: string;
    try {
      absolute = new URL(value, base).href;
    } catch {
      return whole;
    }
    const quoted = absolute.replace(/["\\]/g, '\\$&');
    urls.push(quoted);
    return `url("${quoted}")`;
  });
  if (urls.length === 0) return text;
  if (rule instanceof CSSFontFaceRule) {
    css.fontFaces.push({ rule, text: resolved, urls });
    return `/*aftercare-font:${css.fontFaces.length - 1}*/`;
  }
  // Which urls a nested rule uses is not worth telling apart: a match of any of them embeds all.
  for (const styleRule of styleRulesIn(rule)) css.urlRules.push({ rule: styleRule, text: resolved, urls });
  return resolved;
}

function styleRulesIn(rule: CSSRule): CSSStyleRule[] {
  const found: CSSStyleRule[] = [];
  if (rule instanceof CSSStyleRule) found.push(rule);
  if ('cssRules' in rule) for (const inner of (rule as CSSGroupingRule).cssRules) found.push(...styleRulesIn(inner));
  return found;
}

/** The attribute on the clone's stand-ins for excluded elements. */
export const EXCLUDED_ATTRIBUTE = 'data-aftercare-excluded';

/** True when the selector (pseudo-elements stripped) matches an element of the clone that is not left out; true when unsure. */
function matchesClone(selector: string, clone: Element): boolean {
  const stripped = withoutPseudoElements(selector);
  try {
    if (clone.matches(stripped)) return true;
    for (const element of clone.querySelectorAll(stripped)) if (!element.closest(`[${EXCLUDED_ATTRIBUTE}]`)) return true;
    return false;
  } catch {
    return true;
  }
}

function withoutPseudoElements(selector: string): string {
  return selector.replace(/::?(?:before|after|first-line|first-letter|marker|placeholder|selection|backdrop|file-selector-button|-webkit-[\w-]+)\b/gi, '');
}

function loadedFaces(): Set<string> {
  const keys = new Set<string>();
  for (const face of document.fonts) if (face.status === 'loaded') keys.add(faceKey(face.family, face.weight, face.style, face.unicodeRange));
  return keys;
}

const WEIGHTS: Record<string, string> = { normal: '400', bold: '700', '': '400' };

/** One key for a face as a rule and as a FontFace say it: subsets of one family (Google Fonts' unicode ranges) stay apart. */
function faceKey(family: string, weight: string, style: string, unicodeRange: string): string {
  const name = family.trim().replace(/^["']|["']$/g, '').toLowerCase();
  return `${name}|${WEIGHTS[weight] ?? weight}|${style || 'normal'}|${normalRange(unicodeRange)}`;
}

/** `U+0000-00FF, U+0131` and `U+0-FF, U+131` alike; no range is every code point. */
function normalRange(range: string): string {
  if (!range.trim()) return '0-10ffff';
  return range
    .toLowerCase()
    .split(',')
    .map((part) =>
      part
        .trim()
        .replace(/^u\+/, '')
        .split('-')
        .map((bound) => (/^[0-9a-f]+$/.test(bound) ? parseInt(bound, 16).toString(16) : bound))
        .join('-'),
    )
    .join(',');
}
