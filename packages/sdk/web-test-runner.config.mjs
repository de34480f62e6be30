/**
 * Browser tests for @aftercare/sdk: every `src/**\/*.browser.test.ts` runs in
 * real headless Chromium through @web/test-runner, compiled by esbuild.
 */
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumLaunchOptions } from '../../tools/chromium.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default {
  rootDir: here('../../'),
  files: [here('./src/**/*.browser.test.ts')],
  nodeResolve: true,
  concurrency: 4,
  browsers: [
    chromeLauncher({
      launchOptions: chromiumLaunchOptions(),
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: here('./tsconfig.json') })],
  testFramework: { config: { timeout: 5000 } },
  // Tests log on purpose (the console collector); keep the terminal for real failures.
  filterBrowserLogs: ({ args }) => !args.some((arg) => String(arg?.message ?? arg).includes('[probe]')),
};
