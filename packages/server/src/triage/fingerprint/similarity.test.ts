import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaccard, suggestSimilar, textSimilarity, trigrams } from './similarity.js';
import { normaliseFeedbackText } from './text.js';

describe('normaliseFeedbackText', () => {
  it.each([
    ['  The   Export button, does NOTHING!!! ', 'the export button does nothing'],
    ['Export button does nothing (v2.3)', 'export button does nothing v'],
    ['导出按钮没反应！', '导出按钮没反应'],
    ['导出 按钮，没反应。', '导出 按钮 没反应'],
    ['ＡＢＣ full width', 'abc full width'],
    ['Café crème', 'café crème'],
    ['12345 !!!', ''],
    ['don’t work', 'don t work'],
  ])('%j → %j', (text, expected) => {
    expect(normaliseFeedbackText(text)).toBe(expected);
  });
});

describe('trigrams and jaccard', () => {
  it('pads the text so short words still produce grams', () => {
    expect([...trigrams('ab')]).toEqual([' ab', 'ab ']);
    expect([...trigrams('a')]).toEqual([' a ']);
    expect(trigrams('!!!').size).toBe(0);
  });

  it.each([
    [['a', 'b'], ['a', 'b'], 1],
    [['a', 'b'], ['c'], 0],
    [['a', 'b', 'c'], ['b', 'c', 'd'], 0.5],
    [[], [], 1],
    [['a'], [], 0],
  ])('jaccard(%j, %j) = %d', (a, b, expected) => {
    expect(jaccard(new Set(a), new Set(b))).toBeCloseTo(expected, 10);
  });
});

describe('textSimilarity', () => {
  it.each([
    ['Export button does nothing', 'export button does nothing!', 1],
    ['导出按钮没反应', '导出按钮没反应！', 1],
  ])('%j ~ %j = %d', (a, b, expected) => {
    expect(textSimilarity(a, b)).toBe(expected);
  });

  it.each([
    ['Export button does nothing', 'The export button does nothing at all', 0.5, 1],
    ['cannot export csv', 'Cannot export the CSV file', 0.4, 1],
    ['导出按钮没反应', '导出按钮点击后没反应', 0.4, 1],
    ['Export button does nothing', 'Love the new dark theme', 0, 0.15],
    ['登录失败', 'Export button does nothing', 0, 0.01],
  ])('%j ~ %j within [%d, %d]', (a, b, low, high) => {
    const score = textSimilarity(a, b);
    expect(score).toBeGreaterThanOrEqual(low);
    expect(score).toBeLessThanOrEqual(high);
  });

  it('is symmetric and within [0, 1]', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ab = textSimilarity(a, b);
        expect(ab).toBe(textSimilarity(b, a));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('scores a text as identical to itself', () => {
    fc.assert(fc.property(fc.string(), (a) => textSimilarity(a, a) === 1));
  });
});

describe('suggestSimilar', () => {
  const candidates = [
    { id: 't1', text: 'Cannot export the CSV file' },
    { id: 't2', text: 'Dark theme please' },
    { id: 't3', text: 'cannot export csv' },
    { id: 't4', text: 'Export to CSV is broken' },
  ];

  it('ranks by similarity above the threshold', () => {
    const found = suggestSimilar('cannot export csv!', candidates);
    expect(found.map((s) => s.id)).toEqual(['t3', 't1']);
    expect(found[0]!.score).toBe(1);
  });

  it('respects limit and threshold', () => {
    expect(suggestSimilar('cannot export csv', candidates, { limit: 1 })).toHaveLength(1);
    expect(suggestSimilar('cannot export csv', candidates, { threshold: 0 })).toHaveLength(4);
    expect(suggestSimilar('cannot export csv', [], {})).toEqual([]);
  });
});
