/**
 * Administration through the agent API: agents, API tokens, project
 * memberships, project settings and the audit log.
 */
import { z } from './zod.js';
import { roleSchema } from './agent.js';
import { timestampSchema } from './common.js';

/** A browser origin such as `https://app.example.com` (scheme, host, optional port; no path). */
export const originSchema = z
  .string()
  .max(300)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'an origin like https://app.example.com, without a path or trailing slash');

/** An agent as admins see it. */
export const agentRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: roleSchema,
  tier: z.number().int().min(1).max(2),
  capacity: z.number().int(),
  disabled: z.boolean(),
  createdAt: timestampSchema,
});
/** An agent as admins see it. */
export type AgentRecord = z.infer<typeof agentRecordSchema>;

/** `POST /v1/agent/agents`. */
export const agentInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  email: z.email().max(320).optional(),
  role: roleSchema.default('agent'),
  tier: z.union([z.literal(1), z.literal(2)]).default(1),
  capacity: z.number().int().min(0).max(10_000).default(25),
});

/** `PATCH /v1/agent/agents/:id`. */
export const agentPatchSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).optional(),
    email: z.email().max(320).nullable().optional(),
    role: roleSchema.optional(),
    tier: z.union([z.literal(1), z.literal(2)]).optional(),
    capacity: z.number().int().min(0).max(10_000).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'nothing to change' });

/** A new agent as a client sends it (role, tier and capacity have defaults). */
export type AgentInputDraft = z.input<typeof agentInputSchema>;
/** A change to an agent as a client sends it. */
export type AgentPatch = z.input<typeof agentPatchSchema>;

/** `POST /v1/agent/agents/:id/tokens`. */
export const tokenInputSchema = z.strictObject({ name: z.string().trim().min(1).max(100) });

/** A token as listed: never its secret. */
export const tokenRecordSchema = z.object({
  id: z.string(),
  agentId: z.string(),
  name: z.string(),
  createdAt: timestampSchema,
  revokedAt: timestampSchema.nullable(),
});

/** A token as listed: never its secret. */
export type TokenRecord = z.infer<typeof tokenRecordSchema>;

/** `GET /v1/agent/agents/:id/tokens`: an agent's tokens, newest first. */
export const tokenListSchema = z.object({ items: z.array(tokenRecordSchema) });
/** An agent's tokens. */
export type TokenList = z.infer<typeof tokenListSchema>;

/** A token just created: `token` is shown this once and stored only as a hash. */
export const tokenCreatedSchema = tokenRecordSchema.extend({ token: z.string() });
/** A token just created. */
export type TokenCreated = z.infer<typeof tokenCreatedSchema>;

/** `PUT /v1/agent/projects/:projectId/members/:agentId`. */
export const memberInputSchema = z.strictObject({ role: roleSchema });

/** A member of a project, with its role there. */
export const memberSchema = z.object({
  agentId: z.string(),
  name: z.string(),
  role: roleSchema,
});
/** A member of a project. */
export type Member = z.infer<typeof memberSchema>;

/**
 * `GET /v1/agent/projects/:projectId/members`, and the answer of setting or
 * removing a member: every member, by name.
 */
export const memberListSchema = z.object({ items: z.array(memberSchema) });
/** The members of a project. */
export type MemberList = z.infer<typeof memberListSchema>;

/** One entry of a project's audit log: who did what to which target, with the values before and after. */
export const auditEntrySchema = z.object({
  id: z.string(),
  agentId: z.string(),
  projectId: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  createdAt: timestampSchema,
});
/** One entry of the audit log. */
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** `GET /v1/agent/projects/:projectId/audit?limit=`: the latest entries, newest first. */
export const auditLogSchema = z.object({ items: z.array(auditEntrySchema) });
/** A page of the audit log. */
export type AuditLog = z.infer<typeof auditLogSchema>;

/** A project as its admins see it. */
export const projectRecordSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  publicKey: z.string(),
  allowedOrigins: z.array(z.string()),
  disabled: z.boolean(),
  timeZone: z.string(),
  /** Days after which a resolved ticket without a reply closes itself. */
  autoCloseDays: z.number().int(),
  createdAt: timestampSchema,
});
/** A project as its admins see it. */
export type ProjectRecord = z.infer<typeof projectRecordSchema>;

const timeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone such as Europe/Berlin');

/** `POST /v1/agent/projects` (instance admins). */
export const projectInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lowercase letters, digits and dashes, at most 40'),
  allowedOrigins: z.array(originSchema).max(50).default([]),
  timeZone: timeZoneSchema.default('UTC'),
});

/** `PATCH /v1/agent/projects/:projectId` (project admins). */
export const projectPatchSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).optional(),
    allowedOrigins: z.array(originSchema).max(50).optional(),
    disabled: z.boolean().optional(),
    timeZone: timeZoneSchema.optional(),
    autoCloseDays: z.number().int().min(1).max(365).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'nothing to change' });
/** A change to a project's settings as a client sends it. */
export type ProjectPatch = z.input<typeof projectPatchSchema>;
