/**
 * Redaction of personal data in text that leaves a ticket for the knowledge
 * base: e-mail addresses, the query string, fragment and credentials of URLs
 * (where reset links and session tokens live), Aftercare tokens, long digit
 * runs (card, account and phone numbers) and the reporters' names. Pure, so
 * it is tested with tables of cases.
 */

/** What replaces each kind of personal data. */
export const REDACTED = {
  email: '[email]',
  query: '[redacted]',
  token: '[token]',
  number: '[number]',
  name: '[name]',
} as const;

/** Digit runs at least this long are redacted: longer than a date (8), as long as a phone number. */
const MIN_DIGITS = 9;

const CJK_NAME = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// The domain's dot is optional so a cut-off address (`ada@examp…`) is still hidden.
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/gu;
const TOKEN_PATTERN = /\b(?:act|trk|pk)_[A-Za-z0-9_-]{8,}/g;
// Groups of three or more digits, joined by single spaces or hyphens: cards
// (4111 1111 1111 1111), phones (138 1234 5678) and plain runs, but not
// dates (2026-03-02) whose groups are shorter.
const DIGITS_PATTERN = /\d{3,}(?:[ -]\d{3,})*/g;

function redactUrl(match: string): string {
  // Punctuation ending a sentence is not part of the URL.
  const trail = /[.,;:!?)]+$/.exec(match)?.[0] ?? '';
  const raw = match.slice(0, match.length - trail.length);
  const cut = raw.search(/[?#]/);
  const base = (cut === -1 ? raw : raw.slice(0, cut)).replace(/^(https?:\/\/)[^/@]*@/i, '$1');
  return `${base}${cut === -1 ? '' : `?${REDACTED.query}`}${trail}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Redacts personal data in `text`. `names` are people's names to hide as
 * well (the reporters'); names shorter than 2 characters are ignored.
 *
 * @example
 * redact('Mail ada@example.com, card 4111 1111 1111 1111, https://x.io/reset?t=abc', { names: ['Ada'] });
 * // 'Mail [email], card [number], https://x.io/reset?[redacted]'
 */
export function redact(text: string, options: { names?: readonly string[] } = {}): string {
  let result = text.replace(URL_PATTERN, redactUrl);
  result = result.replace(EMAIL_PATTERN, REDACTED.email);
  result = result.replace(TOKEN_PATTERN, REDACTED.token);
  result = result.replace(DIGITS_PATTERN, (run) => (run.replace(/\D/g, '').length >= MIN_DIGITS ? REDACTED.number : run));
  const names = [...new Set(options.names ?? [])].map((n) => n.trim()).filter((n) => Array.from(n).length >= 2);
  names.sort((a, b) => b.length - a.length);
  for (const name of names) {
    // Alphabetic names must stand alone (Ada, not Adam); Chinese has no spaces around names.
    const bounded = !CJK_NAME.test(name);
    const body = escapeRegExp(name);
    result = result.replace(new RegExp(bounded ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body, 'giu'), REDACTED.name);
  }
  return result;
}
