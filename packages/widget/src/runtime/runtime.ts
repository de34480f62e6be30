/**
 * The widget's runtime, loaded with `import()` when the dialog opens (or when
 * the browser is idle, to start collecting diagnostics early): the SDK
 * instance (`createAftercare`: collectors, redaction, outbox), the report
 * adapter, and the knowledge-base and ticket calls. Everything that needs the
 * SDK and its schemas lives behind this one lazy chunk, so the launcher stays
 * small.
 */
import { createAftercare, createRedactor, type Aftercare, type ReportDraft, type ReportInput } from '@aftercare/sdk';
import { createKbApi, type KbApi } from './kb-api.js';
import { fileReport, type FiledReport, type ReportFiles } from './report-adapter.js';
import { createTicketsApi, type TicketsApi } from './tickets-api.js';

/** When diagnostics collection starts: see the `collect` attribute. */
export type CollectMode = 'early' | 'on-open' | 'none';

/** What the runtime is created with. */
export interface RuntimeOptions {
  endpoint: string;
  projectKey: string;
  collect: CollectMode;
  /** More elements to mask in screenshots, click breadcrumbs and logged nodes. */
  maskSelectors?: string[] | undefined;
}

/** The runtime of one widget for one project. */
export interface Runtime {
  readonly sdk: Aftercare;
  readonly kb: KbApi;
  readonly tickets: TicketsApi;
  /** Exactly what `file(draft)` sends now. */
  preview(draft: ReportDraft): ReportInput;
  /** Files a report (through the adapter) with its files. */
  file(draft: ReportDraft, files: ReportFiles): Promise<FiledReport>;
  /** Uninstalls collectors; reports waiting in the outbox stay stored for the next page. */
  close(): Promise<void>;
}

/**
 * Creates the runtime.
 *
 * @example
 * const runtime = createRuntime({ endpoint, projectKey, collect: 'early' });
 * const result = await runtime.file(draft, { screenshot });
 */
export function createRuntime(options: RuntimeOptions): Runtime {
  // Looked up per call rather than bound once, so a fetch the host page wraps later is used.
  const fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);
  const on = options.collect !== 'none';
  const sdk = createAftercare({
    endpoint: options.endpoint,
    projectKey: options.projectKey,
    fetch,
    collectors: { console: on, errors: on, network: on, breadcrumbs: on, environment: on },
    ...(options.maskSelectors?.length ? { mask: { selectors: options.maskSelectors } } : {}),
  });
  const target = { endpoint: options.endpoint, projectKey: options.projectKey, fetch };
  return {
    sdk,
    kb: createKbApi(target, options.projectKey, createRedactor().text),
    tickets: createTicketsApi(target),
    preview: (draft) => sdk.preview(draft),
    file: (draft, files) => fileReport(sdk, draft, files),
    close: () => sdk.close(),
  };
}
