/**
 * What the server said was wrong with a change, as lines an admin can act
 * on: the `details` of a `422 validation_failed` are zod issues, each with
 * the `path` to the field (`rules.2.actions.0.tier: Invalid input`).
 */
import { ApiError } from '../api/api-error.js';
import type { Messages } from '../i18n/en.js';

/** A field path as people read it: `rules.2.actions.0.tier`. */
export function pathText(path: unknown): string {
  return Array.isArray(path) ? path.map((part) => String(part)).join('.') : '';
}

/**
 * The server's issues with a request, one line each; empty when the error
 * carries none. Every value is plain text, shown with text bindings.
 *
 * @example
 * issueLines(new ApiError('validation_failed', 422, '…', [{ path: ['name'], message: 'Required' }]), en); // ['name: Required']
 */
export function issueLines(error: unknown, messages: Messages): string[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.flatMap((issue) => {
    if (typeof issue !== 'object' || issue === null) return [];
    const { path, message } = issue as { path?: unknown; message?: unknown };
    return typeof message === 'string' ? [messages.admin.fieldIssue(pathText(path), message)] : [];
  });
}

/** The issues about one field (its path starts with `field`), for showing next to it. */
export function fieldIssues(error: unknown, field: string): string[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.flatMap((issue) => {
    const { path, message } = (issue ?? {}) as { path?: unknown; message?: unknown };
    return Array.isArray(path) && path[0] === field && typeof message === 'string' ? [message] : [];
  });
}
