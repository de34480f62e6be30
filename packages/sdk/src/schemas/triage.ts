/**
 * Triage through the agent API: a project's settings (rules, routing, SLA
 * policy), the dry-run of its rules on a report, and the tickets similar to
 * one. These describe the server's answers; the server checks rules and
 * policies it is sent with its own, stricter schemas (see docs/triage.md).
 */
import { z } from './zod.js';
import { categorySchema, severitySchema, timestampSchema } from './common.js';
import { agentTicketSchema } from './agent.js';
import { reportInputSchema } from './report.js';

/** A ticket whose title reads like another's; `score` is 0–1, higher is closer. */
export const similarTicketSchema = z.object({
  id: z.string(),
  title: z.string(),
  score: z.number(),
});
/** A similar ticket. */
export type SimilarItem = z.infer<typeof similarTicketSchema>;

/** `GET /v1/agent/tickets/:id/similar`: open tickets of the same project, closest first. */
export const similarTicketsSchema = z.object({ items: z.array(similarTicketSchema) });
/** Tickets similar to one. */
export type SimilarTickets = z.infer<typeof similarTicketsSchema>;

/** How new tickets are given to agents. */
export const routingStrategySchema = z.enum(['round_robin', 'least_loaded']);
/** How new tickets are given to agents. */
export type RoutingStrategy = z.infer<typeof routingStrategySchema>;

const interval = z.object({ start: z.string(), end: z.string() });
const intervals = z.array(interval).readonly();
const slaTarget = z.object({
  amount: z.number(),
  unit: z.enum(['minutes', 'hours', 'business_days']),
  clock: z.enum(['24x7', 'calendar']),
});
const severityTargets = z.object({ firstResponse: slaTarget, nextResponse: slaTarget, resolution: slaTarget });

/** A project's SLA policy as the server answers it: a business calendar, targets per severity, the warning lead. */
export const slaPolicySchema = z.object({
  version: z.number().int(),
  calendar: z.object({
    timeZone: z.string(),
    /** Working intervals `HH:MM`–`HH:MM` per weekday; a missing day is off. */
    week: z.partialRecord(z.enum(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']), intervals),
    holidays: z.array(z.iso.date()).readonly().optional(),
    overrides: z.array(z.object({ date: z.iso.date(), intervals })).readonly().optional(),
  }),
  targets: z.record(severitySchema, severityTargets),
  /** How long before a deadline the warning fires. */
  warning: z.union([z.object({ percent: z.number() }), z.object({ minutes: z.number() })]),
});
/** A project's SLA policy. */
export type SlaPolicy = z.infer<typeof slaPolicySchema>;

/** `GET /v1/agent/projects/:projectId/triage`, and the answer of changing rules, routing or the SLA policy. */
export const triageSettingsSchema = z.object({
  /** The rules triage applies, in order (the defaults while `rulesAreDefault`); see docs/triage.md. */
  rules: z.array(z.unknown()).readonly(),
  rulesAreDefault: z.boolean(),
  routingStrategy: routingStrategySchema,
  /** The current policy. */
  slaPolicy: slaPolicySchema,
  /** Every version of the policy; 0 is the default policy. */
  slaPolicyVersions: z.array(z.number().int()),
});
/** A project's triage settings. */
export type TriageSettings = z.infer<typeof triageSettingsSchema>;

const tierSchema = z.union([z.literal(1), z.literal(2)]);

/** One change a rule made to the triage outcome. */
export const ruleChangeSchema = z.discriminatedUnion('field', [
  z.object({ field: z.literal('severity'), from: severitySchema, to: severitySchema }),
  z.object({ field: z.literal('category'), from: categorySchema, to: categorySchema }),
  z.object({ field: z.literal('tags'), added: z.array(z.string()) }),
  z.object({ field: z.literal('tier'), from: tierSchema, to: tierSchema }),
  z.object({ field: z.literal('assigneeGroup'), from: z.string().nullable(), to: z.string().nullable() }),
]);
/** One change a rule made. */
export type RuleChange = z.infer<typeof ruleChangeSchema>;

const deadline = z.object({
  dueAt: timestampSchema,
  warnAt: timestampSchema,
  targetMinutes: z.number(),
  clock: z.enum(['24x7', 'calendar']),
});

/** What triage decided for a report. */
export const triageDecisionSchema = z.object({
  severity: severitySchema,
  category: categorySchema,
  tags: z.array(z.string()),
  tier: tierSchema,
  assigneeGroup: z.string().nullable(),
  fingerprint: z.object({ value: z.string(), version: z.number().int(), basis: z.enum(['error', 'text', 'client']) }),
  policyVersion: z.number().int(),
  deadlines: z.object({ firstResponse: deadline, resolution: deadline }),
  escalation: z.object({
    escalate: z.boolean(),
    tier: tierSchema,
    code: z.enum(['urgent', 'breached', 'already_tier_2', 'none']),
    reason: z.string(),
  }),
  /** Who routing would pick. */
  assignee: z.object({ agentId: z.string().nullable(), code: z.enum(['assigned', 'no_agents', 'all_at_capacity']), reason: z.string() }).optional(),
  appliedRules: z.array(
    z.object({
      ruleId: z.string(),
      version: z.number().int(),
      description: z.string().optional(),
      changes: z.array(ruleChangeSchema),
      /** Whether this rule ended the evaluation. */
      stopped: z.boolean(),
    }),
  ),
  /** One entry per step, as the ticket's timeline shows it. */
  explanation: z.array(
    z.object({
      source: z.enum(['fingerprint', 'rule', 'escalation', 'sla', 'routing']),
      message: z.string(),
      ruleId: z.string().optional(),
      ruleVersion: z.number().int().optional(),
      changes: z.array(ruleChangeSchema).optional(),
    }),
  ),
});
/** What triage decided for a report. */
export type TriageDecision = z.infer<typeof triageDecisionSchema>;

/**
 * `POST /v1/agent/projects/:projectId/triage/dry-run`: a report whose `id`,
 * `createdAt` and `page` may be left out (the server fills them in).
 */
export const dryRunInputSchema = reportInputSchema.partial({ id: true, createdAt: true, page: true });
/** A report to dry-run, as a client may write it. */
export type DryRunInput = z.input<typeof dryRunInputSchema>;

/** The answer of a dry-run: the decision, and the ticket the report would join or reopen. Nothing is stored. */
export const dryRunResultSchema = z.object({
  decision: triageDecisionSchema,
  /** The open ticket the report would be grouped into. */
  wouldJoin: agentTicketSchema.nullable(),
  /** The closed ticket the report would reopen as a regression. */
  wouldRegress: agentTicketSchema.nullable(),
});
/** The answer of a dry-run. */
export type DryRunResult = z.infer<typeof dryRunResultSchema>;
