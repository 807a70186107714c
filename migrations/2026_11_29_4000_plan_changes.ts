import { sql, type Kysely } from 'kysely';

/**
 * Adaptation (issue 12). plan_changes: every change the adaptation engine made to a client's workouts — its
 * type, one-line reason, the dates it touched, each date before and after, and whether the client asked
 * (a report) or it followed automatically (a log, a new engine version). fitness_plans.inputs_rev: bumped
 * whenever anything a week is built from changes (an adaptation, a signal, a log, new maxes), so a stored
 * week knows it is stale with one integer comparison.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_changes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('fitness_plans.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('dates', 'jsonb', (c) => c.notNull())
    .addColumn('before', 'jsonb', (c) => c.notNull())
    .addColumn('after', 'jsonb', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull().check(sql`trigger in ('auto', 'asked')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('plan_changes_plan_idx').on('plan_changes').columns(['plan_id', 'created_at']).execute();
  await db.schema.alterTable('fitness_plans').addColumn('inputs_rev', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('fitness_plans').dropColumn('inputs_rev').execute();
  await db.schema.dropTable('plan_changes').ifExists().execute();
}
