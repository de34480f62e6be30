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
import { fileTriagedReports, triageReports, type TriagedReport } from './reports.js';

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

/**
 * Most reports filed in one transaction when batches waiting here are merged.
 * Past a few dozen, a larger transaction saves little on its commit (the
 * pages it writes are mostly shared already) but holds every answer in it
 * until it ends, while the request thread waits for them.
 */
const MAX_MERGED = 32;

// Batches are triaged as they arrive, in order: while the thread waits for
// the next batch, the reports that came meanwhile are made ready. They are
// filed one transaction at a time; the batches that arrived while one was
// being filed go together into the next transaction: a commit writes the
// pages every batch touches (a few dozen) once, however many reports share it.
interface Arrived {
  id: number;
  triaged: Array<TriagedReport | Error>;
}
const waiting: Arrived[] = [];
let arrivals: Promise<void> = Promise.resolve();
let filing = false;
let stopping = false;
let closed: Promise<void> | undefined;
const close = () => (closed ??= database.close().then(() => port.close()));

async function fileWaiting(): Promise<void> {
  filing = true;
  while (waiting.length > 0) {
    const taken: Arrived[] = [];
    let reports = 0;
    while (waiting.length > 0 && (taken.length === 0 || reports + waiting[0]!.triaged.length <= MAX_MERGED)) {
      const arrived = waiting.shift()!;
      taken.push(arrived);
      reports += arrived.triaged.length;
    }
    let answers: IngestAnswer[];
    try {
      const outcomes = await fileTriagedReports(deps, taken.flatMap((arrived) => arrived.triaged));
      let offset = 0;
      answers = taken.map((arrived, index) => {
        const mine = outcomes.slice(offset, (offset += arrived.triaged.length));
        return {
          id: arrived.id,
          outcomes: mine.map((outcome) => (outcome instanceof Error ? { error: errorToWire(outcome) } : { filed: outcome })),
          ...(index === 0 && { transactionReports: reports }),
        };
      });
    } catch (error) {
      answers = taken.map((arrived) => ({ id: arrived.id, failure: errorToWire(error) }));
    }
    for (const answer of answers) port.postMessage(answer);
    // Let the batches sent meanwhile arrive (and be triaged) before taking the next ones.
    await new Promise((resolve) => setImmediate(resolve));
  }
  filing = false;
  if (stopping) await close();
}

port.on('message', (message: IngestRequest | 'stop') => {
  arrivals = arrivals.then(async () => {
    if (message === 'stop') {
      stopping = true;
      if (!filing) await close();
      return;
    }
    try {
      waiting.push({ id: message.id, triaged: await triageReports(deps, message.batch) });
    } catch (error) {
      port.postMessage({ id: message.id, failure: errorToWire(error) } satisfies IngestAnswer);
      return;
    }
    if (!filing) {
      filing = true;
      setImmediate(() => void fileWaiting());
    }
  });
});
port.postMessage('ready');
