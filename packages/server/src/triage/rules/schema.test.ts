import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from './defaults.js';
import { conditionSchema, ruleSchema, ruleSetSchema } from './schema.js';

describe('ruleSetSchema', () => {
  it('accepts the default rules as stored JSON', () => {
    const stored = JSON.parse(JSON.stringify({ rules: DEFAULT_RULES }));
    expect(ruleSetSchema.parse(stored)).toEqual(stored);
  });

  it('rejects duplicate ids', () => {
    const rule = { id: 'a', version: 1, when: { type: 'always' }, actions: [] };
    expect(ruleSetSchema.safeParse({ rules: [rule, rule] }).success).toBe(false);
  });
});

describe('ruleSchema', () => {
  const valid = { id: 'vip-customers', version: 3, when: { type: 'always' }, actions: [{ type: 'set_tier', tier: 2 }] };

  it('defaults onMatch to continue', () => {
    expect(ruleSchema.parse(valid).onMatch).toBe('continue');
  });

  it.each([
    ['an id with spaces', { ...valid, id: 'vip customers' }],
    ['an empty id', { ...valid, id: '' }],
    ['version 0', { ...valid, version: 0 }],
    ['a fractional version', { ...valid, version: 1.5 }],
    ['an unknown action', { ...valid, actions: [{ type: 'delete_ticket' }] }],
    ['tier 3', { ...valid, actions: [{ type: 'set_tier', tier: 3 }] }],
    ['an unknown severity', { ...valid, actions: [{ type: 'set_severity', severity: 'critical' }] }],
    ['an empty tag', { ...valid, actions: [{ type: 'add_tags', tags: [' '] }] }],
    ['a bad onMatch', { ...valid, onMatch: 'break' }],
    ['an extra field', { ...valid, priority: 1 }],
    ['deep nesting', { ...valid, when: Array.from({ length: 10 }).reduce((inner) => ({ type: 'not', condition: inner }), { type: 'always' }) }],
  ])('rejects %s', (_name, rule) => {
    expect(ruleSchema.safeParse(rule).success).toBe(false);
  });
});

describe('conditionSchema', () => {
  it.each([
    [{ type: 'all', conditions: [{ type: 'kind_in', kinds: ['bug'] }, { type: 'not', condition: { type: 'has_uncaught_error' } }] }, true],
    [{ type: 'message_contains_any', words: ['crash*', '崩溃'] }, true],
    [{ type: 'has_failed_request' }, true],
    [{ type: 'has_failed_request', minStatus: 400, maxStatus: 499 }, true],
    [{ type: 'has_failed_request', minStatus: 600 }, false],
    [{ type: 'url_matches', pattern: '/billing/**', mode: 'glob' }, true],
    [{ type: 'url_matches', pattern: '/billing', mode: 'regex' }, false],
    [{ type: 'metadata_in', key: 'plan', values: ['pro', 1, true] }, true],
    [{ type: 'metadata_equals', key: 'plan', value: { nested: 1 } }, false],
    [{ type: 'reporter_equals', attribute: 'email_domain', value: 'example.com' }, true],
    [{ type: 'reporter_exists', attribute: 'phone' }, false],
    [{ type: 'kind_in', kinds: [] }, false],
    [{ type: 'message_contains_any', words: [''] }, false],
    [{ type: 'all', conditions: [] }, false],
    [{ type: 'sometimes' }, false],
  ])('%j valid: %s', (condition, valid) => {
    expect(conditionSchema.safeParse(condition).success).toBe(valid);
  });
});
