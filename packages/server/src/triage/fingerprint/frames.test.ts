import { describe, expect, it } from 'vitest';
import {
  inAppFrames,
  looksLikeContentHash,
  normaliseFrameFile,
  normaliseFunctionName,
  topFrameKeys,
} from './frames.js';

describe('normaliseFrameFile', () => {
  it.each([
    ['https://cdn.x.io/assets/index-BXk3_9aZ.js?v=3', '/assets/index.js'],
    ['https://cdn.x.io/assets/Settings-Dq3kPzXw.js', '/assets/Settings.js'],
    ['https://x.io/static/js/main.3f9a2c1b.chunk.js', '/static/js/main.chunk.js'],
    ['https://x.io/static/js/main.3f9a2c1b.js:10:20', '/static/js/main.js'],
    ['https://x.io/app.js#L10', '/app.js'],
    ['webpack:///src/components/Form.tsx', '/src/components/Form.tsx'],
    ['/src/components/my-component2.ts', '/src/components/my-component2.ts'],
    ['/node_modules/react-dom/cjs/react-dom.production.min.js', '/node_modules/react-dom/cjs/react-dom.production.min.js'],
    ['/builds/20240117/app.js', '/builds/:id/app.js'],
    ['app.js', 'app.js'],
    ['', '?'],
    [undefined, '?'],
  ])('%s → %s', (file, expected) => {
    expect(normaliseFrameFile(file)).toBe(expected);
  });
});

describe('looksLikeContentHash', () => {
  it.each([
    ['3f9a2c1b', true],
    ['BXk3_9aZ', true],
    ['DqkPzXwa', true],
    ['a1b2c3d4e5f6', true],
    ['component2', false],
    ['production', false],
    ['Settings', false],
    ['MyComponent', false],
    ['abc', false],
  ])('%s → %s', (part, expected) => {
    expect(looksLikeContentHash(part)).toBe(expected);
  });
});

describe('normaliseFunctionName', () => {
  it.each([
    ['saveOrder', 'saveOrder'],
    ['async saveOrder', 'saveOrder'],
    ['Object.handleClick', 'handleClick'],
    ['OrderForm.submit', 'OrderForm.submit'],
    ['<anonymous>', '?'],
    ['  ', '?'],
    [undefined, '?'],
  ])('%s → %s', (name, expected) => {
    expect(normaliseFunctionName(name)).toBe(expected);
  });
});

describe('inAppFrames and topFrameKeys', () => {
  const frames = [
    { function: 'dispatch', file: '/node_modules/react-dom/index.js' },
    { function: 'save', file: '/src/save.ts', inApp: true },
    { function: 'lib', file: '/vendor/lib.js', inApp: false },
    { function: 'submit', file: '/src/form.ts', inApp: true },
  ];

  it('keeps frames marked in-app when some are', () => {
    expect(inAppFrames(frames).map((f) => f.function)).toEqual(['save', 'submit']);
  });

  it('falls back to frames not marked otherwise and outside node_modules', () => {
    const unmarked = frames.map(({ inApp: _inApp, ...rest }) => rest);
    expect(inAppFrames(unmarked).map((f) => f.function)).toEqual(['save', 'lib', 'submit']);
  });

  it.each([
    [0, []],
    [1, ['save@/src/save.ts']],
    [5, ['save@/src/save.ts', 'submit@/src/form.ts']],
  ])('top %i frames', (count, expected) => {
    expect(topFrameKeys(frames, count)).toEqual(expected);
  });
});
