/**
 * The reporter's view of a ticket (`GET /v1/tickets/:id` with a tracking
 * token): its number, status and public timeline, never internal notes.
 */
import { z } from './zod.js';
import { ticketStatusSchema, timestampSchema } from './common.js';

/** Kinds of public timeline entries a reporter can see. */
export const publicEventTypeSchema = z.enum(['created', 'status_changed', 'reply', 'confirmed', 'reopened', 'rated']);
/** Kind of a public timeline entry. */
export type PublicEventType = z.infer<typeof publicEventTypeSchema>;

/** One entry of a ticket's public timeline. */
export const publicEventSchema = z.object({
  id: z.string(),
  type: publicEventTypeSchema,
  at: timestampSchema,
  /** Who acted: the reporter, the support team or the system. Never an agent's identity. */
  actor: z.enum(['reporter', 'team', 'system']),
  /** Text of a reply; absent for other entries. */
  body: z.string().optional(),
  /** New status, for `status_changed`. */
  status: ticketStatusSchema.optional(),
});
/** One entry of a ticket's public timeline. */
export type PublicEvent = z.infer<typeof publicEventSchema>;

/** What the reporter sees of their ticket. */
export const reporterTicketSchema = z.object({
  id: z.string(),
  number: z.number().int().positive(),
  status: ticketStatusSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  timeline: z.array(publicEventSchema),
  /** The reporter's rating of the current resolution, once given. */
  rating: z.object({ score: z.number().int().min(1).max(5), comment: z.string().optional() }).nullable(),
  /** True while the ticket is resolved or closed and this resolution is not rated yet. */
  canRate: z.boolean(),
});
/** What the reporter sees of their ticket. */
export type ReporterTicket = z.infer<typeof reporterTicketSchema>;
