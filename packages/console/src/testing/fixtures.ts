/**
 * Sample data for the browser tests: an agent, and tickets with reports and
 * diagnostics in the shape the server sends. One report is hostile: markup
 * and script in every field a reporter controls.
 */
import type { AgentMe, AgentReport, AgentTicket, Member, SimilarItem, TicketDetail } from '@aftercare/sdk/schemas';
import type { FakeDesk } from './fake-api.js';

/** Markup that must show as text; if it ever ran, it would set `window.__pwned`. */
export const HOSTILE = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>`;

/** The signed-in agent. */
export const ME: AgentMe = {
  id: 'agent_me',
  name: 'Mei',
  role: 'agent',
  projects: [{ id: 'prj_1', name: 'Shop', slug: 'shop', role: 'agent' }],
};

/** The members of the project: Mei (the signed-in agent), Otto and Vera (a viewer). */
export const MEMBERS: Member[] = [
  { agentId: 'agent_me', name: 'Mei', role: 'agent' },
  { agentId: 'agent_other', name: 'Otto', role: 'agent' },
  { agentId: 'agent_viewer', name: 'Vera', role: 'viewer' },
];

/** The server's suggestions of duplicates: tickets 2 and 3 read alike. */
export const SIMILAR: Record<string, SimilarItem[]> = {
  tkt_2: [{ id: 'tkt_3', title: 'Login loop', score: 0.42 }],
  tkt_3: [{ id: 'tkt_2', title: 'Checkout fails', score: 0.42 }],
};

/** A valid token for the fake desk. */
export const TOKEN = 'act_test_token';

const T0 = Date.parse('2026-03-02T10:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function ticket(n: number, fields: Partial<AgentTicket> = {}): AgentTicket {
  return {
    id: `tkt_${n}`, projectId: 'prj_1', number: n, title: `Ticket ${n}`, status: 'new', severity: 'normal',
    category: 'defect', assigneeId: null, tags: [], reopenCount: 0, tier: 1, assigneeGroup: null, occurrences: 1,
    reporterCount: 1, lastSeenAt: null, fingerprint: null, regressionOf: null, mergedInto: null,
    sla: { state: 'ok', policyVersion: 1, firstResponseDue: null, nextResponseDue: null, resolutionDue: null },
    firstRespondedAt: null, resolvedAt: null, closedAt: null, createdAt: at(n), updatedAt: at(n), ...fields,
  };
}

function report(n: number, fields: Partial<AgentReport> = {}): AgentReport {
  return {
    id: `rep_${n}`, kind: 'bug', message: `Message of ticket ${n}`, impact: 'hinders',
    reporter: { id: 'u_1', name: 'Ada', email: 'ada@example.com' },
    page: { url: 'https://app.example.com/settings', title: 'Settings', referrer: null },
    diagnostics: {}, metadata: {}, attachments: [], createdAt: at(n), receivedAt: at(n), ...fields,
  };
}

/** Diagnostics with every section, markup in each reporter-controlled string. */
export function hostileDiagnostics(): Record<string, unknown> {
  return {
    sdk: { name: '@aftercare/sdk', version: '0.1.0' },
    environment: { runtime: 'browser', userAgent: HOSTILE, language: 'en-GB', viewport: { width: 1280, height: 720 } },
    console: [
      { level: 'log', time: at(0), args: ['saving', { id: 42, nested: { html: HOSTILE } }] },
      { level: 'warn', time: at(0), args: ['slow save'] },
      { level: 'error', time: at(0), args: [HOSTILE] },
    ],
    errors: [{
      kind: 'error', time: at(0), type: 'TypeError', message: HOSTILE,
      frames: [
        { function: 'vendorFn', file: 'https://cdn.example.com/vendor.js', line: 1, column: 99, inApp: false },
        { function: 'save', file: 'https://app.example.com/app.js', line: 12, column: 5, inApp: true },
        { function: 'onClick', file: 'https://app.example.com/app.js', line: 40, column: 9, inApp: true },
      ],
      stack: `TypeError: ${HOSTILE}\n    at vendorFn`,
    }],
    network: [
      { type: 'fetch', time: at(0), method: 'POST', url: `https://api.example.com/save?q=${HOSTILE}`, status: 500, durationMs: 812.4, failed: true, slow: true },
      { type: 'xhr', time: at(0), method: 'GET', url: 'https://api.example.com/me', status: 0, durationMs: 30, failed: true, slow: false, error: 'network error' },
      { type: 'fetch', time: at(0), method: 'GET', url: 'https://api.example.com/ok', status: 200, durationMs: 12, failed: false, slow: false },
    ],
    breadcrumbs: [
      { type: 'navigation', time: at(0), via: 'pushState', from: '/', to: '/settings' },
      { type: 'click', time: at(0), selector: 'button#save', name: HOSTILE },
    ],
    truncated: { console: 3 },
  };
}

