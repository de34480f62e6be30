/**
 * Debian's Chromium and the flags it needs on these machines: no sandbox (the
 * tests run as root), no GPU, and no background networking (the network is
 * closed, and Chromium would retry its own connections). One list for every
 * browser test, end-to-end test and bench; no tool downloads a browser.
 */

/** The Chromium binary: `CHROMIUM_PATH`, else Debian's package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The command-line flags every launch uses. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);

/** Launch options for puppeteer (and @web/test-runner-chrome, which passes them to puppeteer). */
export function chromiumLaunchOptions() {
  return { executablePath: CHROMIUM_PATH, headless: true, args: ['--headless', ...CHROMIUM_ARGS] };
}
