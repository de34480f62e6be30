/**
 * The knowledge-base and webhook requests: articles (list, read, create,
 * change, publish, unpublish, delete, draft from a ticket) and webhooks
 * (manage, delivery log, redeliver).
 */
import { cancellable, seg, withBody, type Http } from './http.js';
import type {
  DeliveryPage,
  KbArticle,
  KbArticleInputDraft,
  KbArticleList,
  KbArticlePatch,
  Webhook,
  WebhookDeliveryDetail,
  WebhookInput,
  WebhookPatch,
  WebhookWithSecret,
} from '@aftercare/sdk/schemas';

/** Knowledge-base and webhook requests. */
export interface ContentRequests {
  /** A page of a project's articles, drafts included (`q`, `status`, `locale`, `category`, `limit`, `offset`). */
  articles(projectId: string, query: Record<string, string>, signal?: AbortSignal): Promise<KbArticleList>;
  /** One article with its Markdown, HTML, views and deflections. */
  article(articleId: string, signal?: AbortSignal): Promise<KbArticle>;
  /** Creates a draft. */
  createArticle(projectId: string, input: KbArticleInputDraft): Promise<KbArticle>;
  /** Changes an article. */
  updateArticle(articleId: string, patch: KbArticlePatch): Promise<KbArticle>;
  /** Publishes (`true`) or unpublishes an article. */
  setPublished(articleId: string, published: boolean): Promise<KbArticle>;
  /** Deletes an article and its deflections. */
  deleteArticle(articleId: string): Promise<void>;
  /** A draft article from a ticket's question and public replies, redacted. */
  draftFromTicket(ticketId: string): Promise<KbArticle>;
  /** A project's webhooks. */
  webhooks(projectId: string): Promise<Webhook[]>;
  /** Creates a webhook; its secret is in the answer this once. */
  createWebhook(projectId: string, input: WebhookInput): Promise<WebhookWithSecret>;
  /** Changes a webhook; with `rotateSecret` the answer carries the new secret. */
  updateWebhook(projectId: string, webhookId: string, patch: WebhookPatch): Promise<Webhook | WebhookWithSecret>;
  /** Deletes a webhook and its delivery log. */
  deleteWebhook(projectId: string, webhookId: string): Promise<void>;
  /** A page of the delivery log, newest first (`webhookId`, `status`, `eventType`, `limit`, `cursor`). */
  deliveries(projectId: string, query: Record<string, string>, signal?: AbortSignal): Promise<DeliveryPage>;
  /** One delivery with its body and attempts. */
  delivery(projectId: string, deliveryId: string): Promise<WebhookDeliveryDetail>;
  /** Sends a delivery again now; `sent` is false when an attempt was already in flight (202). */
  redeliver(projectId: string, deliveryId: string): Promise<{ sent: boolean; delivery: WebhookDeliveryDetail }>;
}

/**
 * The knowledge-base and webhook requests over an HTTP core.
 *
 * @example
 * const content = contentRequests(createHttp({ token }));
 * const draft = await content.draftFromTicket('tkt_1');
 */
export function contentRequests(http: Http): ContentRequests {
  const project = (id: string) => `/v1/agent/projects/${seg(id)}`;
  const article = (id: string) => `/v1/agent/kb/articles/${seg(id)}`;
  const query = (q: Record<string, string>) => {
    const text = new URLSearchParams(q).toString();
    return text ? `?${text}` : '';
  };
  return {
    articles: (id, q, signal) => http.json<KbArticleList>(`${project(id)}/kb/articles${query(q)}`, cancellable(signal)),
    article: (id, signal) => http.json<KbArticle>(article(id), cancellable(signal)),
    createArticle: (id, input) => http.json<KbArticle>(`${project(id)}/kb/articles`, withBody('POST', input)),
    updateArticle: (id, patch) => http.json<KbArticle>(article(id), withBody('PATCH', patch)),
    setPublished: (id, published) => http.json<KbArticle>(`${article(id)}/${published ? 'publish' : 'unpublish'}`, { method: 'POST' }),
    deleteArticle: async (id) => void (await http.send(article(id), { method: 'DELETE' })),
    draftFromTicket: (id) => http.json<KbArticle>(`/v1/agent/tickets/${seg(id)}/kb-draft`, withBody('POST', {})),
    webhooks: async (id) => (await http.json<{ items: Webhook[] }>(`${project(id)}/webhooks`)).items,
    createWebhook: (id, input) => http.json<WebhookWithSecret>(`${project(id)}/webhooks`, withBody('POST', input)),
    updateWebhook: (id, hook, patch) => http.json<Webhook>(`${project(id)}/webhooks/${seg(hook)}`, withBody('PATCH', patch)),
    deleteWebhook: async (id, hook) => void (await http.send(`${project(id)}/webhooks/${seg(hook)}`, { method: 'DELETE' })),
    deliveries: (id, q, signal) => http.json<DeliveryPage>(`${project(id)}/webhook-deliveries${query(q)}`, cancellable(signal)),
    delivery: (id, delivery) => http.json<WebhookDeliveryDetail>(`${project(id)}/webhook-deliveries/${seg(delivery)}`),
    redeliver: async (id, delivery) => {
      const response = await http.send(`${project(id)}/webhook-deliveries/${seg(delivery)}/redeliver`, { method: 'POST' });
      return { sent: response.status !== 202, delivery: (await response.json()) as WebhookDeliveryDetail };
    },
  };
}
