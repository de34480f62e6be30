/**
 * A fake of the Aftercare server at the network edge, for tests: a `fetch`
 * that answers `POST /v1/reports` like the real server (201 once per report
 * id, 200 with the same receipt after that), can be taken down, can answer
 * with chosen errors, and records every request it saw.
 */

/** One request the fake saw. */
export interface SeenRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** What the fake does with the next request. */
export type FakeMode =
  | { type: 'up'; delayMs?: number | ((body: unknown) => number) }
  | { type: 'down' }
  | { type: 'error'; status: number; code?: string; headers?: Record<string, string>; html?: boolean }
  // The server files the report but the answer never arrives.
  | { type: 'lose-response' };

/** The fake server. */
export interface FakeServer {
  fetch: typeof fetch;
  /** Every request seen, in order. */
  requests: SeenRequest[];
  /** Report ids the server holds (each once). */
  stored: Map<string, unknown>;
  /** Changes how the next requests are answered. */
  set(mode: FakeMode): void;
  /** Answers the next `count` requests with `mode`, then returns to the current mode. */
  queue(...modes: FakeMode[]): void;
}

/**
 * Creates a fake server.
 *
 * @example
 * const server = createFakeServer();
 * const client = createClient({ endpoint: 'https://support.test', projectKey: 'pk', fetch: server.fetch });
 */
export function createFakeServer(): FakeServer {
  const requests: SeenRequest[] = [];
  const stored = new Map<string, unknown>();
  const receipts = new Map<string, unknown>();
  const queued: FakeMode[] = [];
  let mode: FakeMode = { type: 'up' };

  function receiptFor(id: string): unknown {
    let receipt = receipts.get(id);
    if (!receipt) {
      receipt = {
        reportId: id,
        ticket: { id: `t_${receipts.size + 1}`, number: receipts.size + 1, status: 'new', severity: 'normal', category: 'defect' },
        trackingToken: `trk_${id.slice(0, 8)}`,
      };
      receipts.set(id, receipt);
    }
    return receipt;
  }

  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    requests.push({ url, method: init?.method ?? 'GET', headers, body });
    const current = queued.shift() ?? mode;
    if (current.type === 'down') throw new TypeError('Failed to fetch');
    if (current.type === 'error') {
      if (current.html) return new Response('<html>Bad gateway</html>', { status: current.status, headers: current.headers });
      return Response.json(
        { error: { code: current.code ?? 'error', message: `fake ${current.status}` } },
        { status: current.status, headers: current.headers },
      );
    }
    if (current.type === 'up' && current.delayMs) {
      const ms = typeof current.delayMs === 'function' ? current.delayMs(body) : current.delayMs;
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    const id = (body as { id: string }).id;
    const fresh = !stored.has(id);
    stored.set(id, body);
    if (current.type === 'lose-response') throw new TypeError('network connection was lost');
    return Response.json(receiptFor(id), { status: fresh ? 201 : 200 });
  };

  return {
    fetch: fakeFetch as typeof fetch,
    requests,
    stored,
    set(next) {
      mode = next;
    },
    queue(...modes) {
      queued.push(...modes);
    },
  };
}
