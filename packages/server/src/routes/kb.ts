/**
 * Knowledge-base routes: the public ones under `/v1/kb` (project key, for
 * the widget) and the agent ones inside the agent API (bearer token).
 */
import { Hono, type Context } from 'hono';
import { kbDeflectionSchema, kbSearchQuerySchema, PROJECT_KEY_HEADER } from '@aftercare/sdk/schemas';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { articleDetail, changeArticle, listArticles, removeArticle, setArticleStatus } from '../services/kb-admin.js';
import { createArticle } from '../services/kb-create.js';
import { readPublished, recordDeflection, searchPublished } from '../services/kb-public.js';
import { kbArticleInputSchema, kbArticleListQuerySchema, kbArticlePatchSchema, kbDraftInputSchema } from '@aftercare/sdk/schemas';
import { draftFromTicket } from '../services/kb-ticket-draft.js';
import { originAllowed, projectForKey } from '../services/projects.js';
import type { Project } from '../storage/repositories/projects.js';
import { validate } from '../services/validate.js';
import { limitBody, readJson } from './body.js';
import type { AppEnv } from './env.js';

const PUBLIC_BODY_LIMIT = 4 * 1024;
const AGENT_BODY_LIMIT = 256 * 1024;

/** The project of the key, from an allowed origin; a rejected origin gets no CORS headers. */
async function keyProject(deps: Deps, c: Context<AppEnv>): Promise<Project> {
  const project = await projectForKey(deps, c.req.header(PROJECT_KEY_HEADER));
  const origin = c.req.header('origin');
  if (!originAllowed(project, origin)) {
    c.set('originRejected', true);
    throw new AppError('origin_not_allowed', 403, `Origin ${origin} is not allowed for this project`);
  }
  return project;
}

/** A JSON body that may be left out: no body reads as `{}`. */
async function optionalJson(c: Context<AppEnv>): Promise<unknown> {
  return (await c.req.text()).trim() === '' ? {} : readJson(c);
}

/** Public knowledge-base routes (search, read, deflection), authorised by the project key. */
export function kbPublicRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/search', async (c) => {
    const project = await keyProject(deps, c);
    const query = validate(kbSearchQuerySchema, c.req.query(), 'The search query is not valid');
    return c.json(await searchPublished(deps, project, query), 200);
  });

  app.get('/articles/:id', async (c) => {
    const article = await readPublished(deps, await keyProject(deps, c), c.req.param('id'));
    // Every read counts a view, and an unpublished article must vanish at once: no caching.
    c.header('Cache-Control', 'no-store');
    return c.json(article, 200);
  });

  app.post('/articles/:id/deflections', limitBody(PUBLIC_BODY_LIMIT), async (c) => {
    const project = await keyProject(deps, c);
    const input = validate(kbDeflectionSchema, await optionalJson(c), 'The deflection is not valid');
    await recordDeflection(deps, project, c.req.param('id'), input);
    return c.body(null, 204);
  });
  return app;
}

/** Knowledge-base administration for agents, and drafting an article from a ticket. */
export function kbAgentRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/projects/:projectId/kb/articles', async (c) => {
    const query = validate(kbArticleListQuerySchema, c.req.query(), 'The list query is not valid');
    return c.json(await listArticles(deps, c.get('agent'), c.req.param('projectId'), query), 200);
  });
  app.post('/projects/:projectId/kb/articles', limitBody(AGENT_BODY_LIMIT), async (c) => {
    const input = validate(kbArticleInputSchema, await readJson(c), 'The article is not valid');
    return c.json(await createArticle(deps, c.get('agent'), c.req.param('projectId'), input), 201);
  });
  app.get('/kb/articles/:id', async (c) => c.json(await articleDetail(deps, c.get('agent'), c.req.param('id')), 200));
  app.patch('/kb/articles/:id', limitBody(AGENT_BODY_LIMIT), async (c) => {
    const input = validate(kbArticlePatchSchema, await readJson(c), 'The change is not valid');
    return c.json(await changeArticle(deps, c.get('agent'), c.req.param('id'), input), 200);
  });
  app.post('/kb/articles/:id/publish', async (c) =>
    c.json(await setArticleStatus(deps, c.get('agent'), c.req.param('id'), 'published'), 200),
  );
  app.post('/kb/articles/:id/unpublish', async (c) =>
    c.json(await setArticleStatus(deps, c.get('agent'), c.req.param('id'), 'draft'), 200),
  );
  app.delete('/kb/articles/:id', async (c) => {
    await removeArticle(deps, c.get('agent'), c.req.param('id'));
    return c.body(null, 204);
  });
  app.post('/tickets/:id/kb-draft', limitBody(PUBLIC_BODY_LIMIT), async (c) => {
    const input = validate(kbDraftInputSchema, await optionalJson(c), 'The draft options are not valid');
    return c.json(await draftFromTicket(deps, c.get('agent'), c.req.param('id'), input), 201);
  });
  return app;
}
