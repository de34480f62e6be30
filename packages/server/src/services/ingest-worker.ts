/**
 * The ingest thread: a worker with its own connection to the SQLite file
 * that files the batches the request thread sends (see ingest-thread.ts).
 * Started by `startIngestThread`, never imported by the app.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { systemClock } from '../clock.js';
import type { Deps } from '../deps.js';
import { openDatabase } from '../storage/connect.js';
import { errorToWire, type IngestAnswer, type IngestRequest } from './ingest-wire.js';
import { fileReports } from './reports.js';

/** What the request thread hands the worker when it starts it. */
export interface IngestWorkerData {
  file: string;
  secret: string;
}

const port = parentPort!;
const { file, secret } = workerData as IngestWorkerData;
// One checkpointer per database is enough: the request thread's connection runs it.
const database = openDatabase(file, { checkpointer: false });
const deps: Deps = { db: database.db, dialect: 'sqlite', clock: systemClock, config: { secret } };

/** Most reports filed in one transaction when batches waiting here are merged. */
const MAX_MERGED = 256;

// Batches are filed in the order they came, one transaction at a time. The
// batches that arrived while one was being filed go together into the next
// transaction: a commit writes the pages every batch touches (roughly 50 of
// them) once, however many reports share it.
const waiting: IngestRequest[] = [];
let filing = false;
let stopping = false;

async function fileWaiting(): Promise<void> {
  filing = true;
  while (waiting.length > 0) {
    const taken: IngestRequest[] = [];
    let reports = 0;
    while (waiting.length > 0 && (taken.length === 0 || reports + waiting[0]!.batch.length <= MAX_MERGED)) {
      const request = waiting.shift()!;
      taken.push(request);
      reports += request.batch.length;
    }
    let answers: IngestAnswer[];
    try {
      const outcomes = await fileReports(deps, taken.flatMap((request) => request.batch));
      let offset = 0;
      answers = taken.map((request, index) => {
        const mine = outcomes.slice(offset, (offset += request.batch.length));
        return {
          id: request.id,
          outcomes: mine.map((outcome) => (outcome instanceof Error ? { error: errorToWire(outcome) } : { filed: outcome })),
          ...(index === 0 && { transactionReports: reports }),
        };
      });
    } catch (error) {
      answers = taken.map((request) => ({ id: request.id, failure: errorToWire(error) }));
    }
    for (const answer of answers) port.postMessage(answer);
    // Let the batches sent meanwhile arrive before taking the next ones.
    await new Promise((resolve) => setImmediate(resolve));
  }
  filing = false;
  if (stopping) await database.close().then(() => port.close());
}

port.on('message', (message: IngestRequest | 'stop') => {
  if (message === 'stop') {
    stopping = true;
    if (!filing) void database.close().then(() => port.close());
    return;
  }
  waiting.push(message);
  if (!filing) {
    filing = true;
    setImmediate(() => void fileWaiting());
  }
});
port.postMessage('ready');
