import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { insertClient, uniquePhone } from '../support/clients.js';
import { aRequest } from '../engine/strength/builders.js';
import { raceRequest } from '../engine/endurance/builders.js';
import { findActivePlan } from '../../src/db/repositories/plans.repository.js';
import { startPlan } from '../../src/services/plans.service.js';
import type { PlanRequest } from '../../src/engine/program/program.js';

const handle = useTestDatabase();

describe('plans.startPlan: a plan that fails its checks is never stored silently', () => {
  it('when a hybrid request lifts on a run day, the plan is stored with the failed check in its notes and returned to the caller', async () => {
    const client = await insertClient(handle.db, { phone: uniquePhone() });
    const race = raceRequest({ startDate: '2026-11-30', trainingDays: [2, 4, 6, 7], longRunDay: 7, distance: 'half', raceDate: '2027-03-21', goalTime: undefined });
    const bad: PlanRequest = { kind: 'hybrid', race, strength: aRequest({ startDate: '2026-11-30', weeks: 16, trainingDays: [1, 4] }) };
    const started = await handle.db.transaction().execute((trx) => startPlan(trx, client, bad, '2026-11-30'));
    expect(started.failedChecks).toEqual([expect.stringMatching(/^strength\.trainingDays: day 4 is also a race training day/)]);
    expect((await findActivePlan(handle.db, client.id))!.notes).toMatch(/^Failed plan checks: strength\.trainingDays: day 4 is also a race training day/);
  });

  it('when the request passes, nothing is noted', async () => {
    const client = await insertClient(handle.db, { phone: uniquePhone() });
    const started = await handle.db.transaction().execute((trx) => startPlan(trx, client, aRequest({ startDate: '2026-11-30', weeks: 8 }), '2026-11-30'));
    expect(started.failedChecks).toBeUndefined();
    expect((await findActivePlan(handle.db, client.id))!.notes).toBeNull();
  });
});
