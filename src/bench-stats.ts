import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { LogEvent } from 'kysely';

/**
 * Query counting for `npm run bench:inbound` (BENCH_STATS=true): the benchmark starts the server as a child
 * process and asks it over IPC how many statements it has run and how much memory it holds, so it can print
 * queries per request and RSS before and after a load. Nothing here runs unless the flag is set.
 */
const stats = { queries: 0, errors: 0, responses: 0, queryMillis: 0 };
/** Set by `{ type: 'bench-trace', on }` (bench:inbound --trace-sql): each statement is printed to stderr with its time. */
let trace = false;

export function countQuery(event: LogEvent): void {
  if (event.level === 'query') stats.queries += 1;
  else stats.errors += 1;
  stats.queryMillis += event.queryDurationMillis;
  if (trace) process.stderr.write(`  sql ${event.queryDurationMillis.toFixed(1).padStart(6)} ms  ${event.query.sql.replace(/\s+/g, ' ').slice(0, 160)}\n`);
}

export interface BenchStats {
  queries: number;
  errors: number;
  /**
   * Requests the server has finished handling (answered, or their connection gone). Statements per request
   * divide by this, not by the load generator's count: requests still in flight when a timed run ends are
   * abandoned by the generator but still handled (their statements were counted against the others, which
   * read as requests leaving the fast path).
   */
  responses: number;
  rss: number;
  heapUsed: number;
  /** Summed time from sending each statement to its result (the statements in flight at once overlap). */
  queryMillis: number;
  /** CPU time this process has used (user + system, microseconds): per-request CPU divides a run's difference by its responses. */
  cpuMicros: number;
}

/** Answers every `{ type: 'bench-stats' }` message from the parent process with the current figures. */
export function answerBenchStats(server: Server): void {
  if (!process.send) return;
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => res.once('close', () => (stats.responses += 1)));
  process.on('message', (msg: unknown) => {
    const m0 = msg as { type?: string; on?: boolean } | null;
    if (m0?.type === 'bench-trace') trace = Boolean(m0.on);
    if (m0?.type !== 'bench-stats') return;
    const m = process.memoryUsage();
    const cpu = process.cpuUsage();
    const reply: BenchStats = { queries: stats.queries, errors: stats.errors, responses: stats.responses, rss: m.rss, heapUsed: m.heapUsed, queryMillis: stats.queryMillis, cpuMicros: cpu.user + cpu.system };
    process.send?.({ type: 'bench-stats', ...reply });
  });
}
