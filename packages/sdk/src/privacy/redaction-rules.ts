/**
 * The patterns the redactor looks for, each with the label it leaves behind:
 * bearer tokens, JWTs, well-known API key formats, key-like random strings,
 * card numbers (Luhn-checked) and e-mail addresses. Pure data and helpers.
 */

/** Names of the built-in rules; each can be turned off in `RedactionOptions.rules`. */
export type RedactionRuleName = 'bearer' | 'jwt' | 'apiKeys' | 'secrets' | 'cards' | 'emails';

/**
 * Key and parameter names whose values are always redacted, compared after
 * lower-casing and removing everything but letters and digits, as substrings
 * (`access_token`, `X-Api-Key` and `clientSecret` all match).
 */
export const DEFAULT_SENSITIVE_KEYS: readonly string[] = [
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'accesskey',
  'privatekey',
  'authorization',
  'credential',
  'session',
  'cookie',
  'signature',
  'creditcard',
  'cardnumber',
  'cvv',
  'cvc',
  'ssn',
];

/** Normalises a key or parameter name for comparison with the sensitive list. */
export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** `Bearer <token>` where the token has a digit or a symbol, so prose ("bearer of news") is left alone. */
export const BEARER = /\bBearer\s+(?=[A-Za-z0-9\-._~+/]*[0-9\-._~+/])[A-Za-z0-9\-._~+/]{8,}=*/gi;

/** A JSON Web Token: two base64url JSON segments (`eyJ…`) and a signature. */
export const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;

/** Well-known secret key formats (Stripe secret, GitHub, GitLab, Slack, AWS, Google, npm, OpenAI-style). */
export const API_KEYS = new RegExp(
  [
    String.raw`\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}`,
    String.raw`\bgh[pousr]_[A-Za-z0-9]{30,}`,
    String.raw`\bgithub_pat_[A-Za-z0-9_]{30,}`,
    String.raw`\bglpat-[A-Za-z0-9_-]{20,}`,
    String.raw`\bxox[abposr]-[A-Za-z0-9-]{10,}`,
    String.raw`\b(?:AKIA|ASIA)[0-9A-Z]{16}\b`,
    String.raw`\bAIza[0-9A-Za-z_-]{35}`,
    String.raw`\bnpm_[A-Za-z0-9]{36}`,
    String.raw`\bsk-[A-Za-z0-9_-]{20,}`,
  ].join('|'),
  'g',
);

/**
 * A key-like random string: 32 or more letters, digits, `_` or `-`, with lower
 * case, upper case and digits mixed. Lower-case hex (commit hashes) and UUIDs
 * do not qualify.
 */
export const RANDOM_SECRET = /\b(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[0-9])[A-Za-z0-9_-]{32,}\b/g;

/** 13 to 19 digits, optionally grouped by spaces or dashes; confirmed with {@link isCardNumber}. */
export const CARD_CANDIDATE = /\b\d(?:[ -]?\d){12,18}\b/g;

/** An e-mail address. */
export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** `name=value` as in query strings, form bodies and log lines. */
export const ASSIGNMENT = /([A-Za-z0-9_.[\]-]+)=([^&#\s;,"'<>]*)/g;

/** `name: value` or `"name": "value"` as in headers, JSON and log lines. */
export const COLON_PAIR =
  /(["']?)([A-Za-z0-9_-]+)\1(\s*:\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|(?:(?:Bearer|Basic|Digest)\s+)?[^\s,;}&]+)/gi;

/** True when `digits` passes the Luhn checksum. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * True for a plausible payment card number: 13 to 19 digits once separators
 * are removed, a first digit of a card network (2 to 6; millisecond timestamps
 * start with 1), and a valid Luhn checksum.
 */
export function isCardNumber(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, '');
  if (digits.length < 13 || digits.length > 19) return false;
  if (!/^[2-6]/.test(digits)) return false;
  return luhn(digits);
}
