/**
 * Typed errors raised by the SDK client. An `AftercareError` carries the
 * machine-readable code the server sent, or one of the client's own codes when
 * no answer arrived.
 */

/**
 * Codes the client raises itself: when the server gave no usable answer, and
 * when a report or its files break the contract's limits before sending (the
 * latter are the codes the server would answer, with status 0).
 */
export type ClientErrorCode =
  | 'network_error'
  | 'invalid_response'
  | 'invalid_input'
  | 'too_many_attachments'
  | 'attachment_too_large'
  | 'unsupported_attachment_type'
  | 'payload_too_large';

/** Status-0 codes that describe the request itself: sending it again cannot help. */
const REFUSED_BEFORE_SENDING: ReadonlySet<string> = new Set([
  'invalid_input',
  'too_many_attachments',
  'attachment_too_large',
  'unsupported_attachment_type',
  'payload_too_large',
]);

/** Extra facts about a failed response. */
export interface AftercareErrorOptions {
  /** The `Retry-After` header value. */
  retryAfter?: string | null;
}

/**
 * An error from the Aftercare API or from the client.
 *
 * @example
 * try { await client.report(input); }
 * catch (e) { if (e instanceof AftercareError && e.code === 'unknown_project_key') … }
 */
export class AftercareError extends Error {
  /** Machine-readable code, e.g. `validation_failed` or `network_error`. */
  readonly code: string;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  /** Extra detail the server sent (validation issues, limits). */
  readonly details: unknown;
  /** The response's `Retry-After` header, when it had one (429, 503). */
  readonly retryAfter: string | undefined;

  constructor(code: string, status: number, message: string, details?: unknown, options: AftercareErrorOptions = {}) {
    super(message);
    this.name = 'AftercareError';
    this.code = code;
    this.status = status;
    this.details = details;
    this.retryAfter = options.retryAfter ?? undefined;
  }

  /**
   * True when sending the same request again later may succeed: no answer,
   * 408, 429 or 5xx. A request the client refused itself (invalid input, files
   * over the limits) is not retryable.
   */
  get retryable(): boolean {
    if (this.status === 0) return !REFUSED_BEFORE_SENDING.has(this.code);
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }
}
