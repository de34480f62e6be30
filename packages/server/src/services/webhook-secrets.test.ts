import { describe, expect, it } from 'vitest';
import { newWebhookSecret, openWebhookSecret, sealWebhookSecret } from './webhook-secrets.js';

const server = 'server-secret-0123456789-abcdefghijklmnop';

describe('sealed webhook secrets', () => {
  it('round-trips, and never stores the secret in the clear', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const sealed = sealWebhookSecret(server, 'wh-1', secret);
    expect(sealed).not.toContain(secret.slice(6));
    expect(sealed).not.toBe(sealWebhookSecret(server, 'wh-1', secret)); // a fresh IV each time
    expect(openWebhookSecret(server, 'wh-1', sealed)).toBe(secret);
  });

  it('refuses another server secret, another webhook and tampering', () => {
    const sealed = sealWebhookSecret(server, 'wh-1', newWebhookSecret());
    expect(() => openWebhookSecret(`${server}x`, 'wh-1', sealed)).toThrow();
    expect(() => openWebhookSecret(server, 'wh-2', sealed)).toThrow();
    const parts = sealed.split('.');
    const sealedPart = parts[2]!;
    parts[2] = `${sealedPart.startsWith('A') ? 'B' : 'A'}${sealedPart.slice(1)}`;
    expect(() => openWebhookSecret(server, 'wh-1', parts.join('.'))).toThrow();
    expect(() => openWebhookSecret(server, 'wh-1', 'plain')).toThrow();
  });
});
