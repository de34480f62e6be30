/**
 * The error every API call rejects with: the server's `{ error: { code,
 * message, details? } }` body, or `network_error` / `invalid_response` when
 * there was no usable answer.
 */

/**
 * A failed API call.
 *
 * @example
 * try { await api.me(); } catch (e) { if (e instanceof ApiError && e.status === 401) signOut(); }
 */
export class ApiError extends Error {
  /** The server's error code, or `network_error` / `invalid_response`. */
  readonly code: string;
  /** The HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** The server's `details`: for `validation_failed`, the zod issues with their `path`. */
  readonly details: unknown;

  constructor(code: string, status: number, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

/** Reads an error response into an {@link ApiError}. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    const code = typeof body.error?.code === 'string' ? body.error.code : 'unknown';
    const message = typeof body.error?.message === 'string' ? body.error.message : response.statusText;
    return new ApiError(code, response.status, message, body.error?.details);
  } catch {
    return new ApiError('invalid_response', response.status, response.statusText);
  }
}
