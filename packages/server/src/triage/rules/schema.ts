/**
 * Zod schemas for rules and rule sets, so projects can store their rules and
 * the API can validate them. Parsed values are exactly the `Rule` type the
 * engine runs; `onMatch` defaults to `continue`.
 */
import { categorySchema, impactSchema, reportKindSchema, severitySchema } from '@aftercare/sdk/schemas';
import { z } from 'zod';
import { MAX_CONDITION_DEPTH } from './conditions.js';
import type { Action, Condition, Rule } from './types.js';

const metadataValueSchema = z.union([z.string().max(1_000), z.number(), z.boolean()]);
const reporterAttributeSchema = z.enum(['id', 'name', 'email', 'email_domain']);
const statusSchema = z.int().min(0).max(999);
const wordSchema = z.string().trim().min(1).max(100);

/** A condition on a report (recursive through `all`, `any` and `not`). */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('all'), conditions: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ type: z.literal('any'), conditions: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ type: z.literal('not'), condition: conditionSchema }),
    z.strictObject({ type: z.literal('always') }),
    z.strictObject({ type: z.literal('kind_in'), kinds: z.array(reportKindSchema).min(1) }),
    z.strictObject({ type: z.literal('impact_in'), impacts: z.array(impactSchema).min(1) }),
    z.strictObject({ type: z.literal('message_contains_any'), words: z.array(wordSchema).min(1).max(200) }),
    z.strictObject({ type: z.literal('has_uncaught_error') }),
    z
      .strictObject({
        type: z.literal('has_failed_request'),
        minStatus: statusSchema.optional(),
        maxStatus: statusSchema.optional(),
      })
      .refine((c) => (c.minStatus ?? 500) <= (c.maxStatus ?? 599), { message: 'minStatus above maxStatus' }),
    z.strictObject({
      type: z.literal('url_matches'),
      pattern: z.string().min(1).max(1_000),
      mode: z.enum(['glob', 'prefix']).optional(),
    }),
    z.strictObject({ type: z.literal('metadata_equals'), key: z.string().min(1).max(64), value: metadataValueSchema }),
    z.strictObject({
      type: z.literal('metadata_in'),
      key: z.string().min(1).max(64),
      values: z.array(metadataValueSchema).min(1).max(200),
    }),
    z.strictObject({ type: z.literal('reporter_equals'), attribute: reporterAttributeSchema, value: z.string().max(320) }),
    z.strictObject({ type: z.literal('reporter_exists'), attribute: reporterAttributeSchema }),
  ]),
);

const tagSchema = z.string().trim().min(1).max(50);

/** An action on the triage outcome. */
export const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('set_severity'), severity: severitySchema }),
  z.strictObject({ type: z.literal('raise_severity'), severity: severitySchema }),
  z.strictObject({ type: z.literal('set_category'), category: categorySchema }),
  z.strictObject({ type: z.literal('add_tags'), tags: z.array(tagSchema).min(1).max(20) }),
  z.strictObject({ type: z.literal('set_tier'), tier: z.union([z.literal(1), z.literal(2)]) }),
  z.strictObject({ type: z.literal('set_assignee_group'), group: z.string().min(1).max(100).nullable() }),
]) satisfies z.ZodType<Action>;

/** How deeply a condition nests. */
export function conditionDepth(condition: Condition): number {
  switch (condition.type) {
    case 'all':
    case 'any':
      return 1 + Math.max(0, ...condition.conditions.map(conditionDepth));
    case 'not':
      return 1 + conditionDepth(condition.condition);
    default:
      return 0;
  }
}

/** A rule. Ids are short slugs; `version` goes up whenever the rule is edited. */
export const ruleSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, 'letters, digits, ".", "_" or "-", at most 64'),
    version: z.int().positive(),
    description: z.string().max(500).optional(),
    enabled: z.boolean().optional(),
    when: conditionSchema,
    actions: z.array(actionSchema).max(20),
    onMatch: z.enum(['stop', 'continue']).default('continue'),
  })
  .refine((rule) => conditionDepth(rule.when) <= MAX_CONDITION_DEPTH, {
    message: `conditions nest at most ${MAX_CONDITION_DEPTH} levels deep`,
    path: ['when'],
  }) satisfies z.ZodType<Rule, unknown>;

/** A project's ordered rules; ids are unique. */
export const ruleSetSchema = z
  .strictObject({ rules: z.array(ruleSchema).max(200) })
  .refine((set) => new Set(set.rules.map((rule) => rule.id)).size === set.rules.length, {
    message: 'rule ids must be unique',
    path: ['rules'],
  });
