import { describe, expect, it } from 'vitest';
import { timeOrderedUuid } from '@aftercare/sdk/schemas';
import { createHash, createHmac } from 'node:crypto';
import { hashToken, trackingKeyOf, trackingTokenFor } from './tokens.js';

const SECRET = 's'.repeat(32);

describe('tracking tokens', () => {
  it('carry the report id and an HMAC of it, and are the same every time for one report', () => {
    const id = '0193a5b2-7c3d-7e4f-8a5b-6c7d8e9fa0b1';
    const token = trackingTokenFor(SECRET, id);
    expect(token).toMatch(/^trk_[\w-]{64}$/);
    expect(trackingTokenFor(SECRET, id)).toBe(token);
    const bytes = Buffer.from(token.slice(4), 'base64url');
    expect(bytes.subarray(0, 16).toString('hex')).toBe(id.replace(/-/g, ''));
    expect(bytes.subarray(16)).toEqual(createHmac('sha256', SECRET).update(`tracking:${id}`).digest());
    expect(trackingTokenFor('t'.repeat(32), id)).not.toBe(token);
  });

  it('are keyed by the report id and their SHA-256, so keys sort in filing order', () => {
    const ids = Array.from({ length: 50 }, () => timeOrderedUuid());
    const keys = ids.map((id) => trackingKeyOf(trackingTokenFor(SECRET, id))!);
    expect(keys[0]).toBe(`${ids[0]}:${createHash('sha256').update(trackingTokenFor(SECRET, ids[0]!)).digest('hex')}`);
    expect([...keys].sort()).toEqual(keys);
  });

  it('give upper-case report ids the same key as they are stored under', () => {
    const id = '0193A5B2-7C3D-7E4F-8A5B-6C7D8E9FA0B1';
    expect(trackingKeyOf(trackingTokenFor(SECRET, id))).toMatch(/^0193a5b2-7c3d-7e4f-8a5b-6c7d8e9fa0b1:[0-9a-f]{64}$/);
  });

  it('key tokens of the first form (the HMAC alone) by their SHA-256, as they were stored', () => {
    const legacy = `trk_${createHmac('sha256', SECRET).update('tracking:x').digest('base64url')}`;
    expect(trackingKeyOf(legacy)).toBe(hashToken(legacy));
  });

  it.each(['', 'trk_', 'trk_short', 'pk_abc', `trk_${'a'.repeat(63)}`, `trk_${'a'.repeat(65)}`, `trk_${'a'.repeat(63)}.`])('answer no key for %j', (token) => {
    expect(trackingKeyOf(token)).toBeUndefined();
  });

  it('refuse to make a token for an id that is no UUID', () => {
    expect(() => trackingTokenFor(SECRET, 'report-1')).toThrow(/UUID/);
  });
});
