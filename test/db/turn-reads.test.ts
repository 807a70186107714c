/**
 * A lift log's turn reads its days, the plan's notes, the week, the client's logs and recent signals (issue 14):
 * read together in one statement (readDaysWith), each must be the very rows a read of its own gives (same order,
 * timestamps as Dates), and the reads after it must send nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CountStatements } from '../support/count-statements.js';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, type TestApp } from '../support/deps.js';
import { smsClient } from '../support/sms-client.js';
import { MONDAY_9AM_NEW_YORK } from '../support/sms-suite.js';
import { LIFTER_ANSWERS } from '../support/web.js';
import { withKeptReads, activePlan } from '../../src/services/plans.service.js';
import { findClientWorkouts, findMicrocycle, listPlanAdaptations, setWorkoutStatus } from '../../src/db/repositories/plans.repository.js';
import { listWorkoutLogs } from '../../src/db/repositories/logs.repository.js';
import { listSignalsSince, listWeekWorkouts } from '../../src/db/repositories/adaptations.repository.js';
import { addDays } from '../../src/engine/dates.js';
import { weekNumberFor } from '../../src/engine/program/program.js';

const handle = useTestDatabase();
let t: TestApp;
beforeEach(() => {
  t = buildTestApp(handle, { now: MONDAY_9AM_NEW_YORK });
});
const { say, onboardBySms } = smsClient(() => t, handle);

describe('db.turn-reads: the days read with what the turn reads next', () => {
  it('a lifter with logs, soreness and a plan note: one statement gives what the five reads of their own give', async () => {
    const phone = '+12125557901';
    await onboardBySms(phone, LIFTER_ANSWERS);
    await say(phone, "what's today");
    await say(phone, 'tomorrow');
    await say(phone, 'squat 3x5 at 225, felt like RPE 9');
    await say(phone, 'bench 3x8 at 135');
    await say(phone, 'my legs are really sore');
    await say(phone, 'traveling this week, only a hotel gym');
    const client = await handle.db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    const plan = (await activePlan(handle.db, client.id))!;
    const today = '2026-11-23';
    const days = Array.from({ length: 8 }, (_, k) => addDays(today, k));
    const weeks = [...new Set(days.map((d) => weekNumberFor(plan.outline, d)!))];

    const counting = new CountStatements();
    const kept = withKeptReads(handle.db.withPlugin(counting), client.id, plan, { days });
    const together = await findClientWorkouts(kept, client.id, days);
    expect(counting.count).toBe(1);
    const [notes, logs, signals, ...weekRows] = await Promise.all([
      listPlanAdaptations(kept, plan.row.id),
      listWorkoutLogs(kept, client.id, {}),
      listSignalsSince(kept, client.id, ['soreness'], addDays(today, -3)),
      ...weeks.map((n) => findMicrocycle(kept, plan.row.id, n)),
    ]);
    // Everything the turn reads next came with the days, the stored days of each week too (a stale week's rebuild
    // reads them: was a statement of its own in every lift log that moved a load).
    const weekDays = await Promise.all(weekRows.map((w) => listWeekWorkouts(kept, w!.id)));
    expect(counting.count).toBe(1);

    const db = handle.db;
    const own = await findClientWorkouts(db, client.id, days);
    expect(together.length).toBeGreaterThan(1);
    expect(sortByDate(together)).toStrictEqual(sortByDate(own));
    expect(together.every((d) => d.created_at instanceof Date)).toBe(true);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes).toStrictEqual(await listPlanAdaptations(db, plan.row.id));
    expect(logs.length).toBeGreaterThan(1);
    expect(logs).toStrictEqual(await listWorkoutLogs(db, client.id, {}));
    expect(signals.length).toBeGreaterThan(0);
    expect(signals).toStrictEqual(await listSignalsSince(db, client.id, ['soreness'], addDays(today, -3)));
    expect(weekRows[0]).toBeDefined();
    for (const [i, n] of weeks.entries()) expect(weekRows[i]).toStrictEqual(await findMicrocycle(db, plan.row.id, n));
    expect(weekDays[0]!.length).toBeGreaterThan(1);
    for (const [i, w] of weekRows.entries()) expect(weekDays[i]).toStrictEqual(await listWeekWorkouts(db, w!.id));

    // A day written in the turn (its status set by a log) is read again, not answered from the week's kept days.
    await setWorkoutStatus(kept, weekDays[0]![0]!.id, 'skipped');
    const after = await listWeekWorkouts(kept, weekRows[0]!.id);
    expect(counting.count).toBe(3);
    expect(after[0]!.status).toBe('skipped');
    expect(after).toStrictEqual(await listWeekWorkouts(db, weekRows[0]!.id));
  });
});

const sortByDate = <T extends { date: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.date.localeCompare(b.date));
