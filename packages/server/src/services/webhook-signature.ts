/**
 * Signing webhook requests and verifying them. The signature is a hex
 * HMAC-SHA256, under the webhook's secret, of `<timestamp>.<raw body>`;
 * folding the timestamp in lets a receiver refuse old (replayed) requests.
 * Pure functions, no I/O: a receiver can use them as they are.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The signature scheme; a header may carry several `v1=` values (one per secret during a rotation). */
export const SIGNATURE_SCHEME = 'v1';

/** Default tolerance between the signed timestamp and the receiver's clock, in seconds. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** Why a signature was refused. */
export type SignatureFailure = 'malformed_timestamp' | 'timestamp_out_of_tolerance' | 'no_signature' | 'signature_mismatch';

/** The outcome of {@link verifyWebhookSignature}. */
export type SignatureCheck = { valid: true } | { valid: false; reason: SignatureFailure };

/** Hex HMAC-SHA256 of `<timestamp>.<raw body>` under `secret`. */
export function signWebhook(secret: string, timestamp: string, rawBody: string | Uint8Array): string {
  const hmac = createHmac('sha256', secret).update(`${timestamp}.`, 'utf8');
  hmac.update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody);
  return hmac.digest('hex');
}

/** The `Aftercare-Webhook-Signature` header value: `v1=<hex>`. */
export function signatureHeader(secret: string, timestamp: string, rawBody: string | Uint8Array): string {
  return `${SIGNATURE_SCHEME}=${signWebhook(secret, timestamp, rawBody)}`;
}

function sameHex(expected: string, candidate: string): boolean {
  if (!/^[0-9a-f]+$/i.test(candidate) || candidate.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(candidate.toLowerCase(), 'hex'));
}

/**
 * Checks a request's `Aftercare-Webhook-Signature` against its timestamp and
 * raw body (the bytes as received, before any JSON parsing). Refuses a
 * timestamp more than `toleranceSeconds` (default 300) away from `now`, so a
 * captured request cannot be replayed later; within the window, deduplicate
 * on `Aftercare-Webhook-Id`.
 *
 * @example
 * const check = verifyWebhookSignature(secret, req.headers['aftercare-webhook-timestamp'], rawBody,
 *   req.headers['aftercare-webhook-signature']);
 * if (!check.valid) return res.writeHead(400).end(check.reason);
 */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string | undefined,
  rawBody: string | Uint8Array,
  header: string | undefined,
  options: { toleranceSeconds?: number; now?: Date | number } = {},
): SignatureCheck {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return { valid: false, reason: 'malformed_timestamp' };
  const nowMs = options.now === undefined ? Date.now() : typeof options.now === 'number' ? options.now : options.now.getTime();
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (Math.abs(Math.floor(nowMs / 1000) - Number(timestamp)) > tolerance) {
    return { valid: false, reason: 'timestamp_out_of_tolerance' };
  }
  const candidates = (header ?? '')
    .split(/[\s,]+/)
    .filter((part) => part.startsWith(`${SIGNATURE_SCHEME}=`))
    .map((part) => part.slice(SIGNATURE_SCHEME.length + 1));
  if (candidates.length === 0) return { valid: false, reason: 'no_signature' };
  const expected = signWebhook(secret, timestamp, rawBody);
  return candidates.some((candidate) => sameHex(expected, candidate)) ? { valid: true } : { valid: false, reason: 'signature_mismatch' };
}
