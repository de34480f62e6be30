/**
 * Types for what the test runner provides: Mocha's globals in the page, and
 * the browser commands module resolved by web-test-runner.config.mjs.
 */
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => void | Promise<void>): void;
declare function beforeEach(body: () => void | Promise<void>): void;
declare function afterEach(body: () => void | Promise<void>): void;

declare module '@web/test-runner-commands' {
  /** Presses a key (or types text) with a real, trusted keyboard event. */
  export function sendKeys(payload: { press: string } | { type: string }): Promise<void>;
  /** Resizes the page's viewport. */
  export function setViewport(viewport: { width: number; height: number }): Promise<void>;
}
