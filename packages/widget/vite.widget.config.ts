/**
 * Builds the CDN widget `cdn/aftercare-widget.js`: an ES module bundling the
 * element, Lit and the SDK. The SDK is a lazy chunk under `cdn/chunks/`,
 * fetched when the dialog opens. Does not empty `cdn/`: the loader build
 * (vite.loader.config.ts) writes there first.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
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
