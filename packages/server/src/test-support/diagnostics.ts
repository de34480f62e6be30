/**
 * Diagnostics as the SDK sends them, for triage tests.
 */

/** Diagnostics with one uncaught error thrown from in-app code. */
export function uncaughtError(message: string, fn = 'saveNote'): Record<string, unknown> {
  return {
    errors: [
      {
        kind: 'error',
        time: '2026-03-02T09:58:00.000Z',
        type: 'TypeError',
        message,
        frames: [
          { function: fn, file: 'https://app.example.com/assets/notes-3f9a2c.js', line: 10, column: 5, inApp: true },
          { function: 'onClick', file: 'https://app.example.com/assets/ui-77aa01.js', line: 3, column: 1, inApp: true },
        ],
      },
    ],
  };
}
