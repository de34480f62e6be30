import { describe, expect, it } from 'vitest';
import { matchesCondition } from './conditions.js';
import { reportFacts } from './facts.js';
import type { Condition, RuleSubject } from './types.js';

const report: RuleSubject = {
  kind: 'bug',
  impact: 'blocks_me',
  message: 'Checkout crashes when I pay — 支付失败',
  page: { url: 'https://shop.example.com/checkout/42?step=pay' },
  reporter: { id: 'u-17', name: 'Li Wei', email: 'Li.Wei@Example.COM' },
  metadata: { plan: 'enterprise', seats: 40, beta: true, build: '1' },
  diagnostics: {
    errors: [{ type: 'TypeError', message: 'x is undefined', kind: 'error', frames: [] }],
    network: [
      { method: 'POST', url: '/api/pay', status: 502 },
      { method: 'GET', url: '/api/cart', status: 404 },
    ],
  },
};
const plain: RuleSubject = { kind: 'question', message: 'How do I export?', page: { url: '/help' } };
const facts = reportFacts(report);
const plainFacts = reportFacts(plain);

const T: Condition = { type: 'always' };
const F: Condition = { type: 'not', condition: T };

type Case = [string, Condition, boolean, boolean];

const cases: Case[] = [
  ['always', T, true, true],
  ['not always', F, false, false],
  ['all of true', { type: 'all', conditions: [T, T] }, true, true],
  ['all with a false', { type: 'all', conditions: [T, F] }, false, false],
  ['any with a true', { type: 'any', conditions: [F, T] }, true, true],
  ['any of false', { type: 'any', conditions: [F, F] }, false, false],
  ['nested', { type: 'any', conditions: [F, { type: 'all', conditions: [T, { type: 'not', condition: F }] }] }, true, true],
  ['kind in bug', { type: 'kind_in', kinds: ['bug'] }, true, false],
  ['kind in question, idea', { type: 'kind_in', kinds: ['question', 'idea'] }, false, true],
  ['impact blocks me', { type: 'impact_in', impacts: ['blocks_me'] }, true, false],
  ['impact unknown by default', { type: 'impact_in', impacts: ['unknown'] }, false, true],
  ['message has crash*', { type: 'message_contains_any', words: ['crash*'] }, true, false],
  ['message has 支付', { type: 'message_contains_any', words: ['支付'] }, true, false],
  ['message has export', { type: 'message_contains_any', words: ['EXPORT'] }, false, true],
  ['message has none', { type: 'message_contains_any', words: ['refund', '退款'] }, false, false],
  ['uncaught error', { type: 'has_uncaught_error' }, true, false],
  ['failed 5xx', { type: 'has_failed_request' }, true, false],
  ['failed 4xx', { type: 'has_failed_request', minStatus: 400, maxStatus: 499 }, true, false],
  ['failed 503 only', { type: 'has_failed_request', minStatus: 503, maxStatus: 503 }, false, false],
  ['url glob', { type: 'url_matches', pattern: '/checkout/**' }, true, false],
  ['url prefix', { type: 'url_matches', pattern: 'https://shop.example.com/checkout', mode: 'prefix' }, true, false],
  ['url other', { type: 'url_matches', pattern: '/admin/**' }, false, false],
  ['metadata equals string', { type: 'metadata_equals', key: 'plan', value: 'enterprise' }, true, false],
  ['metadata equals number', { type: 'metadata_equals', key: 'seats', value: 40 }, true, false],
  ['metadata equals boolean', { type: 'metadata_equals', key: 'beta', value: true }, true, false],
  ['metadata compares strictly', { type: 'metadata_equals', key: 'build', value: 1 }, false, false],
  ['metadata missing key', { type: 'metadata_equals', key: 'region', value: 'eu' }, false, false],
  ['metadata in', { type: 'metadata_in', key: 'plan', values: ['pro', 'enterprise'] }, true, false],
  ['metadata not in', { type: 'metadata_in', key: 'plan', values: ['free'] }, false, false],
  ['metadata inherited key', { type: 'metadata_equals', key: 'toString', value: 'x' }, false, false],
  ['reporter id equals', { type: 'reporter_equals', attribute: 'id', value: 'u-17' }, true, false],
  ['reporter id is case-sensitive', { type: 'reporter_equals', attribute: 'id', value: 'U-17' }, false, false],
  ['reporter email ignores case', { type: 'reporter_equals', attribute: 'email', value: 'li.wei@example.com' }, true, false],
  ['reporter email domain', { type: 'reporter_equals', attribute: 'email_domain', value: 'example.com' }, true, false],
  ['reporter name exists', { type: 'reporter_exists', attribute: 'name' }, true, false],
  ['reporter email domain exists', { type: 'reporter_exists', attribute: 'email_domain' }, true, false],
];

describe('matchesCondition', () => {
  it.each(cases)('%s', (_name, condition, onReport, onPlain) => {
    expect(matchesCondition(condition, facts)).toBe(onReport);
    expect(matchesCondition(condition, plainFacts)).toBe(onPlain);
  });

  it.each([
    ['handled errors are not uncaught', [{ type: 'E', handled: true }], false],
    ['captured errors are not uncaught', [{ type: 'E', kind: 'captured' }], false],
    ['handled: false wins over kind', [{ type: 'E', kind: 'captured', handled: false }], true],
    ['unhandled rejections are uncaught', [{ type: 'E', kind: 'unhandledrejection' }], true],
    ['errors without flags are uncaught', [{ message: 'boom' }], true],
    ['garbage is ignored', ['boom', 3, null], false],
  ])('%s', (_name, errors, uncaught) => {
    const subject = { ...plain, diagnostics: { errors } };
    expect(matchesCondition({ type: 'has_uncaught_error' }, reportFacts(subject))).toBe(uncaught);
  });

  it('gives up past the nesting limit', () => {
    let deep: Condition = T;
    for (let i = 0; i < 20; i += 1) deep = { type: 'not', condition: { type: 'not', condition: deep } };
    expect(matchesCondition(deep, facts)).toBe(false);
    expect(matchesCondition({ type: 'not', condition: deep }, facts)).toBe(false);
    let shallow: Condition = T;
    for (let i = 0; i < 4; i += 1) shallow = { type: 'not', condition: { type: 'not', condition: shallow } };
    expect(matchesCondition(shallow, facts)).toBe(true);
  });

  it('never matches an unknown condition type', () => {
    expect(matchesCondition({ type: 'mystery' } as unknown as Condition, facts)).toBe(false);
  });
});
