/**
 * What a reporter can do on their ticket with the tracking token: reply,
 * confirm the fix, say it is still broken, and rate the help once.
 */
import { z } from './zod.js';

/** `POST /v1/tickets/:id/replies`. */
export const reporterReplySchema = z.strictObject({
  body: z.string().trim().min(1).max(10_000),
});
/** A reporter's reply. */
export type ReporterReplyInput = z.infer<typeof reporterReplySchema>;

/** `POST /v1/tickets/:id/reopen`: the fix did not work. */
export const reopenSchema = z.strictObject({
  body: z.string().trim().min(1).max(10_000).optional(),
});
/** Why the reporter reopens. */
export type ReopenInput = z.infer<typeof reopenSchema>;

/** `POST /v1/tickets/:id/rating`: once per resolution. */
export const ratingSchema = z.strictObject({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2_000).optional(),
});
/** A satisfaction rating. */
export type RatingInput = z.infer<typeof ratingSchema>;
