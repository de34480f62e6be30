/**
 * The Aftercare wire contract, version 1: every request and response body,
 * as zod schemas written by hand. Import from `@aftercare/sdk/schemas`.
 *
 * @example
 * import { reportInputSchema } from '@aftercare/sdk/schemas';
 * const parsed = reportInputSchema.safeParse(body);
 */
export * from './common.js';
export * from './diagnostics.js';
export * from './limits.js';
export * from './report.js';
export * from './ticket.js';
export * from './agent.js';
export * from './reporter.js';
export * from './kb.js';
export * from './kb-admin.js';
export * from './admin.js';
export * from './stats.js';
export * from './triage.js';
export * from './webhooks.js';
export * from './ids.js';

/** Header carrying a project's public key on report submissions. */
export const PROJECT_KEY_HEADER = 'X-Aftercare-Key';
/** Header carrying a reporter's tracking token when reading a ticket. */
export const TRACKING_HEADER = 'X-Aftercare-Tracking';
