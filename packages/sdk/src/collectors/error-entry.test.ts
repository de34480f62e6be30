import { describe, expect, it } from 'vitest';
import { errorEntry } from './error-entry.js';

const TIME = '2025-03-01T12:00:00.000Z';

describe('errorEntry', () => {
  it('describes an Error with its stack, frames and source', () => {
    const error = new TypeError('x is undefined');
    error.stack = 'TypeError: x is undefined\n    at save (https://app.example/main.js:10:5)';
    expect(errorEntry('error', error, TIME)).toEqual({
      kind: 'error',
      time: TIME,
      type: 'TypeError',
      message: 'x is undefined',
      stack: error.stack,
      source: { url: 'https://app.example/main.js', line: 10, column: 5 },
      frames: [{ function: 'save', file: 'https://app.example/main.js', line: 10, column: 5, inApp: true }],
    });
  });

  it('prefers the source position the runtime reported', () => {
    const entry = errorEntry('error', { name: 'Error', message: 'Script error.' }, TIME, { url: 'https://cdn.example/x.js', line: 1, column: 0 });
    expect(entry.source).toEqual({ url: 'https://cdn.example/x.js', line: 1 });
    expect(entry.frames).toEqual([]);
  });

  it.each([
    ['a string reason', 'nope', 'UnhandledRejection', 'nope'],
    ['an object reason', { status: 500 }, 'UnhandledRejection', '{"status":500}'],
    ['undefined', undefined, 'UnhandledRejection', '"[undefined]"'],
  ])('turns %s into a message', (_name, reason, type, message) => {
    expect(errorEntry('unhandledrejection', reason, TIME)).toMatchObject({ type, message, frames: [] });
  });
});
