/**
 * The documented limits of the wire contract. The server enforces them and the
 * SDK checks them before sending, so both sides agree on one set of numbers.
 */

/** Limits on a report and on request bodies. Documented in docs/http-api.md. */
export const LIMITS = {
  /** Largest accepted JSON body for `POST /v1/reports`, in bytes. */
  reportBodyBytes: 512 * 1024,
  /** Length of a report message, in characters. */
  messageMinChars: 1,
  messageMaxChars: 10_000,
  /** Serialised size of `diagnostics`, in bytes (UTF-8 JSON). */
  diagnosticsBytes: 256 * 1024,
  /** Number of `metadata` entries, and the length of each key and string value. */
  metadataEntries: 50,
  metadataKeyChars: 64,
  metadataValueChars: 1_000,
  /** Length of a page URL or referrer. */
  urlChars: 4_096,
  /** Largest screenshot, in bytes (WebP, JPEG or PNG). */
  screenshotBytes: 2 * 1024 * 1024,
  /** Largest single file attachment, in bytes. */
  attachmentBytes: 5 * 1024 * 1024,
  /** Number of file attachments besides the screenshot. */
  attachmentCount: 5,
  /** Largest multipart body of `POST /v1/reports` (report, screenshot and attachments together). */
  multipartBodyBytes: 24 * 1024 * 1024,
} as const;
