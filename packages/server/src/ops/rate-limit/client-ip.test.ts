import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { clientAddress, ipKey } from './client-ip.js';

describe('client addresses', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:aa:bb:cc:dd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0000:0002::', '2001:db8:0:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['[2001:db8::1]', '2001:db8:0:0::/64'],
    ['[2001:db8::1]:443', '2001:db8:0:0::/64'],
    ['203.0.113.7:51234', '203.0.113.7'],
    ['not an address', 'not an address'],
  ])('%s is limited as %s', (address, key) => {
    expect(ipKey(address)).toBe(key);
  });

  async function seen(trusted: number, headers: Record<string, string>, remote?: string): Promise<string | undefined> {
    const app = new Hono();
    let address: string | undefined;
    app.get('/', (c) => {
      address = clientAddress(c, trusted);
      return c.body(null, 204);
    });
    await app.request('/', { headers }, remote ? { incoming: { socket: { remoteAddress: remote } } } : undefined);
    return address;
  }

  it('uses the connection, and ignores X-Forwarded-For unless a proxy is trusted', async () => {
    expect(await seen(0, { 'x-forwarded-for': '1.1.1.1' }, '10.0.0.2')).toBe('10.0.0.2');
    expect(await seen(0, {})).toBeUndefined();
  });

  it('with trusted proxies, takes the address the outermost trusted proxy saw', async () => {
    const forged = { 'x-forwarded-for': '6.6.6.6, 198.51.100.9' };
    expect(await seen(1, forged, '10.0.0.2')).toBe('198.51.100.9');
    expect(await seen(2, { 'x-forwarded-for': '6.6.6.6, 198.51.100.9, 10.0.0.1' }, '10.0.0.2')).toBe('198.51.100.9');
    expect(await seen(3, { 'x-forwarded-for': '198.51.100.9' }, '10.0.0.2')).toBe('198.51.100.9');
    expect(await seen(1, {}, '10.0.0.2')).toBe('10.0.0.2');
  });
});
