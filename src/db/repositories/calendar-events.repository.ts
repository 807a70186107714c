import { sql } from 'kysely';
import type { Db } from '../db-types.js';

export interface CalendarEventState {
  uid: string;
  sequence: number;
  /** When the event's content last changed: the feed's DTSTAMP, stable across refreshes. */
  updatedAt: Date;
}

/**
 * Records what each event of a feed looks like now, in one statement: a new event starts at SEQUENCE 0, an
 * event whose content hash changed gets SEQUENCE + 1, an unchanged one is left alone. Returns every
 * event's state after the write.
 */
export async function recordCalendarEvents(
  db: Db,
  clientId: string,
  events: ReadonlyArray<{ uid: string; contentHash: string }>,
  /** The app's clock, not the database's: tests pin it, and DTSTAMP then moves exactly when content does. */
  at: Date,
): Promise<Map<string, CalendarEventState>> {
  if (events.length > 0) {
    await db
      .insertInto('calendar_events')
      .values(events.map((e) => ({ client_id: clientId, uid: e.uid, content_hash: e.contentHash, updated_at: at })))
      .onConflict((oc) =>
        oc
          .columns(['client_id', 'uid'])
          .doUpdateSet({
            content_hash: (eb) => eb.ref('excluded.content_hash'),
            sequence: sql`calendar_events.sequence + 1`,
            updated_at: (eb) => eb.ref('excluded.updated_at'),
          })
          .where('calendar_events.content_hash', '<>', (eb) => eb.ref('excluded.content_hash')),
      )
      .execute();
  }
  const rows = await db
    .selectFrom('calendar_events')
    .select(['uid', 'sequence', 'updated_at'])
    .where('client_id', '=', clientId)
    .execute();
  return new Map(rows.map((r) => [r.uid, { uid: r.uid, sequence: r.sequence, updatedAt: r.updated_at }]));
}
