/**
 * Browser tests for the console: `src/**\/*.test.ts` in the Chromium
 * installed at /usr/bin/chromium (never a downloaded one), TypeScript through
 * esbuild with this package's tsconfig (decorator settings included).
 *
 * The server root is the repository root so that every file a test imports
 * (the SDK's dist, pnpm's store) is served from inside it.
 * `@web/test-runner-commands` (real key presses, viewport) is a dependency of
 * the runner, not of this package; pnpm does not hoist it, so it is resolved
 * from the runner's own location.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumLaunchOptions } from '../../tools/chromium.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';

const packageDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(packageDir, '../..');

const runnerRequire = createRequire(createRequire(import.meta.url).resolve('@web/test-runner'));
const commandsFile = runnerRequire.resolve('@web/test-runner-commands');
const commandsPath = `/${path.relative(repoRoot, commandsFile).split(path.sep).join('/')}`;

/** Resolves the bare `@web/test-runner-commands` import to its file in the store. */
const runnerCommands = {
  name: 'aftercare-runner-commands',
  resolveImport({ source }) {
    return source === '@web/test-runner-commands' ? commandsPath : undefined;
  },
};

export default {
  rootDir: repoRoot,
  files: 'src/**/*.test.ts',
  nodeResolve: true,
  // One page at a time: only the page in front gets focus, and the keyboard
  // tests need it.
  concurrency: 1,
  concurrentBrowsers: 1,
  plugins: [runnerCommands, esbuildPlugin({ ts: true, tsconfig: path.join(packageDir, 'tsconfig.json') })],
  browsers: [
    chromeLauncher({
      launchOptions: chromiumLaunchOptions(),
    }),
  ],
  testFramework: {
    config: { timeout: 5000 },
  },
};
