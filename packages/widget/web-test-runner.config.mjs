/**
 * Browser tests for the widget: `src/**\/*.test.ts` in the Chromium installed
 * at /usr/bin/chromium (never a downloaded one), TypeScript through esbuild
 * with this package's tsconfig (decorator settings included).
 *
 * The server root is the repository root so that every file a test imports
 * (the SDK's dist, pnpm's store) is served from inside it. Three additions:
 * - `@web/test-runner-commands` (for real key presses) is a dependency of the
 *   runner, not of this package; pnpm does not hoist it, so it is resolved
 *   from the runner's own location.
 * - `/__cdn__/` serves the CDN layout for the loader test: `aftercare.js` is
 *   src/loader.ts and `aftercare-widget.js` imports src/index.ts. With
 *   `AFTERCARE_CDN=built` it serves the real build in `cdn/` instead
 *   (run `pnpm build` first).
 * - `@aftercare/sdk/screenshot` resolves to src/testing/fake-screenshot.ts,
 *   which answers with a canvas-drawn picture (fast and the same every time;
 *   the SDK tests its real capture itself).
 *
 * - `/__cdn-built__/` always serves the real build in `cdn/` (the test
 *   command builds first).
 *
 * Three groups: `default` (every `*.test.ts` but the CSP ones), and two that
 * run the CSP tests (`*.csp.test.ts`) on a page that carries a strict
 * Content-Security-Policy in a `<meta http-equiv>`: `csp` with the widget
 * from `/__cdn__/` under `STRICT_CSP`, and `csp-built` with the built files
 * from `/__cdn-built__/` (the SDK's real runtime and screenshot module)
 * under `SCREENSHOT_CSP`, the policy docs/widget.md gives for screenshots.
 * The page tells the test which through `<html data-cdn>`. The runner
 * injects its own small inline scripts right after `<head>`, before the meta
 * element: the policy applies from the meta element on, so those run, while
 * everything after it — the test framework, the test, the loader and every
 * widget chunk — runs under the policy.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumLaunchOptions } from '../../tools/chromium.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';

const packageDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(packageDir, '../..');
const packagePath = `/${path.relative(repoRoot, packageDir).split(path.sep).join('/')}`;

const runnerRequire = createRequire(createRequire(import.meta.url).resolve('@web/test-runner'));
const commandsFile = runnerRequire.resolve('@web/test-runner-commands');
const commandsPath = `/${path.relative(repoRoot, commandsFile).split(path.sep).join('/')}`;

const useBuiltCdn = process.env.AFTERCARE_CDN === 'built';

/** The strict policy of the `csp` group: no inline script or style, no eval, nothing from elsewhere. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "connect-src 'self' https://support.test",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** STRICT_CSP with what screenshots need besides: their SVG copy of the page is drawn from a `data:` URL. */
export const SCREENSHOT_CSP = STRICT_CSP.replace("img-src 'self' blob:", "img-src 'self' blob: data:");

/** A page for the CSP tests: the policy, and where the widget's files are. */
const cspPage = (policy, cdn) => (testFramework) =>
  `<!DOCTYPE html><html data-cdn="${cdn}"><head><meta http-equiv="Content-Security-Policy" content="${policy}"></head>` +
  `<body><script type="module" src="${testFramework}"></script></body></html>`;

/** Resolves the bare `@web/test-runner-commands` import to its file in the store. */
const runnerCommands = {
  name: 'aftercare-runner-commands',
  resolveImport({ source }) {
    return source === '@web/test-runner-commands' ? commandsPath : undefined;
  },
};

/** Resolves the SDK's screenshot module to the canvas fake. */
const screenshotFake = {
  name: 'aftercare-screenshot-fake',
  resolveImport({ source }) {
    return source === '@aftercare/sdk/screenshot' ? `${packagePath}/src/testing/fake-screenshot.ts` : undefined;
  },
};

/** Serves the CDN layout under `/__cdn__/`, from source or from the build. */
const cdnLayout = {
  name: 'aftercare-cdn-layout',
  serve(context) {
    if (!useBuiltCdn && context.path === '/__cdn__/aftercare-widget.js') {
      return { body: `import '${packagePath}/src/index.ts';`, type: 'js' };
    }
    return undefined;
  },
};

/** Rewrites `/__cdn__/…` before the files are served, so the loader's own URL stays `/__cdn__/`. */
function cdnRewrite(context, next) {
  if (context.path.startsWith('/__cdn-built__/')) context.url = context.url.replace('/__cdn-built__/', `${packagePath}/cdn/`);
  else if (context.path.startsWith('/__cdn__/')) {
    if (useBuiltCdn) context.url = context.url.replace('/__cdn__/', `${packagePath}/cdn/`);
    else if (context.path === '/__cdn__/aftercare.js') context.url = `${packagePath}/src/loader.ts`;
  }
  return next();
}

export default {
  rootDir: repoRoot,
  files: ['src/**/*.test.ts', '!src/**/*.csp.test.ts'],
  groups: [
    { name: 'csp', files: 'src/**/*.csp.test.ts', testRunnerHtml: cspPage(STRICT_CSP, '/__cdn__/') },
    { name: 'csp-built', files: 'src/**/*.csp.test.ts', testRunnerHtml: cspPage(SCREENSHOT_CSP, '/__cdn-built__/') },
  ],
  nodeResolve: true,
  // One page at a time: only the page in front gets focus and rendering steps,
  // and Chrome dispatches a dialog's `close` event (Esc) with rendering.
  concurrency: 1,
  concurrentBrowsers: 1,
  middleware: [cdnRewrite],
  plugins: [
    runnerCommands,
    screenshotFake,
    cdnLayout,
    esbuildPlugin({ ts: true, tsconfig: path.join(packageDir, 'tsconfig.json') }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: chromiumLaunchOptions(),
    }),
  ],
  testFramework: {
    config: { timeout: 5000 },
  },
};
