/**
 * The network edge, faked: replaces `window.fetch` for requests to the test
 * endpoint, records them and answers with the test's response. Everything
 * else still reaches the real `fetch` (the test runner's own traffic). JSON
 * bodies are parsed; a multipart body is kept as `FormData`, with its
 * `report` part parsed into `body`.
 */

/** The endpoint the tests configure; it does not resolve, so no request can leak out. */
export const TEST_ENDPOINT = 'https://support.test';

/** A request the page sent to {@link TEST_ENDPOINT}. */
export interface RecordedRequest {
  url: string;
  /** Path and query, e.g. `/v1/kb/search?q=…`. */
  path: string;
  method: string;
  headers: Headers;
  body: unknown;
  /** The multipart body, when the request had one. */
  form?: FormData;
}

/** A fake network installed by {@link fakeNetwork}. */
export interface FakeNetwork {
  requests: RecordedRequest[];
  /** Makes every request fail as if offline (`true`) or reach the responder again (`false`). */
  offline(on: boolean): void;
  restore(): void;
}

async function record(request: Request): Promise<RecordedRequest> {
  const url = new URL(request.url);
  const base = { url: request.url, path: url.pathname + url.search, method: request.method, headers: request.headers };
  if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const form = await request.formData();
    const report = form.get('report');
    const text = report instanceof Blob ? await report.text() : report;
    return { ...base, form, body: typeof text === 'string' ? JSON.parse(text) : undefined };
  }
  const text = await request.text();
  return { ...base, body: text ? JSON.parse(text) : undefined };
}

/**
 * Installs the fake; call `restore()` when the test ends.
 *
 * @example
 * const net = fakeNetwork(() => json(201, receipt));
 */
export function fakeNetwork(respond: (request: RecordedRequest) => Response | Promise<Response>): FakeNetwork {
  const realFetch = window.fetch;
  const requests: RecordedRequest[] = [];
  let down = false;
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (!request.url.startsWith(TEST_ENDPOINT)) return realFetch(input, init);
    if (down) throw new TypeError('Failed to fetch');
    const recorded = await record(request);
    requests.push(recorded);
    return respond(recorded);
  };
  return {
    requests,
    offline: (on) => void (down = on),
    restore: () => void (window.fetch = realFetch),
  };
}

/** A JSON response with a status. */
export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** The receipt the fake server answers with for a filed report. */
export function receiptFor(reportId: string, ticketNumber: number, ticketId = 'tkt_1'): unknown {
  return {
    reportId,
    ticket: { id: ticketId, number: ticketNumber, status: 'new', severity: 'normal', category: 'defect' },
    trackingToken: `trk_${ticketId}`,
  };
}

/** The report id of a recorded report request (JSON or multipart). */
export function reportIdOf(request: RecordedRequest): string {
  return (request.body as { id: string }).id;
}

/** The report requests among the recorded ones (not knowledge-base or ticket calls). */
export function reportRequests(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => request.path === '/v1/reports');
}
