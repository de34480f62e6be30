/**
 * A fake of the Aftercare server at the network edge, for tests: a `fetch`
 * that answers `POST /v1/reports` like the real server (201 once per report
 * id, 200 with the same receipt after that), can be taken down, can answer
 * with chosen errors, and records every request it saw. Bodies are read the
 * way a server reads them, through a `Request`: JSON, or `multipart/form-data`
 * (the `report` part, the `screenshot` and `attachment` files, and the raw
 * text so tests can check the wire shape). `{ multipart: false }` plays a
 * server from before multipart, which answers 415 `unsupported_media_type`.
 */

/** The parts of a multipart report. */
export interface SeenForm {
  report: unknown;
  screenshot?: File;
  attachments: File[];
  /** Part names in order. */
  names: string[];
}

/** One request the fake saw. */
export interface SeenRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** The report JSON: the body, or the `report` part of a multipart body. */
  body: unknown;
  /** The parts, for a multipart body. */
  form?: SeenForm;
  /** The body as text (multipart only), to check part headers. */
  raw?: string;
}

/** Options of {@link createFakeServer}. */
export interface FakeServerOptions {
  /** Accepts multipart reports. Default true; false answers them 415 like an older server. */
  multipart?: boolean;
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
  /** Report ids the server holds (each once), with the report JSON. */
  stored: Map<string, unknown>;
  /** The files stored with each report id (first filing wins, like the report). */
  storedFiles: Map<string, { screenshot?: File; attachments: File[] }>;
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
export function createFakeServer(options: FakeServerOptions = {}): FakeServer {
  const requests: SeenRequest[] = [];
  const stored = new Map<string, unknown>();
  const storedFiles = new Map<string, { screenshot?: File; attachments: File[] }>();
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
    const request = new Request(input, init);
    const url = request.url;
    const headers = Object.fromEntries(request.headers.entries());
    const seen: SeenRequest = { url, method: request.method, headers, body: undefined };
    if (/^multipart\/form-data/i.test(headers['content-type'] ?? '')) {
      seen.raw = await request.clone().text();
      seen.form = readForm(await request.formData());
      seen.body = seen.form.report;
    } else if (request.method !== 'GET') {
      const text = await request.text();
      seen.body = text ? JSON.parse(text) : undefined;
    }
    requests.push(seen);
    const body = seen.body;
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
    if (seen.form && options.multipart === false) {
      return Response.json({ error: { code: 'unsupported_media_type', message: 'Send the body as application/json' } }, { status: 415 });
    }
    const id = (body as { id: string }).id;
    const fresh = !stored.has(id);
    if (fresh) {
      stored.set(id, body);
      if (seen.form) storedFiles.set(id, { ...(seen.form.screenshot ? { screenshot: seen.form.screenshot } : {}), attachments: seen.form.attachments });
    }
    if (current.type === 'lose-response') throw new TypeError('network connection was lost');
    return Response.json(receiptFor(id), { status: fresh ? 201 : 200 });
  };

  return {
    fetch: fakeFetch as typeof fetch,
    requests,
    stored,
    storedFiles,
    set(next) {
      mode = next;
    },
    queue(...modes) {
      queued.push(...modes);
    },
  };
}

function readForm(form: FormData): SeenForm {
  const report = form.get('report');
  const screenshot = form.get('screenshot');
  return {
    report: typeof report === 'string' ? JSON.parse(report) : undefined,
    ...(screenshot instanceof File ? { screenshot } : {}),
    attachments: form.getAll('attachment').filter((part): part is File => part instanceof File),
    names: [...form.keys()],
  };
}
