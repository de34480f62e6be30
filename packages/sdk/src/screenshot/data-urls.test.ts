import { describe, expect, it, vi } from 'vitest';
import { createDataUrlCache } from './data-urls.js';

/** A fake network edge: `url` answers a data URL of `length` characters (from `?n=`), or nothing for `/down`. */
const fetchOne = vi.fn(async (url: string) => {
  if (url.includes('/down')) return undefined;
  const length = Number(new URL(url).searchParams.get('n') ?? 10);
  return `data:${'x'.repeat(length - 5)}`;
});

describe('the data-URL cache of the stylesheet-copy rasteriser', () => {
  it('fetches each URL once, and hands data URLs back as they are', async () => {
    fetchOne.mockClear();
    const cache = createDataUrlCache(1000, fetchOne);
    const [a, b] = await Promise.all([cache.get('https://app.test/a.png?n=100'), cache.get('https://app.test/a.png?n=100')]);
    expect(a).toHaveLength(100);
    expect(b).toBe(a);
    expect(await cache.get('https://app.test/a.png?n=100')).toBe(a);
    expect(await cache.get('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(fetchOne).toHaveBeenCalledTimes(1);
    expect(cache.size).toBe(100);
  });

  it('does not remember failures: the next capture tries again', async () => {
    fetchOne.mockClear();
    const cache = createDataUrlCache(1000, fetchOne);
    expect(await cache.get('https://app.test/down.png')).toBeUndefined();
    expect(await cache.get('https://app.test/down.png')).toBeUndefined();
    expect(fetchOne).toHaveBeenCalledTimes(2);
    expect(cache.size).toBe(0);
  });

  it('holds at most its bound, forgetting the oldest first', async () => {
    fetchOne.mockClear();
    const cache = createDataUrlCache(1000, fetchOne);
    for (const name of ['a', 'b', 'c', 'd']) await cache.get(`https://app.test/${name}.png?n=300`);
    expect(cache.size).toBe(900);
    fetchOne.mockClear();
    await cache.get('https://app.test/d.png?n=300');
    expect(fetchOne).not.toHaveBeenCalled();
    await cache.get('https://app.test/a.png?n=300');
    expect(fetchOne).toHaveBeenCalledTimes(1);
    expect(cache.size).toBeLessThanOrEqual(1000);
  });

  it('answers a resource larger than its bound without keeping it', async () => {
    fetchOne.mockClear();
    const cache = createDataUrlCache(1000, fetchOne);
    await cache.get('https://app.test/small.png?n=200');
    expect(await cache.get('https://app.test/huge.png?n=5000')).toHaveLength(5000);
    expect(cache.size).toBe(200);
    await cache.get('https://app.test/huge.png?n=5000');
    expect(fetchOne).toHaveBeenCalledTimes(3);
  });
});
