/**
 * Table types for Kysely. This is the storage layout, not the wire format:
 * the two change for different reasons and are mapped in the repositories.
 * Times are ISO 8601 UTC strings (fixed width, so they sort as text) and JSON
 * is stored as text, identically on SQLite and PostgreSQL.
 */
import type { Generated, Kysely } from 'kysely';
import type { KbTables } from './schema-kb.js';
import type { WebhookTables } from './schema-webhooks.js';

/** A project: one app that embeds the widget. */
export interface ProjectTable {
  id: string;
  slug: string;
  name: string;
  /** Public key; it can only file reports, so it is not a secret. */
  public_key: string;
  /** JSON array of allowed origins; empty means any (development). */
  allowed_origins: string;
  disabled: number;
  /** Last ticket number handed out in this project. */
  ticket_seq: number;
  time_zone: string;
  /** JSON rule set; null means the default rules. */
  triage_rules: string | null;
  routing_strategy: Generated<string>;
  last_assignee_id: string | null;
  /** Current SLA policy version; 0 means the default policy. */
  sla_policy_version: Generated<number>;
  auto_close_days: Generated<number>;
  created_at: string;
}

/** A version of a project's SLA policy; versions are never changed, only added. */
export interface SlaPolicyTable {
  project_id: string;
  version: number;
  policy: string;
  created_at: string;
}

/** An SLA warning or breach already announced: the key makes each fire once. */
export interface SlaNoticeTable {
  ticket_id: string;
  metric: string;
  kind: string;
  target_started_at: string;
  created_at: string;
}

/** A named lease: one holder at a time until it expires. */
export interface LeaseTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** A member of a support team. */
export interface AgentTable {
  id: string;
  name: string;
  /** Instance role: `admin` manages agents and every project; others act through memberships. */
  role: string;
  email: string | null;
  /** 1: support engineers, 2: senior experts. */
  tier: Generated<number>;
  /** Open tickets this agent can carry before routing skips them. */
  capacity: Generated<number>;
  disabled: Generated<number>;
  created_at: string;
}

/** An agent's role in one project. */
export interface ProjectMemberTable {
  project_id: string;
  agent_id: string;
  /** `admin`, `agent` or `viewer`. */
  role: string;
  created_at: string;
}

/** Every agent action: who, what, when, before and after. */
export interface AuditLogTable {
  id: string;
  agent_id: string;
  project_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  before: string | null;
  after: string | null;
  created_at: string;
}

/** A reporter's satisfaction rating, once per resolution of a ticket. */
export interface RatingTable {
  id: string;
  ticket_id: string;
  /** The report whose tracking token rated. */
  report_id: string;
  /** Which resolution of the ticket: its reopen count when rated. */
  resolution: number;
  score: number;
  comment: string | null;
  /** Who had the ticket when it was rated, for per-agent satisfaction. */
  assignee_id: string | null;
  created_at: string;
}

/** An API token of an agent; only its SHA-256 is kept. */
export interface ApiTokenTable {
  id: string;
  agent_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** A ticket: the unit of work a support team resolves. */
export interface TicketTable {
  id: string;
  project_id: string;
  number: number;
  title: string;
  status: string;
  severity: string;
  category: string;
  assignee_id: string | null;
  /** JSON array of tags. */
  tags: Generated<string>;
  first_responded_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  reopen_count: Generated<number>;
  fingerprint: string | null;
  fingerprint_version: Generated<number>;
  fingerprint_basis: string | null;
  occurrences: Generated<number>;
  reporter_count: Generated<number>;
  last_seen_at: string | null;
  /** The closed ticket this one is a regression of. */
  regression_of: string | null;
  /** The ticket this one was merged into. */
  merged_into: string | null;
  tier: Generated<number>;
  assignee_group: string | null;
  policy_version: Generated<number>;
  first_response_due: string | null;
  next_response_due: string | null;
  resolution_due: string | null;
  /** `ok`, `warning`, `breached`, `met` or `paused`: the worst of the running targets. */
  sla_state: Generated<string>;
  /** When the SLA scheduler must look at this ticket again. */
  sla_next_check_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A report as filed by a reporter; several may belong to one ticket. */
export interface ReportTable {
  /** Client-generated UUID: the idempotency key. */
  id: string;
  project_id: string;
  ticket_id: string;
  kind: string;
  message: string;
  impact: string;
  reporter_id: string | null;
  reporter_name: string | null;
  reporter_email: string | null;
  page_url: string;
  page_title: string | null;
  page_referrer: string | null;
  origin: string | null;
  diagnostics: string;
  metadata: string;
  client_created_at: string;
  received_at: string;
  /** The key of the reporter's tracking token: the report id, `:` and the token's SHA-256 (the SHA-256 alone for tokens made before 2026-12); see security/tokens.ts. */
  tracking_hash: string;
  fingerprint: string | null;
  fingerprint_version: Generated<number>;
  original_ticket_id: string | null;
  /** The reporter's id, else e-mail, else the report id: distinct reporters are distinct keys. */
  reporter_key: string | null;
}

/** One entry on a ticket's timeline. */
export interface TicketEventTable {
  id: string;
  ticket_id: string;
  type: string;
  /** `public` entries are shown to the reporter; `internal` ones only to agents. */
  visibility: string;
  actor_type: string;
  actor_id: string | null;
  body: string | null;
  data: string;
  created_at: string;
}

/** A file sent with a report; the bytes live in the row. */
export interface AttachmentTable {
  id: string;
  project_id: string;
  report_id: string;
  /** `screenshot` or `file`. */
  kind: string;
  filename: string;
  /** Detected from the bytes, never taken from the client. */
  content_type: string;
  size: number;
  sha256: string;
  data: Uint8Array;
  created_at: string;
}

/** A domain event waiting in the outbox for integrations. */
export interface OutboxEventTable {
  /** Time-ordered id: the outbox is read in id order. */
  id: string;
  project_id: string;
  /** `ticket.created`, `ticket.updated`, `ticket.merged`, `sla.warning`, `sla.breached`, `csat.received`. */
  type: string;
  payload: string;
  created_at: string;
}

/** Every table, for `Kysely<Schema>`. */
export interface Schema extends KbTables, WebhookTables {
  outbox_events: OutboxEventTable;
  attachments: AttachmentTable;
  projects: ProjectTable;
  agents: AgentTable;
  project_members: ProjectMemberTable;
  audit_log: AuditLogTable;
  ratings: RatingTable;
  sla_policies: SlaPolicyTable;
  sla_notices: SlaNoticeTable;
  leases: LeaseTable;
  api_tokens: ApiTokenTable;
  tickets: TicketTable;
  reports: ReportTable;
  ticket_events: TicketEventTable;
}

/** The database handle every repository takes. */
export type Db = Kysely<Schema>;
