import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { internalRequest } from './internal-request.js';
import { createNetworkCollector } from './network.js';
import type { Collector } from './types.js';
import type { NetworkEntry } from '../schemas/diagnostics.js';

// The network edge: a fake global fetch, put in place before the collector patches it.
const realFetch = globalThis.fetch;
let installed: Array<Collector<NetworkEntry[]>> = [];

beforeEach(() => {
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/down')) throw new TypeError('fetch failed');
    if (url.includes('/slow')) await new Promise((resolve) => setTimeout(resolve, 30));
    return new Response('ok', { status: url.includes('/missing') ? 404 : 200 });
  }) as typeof fetch;
});

afterEach(() => {
  for (const c of installed) c.uninstall();
  installed = [];
  globalThis.fetch = realFetch;
});

function collector(...args: Parameters<typeof createNetworkCollector>) {
  const c = createNetworkCollector(...args);
  c.install();
  installed.push(c);
  return c;
}

describe('network collector (fetch)', () => {
  it('records method, URL, status, duration and flags, without bodies', async () => {
    const c = collector({ slowMs: 20 });
    await fetch('https://api.example/items', { method: 'post', body: 'secret body' });
    await fetch(new Request('https://api.example/missing'));
    await fetch('https://api.example/down').catch(() => undefined);
    await fetch('https://api.example/slow');
    const entries = c.collect() ?? [];
    expect(entries.map(({ method, url, status, failed, slow }) => ({ method, url, status, failed, slow }))).toEqual([
      { method: 'POST', url: 'https://api.example/items', status: 200, failed: false, slow: false },
      { method: 'GET', url: 'https://api.example/missing', status: 404, failed: true, slow: false },
      { method: 'GET', url: 'https://api.example/down', status: 0, failed: true, slow: false },
      { method: 'GET', url: 'https://api.example/slow', status: 200, failed: false, slow: true },
    ]);
    expect(entries[2]?.error).toBe('TypeError: fetch failed');
    expect(JSON.stringify(entries)).not.toContain('secret body');
    expect(entries.every((e) => e.type === 'fetch' && typeof e.durationMs === 'number')).toBe(true);
  });

  it('leaves out the SDK endpoint and ignored URLs', async () => {
    const c = collector({ ignoreUrls: [/health/] }, { now: Date.now, ignoreUrl: (url) => url.startsWith('https://support.test/v1/') });
    await fetch('https://support.test/v1/reports');
    await fetch('https://api.example/health');
    await fetch('https://api.example/items');
    expect(c.collect()?.map((e) => e.url)).toEqual(['https://api.example/items']);
  });

  it("leaves out the SDK's own helper requests (marked with internalRequest)", async () => {
    const c = collector();
    await fetch('https://app.example/logo.png', internalRequest({ cache: 'force-cache' }));
    await fetch('https://cdn.example/down.css', internalRequest({ mode: 'cors' })).catch(() => undefined);
    await fetch('https://app.example/logo.png', { cache: 'force-cache' });
    expect(c.collect()?.map((e) => e.url)).toEqual(['https://app.example/logo.png']);
    expect(internalRequest({ method: 'HEAD' })).toMatchObject({ method: 'HEAD' });
  });

  it("keeps only problems in 'problems' mode", async () => {
    const c = collector({ record: 'problems' });
    await fetch('https://api.example/items');
    await fetch('https://api.example/missing');
    expect(c.collect()?.map((e) => e.status)).toEqual([404]);
  });

  it('restores fetch on uninstall', () => {
    const fake = globalThis.fetch;
    const c = createNetworkCollector();
    c.install();
    expect(globalThis.fetch).not.toBe(fake);
    c.uninstall();
    expect(globalThis.fetch).toBe(fake);
  });
});
