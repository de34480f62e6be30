/**
 * The background WAL checkpointer of a SQLite database. In WAL mode every
 * commit appends pages to the log, and every ~1000 pages SQLite copies the
 * log back into the database file inside some unlucky commit, which then
 * takes tens of milliseconds on the thread that answers requests. Here a
 * worker thread (`sqlite-checkpointer.cjs` at the package root) with its own
 * connection does that copy every `intervalMs`, off the request thread; the
 * request connection keeps a much higher automatic threshold as a backstop,
 * should the worker fall behind or stop.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const WORKER_FILE = fileURLToPath(new URL('../../sqlite-checkpointer.cjs', import.meta.url));

/** Pages the request connection lets the log grow to before it checkpoints itself (about 40 MB). */
export const BACKSTOP_PAGES = 10_000;

/** A running checkpointer. */
export interface Checkpointer {
  /** Stops the thread and closes its connection. */
  stop(): Promise<void>;
}

/**
 * Starts checkpointing `file` (an existing database in WAL mode) in the
 * background. The thread never keeps the process alive; should it fail, the
 * request connection's own checkpoints take over (see {@link BACKSTOP_PAGES}).
 *
 * @example
 * const checkpointer = startCheckpointer('./aftercare.sqlite');
 * await checkpointer.stop();
 */
export function startCheckpointer(file: string, options: { intervalMs?: number } = {}): Checkpointer {
  const worker = new Worker(WORKER_FILE, { workerData: { file, intervalMs: options.intervalMs ?? 100 } });
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('error', (error) => console.error('The SQLite checkpointer stopped; commits checkpoint on their own now:', error));
  let stopping = false;
  return {
    async stop() {
      if (!stopping) {
        stopping = true;
        worker.ref();
        worker.postMessage('stop');
      }
      await exited;
    },
  };
}
