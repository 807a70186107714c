import { sql, type RawBuilder, type Selectable } from 'kysely';
import type { Db } from './db-types.js';
import { handleParent, noteView } from './batch-reads.js';
import type { MicrocycleRow, PlanAdaptationsTable, PlanRow, ReadinessSignalsTable, WorkoutLogsTable, WorkoutRow } from './schema.js';

/**
 * Reads one unit of work would otherwise repeat, kept for it and kept true by its own writes (issue 14: a lift
 * log's turn read the plan's notes 3 times, the client's logs 4 times, the soreness signals twice, its day and
 * its week twice each, and the plan again after its own revision bump: 23 statements for one text).
 *
 * Unlike the morning pass's batch reads (batch-reads.ts: prefetched, each day and week taken once), these fill
 * on first read and stay: the repositories below answer a second read from them, and every repository write
 * made on the same handle updates or drops what it touches (a written week or day is kept as written, a log,
 * a signal or a note written drops the client's list, a status set drops that day). So the handle is for a
 * unit of work whose writes all go through the repositories with that handle; a nested unit of work
 * (`transaction()`, a savepoint on the same connection) turns the reads off for the rest of the handle's life,
 * as its writes would not pass through it.
 */
export interface TurnReads {
  off: boolean;
  /** A client's days the unit of work will read (a lift log names the next load from the week ahead): read together. */
  days?: { clientId: string; dates: readonly string[]; with?: ReadWithDays };
  /** client id → the active plan row (null: none). */
  plans: Map<string, PlanRow | null>;
  /** `${clientId}|${date}` → the stored day (null: none stored). */
  workouts: Map<string, WorkoutRow | null>;
  /** `${planId}|${weekNumber}` → the stored week (null: not built). */
  microcycles: Map<string, MicrocycleRow | null>;
  /**
   * microcycle id → its stored days in date order (listWeekWorkouts: a stale week's rebuild reads them), read with
   * the week (readDaysWith). Dropped whole by any write to a day: a day written is in one of them, or joins one.
   */
  weekDays: Map<string, WorkoutRow[]>;
  /** plan id → its notes in creation order. */
  adaptations: Map<string, Selectable<PlanAdaptationsTable>[]>;
  /** client id → every log of the client, ordered by date then creation (a promise: reads run side by side). */
  logs: Map<string, Promise<LogRow[]>>;
  /** client id → every signal of the client dated `from` on (all kinds), ordered by date then creation. */
  signals: Map<string, { from: string; rows: Promise<Selectable<ReadinessSignalsTable>[]> }>;
}

type LogRow = Selectable<WorkoutLogsTable>;

const onHandle = new WeakMap<object, TurnReads>();

/**
 * A handle on the same database or transaction as `db` whose repository reads are kept for the rest of the
 * unit of work (see TurnReads). Queries run on `db` itself.
 */
