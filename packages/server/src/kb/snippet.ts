/**
 * Search snippets: a short piece of an article's plain text around the first
 * place a search term occurs, cut at whole characters (never inside a
 * surrogate pair) and marked with `…` where text was left out.
 */

/** Longest snippet, in characters (code points), without the ellipses. */
export const SNIPPET_LENGTH = 160;

/** How much of the snippet comes before the match, so the match reads in context. */
const LEAD = 40;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Index, in code points, of the first occurrence of any term in `text` (case-insensitive); -1 when none. */
export function firstMatch(text: string, terms: readonly string[]): number {
  if (terms.length === 0) return -1;
  const found = new RegExp(terms.map(escapeRegExp).join('|'), 'iu').exec(text);
  return found ? Array.from(text.slice(0, found.index)).length : -1;
}

/**
 * The snippet of `text` for `terms`: around the first match, else the start.
 *
 * @example
 * snippet('… a long article … To get a refund, open Billing …', ['refund']);
 * // '…To get a refund, open Billing …'
 */
export function snippet(text: string, terms: readonly string[], length = SNIPPET_LENGTH): string {
  const plain = text.normalize('NFKC');
  const chars = Array.from(plain);
  if (chars.length <= length) return plain;
  const at = Math.max(firstMatch(plain, terms), 0);
  let start = Math.max(0, Math.min(at - LEAD, chars.length - length));
  // Start at a word when one begins close by, rather than mid-word.
  if (start > 0) {
    const space = chars.slice(start, at).indexOf(' ');
    if (space !== -1 && space < LEAD / 2) start += space + 1;
  }
  const end = Math.min(chars.length, start + length);
  const body = chars.slice(start, end).join('').trim();
  return `${start > 0 ? '…' : ''}${body}${end < chars.length ? '…' : ''}`;
}
