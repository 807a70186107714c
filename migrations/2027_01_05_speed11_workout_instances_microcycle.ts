import { sql, type Kysely } from 'kysely';

/**
 * A week's stored days by the week: a stale week's rebuild reads them (listWeekWorkouts) and a lift log's turn
 * reads them with the week (turn-reads readDaysWith), both by microcycle_id, which no index had, so each read
 * scanned every client's days (bench:inbound, 100 clients: ~900 rows read by sequential scans per lift log; a
 * year of 10,000 clients' days is millions of rows). Also what a week's deletion looks up (ON DELETE SET NULL).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index workout_instances_microcycle_idx on workout_instances (microcycle_id, date)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index workout_instances_microcycle_idx`.execute(db);
}
