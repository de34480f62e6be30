/**
 * The English message catalogue. It defines the keys: every other locale is
 * typed as {@link Messages}, so a key missing there fails `tsc`.
 */

/**
 * Every user-facing string of the widget, in English.
 *
 * @example
 * import { en } from './en.js';
 * en.sentTitle(42); // "Thanks — ticket #42"
 */
export const en = {
  launcher: 'Feedback',
  dialogTitle: 'Send feedback',
  kindLegend: 'What is it about?',
  kinds: {
    bug: 'Something is broken',
    question: 'A question',
    idea: 'An idea',
  },
  messageLabel: 'Describe what happened',
  messageHint: 'What did you do, what did you expect, and what happened instead?',
  send: 'Send',
  sending: 'Sending…',
  cancel: 'Cancel',
  close: 'Close',
  messageRequired: 'Please write a message before sending.',
  sentTitle: (ticketNumber: number): string => `Thanks — ticket #${ticketNumber}`,
  sentBody: 'We have your report and will follow up. Mention this number if you contact us about it.',
  /** Messages for error codes; `unknown` is the fallback for codes not listed. */
  errors: {
    validation_failed: 'The report was not accepted. Please check your message and try again.',
    invalid_input: 'The message is too long or not valid. Please edit it and try again.',
    payload_too_large: 'The report is too large to send. Please shorten your message.',
    missing_project_key: 'This feedback form is not set up correctly. Please tell the site owner.',
    unknown_project_key: 'This feedback form is not set up correctly. Please tell the site owner.',
    not_configured: 'This feedback form is missing its project key or server address.',
    project_disabled: 'Feedback for this site is turned off at the moment.',
    origin_not_allowed: 'This site is not allowed to send feedback to this support desk.',
    network_error: 'We could not reach the support server. Check your connection and try again.',
    invalid_response: 'The support server sent an unexpected answer. Please try again in a moment.',
    internal_error: 'The support server had a problem. Please try again in a moment.',
    unknown: 'Something went wrong. Please try again.',
  },
};

/** The shape of a message catalogue: the keys and signatures `en` defines. */
export type Messages = typeof en;
