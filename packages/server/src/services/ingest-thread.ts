/**
 * The ingest thread of a server on a SQLite file. better-sqlite3 is
 * synchronous: filing a batch (triage, a dozen statements, the commit) holds
 * the thread that also parses and answers HTTP requests. With a worker thread
 * filing batches over its own connection, the request thread validates the
 * next batch while the previous one is written, and both cores work.
 *
 * The worker (ingest-worker.ts) runs the same `fileReports` as the request
 * thread would. It needs the built server (`dist/`); run from TypeScript
 * sources, as the unit tests do, there is no thread and reports are filed
 * in-process.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorFromWire, type IngestAnswer, type IngestRequest } from './ingest-wire.js';
import type { IngestWorkerData } from './ingest-worker.js';
import type { FiledReport, PendingReport } from './reports.js';

const WORKER_FILE = fileURLToPath(new URL('./ingest-worker.js', import.meta.url));

/** What filing a batch on the thread answers. */
export interface FiledBatch {
  outcomes: Array<FiledReport | Error>;
  /** Present once per transaction: the reports it held. */
  transactionReports?: number;
}

/** A running ingest thread. */
export interface IngestThread {
  /** False once the thread has stopped (then file in-process). */
  readonly running: boolean;
  /**
   * Files a batch of prepared reports; answers an outcome per report, like
   * `fileReports`, and, once per transaction, how many reports it held
   * (batches that queued up in the thread share one).
   */
  file(batch: PendingReport[]): Promise<FiledBatch>;
  /** Stops the thread once it has answered the batches it has; later batches are filed in-process. */
  stop(): Promise<void>;
}

/**
 * Starts the ingest thread for a SQLite file, or answers undefined where
 * there can be none (running from sources, or the thread failed to start).
 *
 * @example
 * const ingest = await startIngestThread('./aftercare.sqlite', secret);
 * const { outcomes } = await ingest!.file(batch);
 */
export async function startIngestThread(file: string, secret: string): Promise<IngestThread | undefined> {
  if (!existsSync(WORKER_FILE)) return undefined;
  const worker = new Worker(WORKER_FILE, { workerData: { file, secret } satisfies IngestWorkerData });
  let onReady!: () => void;
  let onFailure!: (error: unknown) => void;
  const onExit = (code: number) => onFailure(new Error(`exited with code ${code}`));
  try {
    await new Promise<void>((resolve, reject) => {
      onReady = resolve;
      onFailure = reject;
      worker.once('message', onReady);
      worker.once('error', onFailure);
      worker.once('exit', onExit);
    });
  } catch (error) {
    console.error('The ingest thread did not start; filing reports on the request thread:', error);
    await worker.terminate();
    return undefined;
  } finally {
    worker.off('message', onReady);
    worker.off('error', onFailure);
    worker.off('exit', onExit);
  }
  worker.unref();

  const waiting = new Map<number, { resolve: (filed: FiledBatch) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let running = true;
  // Answers still owed when the thread ends are lost: those requests fail (and the SDK sends them again).
  const stopped = (why: Error) => {
    running = false;
    for (const pending of waiting.values()) pending.reject(why);
    waiting.clear();
  };
  worker.on('message', (answer: IngestAnswer) => {
    const pending = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (waiting.size === 0) worker.unref();
    if (!pending) return;
    if (answer.failure) pending.reject(errorFromWire(answer.failure));
    else {
      pending.resolve({
        outcomes: answer.outcomes!.map((outcome) => ('filed' in outcome ? outcome.filed : errorFromWire(outcome.error))),
        ...(answer.transactionReports !== undefined && { transactionReports: answer.transactionReports }),
      });
    }
  });
  worker.on('error', (error) => {
    console.error('The ingest thread failed; filing reports on the request thread from now on:', error);
    stopped(error);
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  void exited.then(() => stopped(new Error('The ingest thread stopped')));

  return {
    get running() {
      return running;
    },
    file(batch) {
      if (!running) return Promise.reject(new Error('The ingest thread stopped'));
      return new Promise((resolve, reject) => {
        const id = nextId++;
        if (waiting.size === 0) worker.ref();
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, batch } satisfies IngestRequest);
      });
    },
    async stop() {
      if (running) {
        // Batches from now on are filed in-process; the worker answers those it has, then closes.
        running = false;
        worker.ref();
        worker.postMessage('stop');
      }
      await exited;
    },
  };
}
