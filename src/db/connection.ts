import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { Database } from './schema.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { isConnectionLost } from './errors.js';
import { withLoopTurns } from './pglite-turns.js';
import { preparedName } from './prepared.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The embedded instance, when there is one (tests dump it; health checks nothing else). */
  pglite?: PGlite;
  /** The data folder's lock, when PGlite opened a folder (the server records its URL in it). */
  lock?: DataDirLock;
  close(): Promise<void>;
}

// Both drivers must hand the app the same types: dates as 'YYYY-MM-DD' (pg's default would build a Date at
// local midnight, which shifts a day in any zone west of UTC), and int8 (count(*)) as a number.
const DATE_OID = 1082;
const INT8_OID = 20;
const asString = (v: string) => v;
const asNumber = (v: string) => Number(v);

let pgParsersSet = false;
function setPgParsers(): void {
  if (pgParsersSet) return;
  pg.types.setTypeParser(DATE_OID, asString);
  pg.types.setTypeParser(INT8_OID, asNumber);
  pgParsersSet = true;
}

/** Kysely's per-query hook (the benchmark counts queries with it). */
export type QueryLog = (event: LogEvent) => void;

export interface PostgresOptions {
  max?: number;
  log?: QueryLog;
  /** Told about every connection the server drops (restart, failover, pg_terminate_backend). */
  onConnectionError?: (err: Error, state: 'idle' | 'in use') => void;
}

const reportToStderr = (err: Error, state: 'idle' | 'in use') =>
  process.stderr.write(`postgres: ${state} connection lost (${err.message}); it will be replaced\n`);

/**
 * Opens Postgres through a pool. `max` is small by default: many stateless processes share one server.
 *
 * A connection the server drops emits 'error' on its pg Client; with no listener Node re-throws it and the
 * whole process dies. The pool listens only while a client is idle, so every client also gets a listener
 * of its own for the time it is checked out: the query in flight still rejects (the caller retries or
 * answers 5xx), and on release the pool sees the client is no longer queryable and discards it.
 */
export function openPostgres(url: string, options: PostgresOptions = {}): DatabaseHandle {
  setPgParsers();
  const report = options.onConnectionError ?? reportToStderr;
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  const inUse = new WeakSet<pg.PoolClient>();
  const broken = new WeakSet<pg.PoolClient>();
  // When one session is terminated, the idle ones usually went with it (a failover, a restart, an admin
  // terminating them all), but they only find out on their next query. A client that has not answered
  // since the last loss is checked before it is handed out, so a retry really gets a live connection.
  const lastAnswered = new WeakMap<pg.PoolClient, number>();
  let lastLossAt = 0;
  const lost = (client: pg.PoolClient) => {
    broken.add(client);
    lastLossAt = Date.now();
  };
  pool.on('acquire', (client) => inUse.add(client));
  pool.on('release', (_err, client) => {
    inUse.delete(client);
    // A terminated session can still look queryable at release (its socket closes a moment later):
    // ending it makes the pool discard it instead of handing the dead session to the next query.
    if (broken.has(client)) client.end().catch(() => undefined);
  });
  pool.on('error', (err) => report(err, 'idle'));
  pool.on('connect', (client) => {
    lastAnswered.set(client, Date.now());
    // While idle the pool's own listener (above) reports it; this one covers the checked-out time.
    client.on('error', (err) => {
      lost(client);
      if (inUse.has(client)) report(err, 'in use');
    });
    // The FATAL "terminating connection" reaches the query in flight rather than an 'error' event.
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      // A statement marked `prepared` (db/prepared.ts) goes under its name: planned once on this connection.
      const name = typeof args[0] === 'string' ? preparedName(args[0]) : null;
      const result = name ? query({ name, text: args[0], values: args[1] }) : query(...args);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then(
          () => lastAnswered.set(client, Date.now()),
          (err: unknown) => {
            if (isConnectionLost(err)) lost(client);
            else lastAnswered.set(client, Date.now()); // a statement error: the session is alive
          },
        );
      }
      return result;
    };
  });
  const checkedPool = {
    async connect(): Promise<pg.PoolClient> {
      for (let attempt = 0; ; attempt++) {
        const client = await pool.connect();
        if ((lastAnswered.get(client) ?? 0) >= lastLossAt || attempt >= (options.max ?? 10) + 1) return client;
        try {
          await client.query('select 1');
          return client;
        } catch (err) {
          client.release(err instanceof Error ? err : true);
        }
      }
    },
    end: () => pool.end(),
  };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: checkedPool }), ...(options.log ? { log: options.log } : {}) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

export const pgliteParsers = {
  [pgliteTypes.DATE]: asString,
  [pgliteTypes.INT8]: asNumber,
};

/**
 * Opens PGlite in a data folder (created if missing) or from a dumped data directory (tests). PGlite is one
 * connection in one process: everything inside a transaction must use that transaction's `trx`.
 */
export async function openPglite(
  source: { dataDir: string; purpose?: string } | { loadDataDir: Blob } | { memory: true },
  log?: QueryLog,
): Promise<DatabaseHandle> {
  let client: PGlite;
  let lock: DataDirLock | undefined;
  if ('dataDir' in source) {
    mkdirSync(source.dataDir, { recursive: true });
    // Before PGlite touches the folder: a second process must fail here, not corrupt the first one's data.
    lock = acquireDataDirLock(source.dataDir, source.purpose ?? processPurpose());
    try {
      client = await PGlite.create(source.dataDir, { parsers: pgliteParsers });
    } catch (err) {
      lock.release();
      throw err;
    }
  } else if ('loadDataDir' in source) {
    client = await PGlite.create({ loadDataDir: source.loadDataDir, parsers: pgliteParsers });
  } else {
    client = await PGlite.create({ parsers: pgliteParsers });
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(withLoopTurns(client)), ...(log ? { log } : {}) });
  return {
    db,
    kind: 'pglite',
    pglite: client,
    ...(lock ? { lock } : {}),
    close: async () => {
      try {
        await db.destroy();
        if (!client.closed) await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** What this process is, for the lock file: the npm script or the entry file. */
function processPurpose(): string {
  const script = process.env.npm_lifecycle_event;
  if (script) return `npm run ${script}`;
  return path.basename(process.argv[1] ?? 'node');
}

export async function openDatabase(
  config: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string },
  options: { onConnectionError?: PostgresOptions['onConnectionError']; purpose?: string; log?: QueryLog } = {},
): Promise<DatabaseHandle> {
  return config.kind === 'postgres'
    ? openPostgres(config.url, { ...(options.onConnectionError ? { onConnectionError: options.onConnectionError } : {}), ...(options.log ? { log: options.log } : {}) })
    : openPglite({ dataDir: config.dataDir, ...(options.purpose ? { purpose: options.purpose } : {}) }, options.log);
}
