/**
 * Natural batching of one kind of statement: a call made while the previous batch's statement is in flight
 * waits for it and goes out with every other call that arrived meanwhile, as ONE statement; a call made
 * while nothing is in flight goes out at the end of the current turn of the event loop (setImmediate), with
 * the calls of the other requests read in the same turn. No timer: at low load a lone request waits for
 * nothing, and under a rush each statement (each wake of a database backend, the cost that dominates on a
 * small machine) serves many requests. The turn matters on PGlite, whose statements run on this thread: a
 * statement is never seen in flight by another request there, so only the requests of one turn can share it.
 *
 * `run` gets the inputs in arrival order and returns one output per input, in the same order. When it
 * throws, every call of that batch rejects with the error: the caller falls back to its one-request
 * statement, so a batch that failed (a dropped connection, one row the batch statement refused) loses
 * nothing and costs only the statements it would have cost without batching.
 */
export interface StatementBatcher<I, O> {
  (input: I): Promise<O>;
}

interface Waiting<I, O> {
  input: I;
  resolve: (out: O) => void;
  reject: (err: unknown) => void;
}

export function statementBatcher<I, O>(run: (inputs: I[]) => Promise<O[]>, maxBatch: number): StatementBatcher<I, O> {
  let waiting: Waiting<I, O>[] = [];
  let inFlight = false;
  let scheduled = false;

  const flush = (): void => {
    if (inFlight || waiting.length === 0) return;
    const batch = waiting.slice(0, maxBatch);
    waiting = waiting.slice(batch.length);
    inFlight = true;
    let outs: Promise<O[]>;
    try {
      outs = run(batch.map((w) => w.input));
    } catch (err) {
      outs = Promise.reject(err);
    }
    outs
      .then(
        (results) => {
          if (results.length !== batch.length) throw new Error(`batch statement returned ${results.length} results for ${batch.length} inputs`);
          batch.forEach((w, i) => w.resolve(results[i] as O));
        },
        (err: unknown) => batch.forEach((w) => w.reject(err)),
      )
      .catch((err: unknown) => batch.forEach((w) => w.reject(err)))
      .finally(() => {
        inFlight = false;
        flush();
      });
  };

  return (input: I) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (inFlight || scheduled) return;
      scheduled = true;
      setImmediate(() => {
        scheduled = false;
        flush();
      });
    });
}

/**
 * One batcher per database handle (tests open many), made on first use. The key is the Kysely instance the
 * service was given: a transaction's handle is never batched (the callers batch only top-level statements).
 */
export function batcherPerHandle<H extends object, I, O>(make: (handle: H) => StatementBatcher<I, O>): (handle: H) => StatementBatcher<I, O> {
  const batchers = new WeakMap<H, StatementBatcher<I, O>>();
  return (handle) => {
    let b = batchers.get(handle);
    if (!b) {
      b = make(handle);
      batchers.set(handle, b);
    }
    return b;
  };
}
