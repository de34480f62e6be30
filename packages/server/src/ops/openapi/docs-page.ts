/**
 * The API docs page: the OpenAPI document rendered on the server as one
 * plain HTML page, with no scripts and nothing loaded from elsewhere. Every
 * piece of text from the document is escaped.
 */
import { escapeHtml } from '../../routes/static.js';
import type { JsonSchema } from './spec.js';

type Doc = JsonSchema & { paths: Record<string, Record<string, JsonSchema>> };

/** The Content-Security-Policy of the page: inline styles only. */
export const DOCS_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:960px;padding:1rem 1.5rem;color:#1f2328}
code,pre{font:13px/1.45 ui-monospace,monospace;background:#f6f8fa;border-radius:4px}
code{padding:.1em .3em;overflow-wrap:anywhere} pre{padding:.75rem;overflow:auto;max-height:28rem;white-space:pre-wrap}
h2{border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2.5rem}
section.op{border:1px solid #d0d7de;border-radius:6px;padding:.25rem 1rem;margin:1rem 0}
.method{display:inline-block;min-width:4rem;font-weight:700;text-transform:uppercase}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
nav a{margin-right:.75rem} details{margin:.5rem 0}`;

/** Escapes text, then shows `backticked` words as code. */
function prose(text: unknown): string {
  return escapeHtml(String(text ?? '')).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** A schema as indented JSON, with references to named schemas as links. */
function schemaBlock(schema: unknown): string {
  const json = escapeHtml(JSON.stringify(schema, null, 2));
  return `<pre>${json.replace(/&quot;#\/components\/schemas\/(\w+)&quot;/g, '<a href="#schema-$1">$1</a>')}</pre>`;
}

function contentSchema(holder: JsonSchema): string {
  const content = holder.content as Record<string, { schema: unknown }> | undefined;
  if (!content) return '';
  return Object.entries(content)
    .map(([type, media]) => `<p>${escapeHtml(type)}</p>${schemaBlock(media.schema)}`)
    .join('');
}

function operationSection(path: string, method: string, op: JsonSchema): string {
  const params = (op.parameters as JsonSchema[] | undefined) ?? [];
  const paramRows = params
    .map((p) => `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}</td><td>${p.required ? 'yes' : 'no'}</td><td>${prose(p.description)}<code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`)
    .join('');
  const security = (op.security as Array<Record<string, unknown>> | undefined) ?? [];
  const auth = security.map((s) => Object.keys(s).join(' + ') || 'none').join(' or ');
  const body = op.requestBody as JsonSchema | undefined;
  const answers = Object.entries(op.responses as Record<string, JsonSchema>)
    .map(([status, r]) => `<details><summary><strong>${escapeHtml(status)}</strong> ${prose(r.description)}</summary>${contentSchema(r)}</details>`)
    .join('');
  return `<section class="op" id="${escapeHtml(String(op.operationId))}">
<h3><span class="method">${escapeHtml(method)}</span> <code>${escapeHtml(path)}</code></h3>
<p><strong>${prose(op.summary)}</strong></p>
${op.description ? `<p>${prose(op.description)}</p>` : ''}
${auth ? `<p>Credential: ${escapeHtml(auth)}</p>` : ''}
${paramRows ? `<table><tr><th>parameter</th><th>in</th><th>required</th><th>schema</th></tr>${paramRows}</table>` : ''}
${body ? `<h4>Request body${body.required ? '' : ' (optional)'}</h4>${body.description ? `<p>${prose(body.description)}</p>` : ''}${contentSchema(body)}` : ''}
<h4>Responses</h4>${answers}
</section>`;
}

/**
 * Renders the document as an HTML page.
 *
 * @example
 * c.html(renderDocsPage(buildOpenApiDocument()));
 */
export function renderDocsPage(doc: Doc): string {
  const info = (doc.info ?? {}) as JsonSchema;
  const tags = (doc.tags as Array<{ name: string; description?: string }> | undefined) ?? [];
  const ops = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));
  const tagOf = (op: JsonSchema) => String((op.tags as string[] | undefined)?.[0] ?? 'Other');
  const tagNames = [...new Set([...tags.map((t) => t.name), ...ops.map((o) => tagOf(o.op))])].filter((name) =>
    ops.some((o) => tagOf(o.op) === name),
  );
  const sections = tagNames
    .map((name, i) => {
      const inTag = ops.filter((o) => tagOf(o.op) === name);
      const description = tags.find((t) => t.name === name)?.description;
      return `<h2 id="tag-${i}">${escapeHtml(name)}</h2>${description ? `<p>${prose(description)}</p>` : ''}${inTag.map((o) => operationSection(o.path, o.method, o.op)).join('\n')}`;
    })
    .join('\n');
  const components = (doc.components ?? {}) as { schemas?: Record<string, unknown>; securitySchemes?: Record<string, JsonSchema> };
  const schemes = Object.entries(components.securitySchemes ?? {})
    .map(([name, s]) => `<tr><td><code>${escapeHtml(name)}</code></td><td>${escapeHtml(String(s.type))} ${escapeHtml(String(s.name ?? s.scheme ?? ''))}</td><td>${prose(s.description)}</td></tr>`)
    .join('');
  const schemas = Object.entries(components.schemas ?? {})
    .map(([name, schema]) => `<details id="schema-${escapeHtml(name)}"><summary><code>${escapeHtml(name)}</code></summary>${schemaBlock(schema)}</details>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title ?? 'API'))}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(String(info.title ?? 'API'))} <small>${escapeHtml(String(info.version ?? ''))}</small></h1>
<p>${prose(info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${escapeHtml(String(doc.openapi))}).</p>
<nav>${tagNames.map((name, i) => `<a href="#tag-${i}">${escapeHtml(name)}</a>`).join('')}<a href="#schemas">Schemas</a></nav>
<h2>Credentials</h2><table><tr><th>scheme</th><th>how</th><th>what it is</th></tr>${schemes}</table>
${sections}
<h2 id="schemas">Schemas</h2>
${schemas}
</body></html>
`;
}
