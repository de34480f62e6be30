import type { Category, Impact, ReportKind, Severity } from '@aftercare/sdk/schemas';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from './defaults.js';
import { BASE_OUTCOME, evaluateRules } from './evaluate.js';
import type { Rule, RuleSubject } from './types.js';

const uncaught = { errors: [{ type: 'TypeError', message: 'x is undefined', kind: 'error', frames: [] }] };
const handled = { errors: [{ type: 'Warning', message: 'retrying', kind: 'captured', frames: [] }] };
const serverError = { network: [{ method: 'POST', url: '/api/save', status: 500 }] };

function report(kind: ReportKind, message: string, impact: Impact = 'unknown', diagnostics: object = {}): RuleSubject {
  return { kind, message, impact, diagnostics: diagnostics as Record<string, unknown>, page: { url: 'https://app.example.com/x' } };
}

type Case = [string, RuleSubject, Severity, Category, string[]];

const cases: Case[] = [
  ['bug', report('bug', 'The export button does nothing'), 'normal', 'defect', []],
  ['bug, minor', report('bug', 'Typo on the pricing page', 'minor'), 'low', 'defect', []],
  ['bug, minor but with an error', report('bug', 'Typo on the pricing page', 'minor', uncaught), 'normal', 'defect', ['uncaught-error']],
  ['bug, hinders', report('bug', 'Export is slow', 'hinders'), 'normal', 'defect', []],
  ['bug, blocks me', report('bug', 'Export does nothing', 'blocks_me'), 'high', 'defect', ['blocking']],
  ['bug, blocks me, uncaught error', report('bug', 'Export does nothing', 'blocks_me', uncaught), 'urgent', 'defect', ['uncaught-error', 'blocking', 'blocker']],
  ['bug, blocks me, handled error only', report('bug', 'Export does nothing', 'blocks_me', handled), 'high', 'defect', ['blocking']],
  ['question, blocks me, uncaught error', report('question', 'Why does this fail?', 'blocks_me', uncaught), 'urgent', 'defect', ['uncaught-error', 'blocking', 'blocker']],
  ['question', report('question', 'How do I export to CSV?'), 'normal', 'inquiry', []],
  ['question with an error', report('question', 'Is this error expected?', 'unknown', uncaught), 'normal', 'defect', ['uncaught-error']],
  ['question about setup', report('question', 'How do I configure SSO?'), 'normal', 'setup', []],
  ['question about setup, Chinese', report('question', '请问怎么配置单点登录？'), 'normal', 'setup', []],
  ['other about installing', report('other', 'Installing the widget on WordPress'), 'normal', 'setup', []],
  ['bug about installing stays a defect', report('bug', 'Installing fails'), 'normal', 'defect', []],
  ['question, usability', report('question', 'The settings page is confusing'), 'normal', 'usability', []],
  ['bug, usability, Chinese', report('bug', '导出按钮找不到'), 'normal', 'usability', []],
  ['bug, usability words but an error', report('bug', "I can't find the export, then it errored", 'unknown', uncaught), 'normal', 'defect', ['uncaught-error']],
  ['idea', report('idea', 'Dark mode please'), 'low', 'idea', []],
  ['idea mentioning payment', report('idea', 'The payment page could be nicer'), 'low', 'idea', []],
  ['idea, blocks me', report('idea', 'Need bulk export', 'blocks_me'), 'low', 'idea', []],
  ['idea with an error', report('idea', 'Add retry', 'unknown', uncaught), 'low', 'idea', []],
  ['other', report('other', 'Hello there'), 'normal', 'inquiry', []],
  ['crash', report('bug', 'The app crashed when saving'), 'high', 'defect', ['critical-words']],
  ['data loss', report('bug', 'Data loss after sync'), 'high', 'defect', ['critical-words']],
  ['cannot log in', report('question', 'I cannot log in since yesterday'), 'high', 'inquiry', ['critical-words']],
  ["can't log in, curly apostrophe", report('other', 'I can’t log in'), 'high', 'inquiry', ['critical-words']],
  ['payment', report('bug', 'Payment fails with card'), 'high', 'defect', ['critical-words']],
  ['minor crash is still high', report('bug', 'Minor crash in the footer', 'minor'), 'high', 'defect', ['critical-words']],
  ['崩溃', report('bug', '应用一打开就崩溃'), 'high', 'defect', ['critical-words']],
  ['闪退', report('bug', '手机上闪退'), 'high', 'defect', ['critical-words']],
  ['数据丢失', report('bug', '保存后数据丢失了'), 'high', 'defect', ['critical-words']],
  ['无法登录', report('question', '为什么我无法登录？'), 'high', 'inquiry', ['critical-words']],
  ['支付', report('bug', '支付页面打不开'), 'high', 'defect', ['critical-words']],
  ['Chinese, blocks me, uncaught error', report('bug', '点击保存后崩溃', 'blocks_me', uncaught), 'urgent', 'defect', ['uncaught-error', 'blocking', 'critical-words', 'blocker']],
  ['5xx is tagged', report('bug', 'Saving fails', 'unknown', serverError), 'normal', 'defect', ['server-error']],
  ['5xx on a question', report('question', 'Why does saving fail?', 'unknown', serverError), 'normal', 'inquiry', ['server-error']],
];

