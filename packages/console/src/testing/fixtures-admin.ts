/**
 * Sample data for the stats, triage and administration tests, in the shape
 * the server answers (docs/http-api.md): stats over a week, triage settings
 * with one rule, agents, tokens, the project and its audit log.
 */
import type {
  AgentRecord,
  AuditEntry,
  KbArticle,
  ProjectRecord,
  ProjectStats,
  TokenRecord,
  TriageSettings,
  Webhook,
  WebhookDeliveryDetail,
} from '@aftercare/sdk/schemas';

const T0 = '2026-03-02T10:00:00.000Z';

/** Stats of a week with a gap in the days, an agent with a name and one without. */
export function sampleStats(from: string, to: string, timeZone = 'UTC'): ProjectStats {
  const day = (offset: number) => new Date(Date.parse(from) + offset * 86_400_000).toISOString().slice(0, 10);
  const compliance = (tickets: number, met: number) => ({ tickets, met, rate: tickets ? met / tickets : null });
  return {
    period: { from, to, timeZone },
    volume: {
      tickets: 12, reports: 15, byKind: { bug: 10, question: 5 }, bySeverity: { urgent: 2, high: 3, normal: 6, low: 1 },
      byCategory: { defect: 8, inquiry: 4 }, byDay: [{ day: day(1), count: 5 }, { day: day(3), count: 7 }],
    },
    firstResponseMinutes: { count: 10, median: 42, p90: 185 },
    resolutionMinutes: { count: 6, median: 1500, p90: 4200 },
    resolutionRate: 0.5, reopenRate: 0.167,
    slaCompliance: {
      overall: compliance(12, 10),
      bySeverity: { urgent: compliance(2, 1), high: compliance(3, 3), normal: compliance(6, 5), low: compliance(0, 0) },
      byAgent: { agent_me: compliance(7, 6), agent_gone: compliance(2, 2) },
    },
    csat: { average: 4.25, ratings: 4, responseRate: 0.667, byAgent: { agent_me: { ratings: 3, average: 4.33 } } },
    deflections: 3,
    topIssues: [{ id: 'tkt_2', number: 2, title: 'Checkout fails <b>x</b>', status: 'open', category: 'defect', reports: 4, reporters: 3 }],
  };
}

/** One rule, as the server stores it. */
export const RULE = { id: 'checkout', version: 3, when: { type: 'url_matches', pattern: '/checkout/**' }, actions: [{ type: 'set_severity', severity: 'urgent' }], onMatch: 'continue' };

const nineToSix = [{ start: '09:00', end: '18:00' }];
type Target = TriageSettings['slaPolicy']['targets']['low']['resolution'];
const target = (amount: number, unit: Target['unit'], clock: Target['clock'] = 'calendar'): Target => ({ amount, unit, clock });

/** The triage settings of the sample project: custom rules, least-loaded routing, policy version 2. */
export function sampleTriage(): TriageSettings {
  return {
    rules: [structuredClone(RULE)],
    rulesAreDefault: false,
    routingStrategy: 'least_loaded',
    slaPolicy: {
      version: 2,
      calendar: { timeZone: 'Europe/Berlin', week: { mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix }, holidays: ['2026-12-25'] },
      targets: {
        urgent: { firstResponse: target(15, 'minutes', '24x7'), nextResponse: target(30, 'minutes', '24x7'), resolution: target(4, 'hours', '24x7') },
        high: { firstResponse: target(1, 'hours'), nextResponse: target(2, 'hours'), resolution: target(1, 'business_days') },
        normal: { firstResponse: target(4, 'hours'), nextResponse: target(1, 'business_days'), resolution: target(2, 'business_days') },
        low: { firstResponse: target(1, 'business_days'), nextResponse: target(2, 'business_days'), resolution: target(5, 'business_days') },
      },
      warning: { percent: 20 },
    },
    slaPolicyVersions: [0, 1, 2],
  };
}

/** Every agent of the instance. */
export function sampleAgents(): AgentRecord[] {
  const agent = (id: string, name: string, fields: Partial<AgentRecord> = {}): AgentRecord => ({
    id, name, email: null, role: 'agent', tier: 1, capacity: 25, disabled: false, createdAt: T0, ...fields,
  });
  return [
    agent('agent_admin', 'Ada Admin', { role: 'admin', email: 'ada@example.com' }),
    agent('agent_me', 'Mei'),
    agent('agent_other', 'Otto', { tier: 2 }),
    agent('agent_new', 'Nia', { email: 'nia@example.com' }),
  ];
}

