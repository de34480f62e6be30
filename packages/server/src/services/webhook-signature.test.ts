import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signatureHeader, signWebhook, verifyWebhookSignature } from './webhook-signature.js';

const secret = 'whsec_test-secret';
const now = new Date('2026-03-02T10:00:00.000Z');
const ts = String(now.getTime() / 1000);
const body = '{"id":"e1","type":"ticket.created","data":{"title":"Grüße 你好"}}';

describe('webhook signatures', () => {
  it('is the hex HMAC-SHA256 of "<timestamp>.<raw body>"', () => {
    const expected = createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex');
    expect(signWebhook(secret, ts, body)).toBe(expected);
    expect(signWebhook(secret, ts, Buffer.from(body, 'utf8'))).toBe(expected);
    expect(signatureHeader(secret, ts, body)).toBe(`v1=${expected}`);
  });

  it.each([
    ['a valid signature', ts, body, signatureHeader(secret, ts, body), { valid: true }],
    ['upper-case hex', ts, body, signatureHeader(secret, ts, body).toUpperCase().replace('V1', 'v1'), { valid: true }],
    ['one of several signatures (rotation)', ts, body, `v1=${'0'.repeat(64)}, ${signatureHeader(secret, ts, body)}`, { valid: true }],
    ['a changed body', ts, `${body} `, signatureHeader(secret, ts, body), { valid: false, reason: 'signature_mismatch' }],
    ['another secret', ts, body, signatureHeader('whsec_other', ts, body), { valid: false, reason: 'signature_mismatch' }],
    ['a changed timestamp', String(Number(ts) + 1), body, signatureHeader(secret, ts, body), { valid: false, reason: 'signature_mismatch' }],
    ['a truncated signature', ts, body, signatureHeader(secret, ts, body).slice(0, 40), { valid: false, reason: 'signature_mismatch' }],
    ['no header', ts, body, undefined, { valid: false, reason: 'no_signature' }],
    ['another scheme only', ts, body, `v0=${signWebhook(secret, ts, body)}`, { valid: false, reason: 'no_signature' }],
    ['no timestamp', undefined, body, signatureHeader(secret, ts, body), { valid: false, reason: 'malformed_timestamp' }],
    ['a timestamp in milliseconds', String(now.getTime()), body, signatureHeader(secret, String(now.getTime()), body), { valid: false, reason: 'malformed_timestamp' }],
    ['a non-numeric timestamp', '2026-03-02', body, signatureHeader(secret, '2026-03-02', body), { valid: false, reason: 'malformed_timestamp' }],
  ] as const)('checks %s', (_name, timestamp, raw, header, expected) => {
    expect(verifyWebhookSignature(secret, timestamp, raw, header, { now })).toEqual(expected);
  });

  it('refuses replays: timestamps outside the tolerance, in the past or the future', () => {
    const old = String(Number(ts) - 301);
    expect(verifyWebhookSignature(secret, old, body, signatureHeader(secret, old, body), { now })).toEqual({
      valid: false,
      reason: 'timestamp_out_of_tolerance',
    });
    const future = String(Number(ts) + 301);
    expect(verifyWebhookSignature(secret, future, body, signatureHeader(secret, future, body), { now }).valid).toBe(false);
    const edge = String(Number(ts) - 300);
    expect(verifyWebhookSignature(secret, edge, body, signatureHeader(secret, edge, body), { now }).valid).toBe(true);
    // The same request captured now and replayed an hour later.
    const later = new Date(now.getTime() + 3_600_000);
    expect(verifyWebhookSignature(secret, ts, body, signatureHeader(secret, ts, body), { now: later }).valid).toBe(false);
    expect(verifyWebhookSignature(secret, ts, body, signatureHeader(secret, ts, body), { now: later, toleranceSeconds: 7200 }).valid).toBe(true);
  });

  it('verifies what it signs and nothing else, for any body and secret', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), fc.string(), (key, raw, other) => {
        const header = signatureHeader(key, ts, raw);
        expect(verifyWebhookSignature(key, ts, raw, header, { now }).valid).toBe(true);
        if (other !== raw) expect(verifyWebhookSignature(key, ts, other, header, { now }).valid).toBe(false);
      }),
    );
  });
});
