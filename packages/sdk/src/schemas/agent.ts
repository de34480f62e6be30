/**
 * The agent API (`/v1/agent/...`, bearer API token): what a support team
 * reads and sends to work tickets.
 */
import { z } from './zod.js';
import {
  categorySchema,
  impactSchema,
  reportKindSchema,
  severitySchema,
  ticketStatusSchema,
  timestampSchema,
} from './common.js';

/** Roles, per instance (`agents.role`) and per project (membership). */
export const roleSchema = z.enum(['admin', 'agent', 'viewer']);
/** A role. */
export type Role = z.infer<typeof roleSchema>;

/** The calling agent and the projects it belongs to. */
export const agentMeSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  projects: z.array(z.object({ id: z.string(), name: z.string(), slug: z.string(), role: roleSchema })),
});
/** The calling agent. */
export type AgentMe = z.infer<typeof agentMeSchema>;

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).min(1));

/** Query string of `GET /v1/agent/projects/:projectId/tickets`. Lists are comma separated. */
export const ticketListQuerySchema = z.strictObject({
  status: csv(ticketStatusSchema).optional(),
  severity: csv(severitySchema).optional(),
  category: csv(categorySchema).optional(),
  /** An agent id, or `none` for unassigned tickets. */
  assignee: z.string().min(1).max(100).optional(),
  tag: z.string().min(1).max(64).optional(),
  /** SLA states, e.g. `breached` or `warning,breached` (kept current by the SLA scheduler). */
  sla: csv(z.enum(['ok', 'warning', 'breached', 'met', 'paused'])).optional(),
  /** `1` or `2`. */
  tier: z.enum(['1', '2']).optional(),
  createdFrom: timestampSchema.optional(),
  createdTo: timestampSchema.optional(),
  /** Words that must all appear in the title or a report's message. */
  q: z.string().trim().min(1).max(200).optional(),
  sort: z.enum(['created', '-created', 'updated', '-updated']).default('-created'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
});
/** Parsed list query. */
export type TicketListQuery = z.infer<typeof ticketListQuerySchema>;

/** A ticket in a list. */
export const agentTicketSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  number: z.number().int(),
  title: z.string(),
  status: ticketStatusSchema,
  severity: severitySchema,
  category: categorySchema,
  assigneeId: z.string().nullable(),
  tags: z.array(z.string()),
  reopenCount: z.number().int(),
  /** 1: support engineers, 2: senior experts. */
  tier: z.number().int().min(1).max(2),
  assigneeGroup: z.string().nullable(),
  /** How many reports were grouped into this ticket, and from how many distinct reporters. */
  occurrences: z.number().int(),
  reporterCount: z.number().int(),
  lastSeenAt: timestampSchema.nullable(),
  fingerprint: z.string().nullable(),
  /** The closed ticket this one is a regression of. */
  regressionOf: z.string().nullable(),
  /** The ticket this one was merged into. */
  mergedInto: z.string().nullable(),
  sla: z.object({
    state: z.enum(['ok', 'warning', 'breached', 'met', 'paused']),
    policyVersion: z.number().int(),
    firstResponseDue: timestampSchema.nullable(),
    nextResponseDue: timestampSchema.nullable(),
    resolutionDue: timestampSchema.nullable(),
  }),
  firstRespondedAt: timestampSchema.nullable(),
  resolvedAt: timestampSchema.nullable(),
  closedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
/** A ticket as agents see it. */
export type AgentTicket = z.infer<typeof agentTicketSchema>;

/** One page of tickets; pass `nextCursor` as `cursor` for the next one. */
export const ticketPageSchema = z.object({
  items: z.array(agentTicketSchema),
  nextCursor: z.string().nullable(),
});
/** One page of tickets. */
export type TicketPage = z.infer<typeof ticketPageSchema>;

/** A file sent with a report; `url` serves it to agents of the project. */
export const agentAttachmentSchema = z.object({
  id: z.string(),
  kind: z.enum(['screenshot', 'file']),
  filename: z.string(),
  /** Detected from the bytes on upload. */
  contentType: z.string(),
  size: z.number().int(),
  url: z.string(),
});
/** A file sent with a report. */
export type AgentAttachment = z.infer<typeof agentAttachmentSchema>;

/** A report as agents see it: everything the reporter sent. */
export const agentReportSchema = z.object({
  id: z.string(),
  kind: reportKindSchema,
  message: z.string(),
  impact: impactSchema,
  reporter: z.object({ id: z.string().nullable(), name: z.string().nullable(), email: z.string().nullable() }),
  page: z.object({ url: z.string(), title: z.string().nullable(), referrer: z.string().nullable() }),
  diagnostics: z.record(z.string(), z.unknown()),
  metadata: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  createdAt: timestampSchema,
  receivedAt: timestampSchema,
  attachments: z.array(agentAttachmentSchema),
});
/** A report as agents see it. */
export type AgentReport = z.infer<typeof agentReportSchema>;

/** A timeline entry as agents see it, internal notes included. */
export const agentEventSchema = z.object({
  id: z.string(),
  type: z.string(),
  visibility: z.enum(['public', 'internal']),
  actorType: z.enum(['reporter', 'agent', 'system']),
  actorId: z.string().nullable(),
  body: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  at: timestampSchema,
});
/** A timeline entry as agents see it. */
export type AgentEvent = z.infer<typeof agentEventSchema>;

/** `GET /v1/agent/tickets/:id`: the ticket, its reports and its full timeline. */
export const ticketDetailSchema = z.object({
  ticket: agentTicketSchema,
  reports: z.array(agentReportSchema),
  timeline: z.array(agentEventSchema),
});
/** A ticket with its reports and timeline. */
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

/** `PATCH /v1/agent/tickets/:id`: the fields to change. */
export const ticketPatchSchema = z
  .strictObject({
    status: ticketStatusSchema.optional(),
    severity: severitySchema.optional(),
    category: categorySchema.optional(),
    assigneeId: z.string().min(1).nullable().optional(),
    tags: z.array(z.string().trim().min(1).max(64)).max(20).optional(),
    /** `2` escalates the ticket to the senior experts; `1` hands it back. */
    tier: z.union([z.literal(1), z.literal(2)]).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'nothing to change' });
/** A change to a ticket. */
export type TicketPatchInput = z.infer<typeof ticketPatchSchema>;

/** A reply to the reporter or an internal note. */
export const messageInputSchema = z.strictObject({
  body: z.string().trim().min(1).max(20_000),
});
/** A reply or a note. */
export type MessageInput = z.infer<typeof messageInputSchema>;

/** An agent reply; `waitOnReporter` sets the ticket waiting on the reporter (the SLA clock pauses). */
export const agentReplySchema = messageInputSchema.extend({
  waitOnReporter: z.boolean().default(false),
});
/** An agent reply. */
export type AgentReplyInput = z.infer<typeof agentReplySchema>;
