/**
 * Builds the CDN widget `cdn/aftercare-widget.js`: an ES module with the
 * element, Lit and the form — everything the launcher needs before the dialog
 * first opens. The rest are lazy chunks under `cdn/chunks/`, fetched on use:
 * the runtime (SDK, schemas, network code), the screenshot editor, the
 * preview, the article view, "My reports", and the SDK's screenshot module.
 * Does not empty `cdn/`: the loader build (vite.loader.config.ts) writes there
 * first.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const SCREENSHOT_MODULE = '@aftercare/sdk/screenshot';
const UNAVAILABLE = '\0aftercare-screenshot-unavailable';

/**
 * `@aftercare/sdk/screenshot` is being added to the SDK. While the SDK does not
 * export it, the import resolves to a module that fails to load, which the
 * widget handles as "no screenshot". Once it exists, the real module is
 * bundled as a lazy chunk without any change here.
 */
const screenshotFallback: Plugin = {
  name: 'aftercare-screenshot-fallback',
  async resolveId(source, importer, options) {
    if (source !== SCREENSHOT_MODULE) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true }).catch(() => null);
    return resolved ?? UNAVAILABLE;
  },
  load(id) {
    if (id !== UNAVAILABLE) return null;
    return `throw new Error('${SCREENSHOT_MODULE} is not available in this build');`;
  },
};

export default defineConfig({
  publicDir: false,
  plugins: [screenshotFallback],
  // This build carries its own zod: it validates without compiling parsers through `new Function`,
  // so a page whose CSP forbids eval reports no violation (see the SDK's schemas/zod.ts).
  define: { __AFTERCARE_ZOD_JITLESS__: 'true' },
  build: {
    outDir: fileURLToPath(new URL('cdn', import.meta.url)),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: fileURLToPath(new URL('src/index.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'aftercare-widget.js',
    },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Library mode keeps whitespace in ES output for downstream bundlers;
        // this file is served as is, so minify it fully.
        minify: true,
      },
    },
  },
});
