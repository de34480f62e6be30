import { describe, expect, it } from 'vitest';
import { firstMatch, snippet, SNIPPET_LENGTH } from './snippet.js';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('snippet', () => {
  it('returns short text whole', () => {
    expect(snippet('Open Billing and click Refund.', ['refund'])).toBe('Open Billing and click Refund.');
  });

  it('cuts around the first match, with ellipses where text was left out', () => {
    const text = `${filler(60)} To get a refund, open Billing. ${filler(60)}`;
    const result = snippet(text, ['refund']);
    expect(result.startsWith('…')).toBe(true);
    expect(result.endsWith('…')).toBe(true);
    expect(result).toContain('To get a refund, open Billing.');
    expect(Array.from(result).length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
  });

  it('starts at the beginning when nothing matches (a title-only hit)', () => {
    const text = filler(100);
    const result = snippet(text, ['absent']);
    expect(result.startsWith('word0 word1')).toBe(true);
    expect(result.endsWith('…')).toBe(true);
  });

  it('matches case-insensitively and finds the earliest of several terms', () => {
    const text = `${filler(50)} INVOICE here, refund later ${filler(50)}`;
    expect(snippet(text, ['refund', 'invoice'])).toContain('INVOICE here');
  });

  it('works on Chinese without spaces and never splits a character', () => {
    const text = `${'这是一段很长的说明文字。'.repeat(20)}申请退款需要在七天内提交。${'其他内容。'.repeat(40)}😀`.repeat(1);
    const result = snippet(text, ['退款']);
    expect(result).toContain('申请退款需要在七天内提交');
    expect(result).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const emoji = snippet('😀'.repeat(300), ['x']);
    expect(Array.from(emoji.replace(/…/g, '')).every((c) => c === '😀')).toBe(true);
  });

  it('finds matches at the end of the text', () => {
    const text = `${filler(100)} final refund`;
    expect(snippet(text, ['refund']).endsWith('final refund')).toBe(true);
  });

  it('reports match positions in characters', () => {
    expect(firstMatch('😀😀 refund', ['refund'])).toBe(3);
    expect(firstMatch('nothing', [])).toBe(-1);
    expect(firstMatch('a.b', ['.'])).toBe(1);
  });
});
