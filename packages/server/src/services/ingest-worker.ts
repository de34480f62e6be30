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

// Batches are filed one after the other, in the order they came.
let work: Promise<void> = Promise.resolve();

port.on('message', (message: IngestRequest | 'stop') => {
  if (message === 'stop') {
    work = work.then(() => database.close()).then(() => port.close());
    return;
  }
  work = work.then(async () => {
    let answer: IngestAnswer;
    try {
      const outcomes = await fileReports(deps, message.batch);
      answer = {
        id: message.id,
        outcomes: outcomes.map((outcome) => (outcome instanceof Error ? { error: errorToWire(outcome) } : { filed: outcome })),
      };
    } catch (error) {
      answer = { id: message.id, failure: errorToWire(error) };
    }
    port.postMessage(answer);
  });
});
port.postMessage('ready');
