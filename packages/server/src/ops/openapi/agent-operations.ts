/**
 * The agent API (`/v1/agent`, bearer API token): who am I, tickets, replies
 * and notes, and triage (dry-run, rules, routing, SLA policy, frequent
 * issues, similar tickets, merge and unmerge).
 */
import { dryRunResultSchema, frequentIssuesSchema, similarTicketsSchema, ticketListQuerySchema } from '@aftercare/sdk/schemas';
import { z } from 'zod';
import { AGENT_ERRORS, BODY_ERRORS, errors, type OperationSpec } from './spec.js';

const IN_PROJECT = errors(AGENT_ERRORS, { 404: ['project_not_found'] });
const ON_TICKET = errors(AGENT_ERRORS, { 404: ['ticket_not_found'] });
const WRITE = { 403: ['forbidden'] } as const;
const ticket = (description: string) => ({ 200: { description, body: { ref: 'AgentTicket' } } });

const triageSettings = {
  type: 'object',
  properties: {
    rules: { type: 'array', items: { $ref: '#/components/schemas/Rule' } },
    rulesAreDefault: { type: 'boolean' },
    routingStrategy: { type: 'string', enum: ['round_robin', 'least_loaded'] },
    slaPolicy: { $ref: '#/components/schemas/SlaPolicy' },
    slaPolicyVersions: { type: 'array', items: { type: 'integer' } },
  },
  required: ['rules', 'rulesAreDefault', 'routingStrategy', 'slaPolicy', 'slaPolicyVersions'],
};
const settingsAnswer = { 200: { description: "The project's triage settings after the change.", body: { json: triageSettings } } };

