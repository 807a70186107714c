import { sql, type Kysely } from 'kysely';

/**
 * A morning text names its daily send (outbound_messages.daily_send_id) instead of the daily send naming its
 * text (daily_sends.outbound_message_id). The morning pass stores each hand-over group's texts in the statement
 * that hands them over (the crash bound, scheduler/morning-pass.ts): with the link on the daily send, that
 * statement also rewrote every daily send of the group (a new row version and its index entries, on the chain of
 * statements a pass runs one after the other); with the link on the text, the insert carries it. The unique
 * index is the link's lookup (a claim finds the text an earlier claim stored) and makes one text per daily send
 * a rule of the database: a claim that lost its lease while another sent the text cannot store a second one.
 * Existing links are copied over before the old column goes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table outbound_messages add column daily_send_id uuid references daily_sends(id) on delete set null`.execute(db);
  await sql`update outbound_messages o set daily_send_id = d.id from daily_sends d where d.outbound_message_id = o.id`.execute(db);
  await sql`create unique index outbound_messages_daily_send on outbound_messages (daily_send_id) where daily_send_id is not null`.execute(db);
  await sql`alter table daily_sends drop column outbound_message_id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table daily_sends add column outbound_message_id uuid references outbound_messages(id) on delete set null`.execute(db);
  await sql`update daily_sends d set outbound_message_id = o.id from outbound_messages o where o.daily_send_id = d.id`.execute(db);
  await sql`drop index outbound_messages_daily_send`.execute(db);
  await sql`alter table outbound_messages drop column daily_send_id`.execute(db);
}
