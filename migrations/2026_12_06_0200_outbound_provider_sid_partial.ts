import { sql, type Kysely } from 'kysely';

/**
 * An outbound text's provider id stays unique, but the index holding it only has the texts that have one. Every
 * morning text is stored before the provider is called (the crash bound: scheduler/morning-pass.ts), so each
 * was indexed twice in the old unique constraint: once with no id (all NULLs, never looked up) and again, when
 * recorded sent, with its id. Now only the second. Lookups by provider id (status callbacks, `provider_sid = $1`)
 * imply NOT NULL and use this index as before; a repeated id still fails with a unique violation (23505).
 * Measured by replaying a 10,000-client morning's writes (materialize, 50 claims, 157 hand-over groups) in SQL:
 * WAL 37.29 → 36.63 MB, and the index no longer holds an entry per unsent text.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create unique index outbound_messages_provider_sid on outbound_messages (provider_sid) where provider_sid is not null`.execute(db);
  await sql`alter table outbound_messages drop constraint outbound_messages_provider_sid_key`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table outbound_messages add constraint outbound_messages_provider_sid_key unique (provider_sid)`.execute(db);
  await sql`drop index outbound_messages_provider_sid`.execute(db);
}
