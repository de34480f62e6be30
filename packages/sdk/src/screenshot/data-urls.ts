/**
 * Resources as data URLs, for the SVG image of the stylesheet-copy rasteriser
 * (an SVG image loads nothing external). Fetched through the page's HTTP
 * cache and remembered for the page's lifetime, so a capture after
 * `prepareCapture()` fetches nothing again.
 */

import { internalRequest } from '../collectors/internal-request.js';

const cache = new Map<string, Promise<string | undefined>>();

/**
 * The resource at `url` as a data URL; `undefined` when it cannot be fetched
 * (network error, cross-origin without CORS). Data URLs are returned as they are.
 *
 * @example
 * const data = await dataUrlOf(new URL('logo.png', document.baseURI).href);
 */
export function dataUrlOf(url: string): Promise<string | undefined> {
  if (url.startsWith('data:')) return Promise.resolve(url);
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchAsDataUrl(url).then((data) => {
      // A failure may be passing (offline for a moment): let the next capture try again.
      if (data === undefined) cache.delete(url);
      return data;
    });
    cache.set(url, pending);
  }
  return pending;
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
