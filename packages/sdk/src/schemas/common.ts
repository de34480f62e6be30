/**
 * Building blocks shared by every resource of the wire contract: error bodies,
 * identifiers and the enumerations a report and a ticket are described with.
 */
import { z } from './zod.js';

/** The body of every error response: `{ error: { code, message, details? } }`. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
/** An error response body. */
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** What the reporter is sending. */
export const reportKindSchema = z.enum(['bug', 'question', 'idea', 'other']);
/** What the reporter is sending. */
export type ReportKind = z.infer<typeof reportKindSchema>;

/** How badly the problem affects the reporter, in their own words. */
export const impactSchema = z.enum(['blocks_me', 'hinders', 'minor', 'unknown']);
/** How badly the problem affects the reporter. */
export type Impact = z.infer<typeof impactSchema>;

/** Ticket severity, from most to least pressing. */
export const severitySchema = z.enum(['urgent', 'high', 'normal', 'low']);
/** Ticket severity. */
export type Severity = z.infer<typeof severitySchema>;

/** Ticket category. */
export const categorySchema = z.enum(['defect', 'usability', 'setup', 'inquiry', 'idea']);
/** Ticket category. */
export type Category = z.infer<typeof categorySchema>;

/** Where a ticket is in its life. */
export const ticketStatusSchema = z.enum([
  'new',
  'open',
  'in_progress',
  'waiting_on_reporter',
  'resolved',
  'closed',
]);
/** Where a ticket is in its life. */
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

/** An ISO 8601 timestamp with a time zone offset, as sent on the wire. */
export const timestampSchema = z.iso.datetime({ offset: true });
