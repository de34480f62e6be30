/**
 * Turns an error code (the server's, the SDK client's or the widget's own)
 * into a sentence for the reporter, in their locale.
 */
import type { Messages } from './en.js';

/** An error code the catalogues have a sentence for. */
export type KnownErrorCode = keyof Messages['errors'];

/**
 * The reporter-facing message for an error code, or the generic one for a
 * code the catalogue does not know.
 *
 * @example
 * errorMessage(en, 'project_disabled'); // "Feedback for this site is turned off at the moment."
 */
export function errorMessage(messages: Messages, code: string): string {
  const errors = messages.errors;
  return Object.hasOwn(errors, code) ? errors[code as KnownErrorCode] : errors.unknown;
}
