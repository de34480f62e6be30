/**
 * Typed errors raised by the SDK client. An `AftercareError` carries the
 * machine-readable code the server sent, or one of the client's own codes when
 * no answer arrived.
 */

/** Codes the client raises itself, when the server gave no usable answer. */
export type ClientErrorCode = 'network_error' | 'invalid_response' | 'invalid_input';

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

  /** True when sending the same request again later may succeed: no answer, 408, 429 or 5xx. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}
