/**
 * The one error type services throw. `onError` in app.ts turns it into the
 * `{ error: { code, message, details? } }` body with its HTTP status.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Machine-readable error codes the HTTP API answers with. Documented in docs/http-api.md. */
export type ErrorCode =
  | 'invalid_json'
  | 'validation_failed'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'missing_project_key'
  | 'unknown_project_key'
  | 'project_disabled'
  | 'origin_not_allowed'
  | 'report_id_conflict'
  | 'ticket_not_found'
  | 'not_found'
  | 'missing_token'
  | 'invalid_token'
  | 'forbidden'
  | 'project_not_found'
  | 'invalid_cursor'
  | 'invalid_transition'
  | 'unknown_assignee'
  | 'already_rated'
  | 'not_resolved'
  | 'invalid_merge'
  | 'rate_limited'
  | 'article_not_found'
  | 'webhook_not_found'
  | 'delivery_not_found'
  | 'invalid_webhook_url'
  | 'invalid_multipart'
  | 'unsupported_attachment_type'
  | 'attachment_too_large'
  | 'too_many_attachments'
  | 'attachment_not_found'
  | 'internal_error';

/**
 * An expected failure with a code, an HTTP status and a message for humans.
 *
 * @example
 * throw new AppError('unknown_project_key', 401, 'No project has this key');
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: ContentfulStatusCode;
  readonly details: unknown;

  constructor(code: ErrorCode, status: ContentfulStatusCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}