/** The fake desk: four tickets, the first hostile, the second with SLA data and a screenshot. */
export function sampleDesk(): FakeDesk & { details: TicketDetail[] } {
  const hostile: TicketDetail = {
    ticket: ticket(1, { title: `Title ${HOSTILE}`, tags: [`tag${HOSTILE}`] }),
    reports: [report(1, {
      message: `The save button does nothing ${HOSTILE}`,
      reporter: { id: null, name: `Eve ${HOSTILE}`, email: null },
      page: { url: 'javascript:window.__pwned=1', title: HOSTILE, referrer: HOSTILE },
      metadata: { [`plan${HOSTILE}`]: HOSTILE },
      diagnostics: hostileDiagnostics(),
    })],
    timeline: [
      { id: 'e1', type: 'created', visibility: 'public', actorType: 'reporter', actorId: null, body: null, data: {}, at: at(1) },
      { id: 'e2', type: 'note', visibility: 'internal', actorType: 'agent', actorId: 'agent_me', body: `Looking ${HOSTILE}`, data: {}, at: at(2) },
      { id: 'e3', type: 'note', visibility: 'internal', actorType: 'agent', actorId: 'agent_other', body: 'Seen this before', data: {}, at: at(3) },
    ],
  };
  const now = Date.now();
  const withSla: TicketDetail = {
    ticket: ticket(2, {
      title: 'Checkout fails', severity: 'urgent', assigneeId: 'agent_me', status: 'open', occurrences: 7, tier: 2,
      fingerprint: 'fp_abc', firstRespondedAt: new Date(now - 4_000_000).toISOString(),
      sla: {
        state: 'warning', policyVersion: 1, firstResponseDue: new Date(now - 3_600_000).toISOString(),
        nextResponseDue: null, resolutionDue: new Date(now + 20 * 60_000).toISOString(),
      },
    }),
    reports: [
      report(2, { attachments: [{ id: 'a1', kind: 'screenshot', filename: 'screenshot.png', contentType: 'image/png', size: 120, url: '/v1/agent/attachments/a1' }] }),
      report(22, { message: 'Same here on checkout' }),
    ],
    timeline: [
      { id: 'e1', type: 'created', visibility: 'public', actorType: 'reporter', actorId: null, body: null, data: {}, at: at(2) },
      { id: 'e2', type: 'triaged', visibility: 'internal', actorType: 'system', actorId: null, body: null,
        data: { explanation: [{ source: 'rule', message: 'Checkout pages are urgent', ruleId: 'checkout', ruleVersion: 3 }] }, at: at(2) },
      { id: 'e3', type: 'escalated', visibility: 'internal', actorType: 'system', actorId: null, body: null,
        data: { tier: 2, reason: 'urgent severity' }, at: at(2) },
    ],
  };
  const overdue = ticket(3, {
    title: 'Login loop', status: 'in_progress',
    sla: { state: 'breached', policyVersion: 1, firstResponseDue: null, nextResponseDue: null, resolutionDue: new Date(now - 5 * 60_000).toISOString() },
  });
  return {
    token: TOKEN,
    me: ME,
    members: MEMBERS,
    similar: structuredClone(SIMILAR),
    details: [
      hostile,
      withSla,
      { ticket: overdue, reports: [report(3)], timeline: [] },
      { ticket: ticket(4, { title: 'Export is slow', severity: 'low', category: 'usability', status: 'in_progress', assigneeId: 'agent_other' }), reports: [report(4)], timeline: [] },
    ],
  };
}
