import { sql, type Kysely } from 'kysely';

/**
 * Hardening of inbound handling:
 * - `original_body_length`: PostgreSQL refuses U+0000 in text, so such characters are stripped before the
 *   message is stored; the length as received is kept (null when nothing was stripped) so an operator can
 *   see that the stored body is not byte for byte what arrived.
 * - `lease_until`: until when the process that stored the message is expected to be handling it (a minute
 *   after it arrived; cut short when that process gives up on a dropped connection). An unhandled message
 *   past its lease has no live handler: the next text from the same number, or the sweeper, takes it over.
 * - a partial index on the messages not handled yet, by sender: every turn looks for an earlier text of the
 *   same number still waiting (texts are handled in arrival order), and the sweeper looks for any left
 *   `received` too long. Handled rows leave the index, so it stays tiny.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('inbound_messages').addColumn('original_body_length', 'integer').execute();
  await db.schema.alterTable('inbound_messages').addColumn('lease_until', 'timestamptz').execute();
  await sql`create index inbound_messages_waiting on inbound_messages (from_phone, received_at) where status = 'received'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists inbound_messages_waiting`.execute(db);
  await db.schema.alterTable('inbound_messages').dropColumn('lease_until').dropColumn('original_body_length').execute();
}
