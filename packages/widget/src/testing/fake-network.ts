/**
 * The network edge, faked: replaces `window.fetch` for requests to the test
 * endpoint, records them and answers with the test's response. Everything
 * else still reaches the real `fetch` (the test runner's own traffic).
 */

/** The endpoint the tests configure; it does not resolve, so no request can leak out. */
export const TEST_ENDPOINT = 'https://support.test';

/** A request the page sent to {@link TEST_ENDPOINT}. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

/** A fake network installed by {@link fakeNetwork}. */
export interface FakeNetwork {
  requests: RecordedRequest[];
  restore(): void;
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
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (!request.url.startsWith(TEST_ENDPOINT)) return realFetch(input, init);
    const text = await request.text();
    const recorded = { url: request.url, method: request.method, headers: request.headers, body: text ? JSON.parse(text) : undefined };
    requests.push(recorded);
    return respond(recorded);
  };
  return { requests, restore: () => void (window.fetch = realFetch) };
}

/** A JSON response with a status. */
export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** The receipt the fake server answers with for a filed report. */
export function receiptFor(reportId: string, ticketNumber: number): unknown {
  return {
    reportId,
    ticket: { id: 'tkt_1', number: ticketNumber, status: 'new', severity: 'normal', category: 'defect' },
    trackingToken: 'trk_test',
  };
}
