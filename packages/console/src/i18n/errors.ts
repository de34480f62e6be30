/**
 * Turns any failure into a sentence for the agent, from the error codes the
 * server and the API client use.
 */
import { ApiError } from '../api/api-error.js';
import type { Messages } from './en.js';

/**
 * The message for an error: the catalogue's text for its code, else the generic one.
 *
 * @example
 * errorText(en, new ApiError('forbidden', 403, '…')); // "Your role does not allow this."
 */
export function errorText(messages: Messages, error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'unknown';
  const table = messages.errors as Record<string, string>;
  return Object.hasOwn(table, code) ? table[code]! : messages.errors.unknown;
}
