/**
 * The one redaction rule of the SDK: every string that leaves the page goes
 * through a redactor built here, whatever collector produced it. Pure and
 * idempotent: redacting an already redacted value changes nothing, so a
 * previewed payload can be sent as it is.
 */
import {
  API_KEYS,
  ASSIGNMENT,
  BEARER,
  CARD_CANDIDATE,
  COLON_PAIR,
  DEFAULT_SENSITIVE_KEYS,
  EMAIL,
  JWT,
  RANDOM_SECRET,
  isCardNumber,
  normalizeKey,
  type RedactionRuleName,
} from './redaction-rules.js';

/** What to redact. Every built-in rule is on unless turned off. */
export interface RedactionOptions {
  /** Key and query-parameter names added to {@link DEFAULT_SENSITIVE_KEYS}; matched as substrings. */
  sensitiveKeys?: readonly string[];
  /** Replaces the default sensitive names instead of adding to them. */
  replaceDefaultKeys?: boolean;
  /** More patterns to redact; each match becomes `[redacted]`. */
  patterns?: readonly RegExp[];
  /** E-mail addresses that stay (the reporter's own is added by the SDK). */
  allowEmails?: readonly string[];
  /** Turn built-in rules off, e.g. `{ emails: false }`. */
  rules?: Partial<Record<RedactionRuleName, boolean>>;
}

/** A compiled redactor. */
export interface Redactor {
  /** Redacts secrets and personal data in a string. */
  text(value: string): string;
  /** Redacts every string in a JSON-like value, and whole values under sensitive keys. */
  value<T>(value: T): T;
  /** True when a key or parameter name is sensitive. */
  isSensitiveKey(key: string): boolean;
}

/** The text left in place of a value under a sensitive key. */
export const REDACTED = '[redacted]';

/**
 * Builds a redactor from options.
 *
 * @example
 * const redactor = createRedactor({ allowEmails: ['me@example.com'] });
 * redactor.text('mail bob@example.com, token=abc'); // 'mail [redacted:email], token=[redacted]'
 */
export function createRedactor(options: RedactionOptions = {}): Redactor {
  const keys = [...(options.replaceDefaultKeys ? [] : DEFAULT_SENSITIVE_KEYS), ...(options.sensitiveKeys ?? [])]
    .map(normalizeKey)
    .filter(Boolean);
  const allowed = new Set((options.allowEmails ?? []).map((email) => email.toLowerCase()));
  const on = (rule: RedactionRuleName) => options.rules?.[rule] !== false;
  const extra = (options.patterns ?? []).map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`));

  function isSensitiveKey(key: string): boolean {
    const normal = normalizeKey(key);
    return normal.length > 0 && keys.some((k) => normal.includes(k));
  }

  function keepOrRedact(value: string): string {
    return value.startsWith('[redacted') ? value : REDACTED;
  }

  function text(input: string): string {
    let out = input;
    if (on('bearer')) out = out.replace(BEARER, 'Bearer [redacted]');
    if (on('jwt')) out = out.replace(JWT, '[redacted:jwt]');
    if (on('apiKeys')) out = out.replace(API_KEYS, '[redacted:key]');
    out = out.replace(ASSIGNMENT, (whole, name: string, value: string) =>
      value && isSensitiveKey(name) ? `${name}=${keepOrRedact(value)}` : whole,
    );
    out = out.replace(COLON_PAIR, (whole, quote: string, name: string, sep: string, value: string) => {
      if (!isSensitiveKey(name)) return whole;
      const q = value.startsWith('"') || value.startsWith("'") ? value[0] : '';
      const inner = q ? value.slice(1, -1) : value;
      return `${quote}${name}${quote}${sep}${q}${keepOrRedact(inner)}${q}`;
    });
    if (on('cards')) out = out.replace(CARD_CANDIDATE, (m) => (isCardNumber(m) ? '[redacted:card]' : m));
    if (on('emails')) out = out.replace(EMAIL, (m) => (allowed.has(m.toLowerCase()) ? m : '[redacted:email]'));
    for (const pattern of extra) out = out.replace(pattern, REDACTED);
    if (on('secrets')) out = out.replace(RANDOM_SECRET, '[redacted:key]');
    return out;
  }

  function walk(input: unknown): unknown {
    if (typeof input === 'string') return text(input);
    if (typeof input === 'number' && Number.isInteger(input) && Math.abs(input) >= 1e12) {
      const redacted = text(String(input));
      return redacted === String(input) ? input : redacted;
    }
    if (Array.isArray(input)) return input.map(walk);
    if (input !== null && typeof input === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(input)) {
        const sensitive = isSensitiveKey(key) && item !== null && item !== undefined && item !== '';
        out[text(key)] = sensitive ? (typeof item === 'string' ? keepOrRedact(item) : REDACTED) : walk(item);
      }
      return out;
    }
    return input;
  }

  return { text, value: <T>(value: T) => walk(value) as T, isSensitiveKey };
}
