/**
 * `@aftercare/sdk`: file support reports with diagnostics, privacy and
 * delivery that never loses a report, and read tickets back. The wire
 * contract is exported alone as `@aftercare/sdk/schemas`.
 *
 * @example
 * import { createAftercare } from '@aftercare/sdk';
 * const aftercare = createAftercare({
 *   endpoint: 'https://support.example.com',
 *   projectKey: 'pk_…',
 *   collectors: { console: true, errors: true, network: true, breadcrumbs: true, environment: true },
 * });
 * await aftercare.report({ kind: 'bug', message: 'Save does nothing' });
 */
export { createClient, completeDraft, filesWereDropped, validateReport } from './client.js';
export type { AftercareClient, ClientOptions, ReportDraft } from './client.js';
export { AftercareError } from './errors.js';
export type { AftercareErrorOptions, ClientErrorCode } from './errors.js';

export { createAftercare } from './aftercare.js';
export type { Aftercare, AftercareOptions, ReportResult } from './aftercare.js';

export { createCollectorSet } from './collectors/collector-set.js';
export type { CollectorSet, CollectorsOptions } from './collectors/collector-set.js';
export { createConsoleCollector } from './collectors/console.js';
export type { ConsoleCollectorOptions } from './collectors/console.js';
export { createErrorCollector } from './collectors/errors.js';
export type { ErrorCollector, ErrorCollectorOptions } from './collectors/errors.js';
export { createNetworkCollector } from './collectors/network.js';
export type { NetworkCollectorOptions } from './collectors/network.js';
export { createBreadcrumbCollector } from './collectors/breadcrumbs.js';
export type { BreadcrumbCollectorOptions } from './collectors/breadcrumbs.js';
export { createEnvironmentCollector } from './collectors/environment.js';
export { accessibleName, stableSelector } from './collectors/describe-element.js';
export type { Collector, CollectorContext } from './collectors/types.js';

export { createRedactor, REDACTED } from './privacy/redact.js';
export type { RedactionOptions, Redactor } from './privacy/redact.js';
export { DEFAULT_SENSITIVE_KEYS } from './privacy/redaction-rules.js';
export type { RedactionRuleName } from './privacy/redaction-rules.js';
export { createMasker, isMasked, MASK_ATTRIBUTE, DEFAULT_MASK_SELECTORS } from './privacy/mask.js';
export type { Masker, MaskOptions } from './privacy/mask.js';

export { checkReportFiles, hasFiles, multipartBody, multipartSize, screenshotFileName, SCREENSHOT_TYPES } from './payload/report-files.js';
export type { ReportFiles } from './payload/report-files.js';

export { safeSerialize } from './serialize/safe-serialize.js';
export type { SerializeOptions } from './serialize/safe-serialize.js';
export { parseStack, defaultIsInApp, sameOriginInApp } from './stack/parse-stack.js';
export type { ParseStackOptions } from './stack/parse-stack.js';

export { backoffCeiling, backoffDelay, nextRetryDelay, parseRetryAfter } from './delivery/backoff.js';
export type { BackoffOptions, RetryInput } from './delivery/backoff.js';
export { createOutbox } from './delivery/outbox.js';
export type { AttemptOutcome, Outbox, OutboxOptions } from './delivery/outbox.js';
export { createMemoryStore } from './delivery/outbox-store.js';
export type { DeliveryError, OutboxRecord, OutboxStore } from './delivery/outbox-store.js';
export { createIndexedDbStore } from './delivery/indexeddb-store.js';
export type { IndexedDbStoreOptions } from './delivery/indexeddb-store.js';
export { createEmitter } from './delivery/events.js';
export { webLocksExclusive, BUSY } from './delivery/exclusive.js';
export type { Exclusive } from './delivery/exclusive.js';
export type { DeliveryEventName, DeliveryEvents, Emitter } from './delivery/events.js';
export { systemClock } from './delivery/clock.js';
export type { Clock } from './delivery/clock.js';

export { installProcessHandlers } from './node/process-handlers.js';
export type { ProcessHandlerOptions, ProcessLike } from './node/process-handlers.js';

export { SDK_NAME, SDK_VERSION } from './version.js';
export type * from './schemas/index.js';
