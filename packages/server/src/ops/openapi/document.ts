/**
 * The OpenAPI 3.1 document of the HTTP API, built from the operation tables
 * and the zod schemas of the wire contract. Every route the app mounts has an
 * operation here (routes/openapi.test.ts in ops checks it against the app).
 */
import { PROJECT_KEY_HEADER, TRACKING_HEADER } from '@aftercare/sdk/schemas';
import { ADMIN_OPERATIONS } from './admin-operations.js';
import { AGENT_OPERATIONS } from './agent-operations.js';
import { componentSchemas, inlineSchema } from './components.js';
import { KB_AGENT_OPERATIONS, KB_PUBLIC_OPERATIONS } from './kb-operations.js';
import { OPS_OPERATIONS } from './ops-operations.js';
import { PUBLIC_OPERATIONS } from './public-operations.js';
import { openApiPath, pathParamNames, type Auth, type BodySchema, type JsonSchema, type OperationSpec } from './spec.js';
import { WEBHOOK_OPERATIONS } from './webhook-operations.js';

/** Every documented operation, in the order the docs page shows them. */
export const OPERATIONS: readonly OperationSpec[] = [
  ...PUBLIC_OPERATIONS,
  ...KB_PUBLIC_OPERATIONS,
  ...AGENT_OPERATIONS,
  ...ADMIN_OPERATIONS,
  ...KB_AGENT_OPERATIONS,
  ...WEBHOOK_OPERATIONS,
  ...OPS_OPERATIONS,
];

const TAGS = [
  { name: 'Reports', description: 'Filing reports with the project\'s public key.' },
  { name: 'Reporter', description: 'The reporter\'s side of a ticket, with the tracking token from the receipt.' },
  { name: 'Knowledge base', description: 'Articles the widget searches before a report is sent.' },
  { name: 'Agent', description: 'The support team\'s API: a bearer API token, limited to the agent\'s projects and role.' },
  { name: 'Triage', description: 'Rules, routing, SLA policy, frequent issues, similar tickets, merge and unmerge.' },
  { name: 'Administration', description: 'Agents and their API tokens, projects, members, the audit log and statistics.' },
  { name: 'Webhooks', description: 'Webhook subscriptions and deliveries.' },
  { name: 'Operations', description: 'Probes, metrics and this description.' },
];

const SECURITY_SCHEMES = {
  projectKey: { type: 'apiKey', in: 'header', name: PROJECT_KEY_HEADER, description: 'The project\'s public key (`pk_…`). It can only file reports and read the public knowledge base.' },
  trackingToken: { type: 'apiKey', in: 'header', name: TRACKING_HEADER, description: 'The reporter\'s tracking token (`trk_…`) from the report receipt.' },
  agentToken: { type: 'http', scheme: 'bearer', bearerFormat: 'act_…', description: 'An agent API token, created with `aftercare init` or `aftercare token create`.' },
  metricsToken: { type: 'http', scheme: 'bearer', description: 'The value of `AFTERCARE_METRICS_TOKEN`, when set.' },
};

const SECURITY: Record<Auth, Array<Record<string, string[]>> | undefined> = {
  projectKey: [{ projectKey: [] }],
  tracking: [{ trackingToken: [] }],
  agent: [{ agentToken: [] }],
  // Open unless the operator sets a token: both alternatives.
  metrics: [{}, { metricsToken: [] }],
  none: undefined,
};

function schemaOf(body: BodySchema, io: 'input' | 'output'): JsonSchema {
  if ('ref' in body) return { $ref: `#/components/schemas/${body.ref}` };
  if ('zod' in body) return inlineSchema(body.zod, io);
  return body.json;
}

function parameters(op: OperationSpec): JsonSchema[] {
  const params: JsonSchema[] = pathParamNames(op.path).map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
    ...(op.pathParams?.[name] && { description: op.pathParams[name] }),
  }));
  if (op.query) {
    const query = inlineSchema(op.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      const { description, ...rest } = schema;
      params.push({ name, in: 'query', required: query.required?.includes(name) ?? false, schema: rest, ...(description !== undefined && { description }) });
    }
  }
  return params;
}

function responses(op: OperationSpec): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const [status, response] of Object.entries(op.responses)) {
    out[status] = {
      description: response.description,
      ...(response.headers && { headers: response.headers }),
      ...(response.body && { content: { [response.contentType ?? 'application/json']: { schema: schemaOf(response.body, 'output') } } }),
    };
  }
  for (const [status, codes] of Object.entries(op.errors ?? {})) {
    out[status] = {
      description: `An error: ${(codes ?? []).map((code) => `\`${code}\``).join(', ')}.`,
      ...(status === '429' && { headers: { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 1 } } } }),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    };
  }
  return out;
}

function operation(op: OperationSpec): JsonSchema {
  const params = parameters(op);
  const security = SECURITY[op.auth];
  return {
    tags: [op.tag],
    summary: op.summary,
    ...(op.description && { description: op.description }),
    operationId: `${op.method}${openApiPath(op.path).replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, ch?: string) => (ch ?? '').toUpperCase())}`,
    ...(params.length > 0 && { parameters: params }),
    ...(security && { security }),
    ...(op.requestBody && {
      requestBody: {
        required: op.requestBody.required ?? true,
        ...(op.requestBody.description && { description: op.requestBody.description }),
        content: {
          'application/json': { schema: schemaOf(op.requestBody.body, 'input') },
          ...Object.fromEntries(Object.entries(op.requestBody.alternatives ?? {}).map(([type, schema]) => [type, { schema }])),
        },
      },
    }),
    responses: responses(op),
  };
}

/**
 * Builds the document. Pure and deterministic; the route caches the result.
 *
 * @example
 * const doc = buildOpenApiDocument();
 * doc.paths['/v1/reports'].post.requestBody;
 */
export function buildOpenApiDocument(operations: readonly OperationSpec[] = OPERATIONS): JsonSchema & { paths: Record<string, Record<string, JsonSchema>> } {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) {
    const path = openApiPath(op.path);
    const item = (paths[path] ??= {});
    if (item[op.method]) throw new Error(`Two operations for ${op.method.toUpperCase()} ${op.path}`);
    item[op.method] = operation(op);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Aftercare HTTP API',
      version: '1.0.0',
      description:
        'In-app support: reporters file reports with the project key and follow their ticket with a tracking token; ' +
        'the support team works tickets through the agent API. Every error answers `{ "error": { "code", "message", "details"? } }`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    tags: TAGS,
    paths,
    components: { schemas: componentSchemas(), securitySchemes: SECURITY_SCHEMES },
  };
}
