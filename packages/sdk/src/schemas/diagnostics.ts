/**
 * The shape of the diagnostics the SDK collects and attaches to a report
 * (`report.diagnostics`). The wire contract (`report.ts`) accepts any JSON
 * object under a size cap; these schemas describe what the SDK puts there, so
 * the server and the support UI can read it with types. Objects are not
 * strict: newer SDKs may add fields.
 */
import { z } from './zod.js';

/** An ISO 8601 time on an entry. */
const timeSchema = z.string();

/** A console level the console collector records. */
export const consoleLevelSchema = z.enum(['debug', 'log', 'info', 'warn', 'error']);
/** A console level. */
export type ConsoleLevel = z.infer<typeof consoleLevelSchema>;

/** One console call; `args` are JSON-safe copies made when the call happened. */
export const consoleEntrySchema = z.object({
  level: consoleLevelSchema,
  time: timeSchema,
  args: z.array(z.unknown()),
});
/** One console call. */
export type ConsoleEntry = z.infer<typeof consoleEntrySchema>;

/** One parsed stack frame, innermost first. */
export const stackFrameSchema = z.object({
  function: z.string().optional(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  /** True when the frame is the host app's code, not a library, the browser or an extension. */
  inApp: z.boolean(),
  /** True for frames in native or engine-internal code. */
  native: z.boolean().optional(),
});
/** One parsed stack frame. */
export type StackFrame = z.infer<typeof stackFrameSchema>;

/** An uncaught error or an unhandled promise rejection. */
export const errorEntrySchema = z.object({
  kind: z.enum(['error', 'unhandledrejection', 'captured']),
  time: timeSchema,
  /** The error's class name, e.g. `TypeError`. */
  type: z.string(),
  message: z.string(),
  stack: z.string().optional(),
  /** Where the error was thrown, as the runtime reported it. */
  source: z
    .object({ url: z.string().optional(), line: z.number().int().optional(), column: z.number().int().optional() })
    .optional(),
  frames: z.array(stackFrameSchema),
});
/** An uncaught error or an unhandled rejection. */
export type ErrorEntry = z.infer<typeof errorEntrySchema>;

/** One HTTP request made by the page with `fetch` or `XMLHttpRequest`; never bodies. */
export const networkEntrySchema = z.object({
  type: z.enum(['fetch', 'xhr']),
  time: timeSchema,
  method: z.string(),
  url: z.string(),
  /** HTTP status, or 0 when no response arrived. */
  status: z.number().int(),
  durationMs: z.number(),
  /** No response, or a status of 400 or more. */
  failed: z.boolean(),
  /** Took longer than the collector's `slowMs`. */
  slow: z.boolean(),
  /** Why no response arrived (network error, abort). */
  error: z.string().optional(),
});
/** One HTTP request. */
export type NetworkEntry = z.infer<typeof networkEntrySchema>;

/** A navigation inside the page (history API, hash change, back/forward). */
export const navigationBreadcrumbSchema = z.object({
  type: z.literal('navigation'),
  time: timeSchema,
  via: z.enum(['pushState', 'replaceState', 'popstate', 'hashchange']),
  from: z.string(),
  to: z.string(),
});
/** A click, described by a short selector and the element's accessible name. */
export const clickBreadcrumbSchema = z.object({
  type: z.literal('click'),
  time: timeSchema,
  selector: z.string(),
  /** Accessible name; absent when the element is masked or has none. */
  name: z.string().optional(),
  /** True when the element is masked: no text was recorded. */
  masked: z.boolean().optional(),
});
/** One step the user took before reporting. */
export const breadcrumbSchema = z.discriminatedUnion('type', [navigationBreadcrumbSchema, clickBreadcrumbSchema]);
/** One step the user took before reporting. */
export type Breadcrumb = z.infer<typeof breadcrumbSchema>;

/** User-agent client hints, when the browser exposes `navigator.userAgentData`. */
export const clientHintsSchema = z.object({
  brands: z.array(z.object({ brand: z.string(), version: z.string() })).optional(),
  mobile: z.boolean().optional(),
  platform: z.string().optional(),
  platformVersion: z.string().optional(),
  architecture: z.string().optional(),
  bitness: z.string().optional(),
  model: z.string().optional(),
  fullVersionList: z.array(z.object({ brand: z.string(), version: z.string() })).optional(),
});
/** User-agent client hints. */
export type ClientHints = z.infer<typeof clientHintsSchema>;

/** Where the report was made: browser or Node process. Fields are absent when unknown. */
export const environmentSchema = z.object({
  runtime: z.enum(['browser', 'node', 'other']),
  userAgent: z.string().optional(),
  clientHints: clientHintsSchema.optional(),
  language: z.string().optional(),
  languages: z.array(z.string()).optional(),
  timeZone: z.string().optional(),
  screen: z.object({ width: z.number(), height: z.number(), colorDepth: z.number().optional() }).optional(),
  viewport: z.object({ width: z.number(), height: z.number() }).optional(),
  devicePixelRatio: z.number().optional(),
  url: z.string().optional(),
  referrer: z.string().optional(),
  online: z.boolean().optional(),
  /** Node only: `process.version`, `process.platform`, `process.arch`. */
  node: z.object({ version: z.string(), platform: z.string(), arch: z.string() }).optional(),
});
/** Where the report was made. */
export type Environment = z.infer<typeof environmentSchema>;

/**
 * Everything the SDK puts in `report.diagnostics`. Every section is optional:
 * a section is present when its collector is on (or, for `app` and `context`,
 * when the host app gave values). `truncated` counts entries dropped, oldest
 * first, to keep the diagnostics under `LIMITS.diagnosticsBytes`.
 */
export const sdkDiagnosticsSchema = z.object({
  sdk: z.object({ name: z.string(), version: z.string() }).optional(),
  app: z.object({ release: z.string().optional(), environment: z.string().optional() }).optional(),
  context: z.record(z.string(), z.unknown()).optional(),
  environment: environmentSchema.optional(),
  console: z.array(consoleEntrySchema).optional(),
  errors: z.array(errorEntrySchema).optional(),
  network: z.array(networkEntrySchema).optional(),
  breadcrumbs: z.array(breadcrumbSchema).optional(),
  truncated: z.record(z.string(), z.number().int()).optional(),
});
/** Everything the SDK puts in `report.diagnostics`. */
export type SdkDiagnostics = z.infer<typeof sdkDiagnosticsSchema>;
