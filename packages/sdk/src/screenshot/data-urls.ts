/**
 * Resources as data URLs, for the SVG image of the stylesheet-copy rasteriser
 * (an SVG image loads nothing external). Fetched through the page's HTTP
 * cache and remembered (up to a size bound) for the page's lifetime, so a
 * capture after `prepareCapture()` fetches nothing again.
 */

import { internalRequest } from '../collectors/internal-request.js';

/** A remembering fetcher of data URLs; see {@link createDataUrlCache}. */
export interface DataUrlCache {
  /** The resource at `url` as a data URL, or `undefined` when it cannot be fetched. */
  get(url: string): Promise<string | undefined>;
  /** How many characters of data URLs it holds. */
  readonly size: number;
}

/**
 * A cache of data URLs holding at most `maxChars` characters of them (the
 * oldest forgotten first), so a long-lived page that shows many large images
 * does not keep them all. Failures are not remembered (the network may be
 * back by the next capture).
 *
 * @example
 * const cache = createDataUrlCache(1_000_000);
 * const data = await cache.get('/logo.png');
 */
export function createDataUrlCache(maxChars: number, fetchOne: (url: string) => Promise<string | undefined> = fetchAsDataUrl): DataUrlCache {
  const entries = new Map<string, Promise<string | undefined>>();
  const sizes = new Map<string, number>();
  let size = 0;
  const forget = (url: string) => {
    entries.delete(url);
    size -= sizes.get(url) ?? 0;
    sizes.delete(url);
  };
  return {
    get size() {
      return size;
    },
    get(url) {
      if (url.startsWith('data:')) return Promise.resolve(url);
      let pending = entries.get(url);
      if (!pending) {
        pending = fetchOne(url).then((data) => {
          if (data === undefined || data.length > maxChars) {
            if (entries.get(url) === pending) forget(url);
            return data;
          }
          if (entries.get(url) === pending) {
            sizes.set(url, data.length);
            size += data.length;
            for (const oldest of entries.keys()) {
              if (size <= maxChars) break;
              if (oldest !== url) forget(oldest);
            }
          }
          return data;
        });
        entries.set(url, pending);
      }
      return pending;
    },
  };
}

/** Data URLs of the page's images and fonts: up to 32 million characters (about 24 MB of files). */
const pageCache = createDataUrlCache(32_000_000);

/**
 * The resource at `url` as a data URL; `undefined` when it cannot be fetched
 * (network error, cross-origin without CORS). Data URLs are returned as they
 * are. Remembered (within a bound) for the page's lifetime.
 *
 * @example
 * const data = await dataUrlOf(new URL('logo.png', document.baseURI).href);
 */
export function dataUrlOf(url: string): Promise<string | undefined> {
  return pageCache.get(url);
}

async function fetchAsDataUrl(url: string): Promise<string | undefined> {
  try {
    // Marked as the SDK's own: the network collector does not log it as the page's traffic.
    const response = await fetch(url, internalRequest({ credentials: 'same-origin', cache: 'force-cache' }));
    if (!response.ok) return undefined;
    const blob = await response.blob();
    return await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsDataURL(blob);
    });
  } catch {
    return undefined;
  }
}
