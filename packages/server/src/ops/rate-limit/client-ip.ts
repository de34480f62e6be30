/**
 * Who a request comes from, for per-IP limits: the connection's address, or
 * (only when the operator says a proxy sits in front) the address the proxy
 * saw, from `X-Forwarded-For`. IPv6 clients are grouped by their /64, since
 * one host usually owns a whole /64.
 */
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The client's address. `trustedProxies` is how many proxies append to
 * `X-Forwarded-For` in front of the server (0: ignore the header, which any
 * client can forge). Undefined when the address is unknown (e.g. in-process
 * `app.request()` calls), so no per-IP limit applies.
 */
export function clientAddress(c: Context, trustedProxies: number): string | undefined {
  if (trustedProxies > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    // Each trusted proxy appends the address it saw; entries left of those are the client's own claims.
    const chosen = hops[Math.max(0, hops.length - trustedProxies)];
    if (chosen) return chosen;
  }
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

function expandIpv6(address: string): string[] | undefined {
  const [head = '', tail, ...rest] = address.split('::');
  if (rest.length > 0) return undefined;
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const groups = [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right];
  return groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g)) ? groups : undefined;
}

/**
 * The bucket key of an address: IPv4 as is (also when IPv4-mapped, `::ffff:a.b.c.d`),
 * IPv6 as its /64 prefix, anything unparsable as given.
 *
 * @example
 * ipKey('2001:db8:1:2:aa::1'); // '2001:db8:1:2::/64'
 */
export function ipKey(address: string): string {
  // Some proxies write `a.b.c.d:port` or `[v6]:port`; the port is not the client.
  const bare = address
    .trim()
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1')
    .replace(/^\[([^\]]+)\](?::\d+)?$/, '$1')
    .replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1]!;
  if (!bare.includes(':')) return bare;
  const groups = expandIpv6(bare.toLowerCase());
  if (!groups) return bare;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
