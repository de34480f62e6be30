import type { ReportInput } from '@aftercare/sdk/schemas';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from './rules/defaults.js';
import type { Rule } from './rules/types.js';
import { defaultSlaPolicy } from './sla/policy.js';
import { triageReport } from './triage-report.js';

function report(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    id: '0b7c1f4e-2d4a-4c1e-9a55-6f1d2b3c4d5e',
    kind: 'bug',
    message: 'Saving the invoice does nothing',
    page: { url: 'https://app.example.com/invoices/1234/edit?tab=lines' },
    impact: 'unknown',
    diagnostics: {},
    metadata: {},
    createdAt: '2025-03-03T09:59:00+01:00',
    ...overrides,
  };
}

const crash = {
  errors: [
    {
      kind: 'error',
      type: 'TypeError',
      message: "Cannot read properties of undefined (reading 'lines')",
      frames: [{ function: 'saveInvoice', file: 'https://cdn.example.com/assets/index-BXk3_9aZ.js', line: 1, inApp: true }],
    },
  ],
};

// Monday 3 March 2025, 10:00 in Berlin.
const now = new Date('2025-03-03T09:00:00Z');
const berlin = { now, timeZone: 'Europe/Berlin' };

describe('triageReport', () => {
  it.each([
    ['a plain bug', report(), 'normal', 'defect', 1, '2025-03-03T14:00+01:00', '2025-03-05T10:00+01:00'],
    ['a blocking crash', report({ impact: 'blocks_me', diagnostics: crash }), 'urgent', 'defect', 2, '2025-03-03T10:15+01:00', '2025-03-03T14:00+01:00'],
    ['a payment question', report({ kind: 'question', message: '支付失败怎么办？' }), 'high', 'inquiry', 1, '2025-03-03T11:00+01:00', '2025-03-04T10:00+01:00'],
    ['an idea', report({ kind: 'idea', message: 'Dark mode' }), 'low', 'idea', 1, '2025-03-04T10:00+01:00', '2025-03-10T10:00+01:00'],
  ])('%s', (_name, input, severity, category, tier, firstResponse, resolution) => {
    const decision = triageReport(input, berlin);
    expect(decision).toMatchObject({ severity, category, tier, policyVersion: 1 });
    expect(decision.deadlines.firstResponse.dueAt.toISOString()).toBe(new Date(firstResponse).toISOString());
    expect(decision.deadlines.resolution.dueAt.toISOString()).toBe(new Date(resolution).toISOString());
  });

  it('explains every step', () => {
    const decision = triageReport(report({ impact: 'blocks_me', diagnostics: crash }), berlin);
    expect(decision.fingerprint).toMatchObject({ version: 1, basis: 'error' });
    expect(decision.escalation).toMatchObject({ escalate: true, code: 'urgent' });
    expect(decision.explanation.map((entry) => entry.source)).toEqual([
      'fingerprint',
      'rule',
      'rule',
      'rule',
      'rule',
      'escalation',
      'sla',
    ]);
    expect(decision.explanation[1]).toEqual({
      source: 'rule',
      message: 'rule kind-bug v1: category inquiry → defect',
      ruleId: 'kind-bug',
      ruleVersion: 1,
      changes: [{ field: 'category', from: 'inquiry', to: 'defect' }],
    });
    expect(decision.explanation.at(-3)?.message).toBe('rule blocker-with-error v1: severity high → urgent; tags +blocker (stop)');
    expect(decision.explanation.at(-1)?.message).toBe(
      'SLA policy v1, urgent: first response by 2025-03-03T09:15:00.000Z, resolution by 2025-03-03T13:00:00.000Z',
    );
    expect(decision.appliedRules.map((rule) => rule.ruleId)).toEqual(['kind-bug', 'uncaught-error', 'blocks-me', 'blocker-with-error']);
    expect(decision.tags).toEqual(['uncaught-error', 'blocking', 'blocker']);
  });

  it('groups two reports of the same error and keeps plain feedback apart', () => {
    const a = triageReport(report({ diagnostics: crash, page: { url: 'https://app.example.com/invoices/1/edit' } }), berlin);
    const b = triageReport(report({ diagnostics: crash, message: 'broken', page: { url: 'https://app.example.com/invoices/2/edit?x' } }), berlin);
    const c = triageReport(report(), berlin);
    expect(a.fingerprint.value).toBe(b.fingerprint.value);
    expect(c.fingerprint.basis).toBe('text');
    expect(c.fingerprint.value).not.toBe(a.fingerprint.value);
  });

  it('uses the project policy, rules and time zone', () => {
    const policy = defaultSlaPolicy({ timeZone: 'Asia/Shanghai', version: 7 });
    const rules: Rule[] = [
      { id: 'vip', version: 2, when: { type: 'metadata_equals', key: 'plan', value: 'vip' }, actions: [{ type: 'set_assignee_group', group: 'vip-desk' }], onMatch: 'continue' },
      ...DEFAULT_RULES,
    ];
    const decision = triageReport(report({ metadata: { plan: 'vip' } }), { now, policy, rules });
    expect(decision.policyVersion).toBe(7);
    expect(decision.assigneeGroup).toBe('vip-desk');
    // 17:00 in Shanghai: one business hour today, three tomorrow.
    expect(decision.deadlines.firstResponse.dueAt.toISOString()).toBe(new Date('2025-03-04T12:00+08:00').toISOString());
    expect(decision.deadlines.firstResponse).toMatchObject({ targetMinutes: 240, clock: 'calendar' });
  });

  it('starts the rules from a given base', () => {
    const decision = triageReport(report({ kind: 'other', message: 'Hello' }), { now, rules: [], base: { severity: 'low', category: 'setup' } });
    expect(decision).toMatchObject({ severity: 'low', category: 'setup', appliedRules: [] });
    expect(decision.deadlines.firstResponse.dueAt.toISOString()).toBe('2025-03-03T18:00:00.000Z');
  });

  it('defaults to UTC without a time zone', () => {
    const decision = triageReport(report(), { now });
    expect(decision.deadlines.firstResponse.dueAt.toISOString()).toBe('2025-03-03T13:00:00.000Z');
  });

  it('picks an assignee of the decided tier and group when routing is given', () => {
    const agents = [
      { id: 'ana', tier: 1 as const, capacity: 5, openCount: 1 },
      { id: 'ben', tier: 1 as const, capacity: 5, openCount: 0 },
      { id: 'sam', tier: 2 as const, capacity: 5, openCount: 2 },
    ];
    const normal = triageReport(report(), { ...berlin, routing: { agents, strategy: 'least_loaded' } });
    expect(normal.assignee).toMatchObject({ agentId: 'ben', code: 'assigned' });
    const urgent = triageReport(report({ impact: 'blocks_me', diagnostics: crash }), { ...berlin, routing: { agents, strategy: 'round_robin' } });
    expect(urgent.assignee).toMatchObject({ agentId: 'sam' });
    expect(urgent.explanation.at(-1)).toEqual({ source: 'routing', message: urgent.assignee!.reason });
    expect(triageReport(report(), berlin).assignee).toBeUndefined();
  });

  it('survives diagnostics of any shape', () => {
    for (const diagnostics of [{ errors: 'x' }, { errors: [null, 1, { frames: 'no' }] }, { network: [{ status: '500' }] }]) {
      expect(() => triageReport(report({ diagnostics }), berlin)).not.toThrow();
    }
  });
});
