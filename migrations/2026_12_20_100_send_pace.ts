import { sql, type Kysely } from 'kysely';

/**
 * The carrier's send rate, shared by every worker on this database: one row per sender (a Twilio number or
 * messaging service, or the local channel) holding when its next free send slot is, in milliseconds of the
 * database's clock. A worker claims a group's slots by moving it on (scheduler/shared-pacer.ts), so N workers
 * together send at SEND_RATE_PER_SECOND, not N times it. The database's clock alone decides, so workers on
 * machines whose clocks disagree still share one schedule.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table send_pace (sender text primary key, next_at_ms double precision not null)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table send_pace`.execute(db);
}
