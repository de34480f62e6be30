/**
 * Bundles `@aftercare/sdk/screenshot` (from source) into one ES module for
 * the bench page, with the esbuild the SDK's browser tests already use.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const sdkDir = fileURLToPath(new URL('../packages/sdk/', import.meta.url));

/** Loads esbuild through the SDK's @web/dev-server-esbuild, so the bench needs no dependency of its own. */
async function loadEsbuild() {
  const fromSdk = createRequire(`${sdkDir}package.json`);
  const fromPlugin = createRequire(fromSdk.resolve('@web/dev-server-esbuild'));
  return import(fromPlugin.resolve('esbuild'));
}

/**
 * The screenshot module as one ES module's source text. With `compileHint`,
 * the text starts with V8's `//# allFunctionsCalledOnLoad` magic comment,
 * which makes Chromium compile every function of the module when it loads
 * rather than on first call (an experiment: the widget's build does not add it).
 *
 * @example
 * const source = await bundleScreenshotModule({ compileHint: true });
 */
export async function bundleScreenshotModule({ compileHint = false } = {}) {
  const esbuild = await loadEsbuild();
  const result = await esbuild.build({
    entryPoints: [`${sdkDir}src/screenshot/index.ts`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    absWorkingDir: sdkDir,
    logLevel: 'silent',
    ...(compileHint ? { banner: { js: '//# allFunctionsCalledOnLoad' } } : {}),
  });
  return result.outputFiles[0].text;
}
