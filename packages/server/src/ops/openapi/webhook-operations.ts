/**
 * Webhook administration in the agent API: project admins manage webhooks
 * and redeliver; members read the delivery log. Bodies come from the
 * wire contract's webhook schemas (`@aftercare/sdk/schemas`).
 */
import { deliveryPageSchema, deliveryQuerySchema, webhookDeliveryDetailSchema } from '@aftercare/sdk/schemas';
import { AGENT_ERRORS, BODY_ERRORS, errors, type OperationSpec } from './spec.js';

const IN_PROJECT = errors(AGENT_ERRORS, { 403: ['forbidden'], 404: ['project_not_found'] });
const ON_HOOK = errors(IN_PROJECT, { 404: ['webhook_not_found'] });
const ON_DELIVERY = errors(IN_PROJECT, { 404: ['delivery_not_found'] });
const webhook = { $ref: '#/components/schemas/Webhook' };
const withSecret = { allOf: [webhook, { type: 'object', properties: { secret: { type: 'string', description: 'The signing secret: shown in this answer only.' } }, required: ['secret'] }] };
const deliveryDetail = { zod: webhookDeliveryDetailSchema };

/** Webhooks, their deliveries and redelivery. */
export const WEBHOOK_OPERATIONS: OperationSpec[] = [
  {
    method: 'post', path: '/v1/agent/projects/:projectId/webhooks', tag: 'Webhooks', summary: 'Create a webhook',
    description: 'An `https` receiver (plain `http` only to localhost) for some or all event types. The signing secret is in this answer only.',
    auth: 'agent', requestBody: { body: { ref: 'WebhookCreate' } },
    responses: { 201: { description: 'The webhook with its secret.', body: { json: withSecret } } },
    errors: errors(BODY_ERRORS, IN_PROJECT, { 422: ['invalid_webhook_url'] }),
  },
  {
    method: 'get', path: '/v1/agent/projects/:projectId/webhooks', tag: 'Webhooks', summary: 'List webhooks',
    auth: 'agent', responses: { 200: { description: 'The project\'s webhooks.', body: { json: { type: 'object', properties: { items: { type: 'array', items: webhook } }, required: ['items'] } } } },
    errors: IN_PROJECT,
  },
  {
    method: 'get', path: '/v1/agent/projects/:projectId/webhooks/:webhookId', tag: 'Webhooks', summary: 'Read a webhook',
    auth: 'agent', responses: { 200: { description: 'The webhook.', body: { json: webhook } } }, errors: ON_HOOK,
  },
  {
    method: 'patch', path: '/v1/agent/projects/:projectId/webhooks/:webhookId', tag: 'Webhooks', summary: 'Change a webhook',
    description: '`rotateSecret: true` issues a new secret, returned once.',
    auth: 'agent', requestBody: { body: { ref: 'WebhookPatch' } },
    responses: { 200: { description: 'The webhook (with `secret` when rotated).', body: { json: { anyOf: [webhook, withSecret] } } } },
    errors: errors(BODY_ERRORS, ON_HOOK, { 422: ['invalid_webhook_url'] }),
  },
  {
    method: 'delete', path: '/v1/agent/projects/:projectId/webhooks/:webhookId', tag: 'Webhooks', summary: 'Delete a webhook',
    auth: 'agent',
    responses: { 200: { description: 'Deleted.', body: { json: { type: 'object', properties: { id: { type: 'string' }, deleted: { const: true } }, required: ['id', 'deleted'] } } } },
    errors: ON_HOOK,
  },
  {
    method: 'get', path: '/v1/agent/projects/:projectId/webhook-deliveries', tag: 'Webhooks', summary: 'Read the delivery log',
    description: 'Newest first, with filters; pass `nextCursor` as `cursor` for the next page.',
    auth: 'agent', query: deliveryQuerySchema,
    responses: { 200: { description: 'One page of deliveries.', body: { zod: deliveryPageSchema } } },
    errors: errors(IN_PROJECT, { 422: ['validation_failed'] }),
  },
  {
    method: 'get', path: '/v1/agent/projects/:projectId/webhook-deliveries/:deliveryId', tag: 'Webhooks', summary: 'Read a delivery',
    auth: 'agent', responses: { 200: { description: 'The delivery with its attempts.', body: deliveryDetail } }, errors: ON_DELIVERY,
  },
  {
    method: 'post', path: '/v1/agent/projects/:projectId/webhook-deliveries/:deliveryId/redeliver', tag: 'Webhooks', summary: 'Redeliver by hand',
    description: 'Sends the delivery again now: 200 when an attempt was made, 202 when it was queued.',
    auth: 'agent',
    responses: { 200: { description: 'Attempted; the delivery after it.', body: deliveryDetail }, 202: { description: 'Queued.', body: deliveryDetail } },
    errors: ON_DELIVERY,
  },
];
