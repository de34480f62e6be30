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
  export function sendKeys(payload: { press: string } | { type: string } | { down: string } | { up: string }): Promise<void>;
  /** Moves, presses or releases the real mouse; positions are CSS pixels in the viewport. */
  export function sendMouse(
    payload: { type: 'move' | 'click'; position: [number, number] } | { type: 'down' | 'up'; button?: 'left' | 'middle' | 'right' },
  ): Promise<void>;
  /** Puts the mouse back at 0,0 with no button down. */
  export function resetMouse(): Promise<void>;
  /** Sets the size of the page's viewport, in CSS pixels. */
  export function setViewport(viewport: { width: number; height: number }): Promise<void>;
  /** Emulates media features for the page. */
  export function emulateMedia(media: {
    colorScheme?: 'dark' | 'light' | 'no-preference';
    reducedMotion?: 'reduce' | 'no-preference';
  }): Promise<void>;
}
