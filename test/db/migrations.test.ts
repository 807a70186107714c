import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createMigrator } from '../../src/db/migrate.js';
import { json } from '../../src/db/json.js';
import { useTestDatabase } from '../support/db.js';

const handle = useTestDatabase();

async function insertClient(phone: string) {
  return handle.db
    .insertInto('clients')
    .values({ phone, timezone: 'America/New_York', profile: json({}) })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

async function insertPlan(clientId: string, status: 'active' | 'archived') {
  return handle.db
    .insertInto('fitness_plans')
    .values({
      client_id: clientId,
      status,
      program_type: 'strength',
      start_date: '2027-01-04',
      end_date: '2027-04-18',
      weeks: 15,
      request: json({ kind: 'strength' }),
      outline: json({ mesocycles: [] }),
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

describe('migrations', () => {
  it('when applied, every table of the data model exists and none is pending', async () => {
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(handle.db);
    const names = tables.rows.map((r) => r.table_name);
    for (const t of [
      'clients',
      'conversation_states',
      'inbound_messages',
      'outbound_messages',
      'fitness_plans',
      'microcycles',
      'workout_instances',
      'workout_logs',
      'readiness_signals',
      'plan_adaptations',
      'exercise_exposures',
      'daily_sends',
    ]) {
      expect(names).toContain(t);
    }
    const migrations = await createMigrator(handle.db).getMigrations();
    expect(migrations.every((m) => m.executedAt !== undefined)).toBe(true);
  });

  it('when a phone number is inserted twice, the second insert is refused', async () => {
    await insertClient('+14155550100');
    await expect(insertClient('+14155550100')).rejects.toThrow(/unique|duplicate/i);
  });

  it('when a client gets a second active plan, it is refused; archived plans can pile up', async () => {
    const client = await insertClient('+14155550101');
    await insertPlan(client.id, 'active');
    await insertPlan(client.id, 'archived');
    await insertPlan(client.id, 'archived');
    await expect(insertPlan(client.id, 'active')).rejects.toThrow(/unique|duplicate/i);
  });

  it('when a second workout or morning send is written for the same client and date, it is refused', async () => {
    const client = await insertClient('+14155550102');
    const plan = await insertPlan(client.id, 'active');
    const workout = { client_id: client.id, plan_id: plan.id, date: '2027-01-05', workout: json({}), engine_input: json({}) };
    await handle.db.insertInto('workout_instances').values(workout).execute();
    await expect(handle.db.insertInto('workout_instances').values(workout).execute()).rejects.toThrow(/unique|duplicate/i);

    const send = { client_id: client.id, local_date: '2027-01-05', due_at: new Date('2027-01-05T12:00:00Z') };
    await handle.db.insertInto('daily_sends').values(send).execute();
    await expect(handle.db.insertInto('daily_sends').values(send).execute()).rejects.toThrow(/unique|duplicate/i);
  });

  it('when a second morning text is stored for the same daily send, it is refused (one text per morning)', async () => {
    const client = await insertClient('+14155550109');
    const send = await handle.db
      .insertInto('daily_sends')
      .values({ client_id: client.id, local_date: '2027-01-05', due_at: new Date('2027-01-05T12:00:00Z') })
      .returning('id')
      .executeTakeFirstOrThrow();
    const text = { client_id: client.id, to_phone: '+14155550109', body: 'Tuesday: Upper A', kind: 'morning' as const, channel: 'local' as const, segments: 1, encoding: 'GSM-7', daily_send_id: send.id };
    await handle.db.insertInto('outbound_messages').values(text).execute();
    await expect(handle.db.insertInto('outbound_messages').values(text).execute()).rejects.toThrow(/unique|duplicate/i);
    // Replies and other texts name no daily send: any number of them.
    await handle.db.insertInto('outbound_messages').values([{ ...text, kind: 'reply', daily_send_id: null }, { ...text, kind: 'reply', daily_send_id: null }]).execute();
  });

  it('when an outbound text is recorded with a provider id another text has, it is refused; texts not sent yet are not in that index', async () => {
    const client = await insertClient('+14155550110');
    const text = { client_id: client.id, to_phone: '+14155550110', body: 'Tuesday: Upper A', kind: 'reply' as const, channel: 'twilio' as const, segments: 1, encoding: 'GSM-7' };
    const [a, b] = await handle.db.insertInto('outbound_messages').values([text, text, text]).returning('id').execute();
    await handle.db.updateTable('outbound_messages').set({ provider_sid: 'SM00000000000000000000000000000077' }).where('id', '=', a!.id).execute();
    await expect(
      handle.db.updateTable('outbound_messages').set({ provider_sid: 'SM00000000000000000000000000000077' }).where('id', '=', b!.id).execute(),
    ).rejects.toThrow(/unique|duplicate/i);
    // The index holds only texts that have an id: a text is stored before the provider is called (the morning
    // pass's crash bound), and indexing it with no id too cost every morning text a second index entry.
    const { rows } = await sql<{ def: string }>`select pg_get_indexdef(i.indexrelid) as def from pg_index i join pg_class c on c.oid = i.indrelid
       where c.relname = 'outbound_messages' and i.indisunique and pg_get_indexdef(i.indexrelid) like '%(provider_sid)%'`.execute(handle.db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.def).toMatch(/WHERE \(?provider_sid IS NOT NULL\)?/);
  });

  it('when a provider message id arrives twice, ON CONFLICT DO NOTHING keeps exactly one row', async () => {
    const row = { provider: 'twilio' as const, provider_sid: 'SM00000000000000000000000000000001', from_phone: '+14155550103', body: 'hi', params: json({}) };
    const first = await handle.db.insertInto('inbound_messages').values(row).onConflict((oc) => oc.column('provider_sid').doNothing()).returning('id').executeTakeFirst();
    const second = await handle.db.insertInto('inbound_messages').values(row).onConflict((oc) => oc.column('provider_sid').doNothing()).returning('id').executeTakeFirst();
    expect(first?.id).toBeTruthy();
    expect(second).toBeUndefined();
  });

  it('when dates and json are read back, both drivers return the same shapes', async () => {
    const client = await insertClient('+14155550104');
    await handle.db
      .updateTable('clients')
      .set({ profile: json({ days: [1, 3, 5], injuries: ['knee'] }) })
      .where('id', '=', client.id)
      .execute();
    const plan = await insertPlan(client.id, 'active');
    const row = await handle.db.selectFrom('fitness_plans').selectAll().where('id', '=', plan.id).executeTakeFirstOrThrow();
    // A date column must come back as the same calendar day, never a Date shifted by the process's zone.
    expect(row.start_date).toBe('2027-01-04');
    expect(row.created_at).toBeInstanceOf(Date);
    const c = await handle.db.selectFrom('clients').select('profile').where('id', '=', client.id).executeTakeFirstOrThrow();
    expect(c.profile).toEqual({ days: [1, 3, 5], injuries: ['knee'] });
    const count = await handle.db.selectFrom('clients').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(typeof count.n).toBe('number');
  });

  it('when a status outside the closed set is written, the database refuses it', async () => {
    await expect(
      handle.db
        .insertInto('clients')
        .values({ phone: '+14155550105', timezone: 'UTC', profile: json({}), status: 'gone' as never })
        .execute(),
    ).rejects.toThrow(/check/i);
  });
});
