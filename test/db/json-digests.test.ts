import { beforeEach, describe, expect, it } from 'vitest';
import { json } from '../../src/db/json.js';
import { findActivePlans, findMicrocyclesFor, insertMicrocycleOnce } from '../../src/db/repositories/plans.repository.js';
import { updateMicrocycle } from '../../src/db/repositories/adaptations.repository.js';
import { truncateClientData, useTestDatabase } from '../support/db.js';
import { insertClient } from '../support/clients.js';

const handle = useTestDatabase();
beforeEach(async () => {
  await truncateClientData(handle.db);
});

/** A client with an active plan of this request and outline (the JSON the morning reads grouped by digest). */
async function clientOnPlan(request: Record<string, unknown>, outline: Record<string, unknown>) {
  const client = await insertClient(handle.db);
  const plan = await handle.db
    .insertInto('fitness_plans')
    .values({ client_id: client.id, status: 'active', program_type: 'strength', start_date: '2027-01-04', end_date: '2027-03-28', weeks: 12, request: json(request), outline: json(outline) })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  return { clientId: client.id, planId: plan.id };
}

const week = (focus: string) => ({ days: [{ date: '2027-01-04', theme: focus, note: 'say "done" — or "skipped"\nthen rest' }] });

describe('plans.findMicrocyclesFor and findActivePlans (grouped by stored digests)', () => {
  it('when clients share a template, its week and plan are read once and shared; different ones stay their own', async () => {
    const a = await clientOnPlan({ kind: 'strength', seed: 7 }, { weeks: 12 });
    const b = await clientOnPlan({ kind: 'strength', seed: 7 }, { weeks: 12 });
    const c = await clientOnPlan({ kind: 'strength', seed: 8 }, { weeks: 12 });
    for (const [p, focus] of [[a, 'squat'], [b, 'squat'], [c, 'bench']] as const) {
      await insertMicrocycleOnce(handle.db, { clientId: p.clientId, planId: p.planId, weekNumber: 1, startDate: '2027-01-04', pattern: week(focus), engineInput: {} });
    }
    const weeks = new Map((await findMicrocyclesFor(handle.db, [a, b, c].map((p) => ({ planId: p.planId, weekNumber: 1 })))).map((w) => [w.plan_id, w.pattern]));
    expect(weeks.get(a.planId)).toEqual(week('squat'));
    expect(weeks.get(b.planId)).toBe(weeks.get(a.planId));
    expect(weeks.get(c.planId)).toEqual(week('bench'));
    const plans = new Map((await findActivePlans(handle.db, [a, b, c].map((p) => p.clientId))).map((p) => [p.client_id, p]));
    expect(plans.get(b.clientId)!.request).toBe(plans.get(a.clientId)!.request);
    expect(plans.get(c.clientId)!.request).toEqual({ kind: 'strength', seed: 8 });
  });

  it('when one of two equal weeks is rewritten (an adaptation), it is read as its new self, not as its old twin', async () => {
    const a = await clientOnPlan({ kind: 'strength' }, { weeks: 12 });
    const b = await clientOnPlan({ kind: 'strength' }, { weeks: 12 });
    const stored = await insertMicrocycleOnce(handle.db, { clientId: a.clientId, planId: a.planId, weekNumber: 1, startDate: '2027-01-04', pattern: week('squat'), engineInput: {} });
    await insertMicrocycleOnce(handle.db, { clientId: b.clientId, planId: b.planId, weekNumber: 1, startDate: '2027-01-04', pattern: week('squat'), engineInput: {} });
    await updateMicrocycle(handle.db, stored, week('rest: knee'), {});
    const weeks = new Map((await findMicrocyclesFor(handle.db, [a, b].map((p) => ({ planId: p.planId, weekNumber: 1 })))).map((w) => [w.plan_id, w.pattern]));
    expect(weeks.get(a.planId)).toEqual(week('rest: knee'));
    expect(weeks.get(b.planId)).toEqual(week('squat'));
  });

  it('when a later batch reads the same week and plan, it gets the one frozen copy the first read kept, and a rewritten week its new content', async () => {
    const a = await clientOnPlan({ kind: 'strength', seed: 11 }, { weeks: 12 });
    const b = await clientOnPlan({ kind: 'strength', seed: 11 }, { weeks: 12 });
    const stored = await insertMicrocycleOnce(handle.db, { clientId: a.clientId, planId: a.planId, weekNumber: 1, startDate: '2027-01-04', pattern: week('deadlift'), engineInput: {} });
    await insertMicrocycleOnce(handle.db, { clientId: b.clientId, planId: b.planId, weekNumber: 1, startDate: '2027-01-04', pattern: week('deadlift'), engineInput: {} });
    const [first] = await findMicrocyclesFor(handle.db, [{ planId: a.planId, weekNumber: 1 }]);
    const [later] = await findMicrocyclesFor(handle.db, [{ planId: b.planId, weekNumber: 1 }]);
    expect(later!.pattern).toEqual(week('deadlift'));
    expect(later!.pattern).toBe(first!.pattern);
    expect(Object.isFrozen(later!.pattern)).toBe(true);
    const [planA] = await findActivePlans(handle.db, [a.clientId]);
    const [planB] = await findActivePlans(handle.db, [b.clientId]);
    expect(planB!.request).toEqual({ kind: 'strength', seed: 11 });
    expect(planB!.outline).toBe(planA!.outline);
    await updateMicrocycle(handle.db, stored, week('rest: back'), {});
    const again = new Map((await findMicrocyclesFor(handle.db, [a, b].map((p) => ({ planId: p.planId, weekNumber: 1 })))).map((w) => [w.plan_id, w.pattern]));
    expect(again.get(a.planId)).toEqual(week('rest: back'));
    expect(again.get(b.planId)).toBe(first!.pattern);
  });
});
