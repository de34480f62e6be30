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
  // The console's copy of zod validates without `new Function`: its page forbids eval (the
  // server's CONSOLE_CSP), and zod's probe would be reported as a violation (the SDK's schemas/zod.ts).
  define: { __AFTERCARE_ZOD_JITLESS__: 'true' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The inbox and the ticket in the first chunk; administration, knowledge base and stats are
    // fetched when first opened (src/shell/route-view.ts).
    chunkSizeWarningLimit: 400,
  },
});
