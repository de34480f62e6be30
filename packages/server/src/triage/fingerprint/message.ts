/**
 * Normalises an error message so that two occurrences of the same error
 * compare equal: URLs lose their query string and fragment and get their ids
 * masked, and e-mail addresses, UUIDs, hashes and numbers become placeholders.
 */
import { maskVolatileText, normalisePath } from './volatile.js';

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>()[\]{}]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;
/** Longest normalised message kept in a fingerprint. */
export const MESSAGE_MAX_CHARS = 300;

/** Normalises one URL found in a message: origin + normalised path. */
export function normaliseUrlInText(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.origin === 'null') return `${parsed.protocol}${normalisePath(parsed.pathname)}`;
    return `${parsed.origin}${normalisePath(parsed.pathname)}`;
  } catch {
    const cut = url.search(/[?#]/);
    return cut === -1 ? url : url.slice(0, cut);
  }
}

/**
 * Normalises an error message for fingerprinting.
 *
 * @example
 * normaliseErrorMessage('Order 1234 failed: GET https://x.io/o/99?t=1 (id 3f9a2c1b7d)');
 * // 'Order <n> failed: GET https://x.io/o/:id (id <hex>)'
 */
export function normaliseErrorMessage(message: string): string {
  let out = '';
  let last = 0;
  for (const match of message.matchAll(URL_IN_TEXT)) {
    const start = match.index;
    const raw = match[0];
    const trailing = TRAILING_PUNCTUATION.exec(raw)?.[0] ?? '';
    const url = raw.slice(0, raw.length - trailing.length);
    out += maskVolatileText(message.slice(last, start)) + normaliseUrlInText(url);
    last = start + url.length;
  }
  out += maskVolatileText(message.slice(last));
  const collapsed = out.replace(/\s+/g, ' ').trim();
  return collapsed.length > MESSAGE_MAX_CHARS ? collapsed.slice(0, MESSAGE_MAX_CHARS) : collapsed;
}
