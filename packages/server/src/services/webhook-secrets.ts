/**
 * Webhook signing secrets. Unlike API tokens they cannot be stored as a
 * hash: the server needs the secret itself to sign every request. So each is
 * sealed with AES-256-GCM under a key derived (HKDF) from the server secret,
 * bound to its webhook's id: a copy of the database alone reveals no secret.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { randomToken } from '../security/tokens.js';

const VERSION = 'v1';

function keyFor(serverSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret, 'aftercare', 'webhook-signing-secrets:v1', 32));
}

/** A new signing secret, `whsec_` and 256 random bits. */
export function newWebhookSecret(): string {
  return randomToken('whsec', 32);
}

/** Seals a signing secret for storage: `v1.<iv>.<ciphertext>.<tag>`, base64url. */
export function sealWebhookSecret(serverSecret: string, webhookId: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(serverSecret), iv);
  cipher.setAAD(Buffer.from(webhookId, 'utf8'));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv, sealed, cipher.getAuthTag()].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/**
 * Opens a sealed secret. Throws when it was sealed under another server
 * secret or for another webhook, or was tampered with.
 */
export function openWebhookSecret(serverSecret: string, webhookId: string, stored: string): string {
  const [version, iv, sealed, tag] = stored.split('.');
  if (version !== VERSION || !iv || !sealed || !tag) throw new Error('Not a sealed webhook secret');
  const decipher = createDecipheriv('aes-256-gcm', keyFor(serverSecret), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(webhookId, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
}
