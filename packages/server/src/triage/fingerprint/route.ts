/**
 * The route of a page: its URL path with ids replaced by `:id`, without the
 * origin's query string or fragment. Single-page apps that route in the
 * fragment (`#/orders/12`) keep that path too, normalised the same way.
 */
import { normalisePath } from './volatile.js';

const BASE = 'http://route.invalid';

function stripQueryAndHash(path: string): string {
  const cut = path.search(/[?#]/);
  return cut === -1 ? path : path.slice(0, cut);
}

/**
 * The normalised route of a page URL; relative URLs are read as paths.
 *
 * @example
 * normaliseRoute('https://app.example.com/orders/1234/items?tab=2'); // '/orders/:id/items'
 */
export function normaliseRoute(url: string): string {
  let route = routes.get(url);
  if (route === undefined) {
    if (routes.size >= ROUTE_CACHE_SIZE) routes.delete(routes.keys().next().value!);
    routes.set(url, (route = routeOf(url)));
  }
  return route;
}

// Reports keep coming from the same few pages: their routes are remembered (oldest forgotten first).
const ROUTE_CACHE_SIZE = 1000;
const routes = new Map<string, string>();

function routeOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url, BASE);
  } catch {
    return normalisePath(stripQueryAndHash(url));
  }
  const route = normalisePath(parsed.pathname);
  const hash = parsed.hash;
  const hashRoute = /^#!?\//.exec(hash);
  if (hashRoute) {
    return `${route}#${normalisePath(stripQueryAndHash(hash.slice(hashRoute[0].length - 1)))}`;
  }
  return route;
}
