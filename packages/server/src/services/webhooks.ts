/**
 * Managing a project's webhooks (project admins): create (the signing
 * secret is shown once), list, read, change (URL, events, active, a new
 * secret) and delete. Every change is in the audit log, never the secret.
 */
import { randomUUID } from 'node:crypto';
import type { Webhook, WebhookInput, WebhookList, WebhookPatch, WebhookWithSecret } from '@aftercare/sdk/schemas';
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { insertAudit } from '../storage/repositories/audit.js';
import { deleteAttemptsOfWebhook } from '../storage/repositories/webhook-attempts.js';
import { deleteDeliveriesOfWebhook } from '../storage/repositories/webhook-deliveries.js';
import {
  deleteWebhook,
  findWebhook,
  insertWebhook,
  listWebhooks,
  updateWebhook,
  type WebhookPatch as StoredWebhookPatch,
  type WebhookRecord,
} from '../storage/repositories/webhooks.js';
import { requireProject, type Agent } from './access.js';
import { checkWebhookUrl, WEBHOOK_EVENTS } from './webhook-input.js';
import { newWebhookSecret, sealWebhookSecret } from './webhook-secrets.js';

/** The wire view of a stored webhook. */
export function webhookView(webhook: WebhookRecord): Webhook {
  const { sealedSecret: _sealed, activeSince: _since, ...view } = webhook;
  return { ...view, events: [...view.events] };
}

async function adminWebhook(deps: Deps, agent: Agent, projectId: string, id: string): Promise<WebhookRecord> {
  await requireProject(deps, agent, projectId, 'admin');
  const webhook = await findWebhook(deps.db, projectId, id);
  if (!webhook) throw new AppError('webhook_not_found', 404, 'No such webhook in this project');
  return webhook;
}

async function audit(deps: Deps, agent: Agent, webhook: WebhookRecord, action: string, before: unknown, after: unknown): Promise<void> {
  await insertAudit(deps.db, {
    id: randomUUID(),
    agentId: agent.id,
    projectId: webhook.projectId,
    action,
    targetType: 'webhook',
    targetId: webhook.id,
    before,
    after,
    createdAt: deps.clock.now().toISOString(),
  });
}

/**
 * Creates a webhook and answers it with its signing secret, the only time
 * the secret is shown.
 *
 * @example
 * const { id, secret } = await createWebhook(deps, agent, projectId, { url: 'https://example.com/hooks' });
 */
export async function createWebhook(deps: Deps, agent: Agent, projectId: string, input: WebhookInput): Promise<WebhookWithSecret> {
  await requireProject(deps, agent, projectId, 'admin');
  const url = checkWebhookUrl(input.url);
  const id = randomUUID();
  const secret = newWebhookSecret();
  const at = deps.clock.now().toISOString();
  const webhook: WebhookRecord = {
    id,
    projectId,
    url,
    sealedSecret: sealWebhookSecret(deps.config.secret, id, secret),
    events: input.events ?? [...WEBHOOK_EVENTS],
    active: input.active ?? true,
    activeSince: at,
    description: input.description ?? null,
    createdAt: at,
    updatedAt: at,
  };
  await insertWebhook(deps.db, webhook);
  await audit(deps, agent, webhook, 'webhook.create', null, webhookView(webhook));
  return { ...webhookView(webhook), secret };
}

/** The webhooks of a project. */
export async function listProjectWebhooks(deps: Deps, agent: Agent, projectId: string): Promise<WebhookList> {
  await requireProject(deps, agent, projectId, 'admin');
  return { items: (await listWebhooks(deps.db, projectId)).map(webhookView) };
}

/** One webhook. */
export async function getWebhook(deps: Deps, agent: Agent, projectId: string, id: string): Promise<Webhook> {
  return webhookView(await adminWebhook(deps, agent, projectId, id));
}

/** Changes a webhook; with `rotateSecret` the answer carries the new secret, once. */
export async function changeWebhook(
  deps: Deps,
  agent: Agent,
  projectId: string,
  id: string,
  input: WebhookPatch,
): Promise<Webhook | WebhookWithSecret> {
  const before = await adminWebhook(deps, agent, projectId, id);
  const secret = input.rotateSecret ? newWebhookSecret() : undefined;
  const at = deps.clock.now().toISOString();
  const patch: StoredWebhookPatch = {
    updatedAt: at,
    ...(input.url !== undefined && { url: checkWebhookUrl(input.url) }),
    ...(input.events !== undefined && { events: input.events }),
    ...(input.active !== undefined && { active: input.active }),
    // Re-activated: events from the pause are not delivered.
    ...(input.active === true && !before.active && { activeSince: at }),
    ...(input.description !== undefined && { description: input.description }),
    ...(secret !== undefined && { sealedSecret: sealWebhookSecret(deps.config.secret, id, secret) }),
  };
  await updateWebhook(deps.db, id, patch);
  const after = (await findWebhook(deps.db, projectId, id))!;
  await audit(deps, agent, after, 'webhook.update', webhookView(before), { ...webhookView(after), ...(secret && { secretRotated: true }) });
  return secret ? { ...webhookView(after), secret } : webhookView(after);
}

/** Deletes a webhook with its delivery log. */
export async function removeWebhook(deps: Deps, agent: Agent, projectId: string, id: string): Promise<{ id: string; deleted: true }> {
  const webhook = await adminWebhook(deps, agent, projectId, id);
  await deps.db.transaction().execute(async (trx) => {
    await deleteAttemptsOfWebhook(trx, id);
    await deleteDeliveriesOfWebhook(trx, id);
    await deleteWebhook(trx, id);
  });
  await audit(deps, agent, webhook, 'webhook.delete', webhookView(webhook), null);
  return { id, deleted: true };
}
