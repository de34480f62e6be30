/**
 * zod, as every schema here gets it. zod compiles a fast parser for each
 * object schema with `new Function` where the page allows it, and probes
 * for that once, when the first object schema is made. Under a
 * Content-Security-Policy without `'unsafe-eval'`, the browser reports that
 * refused probe as a violation, though zod then parses without it.
 *
 * A bundle with its own copy of zod can turn the compiling off for that
 * copy, before any schema exists, by defining `__AFTERCARE_ZOD_JITLESS__`
 * as `true` at build time (Vite's or esbuild's `define`); the CDN widget
 * does. Elsewhere (the server, an app's bundle that shares zod with the app)
 * nothing changes: the setting is zod's, for every schema of that copy.
 */
import { z } from 'zod';

declare const __AFTERCARE_ZOD_JITLESS__: boolean | undefined;

if (typeof __AFTERCARE_ZOD_JITLESS__ !== 'undefined' && __AFTERCARE_ZOD_JITLESS__) z.config({ jitless: true });

export { z };
