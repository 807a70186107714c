import { beforeEach, describe, expect, it } from 'vitest';
import { CountStatements } from '../support/count-statements.js';
import { truncateClientData, useTestDatabase } from '../support/db.js';
import { buildWebApp, LIFTER_ANSWERS, onboard } from '../support/web.js';
import { insertClient } from '../support/clients.js';
import type { TestApp } from '../support/deps.js';
import { dashboard, profileNotes } from '../../src/services/coach-dashboard.service.js';
import { activePlan, planPosition } from '../../src/services/plans.service.js';
import { json } from '../../src/db/json.js';

const handle = useTestDatabase();
let t: TestApp;

beforeEach(async () => {
  await truncateClientData(handle.db);
  t = buildWebApp(handle); // Monday 2026-11-23, New York
});


describe('coach dashboard data', () => {
  it('compliance counts training days done over the last 14 days, and flags missed days, pain and failed sends', async () => {
    const phone = '+12125550300';
    await onboard(t.app, phone, LIFTER_ANSWERS);
    const client = await handle.db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    const plan = await handle.db.selectFrom('fitness_plans').select('id').where('client_id', '=', client.id).executeTakeFirstOrThrow();
    await handle.db.deleteFrom('workout_instances').where('client_id', '=', client.id).execute();
    // Two weeks of Mon/Wed/Fri: six training days, 11/23 .. 12/04; the other days are rest.
    const days: Array<[string, 'strength' | 'rest', 'scheduled' | 'completed' | 'skipped']> = [
      ['2026-11-23', 'strength', 'completed'],
      ['2026-11-24', 'rest', 'scheduled'],
      ['2026-11-25', 'strength', 'completed'],
      ['2026-11-27', 'strength', 'scheduled'], // a lift logged that day, status never set: still done
      ['2026-11-30', 'strength', 'skipped'],
      ['2026-12-02', 'strength', 'scheduled'],
      ['2026-12-04', 'strength', 'scheduled'],
      ['2026-12-07', 'strength', 'scheduled'], // today: not counted yet
    ];
    for (const [date, kind, status] of days) {
      await handle.db
        .insertInto('workout_instances')
        .values({ client_id: client.id, plan_id: plan.id, date, status, workout: json({ date, kind }), engine_input: json({}) })
        .execute();
    }
    await handle.db.insertInto('workout_logs').values({ client_id: client.id, date: '2026-11-27', kind: 'strength', details: json({}) }).execute();
    await handle.db.insertInto('readiness_signals').values({ client_id: client.id, date: '2026-11-03', kind: 'pain', severity: 3 }).execute();
    const failed = { client_id: client.id, to_phone: phone, body: 'x', kind: 'morning' as const, channel: 'twilio' as const, status: 'failed' as const, segments: 1, encoding: 'GSM-7' };
    await handle.db.insertInto('outbound_messages').values({ ...failed, created_at: '2026-12-05T12:00:00Z' }).execute();
    await handle.db.insertInto('outbound_messages').values({ ...failed, created_at: '2026-11-01T12:00:00Z' }).execute();

    t.clock.now = new Date('2026-12-07T17:00:00Z'); // Monday 12/07, noon in New York
    const { clients } = await dashboard(t.deps, { page: 1, pageSize: 50 });
    const row = clients.find((c) => c.id === client.id)!;
    // Planned 6 (rest days and today left out); done 3: two marked done, one with a logged lift.
    expect(row.compliance).toEqual({ planned: 6, completed: 3, percent: 50 });
    expect(row.flags.map((f) => f.flag).sort()).toEqual(['failed_sends', 'missed_workouts']); // the pain report is 34 days old
    expect(row.flags.find((f) => f.flag === 'missed_workouts')!.text).toBe('3 missed');
    expect(row.flags.find((f) => f.flag === 'failed_sends')!.text).toBe('1 failed send');
    expect(row.position).toMatch(/^Week 3 of \d+/);
  });

  it('a strength client back from a three-week illness shows the week they left, as their own texts do (the plan moved, not skipped ahead)', async () => {
    const phone = '+12125550301';
    await onboard(t.app, phone, LIFTER_ANSWERS);
    const client = await handle.db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    const planRow = await handle.db.selectFrom('fitness_plans').select('id').where('client_id', '=', client.id).executeTakeFirstOrThrow();
    // Sick 11/30 through 12/20: 21 days, a long break (14+), so the plan moves three whole weeks.
    await handle.db
      .insertInto('plan_adaptations')
      .values({ client_id: client.id, plan_id: planRow.id, type: 'illness_note', reason: 'flu', trigger: 'asked', effective_from: '2026-11-30', effective_to: '2026-12-20', metadata: json({}) })
      .execute();
    t.clock.now = new Date('2027-01-04T17:00:00Z'); // Monday 1/04, six weeks after the 11/23 start
    const plan = await activePlan(handle.db, client.id);
    const own = await planPosition(handle.db, plan!, '2027-01-04');
    // 6 calendar weeks in → week 7 without the break; minus the 3 weeks of illness → week 4.
    expect(own.weekNumber).toBe(4);
    const { clients } = await dashboard(t.deps, { page: 1, pageSize: 50 });
    expect(clients.find((c) => c.phone === phone)!.position).toMatch(/^Week 4 of \d+/);
  });

  it('reads a page of clients in the same number of queries for 2 clients as for 40 (no per-client queries)', async () => {
    const counter = new CountStatements();
    const counted = { ...t.deps, db: handle.db.withPlugin(counter) };
    for (let i = 0; i < 2; i++) await insertClient(handle.db);
    counter.count = 0;
    const few = await dashboard(counted, { page: 1, pageSize: 100 });
    const fewQueries = counter.count;
    for (let i = 0; i < 38; i++) await insertClient(handle.db);
    counter.count = 0;
    const many = await dashboard(counted, { page: 1, pageSize: 100 });
    expect(few.clients).toHaveLength(2);
    expect(many.clients).toHaveLength(40);
    expect(counter.count).toBe(fewQueries);
    expect(fewQueries).toBeLessThanOrEqual(2);
  });
});

describe('coach-dashboard profileNotes', () => {
  it('when a stored profile field has another shape, that field is left out and the rest shown', () => {
    expect(profileNotes({ limitations: ['knee'], bodyNotes: 'knee clicks', crossTraining: ['bike sat', 3] })).toEqual({ limitations: ['knee'], bodyNotes: [], crossTraining: [] });
    expect(profileNotes(null)).toEqual({ limitations: [], bodyNotes: [], crossTraining: [] });
  });
});
