/**
 * Builds the agent console into `dist/`: `index.html` and hashed assets,
 * served by the server at `/console/` (the base every asset URL starts with).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/console/',
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // One app for one audience: a single chunk loads faster than a waterfall.
    chunkSizeWarningLimit: 400,
  },
});
