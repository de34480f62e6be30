/**
 * Group commit for anything that is cheaper done together: items handed in
 * while a batch runs wait and go in the next one, so under load the work per
 * item shrinks (one transaction, one statement per kind of row), and alone an
 * item waits for nothing but the current turn of the event loop.
 */

/** Runs items in batches; see {@link createBatcher}. */
export interface Batcher<I, O> {
  /** Hands in an item; resolves with its outcome, or rejects with its error. */
  submit(item: I): Promise<O>;
}

/**
 * A batcher over `run`, which gets up to `maxBatch` items and answers, for
 * each in order, its outcome or an `Error` (which rejects that item alone).
 * If `run` itself throws, every item of that batch rejects with it. At most
 * `inFlight` batches run at a time (default 1); with 2, the next batch is
 * handed over while the previous one still runs, so a worker that takes
 * batches one after the other never waits for the next. A batch goes when
 * the turn of the event loop it was filled in ends, or as soon as it is
 * full and a run is free.
 *
 * @example
 * const loader = createBatcher((keys: string[]) => findMany(keys), { maxBatch: 100 });
 * const [a, b] = await Promise.all([loader.submit('a'), loader.submit('b')]); // one findMany(['a', 'b'])
 */
export function createBatcher<I, O>(
  run: (items: I[]) => Promise<Array<O | Error>>,
  options: { maxBatch: number; inFlight?: number },
): Batcher<I, O> {
  type Waiting = { item: I; resolve: (outcome: O) => void; reject: (error: unknown) => void };
  const inFlight = options.inFlight ?? 1;
  let queue: Waiting[] = [];
  let running = 0;
  let scheduled = false;

  async function runBatch(taken: Waiting[]): Promise<void> {
    try {
      const outcomes = await run(taken.map((waiting) => waiting.item));
      taken.forEach((waiting, index) => {
        const outcome = outcomes[index];
        if (outcome instanceof Error) waiting.reject(outcome);
        else if (index >= outcomes.length) waiting.reject(new Error('The batch answered fewer outcomes than it was given'));
        else waiting.resolve(outcome as O);
      });
    } catch (error) {
      for (const waiting of taken) waiting.reject(error);
    }
  }

  function dispatch(): void {
    scheduled = false;
    while (running < inFlight && queue.length > 0) {
      const taken = queue.slice(0, options.maxBatch);
      queue = queue.slice(taken.length);
      running += 1;
      void runBatch(taken).then(() => {
        running -= 1;
        dispatch();
      });
    }
  }

  return {
    submit(item) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (running >= inFlight) return;
        // A full batch goes at once: the run starts on it while the rest of this turn's items come in.
        if (queue.length >= options.maxBatch) return dispatch();
        if (scheduled) return;
        scheduled = true;
        // Let the requests that arrived in the same turn of the event loop join the batch.
        setImmediate(dispatch);
      });
    },
  };
}
