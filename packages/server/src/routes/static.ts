/**
 * Built assets: the widget bundle at `/widget/`, the agent console at
 * `/console/`, and (in development) the demo page at `/` with the demo
 * project's key filled in.
 */
import { readFile } from 'node:fs/promises';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { ServerConfig } from '../deps.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** Routes for the widget bundle and the demo page; empty when neither is configured. */
export function staticRoutes(config: ServerConfig): Hono {
  const app = new Hono();
  if (config.widgetDir) {
    app.use(
      '/widget/*',
      serveStatic({ root: config.widgetDir, rewriteRequestPath: (path) => path.replace(/^\/widget/, '') }),
    );
  }
  if (config.consoleDir) {
    const root = config.consoleDir;
    app.get('/console', (c) => c.redirect('/console/', 301));
    app.use(
      '/console/*',
      serveStatic({ root, rewriteRequestPath: (path) => path.replace(/^\/console/, '') }),
    );
    // A client-side route (e.g. /console/tickets/42) gets the app's page.
    app.get('/console/*', serveStatic({ root, path: 'index.html' }));
  }
  const demo = config.demo;
  if (demo) {
    app.get('/', async (c) => {
      const template = await readFile(demo.htmlFile, 'utf8');
      const origin = new URL(c.req.url).origin;
      const html = template
        .replaceAll('{{PROJECT_KEY}}', escapeHtml(demo.projectKey))
        .replaceAll('{{ENDPOINT}}', escapeHtml(origin));
      return c.html(html);
    });
  }
  return app;
}
