/**
 * `POST /v1/reports`: a reporter files a report with the project's public key.
 */
import { Hono } from 'hono';
import { LIMITS, PROJECT_KEY_HEADER } from '@aftercare/sdk/schemas';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { originAllowed, projectForKey } from '../services/projects.js';
import { fileReport, parseReport } from '../services/reports.js';
import { limitBody, readJson } from './body.js';
import type { AppEnv } from './env.js';

/** Routes for filing reports. */
export function reportRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/', limitBody(deps.config.reportBodyLimit ?? LIMITS.reportBodyBytes), async (c) => {
    const project = await projectForKey(deps, c.req.header(PROJECT_KEY_HEADER));
    const origin = c.req.header('origin');
    if (!originAllowed(project, origin)) {
      c.set('originRejected', true);
      throw new AppError('origin_not_allowed', 403, `Origin ${origin} is not allowed for this project`);
    }
    const input = parseReport(await readJson(c));
    const { created, receipt } = await fileReport(deps, project, input, origin ?? null);
    return c.json(receipt, created ? 201 : 200);
  });
  return app;
}
