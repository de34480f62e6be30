/**
 * Recognises the volatile parts of error messages, URLs and paths: the ids,
 * numbers, hashes and addresses that differ between two occurrences of the
 * same problem and must not split them into separate groups.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_WITH_DIGIT = /^(?=[0-9a-f]*\d)[0-9a-f]{8,}$/i;
const LONG_TOKEN = /^(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{16,}$/;
const LONG_DIGIT_RUN = /\d{4,}/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Placeholder that replaces a volatile path segment. */
export const ID_SEGMENT = ':id';

/**
 * Whether one path segment looks like an identifier rather than a name:
 * numbers, UUIDs, hex hashes, long random tokens, slugs ending in a long
 * number, e-mail addresses.
 */
export function isVolatileSegment(segment: string): boolean {
  if (segment.length === 0) return false;
  if (/^\d+$/.test(segment)) return true;
  return (
    UUID.test(segment) ||
    HEX_WITH_DIGIT.test(segment) ||
    LONG_TOKEN.test(segment) ||
    LONG_DIGIT_RUN.test(segment) ||
    EMAIL.test(segment)
  );
}

/**
 * Normalises a URL path: volatile segments become `:id`, repeated and
 * trailing slashes go. Always starts with `/`.
 */
export function normalisePath(path: string): string {
  const segments = path
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => (isVolatileSegment(segment) ? ID_SEGMENT : segment));
  return '/' + segments.join('/');
}

const EMAIL_IN_TEXT = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const UUID_IN_TEXT = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const HEX_LITERAL = /\b0x[0-9a-f]+\b/gi;
const HEX_HASH_IN_TEXT = /\b(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/gi;
const NUMBER_IN_TEXT = /\d+(?:[.,:]\d+)*/g;

/**
 * Replaces e-mail addresses, UUIDs, hex literals and hashes, and numbers in
 * free text (not URLs) with placeholders.
 */
export function maskVolatileText(text: string): string {
  return text
    .replace(EMAIL_IN_TEXT, '<email>')
    .replace(UUID_IN_TEXT, '<uuid>')
    .replace(HEX_LITERAL, '<hex>')
    .replace(HEX_HASH_IN_TEXT, '<hex>')
    .replace(NUMBER_IN_TEXT, '<n>');
}
