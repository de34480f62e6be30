/**
 * The delivery log of a project's webhooks: list deliveries with their
 * status and last response code (any member may read), one delivery with
 * its body and every attempt, and redelivery by hand (project admins), which
 * attempts the delivery again now.
 */
import { randomUUID } from 'node:crypto';
import type { DeliveryPage, DeliveryQuery, WebhookDelivery, WebhookDeliveryDetail, WebhookEvent } from '@aftercare/sdk/schemas';
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { insertAudit } from '../storage/repositories/audit.js';
import { listAttempts, type AttemptRecord } from '../storage/repositories/webhook-attempts.js';
import { findDelivery, listDeliveries, type DeliveryRecord } from '../storage/repositories/webhook-deliveries.js';
import { requireProject, type Agent } from './access.js';
import { attemptDelivery } from './webhook-send.js';

function deliveryView(delivery: DeliveryRecord): WebhookDelivery {
  const { projectId: _project, payload: _payload, ...view } = delivery;
  // Deliveries are made for the event types webhooks subscribe to only.
  return { ...view, eventType: view.eventType as WebhookEvent };
}

async function detail(deps: Deps, delivery: DeliveryRecord): Promise<WebhookDeliveryDetail> {
  const history = (await listAttempts(deps.db, delivery.id)).map(({ deliveryId: _d, createdAt, ...attempt }) => ({ ...attempt, at: createdAt }));
  return { ...deliveryView(delivery), payload: JSON.parse(delivery.payload) as unknown, history };
}

async function deliveryOf(deps: Deps, projectId: string, id: string): Promise<DeliveryRecord> {
  const delivery = await findDelivery(deps.db, projectId, id);
  if (!delivery) throw new AppError('delivery_not_found', 404, 'No such webhook delivery in this project');
  return delivery;
}

/** One page of a project's deliveries, newest first. */
export async function listWebhookDeliveries(
  deps: Deps,
  agent: Agent,
  projectId: string,
  query: DeliveryQuery,
): Promise<DeliveryPage> {
  await requireProject(deps, agent, projectId, 'read');
  if (query.cursor !== undefined && !/^[0-9a-f]{32}$/.test(query.cursor)) {
    throw new AppError('invalid_cursor', 400, 'This cursor was not issued by this endpoint');
  }
  const rows = await listDeliveries(deps.db, {
    projectId,
    limit: query.limit + 1,
    ...(query.webhookId && { webhookId: query.webhookId }),
    ...(query.status && { statuses: query.status }),
    ...(query.eventType && { eventType: query.eventType }),
    ...(query.cursor && { before: query.cursor }),
  });
  const page = rows.slice(0, query.limit);
  return { items: page.map(deliveryView), nextCursor: rows.length > query.limit ? page[page.length - 1]!.id : null };
}

/** One delivery with its body and attempts. */
export async function webhookDeliveryDetail(deps: Deps, agent: Agent, projectId: string, id: string): Promise<WebhookDeliveryDetail> {
  await requireProject(deps, agent, projectId, 'read');
  return detail(deps, await deliveryOf(deps, projectId, id));
}

/**
 * Sends a delivery again now, whatever its status, as a new attempt. `sent`
 * is false when an attempt was already in flight (that one counts).
 *
 * @example
 * const { sent, delivery } = await redeliverWebhook(deps, agent, projectId, deliveryId);
 */
export async function redeliverWebhook(
  deps: Deps,
  agent: Agent,
  projectId: string,
  id: string,
  options: { timeoutMs?: number } = {},
): Promise<{ sent: boolean; delivery: WebhookDeliveryDetail }> {
  await requireProject(deps, agent, projectId, 'admin');
  const before = await deliveryOf(deps, projectId, id);
  const outcome = await attemptDelivery(deps, id, { trigger: 'manual', dueOnly: false, ...options });
  await insertAudit(deps.db, {
    id: randomUUID(),
    agentId: agent.id,
    projectId,
    action: 'webhook.redeliver',
    targetType: 'webhook_delivery',
    targetId: id,
    before: { status: before.status, attempts: before.attempts },
    after: outcome && { status: outcome.status, attempts: outcome.number, statusCode: outcome.statusCode },
    createdAt: deps.clock.now().toISOString(),
  });
  return { sent: outcome !== null, delivery: await detail(deps, await deliveryOf(deps, projectId, id)) };
}
