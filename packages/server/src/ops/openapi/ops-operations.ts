/**
 * The operational endpoints: liveness, readiness, metrics, and this document
 * with its docs page.
 */
import type { OperationSpec } from './spec.js';

const probe = (status: string) => ({
  type: 'object',
  properties: { status: { type: 'string', const: status }, database: { type: 'string', enum: ['sqlite', 'postgres'] } },
  required: ['status', 'database'],
});

/** Health, readiness, metrics and the API description. */
export const OPS_OPERATIONS: OperationSpec[] = [
  {
    method: 'get', path: '/healthz', tag: 'Operations', summary: 'Liveness',
    description: '200 when the database answers.', auth: 'none',
    responses: { 200: { description: 'Alive.', body: { json: probe('ok') } }, 503: { description: 'The database does not answer.', body: { json: probe('unavailable') } } },
  },
  {
    method: 'get', path: '/readyz', tag: 'Operations', summary: 'Readiness',
    description: '200 when the database answers and every migration this build knows has run; 503 with the reason otherwise.',
    auth: 'none',
    responses: {
      200: {
        description: 'Ready to serve.',
        body: { json: { ...probe('ready'), properties: { ...probe('ready').properties, migration: { type: 'string', description: 'The latest migration.' } } } },
      },
      503: {
        description: 'Not ready.',
        body: {
          json: {
            type: 'object',
            properties: {
              status: { type: 'string', const: 'unavailable' },
              reason: { type: 'string', enum: ['database_unreachable', 'migrations_pending'] },
              message: { type: 'string' },
              pending: { type: 'array', items: { type: 'string' }, description: 'Migrations not yet run.' },
            },
            required: ['status', 'reason', 'message'],
          },
        },
      },
    },
  },
  {
    method: 'get', path: '/metrics', tag: 'Operations', summary: 'Prometheus metrics',
    description: 'The Prometheus text exposition format (0.0.4). Needs `Authorization: Bearer <AFTERCARE_METRICS_TOKEN>` when that variable is set.',
    auth: 'metrics',
    responses: { 200: { description: 'The metrics.', contentType: 'text/plain; version=0.0.4', body: { json: { type: 'string' } } } },
    errors: { 401: ['missing_token', 'invalid_token'] },
  },
  {
    method: 'get', path: '/openapi.json', tag: 'Operations', summary: 'This document',
    description: 'OpenAPI 3.1, generated from the zod schemas of the wire contract.', auth: 'none',
    responses: { 200: { description: 'The OpenAPI document.', body: { json: { type: 'object' } } } },
  },
  {
    method: 'get', path: '/docs', tag: 'Operations', summary: 'API docs page',
    description: 'This document as a readable page, rendered on the server (no scripts).', auth: 'none',
    responses: { 200: { description: 'The page.', contentType: 'text/html', body: { json: { type: 'string' } } } },
  },
];
