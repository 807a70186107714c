import { sql } from 'kysely';
import type { Db } from '../db-types.js';

/**
 * Claims `spanMs` of a sender's send time, starting at its next free slot (or now, when the sender has been idle),
 * and says how long from now that claimed time starts, by the database's clock. One statement: concurrent claims
 * queue on the sender's row for the length of an update, and each gets time after the one before it.
 */
export async function claimSendTime(db: Db, sender: string, spanMs: number): Promise<{ waitMs: number }> {
  const { rows } = await sql<{ wait_ms: number }>`
    with clock as (select extract(epoch from clock_timestamp())::float8 * 1000 as ms)
    insert into send_pace as p (sender, next_at_ms)
    select ${sender}, clock.ms + ${spanMs}::float8 from clock
    on conflict (sender) do update set next_at_ms = greatest(p.next_at_ms, (select ms from clock)) + ${spanMs}::float8
    returning p.next_at_ms - ${spanMs}::float8 - (select ms from clock) as wait_ms`.execute(db);
  return { waitMs: Math.max(0, Number(rows[0]!.wait_ms)) };
}
