import { sql, type Kysely } from 'kysely';

/**
 * The whole data model of DESIGN.md. Constraints carry the promises the product makes: one phone per client,
 * each provider message handled once, one active plan per client, one workout per client per date and one
 * morning send per client per local date — so a bug or a race in application code cannot break them.
 * Timestamps are timestamptz (PGlite and pg read timestamp-without-zone differently); ids are uuids so no
 * int8 crosses the driver boundary.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const id = (col: any) => col.primaryKey().defaultTo(sql`gen_random_uuid()`);
  const now = sql`now()`;

  await db.schema
    .createTable('clients')
    .addColumn('id', 'uuid', id)
    .addColumn('phone', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('morning_time', 'text', (c) => c.notNull().defaultTo('07:00').check(sql`morning_time ~ '^[0-2][0-9]:[0-5][0-9]$'`))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('onboarding').check(sql`status in ('onboarding', 'active', 'paused', 'opted_out')`),
    )
    // Where an opted-out client was before STOP, so START puts them back where they were.
    .addColumn('status_before_opt_out', 'text')
    .addColumn('units', 'text', (c) => c.notNull().defaultTo('imperial').check(sql`units in ('imperial', 'metric')`))
    .addColumn('profile', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('opted_out_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('clients_status_idx').on('clients').column('status').execute();

  await db.schema
    .createTable('conversation_states')
    .addColumn('client_id', 'uuid', (c) => c.primaryKey().references('clients.id').onDelete('cascade'))
    .addColumn('flow', 'text', (c) => c.notNull())
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('inbound_messages')
    .addColumn('id', 'uuid', id)
    .addColumn('provider', 'text', (c) => c.notNull().check(sql`provider in ('twilio', 'local')`))
    .addColumn('provider_sid', 'text', (c) => c.notNull().unique())
    .addColumn('client_id', 'uuid', (c) => c.references('clients.id').onDelete('set null'))
    .addColumn('from_phone', 'text', (c) => c.notNull())
    .addColumn('to_phone', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('num_media', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('params', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('received').check(sql`status in ('received', 'processed', 'failed')`),
    )
    .addColumn('intent', 'text')
    // The reply given, so a retried webhook delivery gets the same answer instead of a second handling.
    .addColumn('reply', 'text')
    .addColumn('error', 'text')
    .addColumn('agent', 'jsonb')
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('processed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('inbound_client_idx').on('inbound_messages').columns(['client_id', 'received_at']).execute();

  await db.schema
    .createTable('outbound_messages')
    .addColumn('id', 'uuid', id)
    .addColumn('client_id', 'uuid', (c) => c.references('clients.id').onDelete('set null'))
    .addColumn('to_phone', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('reply', 'morning', 'system')`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('queued')
        .check(
          sql`status in ('queued', 'sending', 'accepted', 'sent', 'delivered', 'undelivered', 'failed', 'suppressed', 'local')`,
        ),
    )
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('twilio', 'twiml', 'local')`))
    .addColumn('provider_sid', 'text', (c) => c.unique())
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('segments', 'integer', (c) => c.notNull())
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('inbound_message_id', 'uuid', (c) => c.references('inbound_messages.id').onDelete('set null'))
    .addColumn('agent', 'jsonb')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('sent_at', 'timestamptz')
    .addColumn('status_updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('outbound_client_idx').on('outbound_messages').columns(['client_id', 'created_at']).execute();

  await db.schema
    .createTable('fitness_plans')
    .addColumn('id', 'uuid', id)
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'active', 'archived')`))
    .addColumn('program_type', 'text', (c) => c.notNull().check(sql`program_type in ('strength', 'race', 'hybrid')`))
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addColumn('weeks', 'integer', (c) => c.notNull().check(sql`weeks between 1 and 60`))
    // The engine requests that made the plan: the plan is regenerated from them deterministically.
    .addColumn('request', 'jsonb', (c) => c.notNull())
    // Mesocycles with their blocks, or race phases, paces and predictions: what the coach page draws.
    .addColumn('outline', 'jsonb', (c) => c.notNull())
    .addColumn('race', 'jsonb')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('activated_at', 'timestamptz')
    .addColumn('archived_at', 'timestamptz')
    .execute();
  await sql`create unique index fitness_plans_one_active on fitness_plans (client_id) where status = 'active'`.execute(db);
  await db.schema.createIndex('fitness_plans_client_idx').on('fitness_plans').columns(['client_id', 'created_at']).execute();

  await db.schema
    .createTable('microcycles')
    .addColumn('id', 'uuid', id)
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('fitness_plans.id').onDelete('cascade'))
    .addColumn('week_number', 'integer', (c) => c.notNull().check(sql`week_number >= 1`))
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('pattern', 'jsonb', (c) => c.notNull())
    .addColumn('engine_input', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('microcycles_plan_week', ['plan_id', 'week_number'])
    .execute();

  await db.schema
    .createTable('workout_instances')
    .addColumn('id', 'uuid', id)
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('fitness_plans.id').onDelete('cascade'))
    .addColumn('microcycle_id', 'uuid', (c) => c.references('microcycles.id').onDelete('set null'))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('scheduled').check(sql`status in ('scheduled', 'completed', 'skipped')`),
    )
    .addColumn('workout', 'jsonb', (c) => c.notNull())
    .addColumn('rationale', 'text')
    .addColumn('engine_input', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('completed_at', 'timestamptz')
    .addUniqueConstraint('workout_instances_client_date', ['client_id', 'date'])
    .execute();
  await db.schema.createIndex('workout_instances_plan_idx').on('workout_instances').columns(['plan_id', 'date']).execute();

  await db.schema
    .createTable('workout_logs')
    .addColumn('id', 'uuid', id)
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('workout_id', 'uuid', (c) => c.references('workout_instances.id').onDelete('set null'))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('done', 'skipped', 'strength', 'run')`))
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('raw_text', 'text')
    .addColumn('inbound_message_id', 'uuid', (c) => c.references('inbound_messages.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('workout_logs_client_idx').on('workout_logs').columns(['client_id', 'date']).execute();

  await db.schema
    .createTable('readiness_signals')
    .addColumn('id', 'uuid', id)
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('soreness', 'sleep', 'stress', 'energy', 'pain', 'illness')`),
    )
    .addColumn('severity', 'integer', (c) => c.notNull().check(sql`severity between 1 and 5`))
    .addColumn('body_part', 'text')
    .addColumn('note', 'text')
    .addColumn('inbound_message_id', 'uuid', (c) => c.references('inbound_messages.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('readiness_client_idx').on('readiness_signals').columns(['client_id', 'date']).execute();

  await db.schema
    .createTable('plan_adaptations')
    .addColumn('id', 'uuid', id)
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('fitness_plans.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull().check(sql`trigger in ('auto', 'asked')`))
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .addColumn('effective_to', 'date')
    .addColumn('metadata', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('plan_adaptations_plan_idx').on('plan_adaptations').columns(['plan_id', 'effective_from']).execute();

  await db.schema
    .createTable('exercise_exposures')
    .addColumn('id', 'uuid', id)
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('fitness_plans.id').onDelete('cascade'))
    .addColumn('exercise', 'text', (c) => c.notNull())
    .addColumn('mesocycle_index', 'integer', (c) => c.notNull())
    .addColumn('first_date', 'date', (c) => c.notNull())
    .addColumn('last_date', 'date', (c) => c.notNull())
    .addColumn('exposures', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('exercise_exposures_unique', ['client_id', 'plan_id', 'exercise', 'mesocycle_index'])
    .execute();

  await db.schema
    .createTable('daily_sends')
    .addColumn('id', 'uuid', id)
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('local_date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status in ('pending', 'sending', 'sent', 'failed', 'skipped')`),
    )
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('lease_until', 'timestamptz')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outbound_message_id', 'uuid', (c) => c.references('outbound_messages.id').onDelete('set null'))
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('sent_at', 'timestamptz')
    .addUniqueConstraint('daily_sends_client_date', ['client_id', 'local_date'])
    .execute();
  await sql`create index daily_sends_claimable on daily_sends (due_at) where status in ('pending', 'sending')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'daily_sends',
    'exercise_exposures',
    'plan_adaptations',
    'readiness_signals',
    'workout_logs',
    'workout_instances',
    'microcycles',
    'fitness_plans',
    'outbound_messages',
    'inbound_messages',
    'conversation_states',
    'clients',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