export function withTurnReads<D extends Db>(db: D): D {
  const reads: TurnReads = { off: false, plans: new Map(), workouts: new Map(), microcycles: new Map(), weekDays: new Map(), adaptations: new Map(), logs: new Map(), signals: new Map() };
  const scoped = new Proxy(db, {
    get(target, prop) {
      // A nested unit of work writes through a handle of its own: what is kept could go stale, so nothing is.
      if (prop === 'transaction') reads.off = true;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as D;
  onHandle.set(scoped, reads);
  noteView(scoped, db);
  return scoped;
}

/** The kept reads a repository call on `db` may use and must keep true: its handle's, or the handle it views. */
export function turnReadsOf(db: Db): TurnReads | undefined {
  for (let h: object | undefined = db; h; h = handleParent(h)) {
    const reads = onHandle.get(h);
    if (reads) return reads.off ? undefined : reads;
  }
  return undefined;
}

/** Drops every kept day with this id (a write matched it by id), and the kept days of weeks. */
export function forgetWorkout(reads: TurnReads, id: string): void {
  for (const [key, row] of reads.workouts) if (row?.id === id) reads.workouts.delete(key);
  reads.weekDays.clear();
}

/**
 * The kept days with these ids as a restamp left them (updateMicrocycle): the same row with `stamp` in its build
 * record, its other columns copied as they are (a JSON column still unparsed stays so).
 */
export function restampKeptWorkouts(reads: TurnReads, ids: ReadonlySet<string>, stamp: string): void {
  const restamped = new Map<WorkoutRow, WorkoutRow>();
  const restamp = (row: WorkoutRow): WorkoutRow => {
    let copy = restamped.get(row);
    if (!copy) {
      copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(row)) as WorkoutRow;
      const input = row.engine_input;
      if (input && typeof input === 'object' && !Array.isArray(input)) {
        Object.defineProperty(copy, 'engine_input', { value: { ...input, stamp }, writable: true, enumerable: true, configurable: true });
      }
      restamped.set(row, copy);
    }
    return copy;
  };
  for (const [key, row] of reads.workouts) if (row && ids.has(row.id)) reads.workouts.set(key, restamp(row));
  for (const [week, rows] of reads.weekDays) if (rows.some((r) => ids.has(r.id))) reads.weekDays.set(week, rows.map((r) => (ids.has(r.id) ? restamp(r) : r)));
}

/** A week's kept days in date order (see TurnReads.weekDays), a copy; undefined when not kept. */
export function keptWeekDays(db: Db, microcycleId: string): WorkoutRow[] | undefined {
  const rows = turnReadsOf(db)?.weekDays.get(microcycleId);
  return rows && [...rows];
}

/**
 * A client's logs within [from, to] (either open) from the kept list, which the first such read of the unit
 * of work fills with all of the client's logs (the known maxes read them all; the week build, the logged days
 * and the readiness rules then read ranges of the same list). Null without kept reads.
 */
export async function keptLogs(db: Db, clientId: string, from: string | undefined, to: string | undefined): Promise<LogRow[] | null> {
  const kept = turnReadsOf(db);
  if (!kept) return null;
  let rows = kept.logs.get(clientId);
  if (!rows) {
    rows = db.selectFrom('workout_logs').selectAll().where('client_id', '=', clientId).orderBy('date').orderBy('created_at').execute();
    kept.logs.set(clientId, rows);
  }
  return (await rows).filter((r) => (from === undefined || r.date >= from) && (to === undefined || r.date <= to));
}

/**
 * Logs the unit of work just wrote (as the insert returned them), added to kept lists in the order a read
 * would give: after every log of an earlier or the same date (theirs were created first).
 */
export function keepWrittenLogs(db: Db, written: readonly LogRow[]): void {
  const kept = turnReadsOf(db);
  if (!kept) return;
  for (const clientId of new Set(written.map((l) => l.client_id))) {
    const rows = kept.logs.get(clientId);
    if (!rows) continue;
    const mine = written.filter((l) => l.client_id === clientId);
    kept.logs.set(
      clientId,
      rows.then((list) => {
        const out = [...list];
        for (const l of mine) {
          let at = out.length;
          while (at > 0 && out[at - 1]!.date > l.date) at--;
          out.splice(at, 0, l);
        }
        return out;
      }),
    );
  }
}

/** Days before the first `from` asked that the kept signals reach back (the readiness rules look 5 days back, soreness 3). */
const SIGNALS_BACK_DAYS = 14;

type SignalKind = Selectable<ReadinessSignalsTable>['kind'];

/**
 * A client's signals of `kinds` dated `from` on, from the kept list: the first read keeps every kind from
 * SIGNALS_BACK_DAYS before its `from`, so the week build's soreness and the readiness rules' five kinds are one
 * read. Null without kept reads.
 */
export async function keptSignals(db: Db, clientId: string, kinds: readonly SignalKind[], from: string): Promise<Selectable<ReadinessSignalsTable>[] | null> {
  const kept = turnReadsOf(db);
  if (!kept) return null;
  let entry = kept.signals.get(clientId);
  if (!entry || entry.from > from) {
    const since = daysBefore(from, SIGNALS_BACK_DAYS);
    const rows = db.selectFrom('readiness_signals').selectAll().where('client_id', '=', clientId).where('date', '>=', since).orderBy('date').orderBy('created_at').execute();
    entry = { from: since, rows };
    kept.signals.set(clientId, entry);
  }
  return (await entry.rows).filter((r) => r.date >= from && kinds.includes(r.kind));
}

/** The ISO date `n` days before `date` (YYYY-MM-DD). */
function daysBefore(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/** Keeps a client's stored day of `date` (null: none stored) as the unit of work read it at its start (read with the client). */
export function keepWorkoutRead(db: Db, clientId: string, date: string, row: WorkoutRow | null): void {
  turnReadsOf(db)?.workouts.set(`${clientId}|${date}`, row);
}

/** Keeps the client's active plan row as the unit of work read it at its start (read with the client). */
export function keepActivePlan(db: Db, clientId: string, row: PlanRow | null): void {
  turnReadsOf(db)?.plans.set(clientId, row);
}

/**
 * What else a unit of work that reads the client's days together will read, read in the same statement as the
 * days (a lift log's turn read the days, the plan's notes, the week, the logs and the signals one statement each).
 */
export interface ReadWithDays {
  planId: string;
  /** The plan weeks the days fall in. */
  weekNumbers: readonly number[];
  /** The signals are read from SIGNALS_BACK_DAYS before this date (as keptSignals's first read from it). */
  signalsFrom: string;
}

/**
 * Says which of the client's days the unit of work will read: the first read of one of them reads them all,
 * and with them what `also` names (readDaysWith).
 */
export function keepDaysTogether(db: Db, clientId: string, dates: readonly string[], also?: ReadWithDays): void {
  const kept = turnReadsOf(db);
  if (kept) kept.days = { clientId, dates, ...(also ? { with: also } : {}) };
}

/** What keepDaysTogether said to read with the client's days, once: the first read of the days takes it. */
export function takeReadWithDays(kept: TurnReads, clientId: string): ReadWithDays | undefined {
  const days = kept.days;
  if (days?.clientId !== clientId || !days.with) return undefined;
  const also = days.with;
  kept.days = { clientId, dates: days.dates };
  return also;
}

/** A json_agg column as rows (the pg driver parses json; a driver that does not hands back its text). */
const jsonRows = <T>(v: unknown): T[] => (typeof v === 'string' ? (JSON.parse(v) as T[]) : ((v ?? []) as T[]));

/**
 * Rows read as json (`json_agg`, in one order) with the columns json cannot carry as the driver reads them (a
 * timestamp would come back as text, a bytea as hex) put back from arrays aggregated in the same order, which
 * the driver parses as it parses the columns: each row is the very row a plain select gives.
 */
function rowsOf<T>(rows: unknown, typed: Record<string, unknown>): T[] {
  return jsonRows<Record<string, unknown>>(rows).map((row, i) => {
    const out = { ...row };
    for (const [col, values] of Object.entries(typed)) out[col] = (values as unknown[] | null)?.[i] ?? null;
    return out as T;
  });
}

/**
 * One part of readDaysWith: `name` (the rows as json) and `name_<col>` (each of `typed` as an array), in `order`;
 * a part not wanted is a null `name`.
 */
function part(name: string, alias: string, from: RawBuilder<unknown>, order: string, typed: readonly string[], wanted: boolean): RawBuilder<unknown> {
  if (!wanted) return sql.raw(`(select null::json as ${name}) ${name}`);
  const arrays = typed.map((c) => `array_agg(${alias}.${c} order by ${order}) as ${name}_${c}`).join(', ');
  return sql`(select coalesce(json_agg(${sql.raw(alias)} order by ${sql.raw(order)}), '[]') as ${sql.raw(name)}, ${sql.raw(arrays)} ${from}) ${sql.raw(name)}`;
}

/** The columns of each table read by readDaysWith that json cannot carry as the driver reads them. */
const TYPED = {
  days: ['created_at', 'completed_at'],
  notes: ['created_at'],
  weeks: ['created_at', 'pattern_digest'],
  weekdays: ['created_at', 'completed_at'],
  logs: ['created_at'],
  signals: ['created_at'],
} as const;

/**
 * The client's days on `dates`, read in one statement with what `also` names that the unit of work has not kept
 * yet: the plan's notes, its weeks (and each week's stored days), every log of the client and the signals from SIGNALS_BACK_DAYS before
 * `also.signalsFrom`. Each is kept as the read of its own would keep it (the same rows in the same order, their
 * timestamps parsed by the driver); the days are returned for the caller to keep (findClientWorkouts).
 */
export async function readDaysWith(db: Db, kept: TurnReads, clientId: string, dates: readonly string[], also: ReadWithDays): Promise<WorkoutRow[]> {
  const weekKeys = also.weekNumbers.filter((n) => !kept.microcycles.has(`${also.planId}|${n}`));
  const notes = !kept.adaptations.has(also.planId);
  const logs = !kept.logs.has(clientId);
  const since = daysBefore(also.signalsFrom, SIGNALS_BACK_DAYS);
  const signals = !kept.signals.has(clientId);
  const list = <T>(values: readonly T[]) => sql.join(values.map((v) => sql`${v}`));
  const { rows } = await sql<Record<string, unknown>>`select * from
    ${part('days', 'w', sql`from workout_instances w where w.client_id = ${clientId} and w.date in (${list(dates)})`, 'w.date', TYPED.days, true)}
    cross join ${part('notes', 'a', sql`from plan_adaptations a where a.plan_id = ${also.planId}`, 'a.created_at', TYPED.notes, notes)}
    cross join ${part('weeks', 'm', sql`from microcycles m where m.plan_id = ${also.planId} and m.week_number in (${list(weekKeys.length ? weekKeys : [0])})`, 'm.week_number', TYPED.weeks, weekKeys.length > 0)}
    cross join ${part('weekdays', 'wd', sql`from workout_instances wd where wd.microcycle_id in (select m.id from microcycles m where m.plan_id = ${also.planId} and m.week_number in (${list(weekKeys.length ? weekKeys : [0])}))`, 'wd.microcycle_id, wd.date', TYPED.weekdays, weekKeys.length > 0)}
    cross join ${part('logs', 'l', sql`from workout_logs l where l.client_id = ${clientId}`, 'l.date, l.created_at', TYPED.logs, logs)}
    cross join ${part('signals', 's', sql`from readiness_signals s where s.client_id = ${clientId} and s.date >= ${since}`, 's.date, s.created_at', TYPED.signals, signals)}`.execute(db);
  const found = rows[0]!;
  const typedOf = (name: keyof typeof TYPED) => Object.fromEntries(TYPED[name].map((c) => [c, found[`${name}_${c}`]]));
  const days = rowsOf<WorkoutRow>(found['days'], typedOf('days'));
  if (notes) kept.adaptations.set(also.planId, rowsOf<Selectable<PlanAdaptationsTable>>(found['notes'], typedOf('notes')));
  if (weekKeys.length) {
    const weeks = new Map(rowsOf<MicrocycleRow>(found['weeks'], typedOf('weeks')).map((m) => [m.week_number, m]));
    for (const n of weekKeys) kept.microcycles.set(`${also.planId}|${n}`, weeks.get(n) ?? null);
    // Each week's days, as listWeekWorkouts reads them (a stale week's rebuild, after the log moved a load).
    const weekDays = rowsOf<WorkoutRow>(found['weekdays'], typedOf('weekdays'));
    for (const m of weeks.values()) kept.weekDays.set(m.id, weekDays.filter((d) => d.microcycle_id === m.id));
  }
  if (logs) kept.logs.set(clientId, Promise.resolve(rowsOf<LogRow>(found['logs'], typedOf('logs'))));
  if (signals) kept.signals.set(clientId, { from: since, rows: Promise.resolve(rowsOf<Selectable<ReadinessSignalsTable>>(found['signals'], typedOf('signals'))) });
  return days;
}

/** The dates to read with `date` (the kept days not kept yet, when `date` is one of them), else just `date`. */
export function daysReadWith(kept: TurnReads, clientId: string, date: string): string[] {
  const together = kept.days?.clientId === clientId && kept.days.dates.includes(date) ? kept.days.dates : [date];
  return together.filter((d) => d === date || !kept.workouts.has(`${clientId}|${d}`));
}
