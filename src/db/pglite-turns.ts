import type { PGlite } from '@electric-sql/pglite';

/**
 * How long the process may run statements (and the code between them) before Node's event loop gets a turn.
 * A few statements' worth: enough that a quiet process never waits, short enough that the loop turns often.
 */
export const STRETCH_MS = 4;

// Taken when the module loads: a test that fakes timers afterwards must not stall the database.
const nextLoopTurn = setImmediate;

/**
 * PGlite gives the event loop a turn during a rush of statements.
 *
 * PGlite runs Postgres in this thread and each statement's promise resolves in a microtask; Kysely hands its
 * one connection to the next waiting statement in a microtask too. So under a rush every queued statement,
 * and every request's code between them, ran as one unbroken stretch, and Node read sockets, wrote replies and
 * accepted connections only between stretches. Node accepts one new connection per loop turn: at the start of
 * a texting rush, the 50th webhook connection waited for 49 stretches, each longer than the one before
 * (seconds: the p99 tail of issue #14, while every request took milliseconds once read).
 *
 * Here, a statement that would extend a stretch past STRETCH_MS first waits for the loop's next check phase
 * (setImmediate). Statements still run one at a time and in the order they were queued (the waiting statement
 * holds Kysely's connection, and PGlite's own lock serializes the rest): only the loop gets its turn between
 * them. PostgreSQL needs nothing of the kind: its statements wait on sockets, which is a loop turn each.
 */
export function withLoopTurns(client: PGlite): PGlite {
  let stretchStart: number | null = null;
  const query: PGlite['query'] = async (...args: Parameters<PGlite['query']>) => {
    if (stretchStart !== null && performance.now() - stretchStart >= STRETCH_MS) {
      await new Promise((resolve) => nextLoopTurn(resolve));
    }
    if (stretchStart === null) {
      stretchStart = performance.now();
      // Runs once the stretch gives the loop back (this one, or the wait above): the next stretch starts afresh.
      nextLoopTurn(() => {
        stretchStart = null;
      });
    }
    return client.query(...args);
  };
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'query') return query;
      const value: unknown = Reflect.get(target, prop, target);
      // PGlite keeps its state in private fields: its methods must run on the instance itself, not the proxy.
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
