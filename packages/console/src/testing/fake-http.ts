/**
 * Pieces of the fake network edge shared by its handlers: the recorded
 * request, JSON and error answers in the server's shape.
 */

/** A request the console sent. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

/** A JSON answer. */
export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** An error answer: `{ error: { code, message, details? } }`. */
export function error(status: number, code: string, details?: unknown): Response {
  return json(status, { error: { code, message: code, ...(details !== undefined && { details }) } });
}

/** Matches `path` against a route like `/v1/agent/tickets/:id/merge`; answers the decoded params. */
export function route(path: string, pattern: string): Record<string, string> | undefined {
  const names: string[] = [];
  const source = pattern.replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const match = new RegExp(`^${source}$`).exec(path);
  if (!match) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
}
