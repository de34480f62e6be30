import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { DIALECTS, freshDeps } from '../../test-support/databases.js';
import { buildOpenApiDocument } from './document.js';
import { openApiPath } from './spec.js';

type Doc = ReturnType<typeof buildOpenApiDocument>;

/** Assets the app serves when configured (widget, console, demo page): not API. */
const NOT_API = /^\/(widget|console)(\/|$)/;

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refsIn(inner, found);
    }
  }
  return found;
}

describe.each(DIALECTS)('the OpenAPI document on %s', (dialect) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let doc: Doc;

  beforeAll(async () => {
    deps = await freshDeps(dialect);
    app = createApp(deps);
    const res = await app.request('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    doc = (await res.json()) as Doc;
  });
  afterAll(() => deps.close());

  it('is OpenAPI 3.1.0 with info, security schemes and the error body', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc).toMatchObject({ info: { title: expect.any(String), version: expect.any(String) } });
    const components = doc.components as { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    expect(Object.keys(components.securitySchemes).sort()).toEqual(['agentToken', 'metricsToken', 'projectKey', 'trackingToken']);
    expect(components.securitySchemes.projectKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Aftercare-Key' });
    expect(components.schemas.ErrorBody).toMatchObject({ type: 'object', required: ['error'] });
    expect(components.schemas.ReportInput).toMatchObject({ type: 'object', required: expect.arrayContaining(['id', 'kind', 'message', 'page', 'createdAt']) });
  });

  it('documents exactly the routes the app mounts (a new route without an operation fails here)', () => {
    const mounted = app.routes
      .filter((route) => route.method !== 'ALL' && !NOT_API.test(route.path))
      .map((route) => `${route.method.toLowerCase()} ${openApiPath(route.path)}`);
    expect(mounted.length).toBeGreaterThan(20);
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
    const undocumented = mounted.filter((entry) => !documented.includes(entry));
    expect(undocumented, 'add an operation in src/ops/openapi/ for each of these').toEqual([]);
    // And nothing is documented that the app does not serve.
    expect(documented.filter((entry) => !mounted.includes(entry))).toEqual([]);
  });

  it('describes each operation: credential, path parameters, bodies and errors', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        expect(op.summary, `${method} ${path}`).toEqual(expect.any(String));
        expect(Object.keys(op.responses as object).length, `${method} ${path}`).toBeGreaterThan(0);
        const params = (op.parameters as Array<{ name: string; in: string }> | undefined) ?? [];
        for (const [, name] of path.matchAll(/\{(\w+)\}/g)) expect(params).toContainEqual(expect.objectContaining({ name, in: 'path', required: true }));
      }
    }
    const file = doc.paths['/v1/reports']!.post!;
    expect(file).toMatchObject({
      security: [{ projectKey: [] }],
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ReportInput' } } } },
      responses: {
        201: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ReportReceipt' } } } },
        429: { headers: { 'Retry-After': expect.any(Object) }, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } },
      },
    });
    expect(doc.paths['/v1/tickets/{id}']!.get).toMatchObject({ security: [{ trackingToken: [] }] });
    expect(doc.paths['/v1/agent/me']!.get).toMatchObject({ security: [{ agentToken: [] }], responses: { 401: expect.any(Object) } });
    const list = doc.paths['/v1/agent/projects/{projectId}/tickets']!.get!.parameters as Array<{ name: string; in: string; schema: object }>;
    expect(list.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(
      expect.arrayContaining(['status', 'severity', 'assignee', 'q', 'sort', 'limit', 'cursor']),
    );
    expect(list.find((p) => p.name === 'limit')?.schema).toMatchObject({ default: 25 });
  });

  it('every $ref points at a component that exists, and operation ids are unique', () => {
    const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
    expect(Object.keys(schemas).some((name) => name.startsWith('__'))).toBe(false);
    for (const ref of refsIn(doc)) {
      expect(ref).toMatch(/^#\/components\/schemas\/\w+$/);
      expect(schemas[ref.split('/').pop()!], ref).toBeDefined();
    }
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('serves the docs page without scripts, under a strict CSP', async () => {
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).not.toMatch(/<script|https?:\/\/(?!json-schema\.org)/i);
    expect(html).toContain('<code>/v1/reports</code>');
    expect(html).toContain('id="schema-ReportInput"');
  });
});
