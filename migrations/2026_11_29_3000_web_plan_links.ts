import { sql, type Kysely } from 'kysely';

/**
 * The web pages' tables. plan_links: the private, revocable token behind a client's plan page and calendar
 * feed (one live link per client; a revoked row is kept so an old link answers "revoked", not "unknown").
 * calendar_events: what each feed event last looked like, so an event whose workout changed gets its
 * SEQUENCE bumped (RFC 5545 §3.8.7.4) and calendars replace it. Coach messages get their own outbound kind.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_links')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await sql`create unique index plan_links_one_live on plan_links (client_id) where revoked_at is null`.execute(db);

  await db.schema
    .createTable('calendar_events')
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('uid', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('calendar_events_pk', ['client_id', 'uid'])
    .execute();

  await sql`alter table outbound_messages drop constraint outbound_messages_kind_check`.execute(db);
  await sql`alter table outbound_messages add constraint outbound_messages_kind_check check (kind in ('reply', 'morning', 'system', 'coach'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from outbound_messages where kind = 'coach'`.execute(db);
  await sql`alter table outbound_messages drop constraint outbound_messages_kind_check`.execute(db);
  await sql`alter table outbound_messages add constraint outbound_messages_kind_check check (kind in ('reply', 'morning', 'system'))`.execute(db);
  await db.schema.dropTable('calendar_events').ifExists().execute();
  await db.schema.dropTable('plan_links').ifExists().execute();
}
