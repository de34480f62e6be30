/**
 * Vitest runs the Node-side unit tests; `*.browser.test.ts` files belong to
 * @web/test-runner (real Chromium) and are left out here.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.browser.test.ts', 'node_modules/**', 'dist/**'],
  },
});
