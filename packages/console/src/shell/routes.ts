/**
 * The console's URLs, pure: `<base>` is the inbox (its filters in the query
 * string), `<base>tickets/<id>` a ticket. The server answers every path under
 * the base with the app's page, so these URLs can be bookmarked and shared.
 */

/** Where the console is. */
export type Route = { name: 'inbox'; query: URLSearchParams } | { name: 'ticket'; id: string };

/** Normalises a base path to start and end with `/`. */
function normalise(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/**
 * Reads the route from a path and query string; anything unknown is the inbox.
 *
 * @example
 * parseRoute('/console/tickets/t_1', '', '/console/'); // { name: 'ticket', id: 't_1' }
 */
export function parseRoute(pathname: string, search: string, base: string): Route {
  const root = normalise(base);
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : '';
  const ticket = /^tickets\/([^/]+)\/?$/.exec(rest);
  if (ticket) {
    try {
      return { name: 'ticket', id: decodeURIComponent(ticket[1]!) };
    } catch {
      // A malformed escape is not a ticket id; fall back to the inbox.
    }
  }
  return { name: 'inbox', query: new URLSearchParams(search) };
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
