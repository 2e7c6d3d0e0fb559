/**
 * Natural batching ("group commit") for hot paths such as heartbeats: calls
 * that arrive in the same turn of the event loop, or while earlier batches
 * are still at the database, go together in one statement. An idle server
 * sends each call at once; a loaded one sends fewer, larger statements, so
 * round trips stop being the limit (issue 6, DESIGN §1 sizing). Every caller
 * still waits for its own batch to finish: nothing is answered before it is
 * written.
 */
export interface BatcherOptions {
  /** Most items in one batch. */
  maxSize: number;
  /** Batches at the database at once; further calls queue for the next. */
  maxInFlight: number;
}

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * `run` gets the items of one batch and returns one result per item, in the
 * same order. If it throws, every caller in that batch gets the error.
 */
export function createBatcher<I, O>(run: (items: I[]) => Promise<O[]>, options: BatcherOptions): (item: I) => Promise<O> {
  const queue: Pending<I, O>[] = [];
  let inFlight = 0;
  let scheduled = false;

  function schedule() {
    if (scheduled || queue.length === 0 || inFlight >= options.maxInFlight) return;
    scheduled = true;
    // setImmediate runs after the poll phase: every request read in this turn joins the batch.
    setImmediate(flush);
  }

  function flush() {
    scheduled = false;
    while (queue.length > 0 && inFlight < options.maxInFlight) {
      const batch = queue.splice(0, options.maxSize);
      inFlight++;
      void execute(batch).finally(() => {
        inFlight--;
        schedule();
      });
    }
  }

  async function execute(batch: Pending<I, O>[]) {
    try {
      const results = await run(batch.map((p) => p.item));
      if (results.length !== batch.length) throw new Error(`batch returned ${results.length} results for ${batch.length} items`);
      batch.forEach((p, i) => p.resolve(results[i]!));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      schedule();
    });
}
