/**
 * A week's stored days are read by the week's id when a stale week is rebuilt (listWeekWorkouts) and with the week
 * in a lift log's turn (turn-reads readDaysWith). Without an index on the week's id, each such read scanned every
 * client's stored days.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../support/db.js';

const handle = useTestDatabase();

/** The plan PostgreSQL makes for `query` when it is told to avoid whole-table scans wherever an index allows. */
async function planWithoutSeqScans(query: string): Promise<string> {
  return handle.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    const res = await sql<{ 'QUERY PLAN': string }>`${sql.raw(`explain ${query}`)}`.execute(trx);
    return res.rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('db: a week\'s stored days', () => {
  it('when read by the week\'s id (a stale week\'s rebuild), are found by index, not by scanning every client\'s days', async () => {
    const plan = await planWithoutSeqScans(`select * from workout_instances where microcycle_id = '00000000-0000-0000-0000-000000000001' order by date`);
    expect(plan).not.toMatch(/Seq Scan on workout_instances/);
    expect(plan).toMatch(/Index.*on workout_instances/);
  });
});