/** The agent API. */
export const AGENT_OPERATIONS: OperationSpec[] = [
  {
    method: 'get', path: '/v1/agent/me', tag: 'Agent', summary: 'Who am I',
    description: 'The agent holding the token, and its projects with its role in each.',
    auth: 'agent',
    responses: { 200: { description: 'The agent.', body: { ref: 'AgentMe' } } },
    errors: AGENT_ERRORS,
  },
  {
    method: 'get', path: '/v1/agent/projects/:projectId/tickets', tag: 'Agent', summary: 'List tickets',
    description: 'Filters, sort and keyset pagination: pass `nextCursor` as `cursor` for the next page. Lists are comma separated.',
    auth: 'agent', query: ticketListQuerySchema,
    responses: { 200: { description: 'One page of tickets.', body: { ref: 'TicketPage' } } },
    errors: errors(IN_PROJECT, { 400: ['invalid_cursor'], 422: ['validation_failed'] }),
  },
  {
    method: 'get', path: '/v1/agent/tickets/:id', tag: 'Agent', summary: 'Read a ticket',
    description: 'The ticket, every report with everything the reporter sent, and the full timeline including internal notes.',
    auth: 'agent',
    responses: { 200: { description: 'The ticket with its reports and timeline.', body: { ref: 'TicketDetail' } } },
    errors: ON_TICKET,
  },
  {
    method: 'patch', path: '/v1/agent/tickets/:id', tag: 'Agent', summary: 'Change a ticket',
    description: 'Status (along the allowed transitions), severity, category, assignee (a project member, or null) and tags.',
    auth: 'agent', requestBody: { body: { ref: 'TicketPatch' }, required: true },
    responses: ticket('The changed ticket.'),
    errors: errors(BODY_ERRORS, ON_TICKET, WRITE, { 409: ['invalid_transition'], 422: ['unknown_assignee'] }),
  },
  {
    method: 'post', path: '/v1/agent/tickets/:id/replies', tag: 'Agent', summary: 'Reply to the reporter',
    description: 'A public reply. The first one stamps the first response; `waitOnReporter` pauses the SLA clock.',
    auth: 'agent', requestBody: { body: { ref: 'AgentReply' }, required: true },
    responses: { 201: { description: 'The reply as it appears on the timeline.', body: { ref: 'AgentEvent' } } },
    errors: errors(BODY_ERRORS, ON_TICKET, WRITE),
  },
  {
    method: 'post', path: '/v1/agent/tickets/:id/notes', tag: 'Agent', summary: 'Add an internal note',
    description: 'Never shown to the reporter.',
    auth: 'agent', requestBody: { body: { ref: 'Note' }, required: true },
    responses: { 201: { description: 'The note as it appears on the timeline.', body: { ref: 'AgentEvent' } } },
    errors: errors(BODY_ERRORS, ON_TICKET, WRITE),
  },
  {
    method: 'post', path: '/v1/agent/projects/:projectId/triage/dry-run', tag: 'Triage', summary: 'Dry-run triage on a report',
    description: 'What the current rules would decide for a report (any part of a report body; the rest is filled in), and which ticket it would join or regress. Changes nothing.',
    auth: 'agent',
    requestBody: { body: { zod: z.looseObject({}) }, required: true, description: 'Any subset of a report body (see ReportInput).' },
    responses: {
      200: {
        description: 'The decision and the ticket it would join.',
        body: { zod: dryRunResultSchema },
      },
    },
    errors: errors(BODY_ERRORS, IN_PROJECT),
  },
  {
    method: 'get', path: '/v1/agent/projects/:projectId/triage', tag: 'Triage', summary: 'Read triage settings',
    auth: 'agent', responses: { 200: { description: "The project's rules, routing and current SLA policy.", body: { json: triageSettings } } },
    errors: IN_PROJECT,
  },
  {
    method: 'put', path: '/v1/agent/projects/:projectId/triage/rules', tag: 'Triage', summary: 'Replace the rules',
    description: '`null` goes back to the default rules. Needs the admin role in the project.',
    auth: 'agent',
    requestBody: {
      required: true,
      body: {
        json: {
          type: 'object',
          properties: { rules: { anyOf: [{ type: 'array', items: { $ref: '#/components/schemas/RuleInput' } }, { type: 'null' }] } },
          required: ['rules'],
          additionalProperties: false,
        },
      },
    },
    responses: settingsAnswer,
    errors: errors(BODY_ERRORS, IN_PROJECT, WRITE),
  },
  {
    method: 'put', path: '/v1/agent/projects/:projectId/triage/routing', tag: 'Triage', summary: 'Choose the routing strategy',
    auth: 'agent',
    requestBody: { required: true, body: { zod: z.strictObject({ strategy: z.enum(['round_robin', 'least_loaded']) }) } },
    responses: settingsAnswer,
    errors: errors(BODY_ERRORS, IN_PROJECT, WRITE),
  },
  {
    method: 'put', path: '/v1/agent/projects/:projectId/sla-policy', tag: 'Triage', summary: 'Set a new SLA policy',
    description: 'Stored as a new version; every working ticket\'s clock is recomputed under it.',
    auth: 'agent', requestBody: { required: true, body: { ref: 'SlaPolicyInput' } },
    responses: settingsAnswer,
    errors: errors(BODY_ERRORS, IN_PROJECT, WRITE),
  },
  {
    method: 'get', path: '/v1/agent/projects/:projectId/frequent-issues', tag: 'Triage', summary: 'Most frequent issues',
    description: 'Tickets with the most reports over the last `days`, then the most distinct reporters: where to start writing articles.',
    auth: 'agent',
    query: z.strictObject({ days: z.coerce.number().int().min(1).max(365).default(30), limit: z.coerce.number().int().min(1).max(100).default(20) }),
    responses: {
      200: {
        description: 'The issues, most frequent first.',
        body: { zod: frequentIssuesSchema },
      },
    },
    errors: errors(IN_PROJECT, { 422: ['validation_failed'] }),
  },
  {
    method: 'get', path: '/v1/agent/tickets/:id/similar', tag: 'Triage', summary: 'Similar open tickets',
    auth: 'agent',
    responses: {
      200: {
        description: 'Up to five open tickets whose titles read alike, most similar first.',
        body: { zod: similarTicketsSchema },
      },
    },
    errors: ON_TICKET,
  },
  {
    method: 'post', path: '/v1/agent/tickets/:id/merge', tag: 'Triage', summary: 'Merge into another ticket',
    description: 'Moves this ticket\'s reports onto the target and closes it, marked as merged.',
    auth: 'agent', requestBody: { required: true, body: { zod: z.strictObject({ into: z.string().min(1) }) } },
    responses: ticket('The target ticket.'),
    errors: errors(BODY_ERRORS, ON_TICKET, WRITE, { 409: ['invalid_merge'], 422: ['invalid_merge'] }),
  },
  {
    method: 'post', path: '/v1/agent/tickets/:id/unmerge', tag: 'Triage', summary: 'Undo a merge',
    description: 'The reports first filed into this ticket come back, and it reopens.',
    auth: 'agent', responses: ticket('This ticket, reopened.'),
    errors: errors(ON_TICKET, WRITE, { 409: ['invalid_merge'] }),
  },
];
