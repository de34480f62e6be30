/**
 * `POST /v1/reports`: a reporter files a report with the project's public key,
 * as JSON, or as multipart with a screenshot and file attachments.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { LIMITS, PROJECT_KEY_HEADER } from '@aftercare/sdk/schemas';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { httpMetricsFor } from '../ops/metrics/http-metrics.js';
import { originAllowed, projectForKey } from '../services/projects.js';
import { createBatcher } from '../services/batcher.js';
import { fileReports, parseReport, prepareReport, type FiledReport, type PendingReport } from '../services/reports.js';
import { findProjectsByKeys, type Project } from '../storage/repositories/projects.js';
import { readMultipartReport, type Upload } from '../services/uploads.js';
import { limitBody, readJson } from './body.js';
import type { AppEnv } from './env.js';

const isMultipart = (type: string | undefined) => /^multipart\/form-data\s*;/i.test(type ?? '');

/** The body limit of a report: larger for multipart, which carries the files. */
function limitReportBody(jsonLimit: number): MiddlewareHandler {
  const json = limitBody(jsonLimit);
  const multipart = limitBody(LIMITS.multipartBodyBytes);
  return (c, next) => (isMultipart(c.req.header('content-type')) ? multipart(c, next) : json(c, next));
}

/** Most reports (and key lookups) one batch takes. */
const BATCH_SIZE = 64;
/**
 * Reports handed to the ingest thread at a time. Small, so that the thread
 * starts on the first reports of a burst while this thread still parses the
 * rest; the thread merges the handovers that queue up into one transaction.
 * (One handover of a whole burst left the thread idle while the burst was
 * parsed, then this thread idle while it was filed.)
 */
const HANDOVER_SIZE = 8;
/** Handovers the ingest thread may hold at once (a bound on what waits there, not on what it merges). */
const HANDOVERS_IN_FLIGHT = 16;

/** Routes for filing reports. */
export function reportRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Concurrent requests share their key lookups and their filing transaction (group commit).
  const keys = createBatcher<string, Project | undefined>(async (batch) => {
    const found = await findProjectsByKeys(deps.db, [...new Set(batch)]);
    return batch.map((key) => found.get(key));
  }, { maxBatch: BATCH_SIZE });
  const batches = httpMetricsFor(deps).ingestBatches;
  const intake = createBatcher<PendingReport, FiledReport>(
    async (batch) => {
      if (!deps.ingest?.running) {
        batches.observe({ filed_on: 'request' }, batch.length);
        return fileReports(deps, batch);
      }
      const { outcomes, transactionReports } = await deps.ingest.file(batch);
      if (transactionReports !== undefined) batches.observe({ filed_on: 'thread' }, transactionReports);
      return outcomes;
    },
    // Hand the ingest thread the next batches while it files one: it never waits, and files what
    // queued up meanwhile in one transaction (fewer, larger commits when it falls behind).
    deps.ingest ? { maxBatch: HANDOVER_SIZE, inFlight: HANDOVERS_IN_FLIGHT } : { maxBatch: BATCH_SIZE, inFlight: 1 },
  );

  app.post('/', limitReportBody(deps.config.reportBodyLimit ?? LIMITS.reportBodyBytes), async (c) => {
    const project = await projectForKey(deps, c.req.header(PROJECT_KEY_HEADER), keys.submit);
    const origin = c.req.header('origin');
    if (!originAllowed(project, origin)) {
      c.set('originRejected', true);
      throw new AppError('origin_not_allowed', 403, `Origin ${origin} is not allowed for this project`);
    }
    let body: unknown;
    let uploads: Upload[] = [];
    if (isMultipart(c.req.header('content-type'))) {
      let form: FormData;
      try {
        form = await c.req.formData();
      } catch {
        throw new AppError('invalid_multipart', 400, 'The multipart body could not be read');
      }
      ({ body, uploads } = await readMultipartReport(form));
    } else {
      body = await readJson(c);
    }
    const input = parseReport(body);
    const { created, receipt } = await intake.submit(prepareReport(deps, project, input, origin ?? null, uploads));
    return c.json(receipt, created ? 201 : 200);
  });
  return app;
}
