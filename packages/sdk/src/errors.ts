/**
 * Typed errors raised by the SDK client. An `AftercareError` carries the
 * machine-readable code the server sent, or one of the client's own codes when
 * no answer arrived.
 */

/** Codes the client raises itself, when the server gave no usable answer. */
export type ClientErrorCode = 'network_error' | 'invalid_response' | 'invalid_input';

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

  constructor(code: string, status: number, message: string, details?: unknown) {
    super(message);
    this.name = 'AftercareError';
    this.code = code;
    this.status = status;
    this.details = details;
  }

  /** True when sending the same request again later may succeed. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}
