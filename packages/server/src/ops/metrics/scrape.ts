/**
 * `/metrics`: who may read it, and the text it answers with. The metrics are
 * open unless `AFTERCARE_METRICS_TOKEN` is set, in which case a scrape needs
 * `Authorization: Bearer <token>`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Deps } from '../../deps.js';
import { AppError } from '../../errors.js';
import { databaseMetrics, processMetrics } from './database-metrics.js';
import { httpMetricsFor } from './http-metrics.js';
import { renderExposition } from './registry.js';

/** The environment variable holding the scrape token. */
export const METRICS_TOKEN_ENV = 'AFTERCARE_METRICS_TOKEN';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Fails with 401 unless `authorization` carries the expected token; passes
 * when no token is configured. Compares digests in constant time.
 */
export function checkMetricsToken(expected: string | undefined, authorization: string | undefined): void {
  if (!expected) return;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) throw new AppError('missing_token', 401, `Send the metrics token as "Authorization: Bearer <${METRICS_TOKEN_ENV}>"`);
  if (!timingSafeEqual(digest(match[1]!), digest(expected))) throw new AppError('invalid_token', 401, 'This metrics token is not the configured one');
}

/**
 * Everything `/metrics` shows, in the text exposition format.
 *
 * @example
 * const text = await scrapeMetrics(deps); // '# HELP aftercare_http_requests_total …'
 */
export async function scrapeMetrics(deps: Deps): Promise<string> {
  const http = httpMetricsFor(deps);
  const fromDatabase = await databaseMetrics(deps.db);
  return renderExposition([
    http.requests.collect(),
    http.duration.collect(),
    http.rateLimited.collect(),
    http.ingestBatches.collect(),
    ...fromDatabase,
    ...processMetrics(),
  ]);
}
