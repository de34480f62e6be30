/**
 * Answers of the knowledge-base and webhook endpoints of the agent API,
 * written from docs/knowledge-base.md and docs/webhooks.md (the agent-side
 * knowledge-base schemas live in the server's `kb-schemas.ts`, meant to move
 * to the SDK; until then the console types them here).
 */

/** Whether an article is visible to reporters. */
export type KbStatus = 'draft' | 'published';

/** An article in a list: everything but the body, with a plain-text snippet. */
export interface KbArticleSummary {
  id: string;
  projectId: string;
  slug: string;
  locale: string;
  title: string;
  status: KbStatus;
  category: string | null;
  tags: string[];
  /** The ticket the article was drafted from. */
  sourceTicketId: string | null;
  views: number;
  /** "This solved it" clicks in the widget. */
  deflections: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  snippet: string;
}

/** One article for agents: its Markdown and the server's rendered, sanitised HTML. */
export interface KbArticle extends Omit<KbArticleSummary, 'snippet'> {
  bodyMarkdown: string;
  html: string;
}

/** A page of articles; `nextOffset` is null on the last page. */
export interface KbArticlePage {
  items: KbArticleSummary[];
  nextOffset: number | null;
}

/** A new article (a draft unless `status` says otherwise). */
export interface KbArticleInput {
  title: string;
  bodyMarkdown?: string;
  slug?: string;
  locale?: string;
  category?: string | null;
  tags?: string[];
}

/** A change to an article; status changes through publish and unpublish. */
export type KbArticlePatch = Partial<{ title: string; bodyMarkdown: string; slug: string; locale: string; category: string | null; tags: string[] }>;

/** The events a webhook can subscribe to. */
export const WEBHOOK_EVENTS = ['ticket.created', 'ticket.updated', 'ticket.merged', 'sla.warning', 'sla.breached', 'csat.received'] as const;
/** A webhook event type. */
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** A webhook; never carries its secret. */
export interface Webhook {
  id: string;
  projectId: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A webhook with its signing secret: only in the answer that issues it. */
export interface WebhookWithSecret extends Webhook {
  secret: string;
}

/** A new webhook. */
export interface WebhookInput {
  url: string;
  events?: WebhookEvent[];
  active?: boolean;
  description?: string | null;
}

/** A change to a webhook; `rotateSecret` issues a new secret. */
export type WebhookPatch = Partial<{ url: string; events: WebhookEvent[]; active: boolean; description: string | null; rotateSecret: true }>;

/** Where a delivery stands. */
export const DELIVERY_STATUSES = ['pending', 'failed', 'succeeded', 'dead'] as const;
/** Where a delivery stands. */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event on its way to one webhook. */
export interface WebhookDelivery {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: WebhookEvent;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  createdAt: string;
}

/** One attempt to deliver. */
export interface DeliveryAttempt {
  id: string;
  number: number;
  trigger: 'automatic' | 'manual';
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  at: string;
}

/** A delivery with the body it sends and every attempt, oldest first. */
export interface WebhookDeliveryDetail extends WebhookDelivery {
  payload: unknown;
  history: DeliveryAttempt[];
}

/** A page of the delivery log. */
export interface DeliveryPage {
  items: WebhookDelivery[];
  nextCursor: string | null;
}
