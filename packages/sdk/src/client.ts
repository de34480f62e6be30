/**
 * The Aftercare client: files reports (as JSON, or as multipart with a
 * screenshot and attachments) and reads the reporter's tickets over the HTTP
 * API. Runs in browsers and in Node (any `fetch`).
 */
import {
  PROJECT_KEY_HEADER,
  TRACKING_HEADER,
  errorBodySchema,
  reportInputSchema,
  reportReceiptSchema,
  reporterTicketSchema,
  type ReportInput,
  type ReportInputDraft,
  type ReportReceipt,
  type ReporterTicket,
  timeOrderedUuid,
} from './schemas/index.js';
import { AftercareError } from './errors.js';
import { checkReportFiles, hasFiles, multipartBody, type ReportFiles } from './payload/report-files.js';
import type { z } from 'zod';

/** Receipts of reports the server took only without their files (a server from before multipart). */
const filedWithoutFiles = new WeakSet<object>();

/**
 * True when this receipt is for a report the server filed without its
 * screenshot and attachments, so the app can tell the reporter.
 *
 * @example
 * if (filesWereDropped(receipt)) showNotice('The screenshot could not be sent.');
 */
export function filesWereDropped(receipt: ReportReceipt): boolean {
  return filedWithoutFiles.has(receipt);
}

/** Options for {@link createClient}. */
export interface ClientOptions {
  /** Base URL of the Aftercare server, e.g. `https://support.example.com`. */
  endpoint: string;
  /** The project's public key; it can only file reports. */
  projectKey: string;
  /** A `fetch` to use instead of the global one (tests, old runtimes). */
  fetch?: typeof fetch;
}

/** A report as the host app writes it: `id`, `createdAt` and `page` are filled in when absent. */
export type ReportDraft = Omit<ReportInputDraft, 'id' | 'createdAt' | 'page'> &
  Partial<Pick<ReportInputDraft, 'id' | 'createdAt' | 'page'>>;

/** The Aftercare client returned by {@link createClient}. */
export interface AftercareClient {
  /** Completes a draft into a full report (id, time, page) and validates it, without sending. */
  prepare(draft: ReportDraft): ReportInput;
  /**
   * Files a report, with files as `multipart/form-data`; resolves with the
   * receipt, rejects with an {@link AftercareError} (files over the limits
   * are refused before sending, with the server's codes).
   */
  report(draft: ReportDraft, files?: ReportFiles): Promise<ReportReceipt>;
  /** Sends a complete report exactly as given (after validation), with its files: the outbox's transport. */
  send(input: ReportInput, files?: ReportFiles): Promise<ReportReceipt>;
  /** Reads a ticket as its reporter, with the tracking token from the receipt. */
  getTicket(ticketId: string, trackingToken: string): Promise<ReporterTicket>;
}

/** The page the SDK runs on, or a stand-in URL outside a browser. */
function currentPage(): ReportInputDraft['page'] {
  const doc = (globalThis as { document?: Document }).document;
  const loc = (globalThis as { location?: Location }).location;
  if (doc && loc) {
    return { url: loc.href, title: doc.title || undefined, referrer: doc.referrer || undefined };
  }
  return { url: 'app://server' };
}

/**
 * Fills what a draft may leave out: a fresh `id`, `createdAt` now and the
 * current `page`. Does not validate.
 *
 * @example
 * completeDraft({ kind: 'bug', message: 'x' }).id; // a new UUID
 */
export function completeDraft(draft: ReportDraft): ReportInputDraft {
  return {
    ...draft,
    id: draft.id ?? timeOrderedUuid(),
    createdAt: draft.createdAt ?? new Date().toISOString(),
    page: draft.page ?? currentPage(),
  };
}

/**
 * Creates a client for one project.
 *
 * @example
 * const client = createClient({ endpoint: 'http://localhost:8787', projectKey: 'pk_…' });
 * const receipt = await client.report({ kind: 'bug', message: 'Save does nothing' });
 * console.log(`Ticket #${receipt.ticket.number}`);
 */
export function createClient(options: ClientOptions): AftercareClient {
  const base = options.endpoint.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function call<T extends z.ZodType>(
    path: string,
    init: RequestInit,
    schema: T,
  ): Promise<z.infer<T>> {
    let response: Response;
    try {
      response = await doFetch(base + path, init);
    } catch (cause) {
      throw new AftercareError('network_error', 0, `Could not reach ${base}: ${String(cause)}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      // A proxy's HTML error page: keep the status so 5xx and 429 stay retryable.
      body = undefined;
      if (response.ok) {
        throw new AftercareError('invalid_response', response.status, `Response from ${path} is not JSON`);
      }
    }
    if (!response.ok) {
      const retryAfter = response.headers.get('retry-after');
      const parsed = errorBodySchema.safeParse(body);
      if (parsed.success) {
        const { code, message, details } = parsed.data.error;
        throw new AftercareError(code, response.status, message, details, { retryAfter });
      }
      throw new AftercareError('invalid_response', response.status, `HTTP ${response.status} from ${path}`, undefined, {
        retryAfter,
      });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new AftercareError('invalid_response', response.status, `Unexpected response from ${path}`, parsed.error.issues);
    }
    return parsed.data;
  }

  function prepare(draft: ReportDraft): ReportInput {
    return validateReport(completeDraft(draft));
  }

  function postJson(json: string): Promise<ReportReceipt> {
    return call(
      '/v1/reports',
      { method: 'POST', headers: { 'content-type': 'application/json', [PROJECT_KEY_HEADER]: options.projectKey }, body: json },
      reportReceiptSchema,
    );
  }

  async function post(input: ReportInput, files?: ReportFiles): Promise<ReportReceipt> {
    const json = JSON.stringify(input);
    if (!hasFiles(files)) return postJson(json);
    checkReportFiles(json, files);
    try {
      // No content-type header: fetch writes multipart/form-data with its boundary.
      return await call(
        '/v1/reports',
        { method: 'POST', headers: { [PROJECT_KEY_HEADER]: options.projectKey }, body: multipartBody(json, files) },
        reportReceiptSchema,
      );
    } catch (error) {
      // A server from before multipart refuses the body's type: file the report without its files rather than lose it.
      if (error instanceof AftercareError && error.status === 415 && error.code === 'unsupported_media_type') {
        const receipt = await postJson(json);
        filedWithoutFiles.add(receipt);
        return receipt;
      }
      throw error;
    }
  }

  return {
    prepare,
    async report(draft, files) {
      return post(prepare(draft), files);
    },
    async send(input, files) {
      return post(validateReport(input), files);
    },
    getTicket(ticketId, trackingToken) {
      return call(
        `/v1/tickets/${encodeURIComponent(ticketId)}`,
        { method: 'GET', headers: { [TRACKING_HEADER]: trackingToken } },
        reporterTicketSchema,
      );
    },
  };
}

/**
 * Validates a complete report against the wire contract; throws an
 * {@link AftercareError} with code `invalid_input` and the issues.
 *
 * @example
 * const input = validateReport(completeDraft({ kind: 'bug', message: 'x' }));
 */
export function validateReport(input: ReportInputDraft): ReportInput {
  const parsed = reportInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AftercareError('invalid_input', 0, 'The report is not valid', parsed.error.issues);
  }
  return parsed.data;
}
