/**
 * The knowledge base: the public endpoints for the widget, described from
 * the contract in `@aftercare/sdk/schemas` (kb.ts), and the agent endpoints
 * that manage articles, from the server's kb-schemas.ts.
 */
import { kbSearchQuerySchema } from '@aftercare/sdk/schemas';
import { kbArticleListQuerySchema } from '@aftercare/sdk/schemas';
import { AGENT_ERRORS, PUBLIC_ERRORS, BODY_ERRORS, errors, type OperationSpec } from './spec.js';

const KEYED = { 401: ['missing_project_key', 'unknown_project_key'], 403: ['project_disabled', 'origin_not_allowed'] } as const;

/** The public knowledge base for the widget, authorised by the project key. */
export const KB_PUBLIC_OPERATIONS: OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/kb/search',
    tag: 'Knowledge base',
    summary: 'Search published articles',
    description: 'Full-text search (English, Chinese and other languages) over the project\'s published articles; short plain-text snippets.',
    auth: 'projectKey',
    query: kbSearchQuerySchema,
    responses: { 200: { description: 'The best matches, best first.', body: { ref: 'KbSearchResult' } } },
    errors: errors(PUBLIC_ERRORS, KEYED, { 422: ['validation_failed'] }),
  },
  {
    method: 'get',
    path: '/v1/kb/articles/:id',
    tag: 'Knowledge base',
    summary: 'Read a published article',
    description: '`html` is rendered from Markdown on the server and sanitised: safe to insert.',
    auth: 'projectKey',
    responses: { 200: { description: 'The article.', body: { ref: 'KbPublicArticle' } } },
    errors: errors(PUBLIC_ERRORS, KEYED, { 404: ['article_not_found'] }),
  },
  {
    method: 'post',
    path: '/v1/kb/articles/:id/deflections',
    tag: 'Knowledge base',
    summary: 'Count "this solved it"',
    auth: 'projectKey',
    requestBody: { body: { ref: 'KbDeflection' }, required: false },
    responses: { 204: { description: 'Counted.' } },
    errors: errors(BODY_ERRORS, PUBLIC_ERRORS, KEYED, { 404: ['article_not_found'] }),
  },
];

const IN_PROJECT = errors(AGENT_ERRORS, { 403: ['forbidden'], 404: ['project_not_found'] });
const ON_ARTICLE = errors(AGENT_ERRORS, { 403: ['forbidden'], 404: ['article_not_found'] });
const article = (description: string, status = 200) => ({ [status]: { description, body: { ref: 'KbArticle' } } });

/** Knowledge-base administration in the agent API (`/v1/agent/...`). */
export const KB_AGENT_OPERATIONS: OperationSpec[] = [
  {
    method: 'get', path: '/v1/agent/projects/:projectId/kb/articles', tag: 'Knowledge base', summary: 'List articles',
    description: 'Drafts and published articles, newest first, or the best matches of `q`; `offset` pages.',
    auth: 'agent', query: kbArticleListQuerySchema,
    responses: { 200: { description: 'One page of articles.', body: { ref: 'KbArticleList' } } },
    errors: errors(IN_PROJECT, { 422: ['validation_failed'] }),
  },
  {
    method: 'post', path: '/v1/agent/projects/:projectId/kb/articles', tag: 'Knowledge base', summary: 'Write an article',
    description: 'Markdown, rendered to safe HTML; a draft unless `status` says otherwise.',
    auth: 'agent', requestBody: { body: { ref: 'KbArticleInput' } },
    responses: article('The article.', 201), errors: errors(BODY_ERRORS, IN_PROJECT),
  },
  {
    method: 'get', path: '/v1/agent/kb/articles/:id', tag: 'Knowledge base', summary: 'Read an article',
    auth: 'agent', responses: article('The article with its Markdown and HTML.'), errors: ON_ARTICLE,
  },
  {
    method: 'patch', path: '/v1/agent/kb/articles/:id', tag: 'Knowledge base', summary: 'Change an article',
    auth: 'agent', requestBody: { body: { ref: 'KbArticlePatch' } },
    responses: article('The article after the change.'), errors: errors(BODY_ERRORS, ON_ARTICLE),
  },
  {
    method: 'post', path: '/v1/agent/kb/articles/:id/publish', tag: 'Knowledge base', summary: 'Publish an article',
    description: 'The widget finds it from now on.', auth: 'agent', responses: article('The published article.'), errors: ON_ARTICLE,
  },
  {
    method: 'post', path: '/v1/agent/kb/articles/:id/unpublish', tag: 'Knowledge base', summary: 'Unpublish an article',
    description: 'Back to draft: the widget no longer finds it.', auth: 'agent', responses: article('The article, a draft again.'), errors: ON_ARTICLE,
  },
  {
    method: 'delete', path: '/v1/agent/kb/articles/:id', tag: 'Knowledge base', summary: 'Delete an article',
    auth: 'agent', responses: { 204: { description: 'Deleted.' } }, errors: ON_ARTICLE,
  },
  {
    method: 'post', path: '/v1/agent/tickets/:id/kb-draft', tag: 'Knowledge base', summary: 'Draft an article from a ticket',
    description: 'The question and the reporter-visible answer, redacted, as a new draft.',
    auth: 'agent', requestBody: { body: { ref: 'KbDraftInput' }, required: false },
    responses: article('The draft.', 201), errors: errors(BODY_ERRORS, AGENT_ERRORS, { 403: ['forbidden'], 404: ['ticket_not_found'] }),
  },
];
