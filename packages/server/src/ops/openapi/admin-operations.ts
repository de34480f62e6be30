/**
 * Administration in the agent API: agents and their tokens (instance
 * admins), project settings, members and the audit log (project admins),
 * project statistics, and attachment downloads.
 */
import { auditLogSchema, projectStatsSchema } from '@aftercare/sdk/schemas';
import { z } from 'zod';
import { statsQuerySchema } from '../../services/stats.js';
import { AGENT_ERRORS, BODY_ERRORS, errors, type OperationSpec } from './spec.js';

const ADMIN = errors(AGENT_ERRORS, { 403: ['forbidden'] });
const IN_PROJECT = errors(AGENT_ERRORS, { 403: ['forbidden'], 404: ['project_not_found'] });
const items = (ref: string) => ({ json: { type: 'object', properties: { items: { type: 'array', items: { $ref: `#/components/schemas/${ref}` } } }, required: ['items'] } });
const members = items('Member');
const ok = (description: string, ref: string) => ({ 200: { description, body: { ref } } });

/** Agents, tokens, projects, members, audit, stats and attachments. */
export const ADMIN_OPERATIONS: OperationSpec[] = [
  {
    method: 'get', path: '/v1/agent/agents', tag: 'Administration', summary: 'List agents', description: 'Instance admins only.',
    auth: 'agent', responses: { 200: { description: 'Every agent, by name.', body: items('AgentRecord') } }, errors: ADMIN,
  },
  {
    method: 'post', path: '/v1/agent/agents', tag: 'Administration', summary: 'Create an agent', description: 'Instance admins only. Give it a token with `POST /v1/agent/agents/{id}/tokens`.',
    auth: 'agent', requestBody: { body: { ref: 'AgentInput' } },
    responses: { 201: { description: 'The agent.', body: { ref: 'AgentRecord' } } }, errors: errors(BODY_ERRORS, ADMIN),
  },
  {
    method: 'patch', path: '/v1/agent/agents/:id', tag: 'Administration', summary: 'Change an agent',
    description: 'Role, tier, capacity, profile, or disable it (its tokens stop working). Instance admins only; an admin cannot disable or demote themselves.',
    auth: 'agent', requestBody: { body: { ref: 'AgentPatch' } },
    responses: ok('The agent after the change.', 'AgentRecord'), errors: errors(BODY_ERRORS, ADMIN, { 404: ['not_found'] }),
  },
  {
    method: 'get', path: '/v1/agent/agents/:id/tokens', tag: 'Administration', summary: "List an agent's tokens",
    description: 'Never their secrets. Instance admins, or the agent itself.',
    auth: 'agent', responses: { 200: { description: 'The tokens, newest first.', body: items('TokenRecord') } }, errors: ADMIN,
  },
  {
    method: 'post', path: '/v1/agent/agents/:id/tokens', tag: 'Administration', summary: 'Create an API token',
    description: 'The token is in this answer only; it is stored as a SHA-256 hash. Instance admins, or the agent for itself.',
    auth: 'agent', requestBody: { body: { ref: 'TokenInput' } },
    responses: { 201: { description: 'The token, shown once.', body: { ref: 'TokenCreated' } } }, errors: errors(BODY_ERRORS, ADMIN, { 404: ['not_found'] }),
  },
  {
    method: 'delete', path: '/v1/agent/tokens/:id', tag: 'Administration', summary: 'Revoke an API token',
    description: 'It stops working at once. Instance admins, or its owner.',
    auth: 'agent', responses: ok('The revoked token.', 'TokenRecord'), errors: errors(AGENT_ERRORS, { 404: ['not_found'] }),
  },
  {
    method: 'post', path: '/v1/agent/projects', tag: 'Administration', summary: 'Create a project', description: 'Instance admins only. The answer carries the public key for the script tag.',
    auth: 'agent', requestBody: { body: { ref: 'ProjectInput' } },
    responses: { 201: { description: 'The project.', body: { ref: 'ProjectRecord' } } }, errors: errors(BODY_ERRORS, ADMIN),
  },
  {
    method: 'get', path: '/v1/agent/projects/:projectId', tag: 'Administration', summary: "Read a project's settings",
    description: 'Project admins.', auth: 'agent', responses: ok('The project.', 'ProjectRecord'), errors: IN_PROJECT,
  },
  {
    method: 'patch', path: '/v1/agent/projects/:projectId', tag: 'Administration', summary: "Change a project's settings",
    description: 'Name, allowed origins, time zone, auto-close days, disabled. Project admins.',
    auth: 'agent', requestBody: { body: { ref: 'ProjectPatch' } }, responses: ok('The project after the change.', 'ProjectRecord'),
    errors: errors(BODY_ERRORS, IN_PROJECT),
  },
  {
    method: 'get', path: '/v1/agent/projects/:projectId/members', tag: 'Administration', summary: 'List members',
    auth: 'agent', responses: { 200: { description: 'The members with their roles.', body: members } }, errors: IN_PROJECT,
  },
  {
    method: 'put', path: '/v1/agent/projects/:projectId/members/:agentId', tag: 'Administration', summary: 'Add a member or change its role',
    description: 'Project admins.', auth: 'agent', requestBody: { body: { ref: 'MemberInput' } },
    responses: { 200: { description: 'The members after the change.', body: members } }, errors: errors(BODY_ERRORS, IN_PROJECT, { 404: ['not_found'] }),
  },
  {
    method: 'delete', path: '/v1/agent/projects/:projectId/members/:agentId', tag: 'Administration', summary: 'Remove a member',
    description: 'Project admins.', auth: 'agent', responses: { 200: { description: 'The members after the change.', body: members } }, errors: IN_PROJECT,
  },
  {
    method: 'get', path: '/v1/agent/projects/:projectId/audit', tag: 'Administration', summary: 'Read the audit log',
    description: 'Who did what, when, before and after; newest first. Project admins.',
    auth: 'agent', query: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
    responses: { 200: { description: 'The latest entries.', body: { zod: auditLogSchema } } },
    errors: errors(IN_PROJECT, { 422: ['validation_failed'] }),
  },
  {
    method: 'get', path: '/v1/agent/projects/:projectId/stats', tag: 'Administration', summary: 'Project statistics',
    description:
      'For a period (default the last 30 days): volume by kind, severity and category, first response and resolution times (median, p90), ' +
      'resolution and reopen rates, SLA compliance by severity and by agent, satisfaction (CSAT), deflections and top issues. ' +
      'Tickets per day are counted in `timeZone` (IANA; default the project\'s).',
    auth: 'agent',
    query: statsQuerySchema,
    responses: { 200: { description: 'The statistics of the period.', body: { zod: projectStatsSchema } } },
    errors: errors(AGENT_ERRORS, { 404: ['project_not_found'], 422: ['validation_failed'] }),
  },
  {
    method: 'get', path: '/v1/agent/attachments/:id', tag: 'Agent', summary: 'Download an attachment',
    description: 'The screenshot or file as sent, with its detected type, `nosniff`, a `Content-Disposition` and a sandboxing CSP. Agents of the report\'s project only.',
    auth: 'agent',
    responses: { 200: { description: 'The bytes.', contentType: 'application/octet-stream', body: { json: { type: 'string', contentMediaType: 'application/octet-stream' } } } },
    errors: errors(AGENT_ERRORS, { 404: ['attachment_not_found'] }),
  },
];
