/**
 * What crosses between the request thread and the ingest thread: batches of
 * pending reports one way, receipts or errors the other. Errors lose their
 * class on the way, so they travel as plain data and are rebuilt.
 */
import { AppError, type ErrorCode } from '../errors.js';
import type { FiledReport, PendingReport } from './reports.js';

/** A batch of prepared reports to file. */
export interface IngestRequest {
  id: number;
  batch: PendingReport[];
}

/** An error as data. */
export type WireError = { app: true; code: ErrorCode; status: number; message: string; details?: unknown } | { app: false; message: string; code?: string };

/** The answer to an {@link IngestRequest}: an outcome per report, or why the whole batch failed. */
export interface IngestAnswer {
  id: number;
  outcomes?: Array<{ filed: FiledReport } | { error: WireError }>;
  failure?: WireError;
  /**
   * Batches that queued up in the thread are filed together: on the first
   * answer of such a transaction, how many reports it held (absent on the others).
   */
  transactionReports?: number;
}

/** An error as data, keeping an `AppError`'s code, status and details. */
export function errorToWire(error: unknown): WireError {
  if (error instanceof AppError) {
    return { app: true, code: error.code, status: error.status, message: error.message, ...(error.details !== undefined && { details: error.details }) };
  }
  const code = (error as { code?: unknown } | null)?.code;
  return { app: false, message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' && { code }) };
}

/** The error back from its data: an `AppError` again when it was one. */
export function errorFromWire(wire: WireError): Error {
  if (wire.app) return new AppError(wire.code, wire.status as AppError['status'], wire.message, wire.details);
  const error = new Error(wire.message) as Error & { code?: string };
  if (wire.code !== undefined) error.code = wire.code;
  return error;
}