/** Tokens of the agents. */
export function sampleTokens(): TokenRecord[] {
  return [
    { id: 'tok_1', agentId: 'agent_me', name: 'laptop', createdAt: T0, revokedAt: null },
    { id: 'tok_2', agentId: 'agent_me', name: 'old phone', createdAt: T0, revokedAt: T0 },
    { id: 'tok_3', agentId: 'agent_admin', name: 'cli', createdAt: T0, revokedAt: null },
  ];
}

/** The sample project as its admins see it. */
export function sampleProject(): ProjectRecord {
  return {
    id: 'prj_1', slug: 'shop', name: 'Shop', publicKey: 'pk_live_123', allowedOrigins: ['https://shop.example.com'],
    disabled: false, timeZone: 'Europe/Berlin', autoCloseDays: 7, createdAt: T0,
  };
}

/** The audit log, newest first; one entry with markup in it. */
export function sampleAudit(): AuditEntry[] {
  return [
    { id: 'au_2', agentId: 'agent_admin', projectId: 'prj_1', action: 'member.set', targetType: 'agent', targetId: 'agent_other',
      before: null, after: { role: 'agent' }, createdAt: '2026-03-02T11:00:00.000Z' },
    { id: 'au_1', agentId: 'agent_me', projectId: 'prj_1', action: 'project.update', targetType: 'project', targetId: 'prj_1',
      before: { name: 'Old' }, after: { name: '<img src=x onerror="window.__pwned=1">' }, createdAt: T0 },
  ];
}

/** Markup the server would never send in an article; the preview must not run it even so. */
export const HOSTILE_ARTICLE_HTML = '<p>Open <strong>Billing</strong>.</p><img src="x" onerror="parent.__pwned=1"><script>parent.__pwned=1</script>';

/** Two articles: a published one (with hostile HTML) and a Chinese draft. */
export function sampleArticles(): KbArticle[] {
  const article = (id: string, fields: Partial<KbArticle>): KbArticle => ({
    id, projectId: 'prj_1', slug: id, locale: 'en', title: id, status: 'draft', category: null, tags: [], sourceTicketId: null,
    views: 0, deflections: 0, createdBy: 'agent_me', createdAt: T0, updatedAt: T0, publishedAt: null, bodyMarkdown: '', html: '', ...fields,
  });
  return [
    article('art_refund', {
      slug: 'how-to-get-a-refund', title: 'How to get a refund <b>now</b>', status: 'published', category: 'Billing', tags: ['refunds'],
      views: 12, deflections: 5, publishedAt: T0, bodyMarkdown: 'Open **Billing**.', html: HOSTILE_ARTICLE_HTML, sourceTicketId: 'tkt_2',
    }),
    article('art_zh', { slug: 'article-zh', locale: 'zh-CN', title: '退款政策', bodyMarkdown: '申请退款需要在七天内提交。', html: '<p>申请退款需要在七天内提交。</p>' }),
  ];
}

/** One webhook of the sample project. */
export function sampleWebhooks(): Webhook[] {
  return [{
    id: 'wh_1', projectId: 'prj_1', url: 'https://ops.example.com/aftercare', events: ['ticket.created', 'sla.breached'], active: true,
    description: 'On-call', createdAt: T0, updatedAt: T0,
  }];
}

/** Its deliveries: one delivered, one failing and being retried. */
export function sampleDeliveries(): WebhookDeliveryDetail[] {
  const payload = (type: string) => ({ id: `evt_${type}`, type, createdAt: T0, projectId: 'prj_1', data: { ticketId: 'tkt_1', number: 1, title: '<b>x</b>' } });
  return [
    { id: 'del_2', webhookId: 'wh_1', eventId: 'evt_2', eventType: 'sla.breached', status: 'failed', attempts: 2, nextAttemptAt: '2026-03-02T10:12:00.000Z',
      lastStatusCode: 500, lastError: 'HTTP 500', lastAttemptAt: '2026-03-02T10:02:00.000Z', createdAt: '2026-03-02T10:01:00.000Z', payload: payload('sla.breached'),
      history: [
        { id: 'att_1', number: 1, trigger: 'automatic', statusCode: null, error: 'Timed out after 10000 ms', durationMs: 10000, at: '2026-03-02T10:01:01.000Z' },
        { id: 'att_2', number: 2, trigger: 'automatic', statusCode: 500, error: 'HTTP 500', durationMs: 88, at: '2026-03-02T10:02:00.000Z' },
      ] },
    { id: 'del_1', webhookId: 'wh_1', eventId: 'evt_1', eventType: 'ticket.created', status: 'succeeded', attempts: 1, nextAttemptAt: null,
      lastStatusCode: 204, lastError: null, lastAttemptAt: T0, createdAt: T0, payload: payload('ticket.created'),
      history: [{ id: 'att_0', number: 1, trigger: 'automatic', statusCode: 204, error: null, durationMs: 35, at: T0 }] },
  ];
}
