import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenApiDocument } from './document.js';
import { renderDocsPage } from './docs-page.js';

const EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';

describe('the docs page', () => {
  it('escapes every piece of text taken from the document', () => {
    const doc = buildOpenApiDocument([
      {
        method: 'post',
        path: '/v1/evil/:id',
        tag: EVIL,
        summary: EVIL,
        description: `\`${EVIL}\` and ${EVIL}`,
        auth: 'none',
        pathParams: { id: EVIL },
        query: z.object({ q: z.string().describe(EVIL) }),
        requestBody: { body: { zod: z.object({ [EVIL]: z.literal(EVIL) }) }, description: EVIL },
        responses: { 200: { description: EVIL, body: { json: { enum: [EVIL] } } } },
      },
    ]);
    const html = renderDocsPage(doc);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    // Backticks become code around text that is already escaped.
    expect(html).toContain('<code>&lt;script&gt;alert(1)');
  });

  it('links references to the named schemas', () => {
    const html = renderDocsPage(buildOpenApiDocument());
    expect(html).toContain('<a href="#schema-ReportInput">ReportInput</a>');
    expect(html).toContain('<details id="schema-ReportReceipt">');
  });
});
