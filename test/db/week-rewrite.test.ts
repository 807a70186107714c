/**
 * A lift log that moves a load rebuilds the client's week and rewrites it (issue 14). The rewrite brought the ~9 KB
 * week it had just been sent back from PostgreSQL (`returning *`), printed there and parsed here, only to keep it
 * for the rest of the turn. Now it returns the new version and digest, and the kept row is what a re-read gives.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, type TestApp } from '../support/deps.js';
import { smsClient } from '../support/sms-client.js';
import { MONDAY_9AM_NEW_YORK } from '../support/sms-suite.js';
import { LIFTER_ANSWERS } from '../support/web.js';
import { activePlan, withKeptReads } from '../../src/services/plans.service.js';
import { findClientWorkouts, findMicrocycle, insertWorkoutOnce } from '../../src/db/repositories/plans.repository.js';
import { updateMicrocycle } from '../../src/db/repositories/adaptations.repository.js';
import { weekNumberFor } from '../../src/engine/program/program.js';

/** The column names of every row each statement brought back. */
class ResultColumns implements KyselyPlugin {
  columns: string[][] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.columns.push(args.result.rows.flatMap((r) => Object.keys(r)));
    return args.result;
  }
}

const handle = useTestDatabase();
let t: TestApp;
beforeEach(() => {
  t = buildTestApp(handle, { now: MONDAY_9AM_NEW_YORK });
});
const { say, onboardBySms } = smsClient(() => t, handle);

describe('db: a week rewritten in a turn', () => {
  it('comes back as its version and digest only, and is kept as a re-read gives it (week and build record)', async () => {
    const phone = '+12125557931';
    await onboardBySms(phone, LIFTER_ANSWERS);
    await say(phone, "what's today");
    const client = await handle.db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    const plan = (await activePlan(handle.db, client.id))!;
    const weekNumber = weekNumberFor(plan.outline, '2026-11-23')!;
    const before = (await findMicrocycle(handle.db, plan.row.id, weekNumber))!;
    // A new build record and a changed week (as a rebuild with new numbers writes them).
    const pattern = { ...(before.pattern as Record<string, unknown>), note: 'rebuilt', dropped: undefined };
    const engineInput = { weekNumber, stamp: 'test:2:0', inputs: { strength: { history: [] } }, z: 1, a: [1, { y: 2, b: 3 }] };

    const results = new ResultColumns();
    const kept = withKeptReads(handle.db.withPlugin(results), client.id, plan);
    await findMicrocycle(kept, plan.row.id, weekNumber);
    results.columns = [];
    await updateMicrocycle(kept, before, pattern, engineInput);
    expect(results.columns).toHaveLength(1);
    expect(results.columns[0]!.sort()).toEqual(['pattern_digest', 'version']);

    const keptRow = await findMicrocycle(kept, plan.row.id, weekNumber);
    expect(results.columns).toHaveLength(1);
    const reread = await findMicrocycle(handle.db, plan.row.id, weekNumber);
    expect(reread!.version).toBe(before.version + 1);
    expect({ ...keptRow }).toStrictEqual({ ...reread });
    // jsonb's key order (shorter keys first), as the driver hands a read back.
    expect(Object.keys(keptRow!.engine_input as object)).toEqual(Object.keys(reread!.engine_input as object));

    // A rewrite of the build record only (the week stood): the week is the one stored before.
    await updateMicrocycle(kept, keptRow!, undefined, { ...engineInput, stamp: 'test:3:0' });
    const again = await findMicrocycle(kept, plan.row.id, weekNumber);
    expect({ ...again }).toStrictEqual({ ...(await findMicrocycle(handle.db, plan.row.id, weekNumber)) });
  });

  it('a day stored in a turn comes back as what the table sets only, and is kept as a re-read gives it', async () => {
    const phone = '+12125557932';
    await onboardBySms(phone, LIFTER_ANSWERS);
    await say(phone, "what's today");
    const client = await handle.db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    const plan = (await activePlan(handle.db, client.id))!;
    const week = (await findMicrocycle(handle.db, plan.row.id, weekNumberFor(plan.outline, '2026-11-23')!))!;
    // Keys out of jsonb's order and an undefined one, as an engine day may have them.
    const workout = { title: 'Full body', items: [{ kind: 'lift', name: 'Back squat', load: 200, z: null, ab: undefined }], why: 'because', date: '2026-11-27' };
    const engineInput = { planDate: '2026-11-27', weekNumber: 1, planVersion: 1, stamp: 'test:1:0' };

    const results = new ResultColumns();
    const kept = withKeptReads(handle.db.withPlugin(results), client.id, plan);
    const row = await insertWorkoutOnce(kept, { clientId: client.id, planId: plan.row.id, microcycleId: week.id, date: '2026-11-27', workout, rationale: workout.why, engineInput });
    // Was every column (the ~1 KB day it had just been sent, printed by PostgreSQL and parsed here).
    expect(results.columns).toHaveLength(1);
    expect(results.columns[0]!.sort()).toEqual(['completed_at', 'created_at', 'id', 'status', 'version']);

    const [keptRow] = await findClientWorkouts(kept, client.id, ['2026-11-27']);
    expect(results.columns).toHaveLength(1);
    expect(keptRow).toBe(row);
    const [reread] = await findClientWorkouts(handle.db, client.id, ['2026-11-27']);
    expect({ ...keptRow }).toStrictEqual({ ...reread });
    expect(JSON.stringify(keptRow!.workout)).toBe(JSON.stringify(reread!.workout));
    expect(JSON.stringify(keptRow!.engine_input)).toBe(JSON.stringify(reread!.engine_input));
  });
});
