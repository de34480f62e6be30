/**
 * Builds the script-tag loader `cdn/aftercare.js`: one small classic script
 * (IIFE) that lazy-loads `cdn/aftercare-widget.js`. Runs first in `build`
 * and empties `cdn/`, so stale hashed chunks from earlier builds go away;
 * vite.widget.config.ts then adds to the directory without emptying it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('cdn', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    minify: true,
    sourcemap: true,
    lib: {
      entry: fileURLToPath(new URL('src/loader.ts', import.meta.url)),
      formats: ['iife'],
      name: 'AftercareLoader',
      fileName: () => 'aftercare.js',
    },
  },
});
