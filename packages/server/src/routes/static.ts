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

/**
 * The Content-Security-Policy of the console's pages. The console shows what
 * reporters wrote; the policy is the second line behind its escaping: only
 * its own scripts run (no inline script, no eval), it talks only to this
 * server, and no other site may frame it. Inline styles stay allowed: the
 * page's first paint and the sandboxed article preview (whose `srcdoc`
 * document inherits this policy) use them. Images may come from anywhere
 * over http(s), as help articles' images do, and from `blob:` and `data:`
 * (screenshots and attachments are shown from blobs).
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https: http:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

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
    app.use('/console/*', async (c, next) => {
      await next();
      c.header('Content-Security-Policy', CONSOLE_CSP);
      c.header('X-Content-Type-Options', 'nosniff');
    });
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
