/**
 * Secrets: random keys and tokens, their hashes at rest, and the tracking
 * token derived from a report id. Tokens are high-entropy random strings, so a
 * plain SHA-256 is the right hash (no password stretching needed).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A random URL-safe token with a readable prefix, e.g. `pk_…`. `bytes` of entropy (default 24 = 192 bits). */
export function randomToken(prefix: string, bytes = 24): string {
  return `${prefix}_${randomBytes(bytes).toString('base64url')}`;
}

/** SHA-256 of a token, hex encoded: what is stored in place of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The tracking token of a report: an HMAC of its id under the server secret.
 * Deterministic, so re-sending a report answers with the same token, while the
 * database stores only its hash (a copy of the database alone cannot read tickets).
 */
export function trackingTokenFor(secret: string, reportId: string): string {
  return `trk_${createHmac('sha256', secret).update(`tracking:${reportId}`).digest('base64url')}`;
}
