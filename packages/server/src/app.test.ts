import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app.js';
import { DIALECTS, freshDeps } from './test-support/databases.js';

describe.each(DIALECTS)('the app on %s', (dialect) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  beforeAll(async () => {
    deps = await freshDeps(dialect);
  });
  afterAll(() => deps.close());

  it('answers /healthz when the database answers', async () => {
    const res = await createApp(deps).request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: dialect });
  });

  it('answers unknown routes with a not_found error body', async () => {
    const res = await createApp(deps).request('/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No route for GET /v1/nothing-here' } });
  });
});

describe('development assets', () => {
  it('serves the widget bundle and the demo page with the key escaped', async () => {
    const deps = await freshDeps('sqlite');
    const dir = await mkdtemp(join(tmpdir(), 'aftercare-static-'));
    await writeFile(join(dir, 'aftercare.js'), 'console.log("loader")');
    await writeFile(join(dir, 'demo.html'), '<script data-project-key="{{PROJECT_KEY}}" data-endpoint="{{ENDPOINT}}"></script>');
    const app = createApp({
      ...deps,
      config: { ...deps.config, widgetDir: dir, demo: { htmlFile: join(dir, 'demo.html'), projectKey: 'pk_"<x>' } },
    });
    const script = await app.request('http://localhost:8787/widget/aftercare.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toBe('console.log("loader")');
    const page = await app.request('http://localhost:8787/');
    expect(await page.text()).toBe(
      '<script data-project-key="pk_&quot;&lt;x&gt;" data-endpoint="http://localhost:8787"></script>',
    );
    expect((await app.request('http://localhost:8787/widget/../demo.html')).status).toBe(404);
    await deps.close();
  });
});

describe('the console', () => {
  it('is served at /console/ with client-side routes falling back to its page', async () => {
    const deps = await freshDeps('sqlite');
    const dir = await mkdtemp(join(tmpdir(), 'aftercare-console-'));
    await writeFile(join(dir, 'index.html'), '<title>console</title>');
    await writeFile(join(dir, 'app.js'), 'export {}');
    const app = createApp({ ...deps, config: { ...deps.config, consoleDir: dir } });
    expect((await app.request('/console')).headers.get('location')).toBe('/console/');
    expect(await (await app.request('/console/')).text()).toBe('<title>console</title>');
    expect(await (await app.request('/console/app.js')).text()).toBe('export {}');
    const route = await app.request('/console/tickets/42');
    expect(await route.text()).toBe('<title>console</title>');
    // Its pages run only their own scripts, talk only to this server and cannot be framed.
    for (const res of [await app.request('/console/'), route]) {
      const policy = res.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("connect-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-eval');
    }
    await deps.close();
  });
});
