/**
 * Copies of the page's cross-origin stylesheets, for the stylesheet-copy
 * rasteriser: a sheet from another origin loaded without CORS (`<link>`
 * with no `crossorigin`, the usual case) hides its rules from the page, but
 * most CDNs serve CSS with `Access-Control-Allow-Origin`, so its text can be
 * fetched again with CORS and parsed into a constructed stylesheet that
 * stands in for it. Only when that fails does the capture fall back to
 * snapdom.
 */
import { internalRequest } from '../collectors/internal-request.js';
import { isReadable, pageSheets, type SheetCopies } from './page-css.js';

const copies = new Map<string, Promise<CSSStyleSheet | undefined>>();

/**
 * A readable copy of every stylesheet of `doc` whose rules cannot be read;
 * `undefined` when one cannot be copied (no url, no CORS, an `@import` a
 * constructed stylesheet cannot hold). Copies are kept for the page's
 * lifetime. `fetcher` is the network edge, for tests.
 *
 * @example
 * const copies = await copyUnreadableSheets(document);
 * if (copies) readPageCss(document, copies);
 */
export async function copyUnreadableSheets(doc: Document, fetcher: typeof fetch = fetch): Promise<SheetCopies | undefined> {
  const found = new Map<CSSStyleSheet, CSSStyleSheet>();
  for (const sheet of pageSheets(doc)) {
    if (isReadable(sheet)) continue;
    const copy = sheet.href ? await copyOf(sheet.href, fetcher) : undefined;
    if (!copy) return undefined;
    found.set(sheet, copy);
  }
  return found;
}

function copyOf(url: string, fetcher: typeof fetch): Promise<CSSStyleSheet | undefined> {
  let pending = copies.get(url);
  if (!pending) {
    pending = fetchCopy(url, fetcher).then((copy) => {
      // A failure may be passing: let the next capture try again.
      if (!copy) copies.delete(url);
      return copy;
    });
    copies.set(url, pending);
  }
  return pending;
}

async function fetchCopy(url: string, fetcher: typeof fetch): Promise<CSSStyleSheet | undefined> {
  try {
    // Marked as the SDK's own: the network collector does not log it as the page's traffic.
    const response = await fetcher(url, internalRequest({ mode: 'cors', credentials: 'omit' }));
    if (!response.ok) return undefined;
    const text = await response.text();
    // A constructed stylesheet drops `@import` rules: its copy would be missing what they bring.
    if (/@import/i.test(text)) return undefined;
    const copy = new CSSStyleSheet({ baseURL: url });
    copy.replaceSync(text);
    return copy;
  } catch {
    return undefined;
  }
}
