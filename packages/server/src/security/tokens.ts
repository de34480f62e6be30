/**
 * Secrets: random keys and tokens, their hashes at rest, and the tracking
 * token derived from a report id. Tokens are high-entropy random strings, so a
 * plain SHA-256 is the right hash (no password stretching needed).
 */
import { createHmac, hash, randomBytes } from 'node:crypto';

/** A random URL-safe token with a readable prefix, e.g. `pk_…`. `bytes` of entropy (default 24 = 192 bits). */
export function randomToken(prefix: string, bytes = 24): string {
  return `${prefix}_${randomBytes(bytes).toString('base64url')}`;
}

/** SHA-256 of a token, hex encoded: what is stored in place of the token. */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/**
 * The tracking token of a report: `trk_` and, base64url encoded, the report's
 * UUID (16 bytes) followed by an HMAC of the id under the server secret (32
 * bytes). Deterministic, so re-sending a report answers with the same token,
 * while the database stores only its hash (a copy of the database alone
 * cannot read tickets); see {@link trackingKeyOf}.
 */
export function trackingTokenFor(secret: string, reportId: string): string {
  const mac = createHmac('sha256', secret).update(`tracking:${reportId}`).digest();
  return `trk_${Buffer.concat([uuidBytes(reportId), mac]).toString('base64url')}`;
}

/** A token of the first form (until 2026-12): `trk_` and the HMAC alone. */
const LEGACY_TRACKING_TOKEN = /^trk_[\w-]{43}$/;
const TRACKING_TOKEN = /^trk_[\w-]{64}$/;

/**
 * What a report stores, and is found by, for its tracking token: the report
 * id, a colon and the token's SHA-256. The id in front keeps the unique index
 * over these keys in the order reports arrive (report ids are time-ordered
 * UUIDs), so filing a report appends to it instead of writing a random page of
 * it. Tokens of the first form, which carry no id, are keyed by the hash
 * alone, as they were stored. Undefined for anything that is no tracking token.
 *
 * @example
 * const key = trackingKeyOf(trackingTokenFor(secret, reportId)); // `${reportId}:${sha256}`
 */
export function trackingKeyOf(token: string): string | undefined {
  if (LEGACY_TRACKING_TOKEN.test(token)) return hashToken(token);
  if (!TRACKING_TOKEN.test(token)) return undefined;
  const id = Buffer.from(token.slice(4), 'base64url').subarray(0, 16).toString('hex');
  return `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}:${hashToken(token)}`;
}

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`Not a UUID: ${uuid}`);
  return Buffer.from(hex, 'hex');
}
