/**
 * The English message catalogue. It defines the keys: every other locale is
 * typed as {@link Messages}, so a key missing there fails `tsc`. Nested groups
 * are one level deep, which keeps per-string overrides simple.
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
  close: 'Close',
  cancel: 'Cancel',
  back: 'Back',
  loading: 'Loading…',

  kindLegend: 'What is it about?',
  kinds: { bug: 'Something is broken', question: 'A question', idea: 'An idea' },
  messageLabel: 'Describe what happened',
  messageHint: 'What did you do, what did you expect, and what happened instead?',
  impactLegend: 'How much does it affect you?',
  impacts: { blocks_me: 'It blocks me', hinders: 'It slows me down', minor: 'Minor' },
  nameLabel: 'Your name (optional)',
  emailLabel: 'Your e-mail (optional)',
  contactHint: 'So that we can answer you.',
  screenshotLabel: 'Include a screenshot of this page',
  screenshotAlt: 'Screenshot of the page that will be sent',
  screenshotEdit: 'Highlight or hide parts',
  screenshotMarked: (count: number): string => (count === 1 ? '1 mark' : `${count} marks`),
  attachLabel: 'Attach files (optional)',
  attachHint: (count: number, megabytes: number): string => `Up to ${count} files, ${megabytes} MB each.`,
  removeFile: (name: string): string => `Remove ${name}`,
  previewOpen: 'What will be sent',
  send: 'Send',
  sending: 'Sending…',
  myReports: 'My reports',

  messageRequired: 'Please write a message before sending.',
  emailInvalid: 'Please enter a valid e-mail address, or leave the field empty.',
  tooManyFiles: (max: number): string => `You can attach up to ${max} files.`,
  fileTooLarge: (name: string, megabytes: number): string => `${name} is larger than ${megabytes} MB.`,
  filesTooLarge: (megabytes: number): string => `The files together are larger than ${megabytes} MB.`,

  sentTitle: (ticketNumber: number): string => `Thanks — ticket #${ticketNumber}`,
  sentBody: 'We have your report and will follow up. Mention this number if you contact us about it.',
  statusLabel: 'Status',
  statuses: {
    new: 'New',
    open: 'Open',
    in_progress: 'In progress',
    waiting_on_reporter: 'Waiting for your answer',
    resolved: 'Resolved',
    closed: 'Closed',
  },
  queuedTitle: 'Saved on this device',
  queuedOffline: 'You are offline. Your report is saved and will be sent when you are back online.',
  queuedRetrying: 'The support server did not answer. Your report is saved and will be sent automatically.',
  filesNotSent: 'The screenshot and attached files could not be sent with it.',

  previewTitle: 'What will be sent',
  previewIntro: 'This is exactly what leaves your browser. Untick what you do not want to share.',
  previewKind: 'Kind',
  previewMessage: 'Message',
  previewContact: 'Contact',
  previewPage: 'Page',
  previewScreenshot: 'Screenshot',
  previewAttachments: 'Files',
  previewNone: 'None',
  previewDiagnostics: 'Technical details',
  previewRaw: 'The exact data (JSON)',
  sections: {
    environment: 'Browser and device',
    console: 'Console messages',
    errors: 'Errors on the page',
    network: 'Network requests',
    breadcrumbs: 'Recent clicks and pages',
    context: 'App context',
    app: 'App version',
  },
  sectionOther: (name: string): string => `Other: ${name}`,
  entries: (count: number): string => (count === 1 ? '1 entry' : `${count} entries`),

  editorTitle: 'Highlight or hide parts',
  toolLegend: 'Tool',
  tools: { highlight: 'Highlight', redact: 'Hide (black box)' },
  editorCanvas:
    'Screenshot. Drag to draw a box. With the keyboard: arrow keys move the box, Shift and arrow keys resize it, Enter places it, Delete removes the last one.',
  editorPlaced: (tool: string, count: number): string => `${tool} placed. ${count} in total.`,
  editorRemoved: (count: number): string => `Removed. ${count} left.`,
  editorList: 'Marks',
  editorEmpty: 'Nothing marked yet.',
  editorItem: (tool: string, index: number): string => `${tool} ${index}`,
  remove: 'Remove',
  undo: 'Undo',
  done: 'Done',

  suggestionsTitle: 'These articles might help',
  suggestionsFound: (count: number): string =>
    count === 1 ? '1 help article might answer this.' : `${count} help articles might answer this.`,
  articleSolved: 'This solved it',
  articleBack: 'Back to my report',
  articleUpdated: (date: string): string => `Updated ${date}`,

  reportsTitle: 'My reports',
  reportsIntro: 'Reports sent from this browser.',
  reportsEmpty: 'No reports from this browser yet.',
  ticketTitle: (ticketNumber: number): string => `Ticket #${ticketNumber}`,
  timelineTitle: 'History',
  events: {
    created: 'You sent the report',
    status_changed: 'Status changed',
    reply_team: 'Support answered',
    reply_reporter: 'You answered',
    confirmed: 'You confirmed the fix',
    reopened: 'You said it is still broken',
    rated: 'You rated the help',
  },
  replyLabel: 'Your answer',
  sendReply: 'Send answer',
  resolvedPrompt: 'The team marked this as resolved. Does it work for you now?',
  confirmFixed: 'Yes, it is fixed',
  stillBroken: 'No, still broken',
  reopenLabel: 'What is still wrong? (optional)',
  ratingLegend: 'How happy are you with the help?',
  ratingValue: (score: number): string => `${score} of 5`,
  ratingComment: 'Comment (optional)',
  sendRating: 'Send rating',
  rated: (score: number): string => `You rated the help ${score} of 5. Thank you!`,
  ticketGone: 'This report is no longer available.',
  actionDone: 'Done. Thank you!',

  /** Messages for error codes; `unknown` is the fallback for codes not listed. */
  errors: {
    validation_failed: 'The report was not accepted. Please check your message and try again.',
    invalid_input: 'The message is too long or not valid. Please edit it and try again.',
    payload_too_large: 'The report is too large to send. Please shorten it or remove files.',
    missing_project_key: 'This feedback form is not set up correctly. Please tell the site owner.',
    unknown_project_key: 'This feedback form is not set up correctly. Please tell the site owner.',
    not_configured: 'This feedback form is missing its project key or server address.',
    project_disabled: 'Feedback for this site is turned off at the moment.',
    origin_not_allowed: 'This site is not allowed to send feedback to this support desk.',
    network_error: 'We could not reach the support server. Check your connection and try again.',
    invalid_response: 'The support server sent an unexpected answer. Please try again in a moment.',
    internal_error: 'The support server had a problem. Please try again in a moment.',
    ticket_not_found: 'This report is no longer available.',
    not_resolved: 'This can only be done once the team has marked the report as resolved.',
    already_rated: 'You have already rated this.',
    not_saved: 'Your report could not be saved on this device. Please try again.',
    unknown: 'Something went wrong. Please try again.',
  },
};

/** The shape of a message catalogue: the keys and signatures `en` defines. */
export type Messages = typeof en;
