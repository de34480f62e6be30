import { describe, expect, it } from 'vitest';
import { clipBox } from './mask-boxes.js';

const viewport = { width: 100, height: 50 };

describe('clipBox', () => {
  it.each([
    ['inside', { x: 10, y: 10, width: 20, height: 5 }, { x: 10, y: 10, width: 20, height: 5 }],
    ['over the left edge', { x: -5, y: 10, width: 20, height: 5 }, { x: 0, y: 10, width: 15, height: 5 }],
    ['over the bottom right', { x: 90, y: 45, width: 20, height: 20 }, { x: 90, y: 45, width: 10, height: 5 }],
    ['larger than the viewport', { x: -10, y: -10, width: 500, height: 500 }, { x: 0, y: 0, width: 100, height: 50 }],
    ['above', { x: 10, y: -20, width: 20, height: 20 }, undefined],
    ['right of it', { x: 100, y: 0, width: 5, height: 5 }, undefined],
    ['empty', { x: 10, y: 10, width: 0, height: 5 }, undefined],
  ])('%s', (_name, box, expected) => {
    expect(clipBox(box, viewport)).toEqual(expected);
  });
});
