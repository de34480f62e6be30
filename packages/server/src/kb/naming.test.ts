import { describe, expect, it } from 'vitest';
import { canonicalLocale, languageOf } from './locale.js';
import { freeSlug, SLUG_MAX, SLUG_PATTERN, slugify } from './slug.js';

describe('slugify', () => {
  it.each([
    ['How to get a Refund', 'how-to-get-a-refund'],
    ['Crème brûlée: how to refund?', 'creme-brulee-how-to-refund'],
    ['  --Export CSV (v2)--  ', 'export-csv-v2'],
    ['退款政策', ''],
    ['退款 FAQ 2026', 'faq-2026'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('stays within the length and the pattern', () => {
    const slug = slugify('word '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('finds a free slug', () => {
    expect(freeSlug('refunds', new Set())).toBe('refunds');
    expect(freeSlug('refunds', new Set(['refunds', 'refunds-2']))).toBe('refunds-3');
    const long = 'a'.repeat(SLUG_MAX);
    const free = freeSlug(long, new Set([long]));
    expect(free.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(free.endsWith('-2')).toBe(true);
  });
});

describe('locales', () => {
  it('canonicalises BCP 47 tags and rejects others', () => {
    expect(canonicalLocale('zh-cn')).toBe('zh-CN');
    expect(canonicalLocale('EN')).toBe('en');
    expect(canonicalLocale('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalLocale('not a locale')).toBeUndefined();
    expect(canonicalLocale('')).toBeUndefined();
  });

  it('takes the language of a tag', () => {
    expect(languageOf('zh-Hant-TW')).toBe('zh');
    expect(languageOf('en')).toBe('en');
  });
});