describe('evaluateRules with the default rules', () => {
  it.each(cases)('%s', (_name, subject, severity, category, tags) => {
    const { outcome } = evaluateRules(subject, DEFAULT_RULES);
    expect(outcome).toEqual({ severity, category, tags, tier: 1, assigneeGroup: null });
  });

  it('records each applied rule with its id, version and changes', () => {
    const { applied } = evaluateRules(report('bug', 'App crashed', 'blocks_me', uncaught), DEFAULT_RULES);
    expect(applied.map((rule) => `${rule.ruleId}@${rule.version}`)).toEqual([
      'kind-bug@1',
      'uncaught-error@1',
      'blocks-me@1',
      'critical-words@1',
      'blocker-with-error@1',
    ]);
    expect(applied[0]).toEqual({
      ruleId: 'kind-bug',
      version: 1,
      description: 'A bug report is a normal-severity defect.',
      changes: [{ field: 'category', from: 'inquiry', to: 'defect' }],
      stopped: false,
    });
    expect(applied[2]!.changes).toEqual([
      { field: 'severity', from: 'normal', to: 'high' },
      { field: 'tags', added: ['blocking'] },
    ]);
    expect(applied[3]!.changes).toEqual([{ field: 'tags', added: ['critical-words'] }]);
    expect(applied.at(-1)).toMatchObject({ stopped: true, changes: [{ field: 'severity', from: 'high', to: 'urgent' }, { field: 'tags', added: ['blocker'] }] });
  });

  it('is deterministic and leaves the rules and base untouched', () => {
    const before = JSON.stringify(DEFAULT_RULES);
    const subject = report('bug', 'crash', 'blocks_me', uncaught);
    expect(evaluateRules(subject, DEFAULT_RULES)).toEqual(evaluateRules(subject, DEFAULT_RULES));
    expect(JSON.stringify(DEFAULT_RULES)).toBe(before);
    expect(BASE_OUTCOME.tags).toEqual([]);
  });
});

describe('evaluateRules mechanics', () => {
  const subject = report('bug', 'Checkout fails', 'hinders');
  const rule = (id: string, extra: Partial<Rule>): Rule => ({
    id,
    version: 1,
    when: { type: 'always' },
    actions: [],
    onMatch: 'continue',
    ...extra,
  });

  it.each([
    ['no rules keep the base', [], { severity: 'normal', category: 'inquiry', tier: 1, assigneeGroup: null }, []],
    ['later rules override earlier ones', [
      rule('a', { actions: [{ type: 'set_severity', severity: 'high' }] }),
      rule('b', { actions: [{ type: 'set_severity', severity: 'low' }] }),
    ], { severity: 'low' }, ['a', 'b']],
    ['stop ends the run', [
      rule('a', { actions: [{ type: 'set_severity', severity: 'high' }], onMatch: 'stop' }),
      rule('b', { actions: [{ type: 'set_severity', severity: 'low' }] }),
    ], { severity: 'high' }, ['a']],
    ['a rule that does not match does not stop', [
      rule('a', { when: { type: 'kind_in', kinds: ['idea'] }, onMatch: 'stop' }),
      rule('b', { actions: [{ type: 'set_category', category: 'usability' }] }),
    ], { category: 'usability' }, ['b']],
    ['disabled rules are skipped', [
      rule('a', { enabled: false, actions: [{ type: 'set_severity', severity: 'urgent' }] }),
    ], { severity: 'normal' }, []],
    ['raise never lowers', [
      rule('a', { actions: [{ type: 'set_severity', severity: 'urgent' }] }),
      rule('b', { actions: [{ type: 'raise_severity', severity: 'high' }] }),
    ], { severity: 'urgent' }, ['a', 'b']],
    ['raise raises', [rule('a', { actions: [{ type: 'raise_severity', severity: 'high' }] })], { severity: 'high' }, ['a']],
    ['tier and group', [
      rule('a', { actions: [{ type: 'set_tier', tier: 2 }, { type: 'set_assignee_group', group: 'payments' }] }),
    ], { tier: 2, assigneeGroup: 'payments' }, ['a']],
    ['tags are added once, in order', [
      rule('a', { actions: [{ type: 'add_tags', tags: ['x', 'y', 'x'] }] }),
      rule('b', { actions: [{ type: 'add_tags', tags: ['y', 'z'] }] }),
    ], { tags: ['x', 'y', 'z'] }, ['a', 'b']],
    ['a group can be cleared', [
      rule('a', { actions: [{ type: 'set_assignee_group', group: 'payments' }] }),
      rule('b', { actions: [{ type: 'set_assignee_group', group: null }] }),
    ], { assigneeGroup: null }, ['a', 'b']],
  ] as Array<[string, Rule[], object, string[]]>)('%s', (_name, rules, outcome, appliedIds) => {
    const result = evaluateRules(subject, rules);
    expect(result.outcome).toMatchObject(outcome);
    expect(result.applied.map((applied) => applied.ruleId)).toEqual(appliedIds);
  });

  it('records a matching rule that changes nothing with no changes', () => {
    const result = evaluateRules(subject, [rule('noop', { actions: [{ type: 'set_severity', severity: 'normal' }] })]);
    expect(result.applied).toEqual([{ ruleId: 'noop', version: 1, changes: [], stopped: false }]);
  });

  it('starts from a given base', () => {
    const result = evaluateRules(subject, [], { base: { severity: 'low', tags: ['vip'] } });
    expect(result.outcome).toEqual({ severity: 'low', category: 'inquiry', tags: ['vip'], tier: 1, assigneeGroup: null });
  });
});
