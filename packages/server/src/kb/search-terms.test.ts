import { describe, expect, it } from 'vitest';
import { MAX_TERMS, searchTerms, tokenize } from './search-terms.js';

describe('searchTerms', () => {
  it.each([
    ['How do I export invoices?', ['export', 'invoice']],
    ['Refunds', ['refund']],
    ['the app crashed while logging in', ['app', 'crash', 'while', 'logg']],
    ['speed entries process', ['speed', 'entr', 'process']],
    ['Error 404 on /billing', ['error', '404', 'bill']],
    ['how to', ['how', 'to']],
    ['ÉCOLE Café', ['école', 'café']],
    ['ＡＢＣ１２３', ['abc123']],
    ['退款', ['退款']],
    ['退', ['退']],
    ['如何退款', ['如何退款', '何退', '退款']],
    ['退款 政策', ['退款', '政策']],
    ['我的订单怎么退款', ['我的订单怎么退款', '的订', '订单', '单怎', '么退', '退款']],
    ['export 退款', ['export', '退款']],
    ['refund退款', ['refund', '退款']],
    ['!!', []],
    ['it is', ['it', 'is']],
  ])('%j → %j', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
  });

  it('drops repeats and keeps at most MAX_TERMS terms', () => {
    expect(searchTerms('refund refund Refund')).toEqual(['refund']);
    const many = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    expect(searchTerms(many)).toHaveLength(MAX_TERMS);
    expect(searchTerms('长'.repeat(30)).length).toBeLessThanOrEqual(MAX_TERMS);
  });

  it('never yields LIKE or FTS syntax, only letters, marks and digits', () => {
    for (const term of searchTerms('50% off_now "quoted" a*b (x OR y) NEAR/2 col:val \\ \' ;--')) {
      expect(term).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
    }
  });

  it('tokenizes mixed scripts', () => {
    expect(tokenize('Save按钮不动 v2.1')).toEqual(['save', '按钮不动', 'v2', '1']);
  });
});
