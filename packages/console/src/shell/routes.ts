/**
 * The console's URLs, pure: `<base>` is the inbox (its filters in the query
 * string), `<base>tickets/<id>` a ticket, `<base>stats` the stats (the period
 * in the query string), `<base>kb` the knowledge base and `<base>kb/<id>` an
 * article, `<base>admin/<section>` an administration screen. The server
 * answers every path under the base with the app's page, so these URLs can be
 * bookmarked and shared.
 */

/** Where the console is. */
export type Route =
  | { name: 'inbox'; query: URLSearchParams }
  | { name: 'ticket'; id: string }
  | { name: 'stats'; query: URLSearchParams }
  | { name: 'kb'; query: URLSearchParams }
  | { name: 'article'; id: string }
  | { name: 'admin'; section: string };

/** The top-level areas, as the header's navigation names them. */
export type Area = 'inbox' | 'kb' | 'stats' | 'admin';

/** Normalises a base path to start and end with `/`. */
function normalise(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    // A malformed escape is no id.
    return undefined;
  }
}

/**
 * Reads the route from a path and query string; anything unknown is the inbox.
 *
 * @example
 * parseRoute('/console/tickets/t_1', '', '/console/'); // { name: 'ticket', id: 't_1' }
 */
export function parseRoute(pathname: string, search: string, base: string): Route {
  const root = normalise(base);
  const rest = (pathname.startsWith(root) ? pathname.slice(root.length) : '').replace(/\/$/, '');
  const query = new URLSearchParams(search);
  const [first, second, ...more] = rest.split('/');
  if (more.length === 0 && second !== undefined && second !== '') {
    const id = decoded(second);
    if (id !== undefined && first === 'tickets') return { name: 'ticket', id };
    if (id !== undefined && first === 'kb') return { name: 'article', id };
    if (id !== undefined && first === 'admin') return { name: 'admin', section: id };
  }
  if (second === undefined && first === 'stats') return { name: 'stats', query };
  if (second === undefined && first === 'kb') return { name: 'kb', query };
  if (second === undefined && first === 'admin') return { name: 'admin', section: '' };
  return { name: 'inbox', query };
}

/** The area a route belongs to, for the navigation. */
export function areaOf(route: Route): Area {
  if (route.name === 'ticket') return 'inbox';
  if (route.name === 'article') return 'kb';
  return route.name;
}

/** The inbox URL with the given query. */
export function inboxHref(base: string, query: URLSearchParams = new URLSearchParams()): string {
  const text = query.toString();
  return `${normalise(base)}${text ? `?${text}` : ''}`;
}

/** A ticket's URL. */
export function ticketHref(base: string, id: string): string {
  return `${normalise(base)}tickets/${encodeURIComponent(id)}`;
}

/** The stats URL with the given query (the period). */
export function statsHref(base: string, query: URLSearchParams = new URLSearchParams()): string {
  const text = query.toString();
  return `${normalise(base)}stats${text ? `?${text}` : ''}`;
}

/** The knowledge base's URL, with its filters. */
export function kbHref(base: string, query: URLSearchParams = new URLSearchParams()): string {
  const text = query.toString();
  return `${normalise(base)}kb${text ? `?${text}` : ''}`;
}

/** An article's URL. */
export function articleHref(base: string, id: string): string {
  return `${normalise(base)}kb/${encodeURIComponent(id)}`;
}

/** An administration screen's URL; without a section, the first one the agent may open. */
export function adminHref(base: string, section = ''): string {
  return `${normalise(base)}admin${section ? `/${encodeURIComponent(section)}` : ''}`;
}
