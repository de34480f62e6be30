/**
 * `@aftercare/sdk`: the client that files reports and follows tickets, and the
 * wire contract it speaks (also exported alone as `@aftercare/sdk/schemas`).
 *
 * @example
 * import { createClient } from '@aftercare/sdk';
 * const client = createClient({ endpoint: 'https://support.example.com', projectKey: 'pk_…' });
 * await client.report({ kind: 'question', message: 'How do I export my data?' });
 */
export { createClient } from './client.js';
export type { AftercareClient, ClientOptions, ReportDraft } from './client.js';
export { AftercareError } from './errors.js';
export type { ClientErrorCode } from './errors.js';
export type * from './schemas/index.js';
