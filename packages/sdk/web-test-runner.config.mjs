/**
 * Browser tests for @aftercare/sdk: every `src/**\/*.browser.test.ts` runs in
 * real headless Chromium through @web/test-runner, compiled by esbuild.
 *
 * Two groups: `default`, and `csp` (`*.csp.browser.test.ts`), whose page
 * carries `STRICT_CSP` in a `<meta http-equiv>`: the policy docs/widget.md
 * gives for a page with screenshots. The runner's own inline scripts come
 * before the meta element; everything after it runs under the policy.
 */
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumLaunchOptions } from '../../tools/chromium.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** No inline script or style, no eval; images from the page, `blob:` and `data:` (the screenshot's SVG). */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

export default {
  rootDir: here('../../'),
  files: [here('./src/**/*.browser.test.ts'), `!${here('./src/**/*.csp.browser.test.ts')}`],
  groups: [
    {
      name: 'csp',
      files: here('./src/**/*.csp.browser.test.ts'),
      testRunnerHtml: (testFramework) =>
        `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}"></head>` +
        `<body><script type="module" src="${testFramework}"></script></body></html>`,
    },
  ],
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
