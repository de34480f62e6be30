/**
 * The named schemas of the document (`#/components/schemas/<Name>`), taken
 * from the wire contract. Request bodies are described by their input side
 * (defaults optional), answers by their output side, so the two live in
 * separate tables with distinct names.
 */
import * as wire from '@aftercare/sdk/schemas';
import { z } from 'zod';
import { kbArticleInputSchema, kbArticleListSchema, kbArticlePatchSchema, kbArticleSchema, kbArticleSummarySchema, kbDraftInputSchema } from '@aftercare/sdk/schemas';
import { conditionSchema, ruleSchema, slaPolicySchema } from '../../triage/index.js';
import type { JsonSchema } from './spec.js';

/** Schemas of request bodies, by component name. */
export const INPUT_SCHEMAS: Record<string, z.ZodType> = {
  ReportInput: wire.reportInputSchema,
  ReporterReply: wire.reporterReplySchema,
  Reopen: wire.reopenSchema,
  Rating: wire.ratingSchema,
  TicketPatch: wire.ticketPatchSchema,
  AgentReply: wire.agentReplySchema,
  Note: wire.messageInputSchema,
  KbDeflection: wire.kbDeflectionSchema,
  RuleInput: ruleSchema,
  // The server numbers policy versions itself.
  SlaPolicyInput: slaPolicySchema.omit({ version: true }),
  // Recursive, so it must be named to be referred to (in both tables: it has no defaults, so both sides agree).
  Condition: conditionSchema,
  AgentInput: wire.agentInputSchema,
  AgentPatch: wire.agentPatchSchema,
  TokenInput: wire.tokenInputSchema,
  MemberInput: wire.memberInputSchema,
  ProjectInput: wire.projectInputSchema,
  ProjectPatch: wire.projectPatchSchema,
  KbArticleInput: kbArticleInputSchema,
  KbArticlePatch: kbArticlePatchSchema,
  KbDraftInput: kbDraftInputSchema,
  WebhookCreate: wire.webhookCreateSchema,
  WebhookPatch: wire.webhookPatchSchema,
};

/** Schemas of answers, by component name. */
export const OUTPUT_SCHEMAS: Record<string, z.ZodType> = {
  ErrorBody: wire.errorBodySchema,
  TicketSummary: wire.ticketSummarySchema,
  ReportReceipt: wire.reportReceiptSchema,
  PublicEvent: wire.publicEventSchema,
  ReporterTicket: wire.reporterTicketSchema,
  AgentMe: wire.agentMeSchema,
  AgentTicket: wire.agentTicketSchema,
  TicketPage: wire.ticketPageSchema,
  AgentReport: wire.agentReportSchema,
  AgentEvent: wire.agentEventSchema,
  TicketDetail: wire.ticketDetailSchema,
  KbSearchHit: wire.kbSearchHitSchema,
  KbSearchResult: wire.kbSearchResultSchema,
  KbPublicArticle: wire.kbPublicArticleSchema,
  Rule: ruleSchema,
  SlaPolicy: slaPolicySchema,
  Condition: conditionSchema,
  AgentAttachment: wire.agentAttachmentSchema,
  AgentRecord: wire.agentRecordSchema,
  TokenRecord: wire.tokenRecordSchema,
  TokenCreated: wire.tokenCreatedSchema,
  ProjectRecord: wire.projectRecordSchema,
  KbArticleSummary: kbArticleSummarySchema,
  KbArticle: kbArticleSchema,
  KbArticleList: kbArticleListSchema,
  Member: wire.memberSchema,
  Webhook: wire.webhookSchema,
};

/** Options shared by every conversion: unrepresentable parts (refinements' logic) become `{}`. */
const CONVERT = { unrepresentable: 'any', uri: (id: string) => `#/components/schemas/${id}` } as const;

/**
 * Makes generated JSON Schema fit for the document: no `$schema`/`$id` in
 * components, and no regular expression where a `format` already says it
 * (zod writes both for UUIDs, e-mails and times; the format reads better).
 */
export function tidy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidy);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as JsonSchema).filter(([key]) => key !== '$schema' && key !== '$id');
  const object = Object.fromEntries(entries.map(([key, inner]) => [key, tidy(inner)]));
  if (typeof object.format === 'string' && typeof object.pattern === 'string') delete object.pattern;
  return object;
}

function convertRegistry(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const converted = z.toJSONSchema(registry, { ...CONVERT, io });
  return tidy(converted.schemas) as Record<string, JsonSchema>;
}

/** Every named schema as JSON Schema 2020-12 (what OpenAPI 3.1 uses), referring to each other by `$ref`. */
export function componentSchemas(): Record<string, JsonSchema> {
  return { ...convertRegistry(INPUT_SCHEMAS, 'input'), ...convertRegistry(OUTPUT_SCHEMAS, 'output') };
}

/** One schema converted in place (not named), from its input or output side. */
export function inlineSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return tidy(z.toJSONSchema(schema, { unrepresentable: 'any', io })) as JsonSchema;
}
