/**
 * Texts sent at 6 a.m. by clients mid-plan (messy13): "undo", a count of sets said again ("wait it was 4 sets not 3")
 * or alone ("only got 4 sets in"), cross-training in a run's place, "brb", a sick week or a vacation already over.
 * Through the signed webhook, so what is stored and what comes back are both checked.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS } from '../support/web.js';
import { WITH_MAXES } from '../support/lifter-with-maxes.js';

// Monday 2026-11-23, 09:00 in New York. Sam lifts Mon, Wed, Fri (Full body A on Monday); Ida runs Mon, Wed, Fri, Sun.
const { say, onboarded, db, at } = smsSuite();

async function logsOf(phone: string) {
  const client = await db().selectFrom('clients').select('id').where('phone', '=', phone).executeTakeFirstOrThrow();
  return db().selectFrom('workout_logs').select(['date', 'kind', 'details']).where('client_id', '=', client.id).orderBy('id').execute();
}

async function revisionOf(phone: string): Promise<number> {
  const client = await db().selectFrom('clients').select('id').where('phone', '=', phone).executeTakeFirstOrThrow();
  const plan = await db().selectFrom('fitness_plans').select('inputs_rev').where('client_id', '=', client.id).where('status', '=', 'active').executeTakeFirstOrThrow();
  return plan.inputs_rev;
}

describe('messy13: undo', () => {
  it('"undo" after a squat log takes the log back and Wednesday loses the load the squat set (was the stale load: no revision bump)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    expect(await say(phone, 'squat 3x5 225')).toMatch(/Wednesday's Bulgarian split squat is now 2x10-15\/side at 35 lb/);
    expect(await say(phone, 'wed')).toMatch(/Bulgarian split squat 2x10-15\/side @ 35 lb/);
    const rev = await revisionOf(phone);
    const reply = await say(phone, 'undo');
    // Was "Sorry - I removed that log. Send it again the way it should read": undo is no correction to send again.
    expect(reply).toMatch(/^Undone: I removed "squat 3x5 225" \(today\)\./);
    expect(await revisionOf(phone)).toBeGreaterThan(rev);
    expect(await logsOf(phone)).toHaveLength(0);
    expect(await say(phone, 'wed')).not.toMatch(/@ 35 lb/);
  });

  it('"done" then "undo" leaves today to do again (was "Already logged as done today")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    await say(phone, 'done');
    expect(await say(phone, 'oops undo that')).toMatch(/^Undone: I removed "done" \(today\)/);
    const today = await say(phone, "what's today");
    expect(today).toMatch(/^Today: Full body A/);
    expect(today).not.toMatch(/Already logged/);
  });
});

describe('messy13: sets said again', () => {
  it('"wait it was 4 sets not 3" fixes the sets and keeps the reps and load (was "didn\'t get that")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    await say(phone, 'squat 3x5 225');
    expect(await say(phone, 'wait it was 4 sets not 3')).toMatch(/^Fixed today: Back squat 4x5 @ 225 lb/);
    expect((await logsOf(phone)).map((l) => l.details)).toEqual([expect.objectContaining({ sets: 4, reps: 5, weight: 225 })]);
  });

  it('"actually it was 4 sets" fixes the one lift logged; with two lifts it asks which and changes nothing', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    await say(phone, 'squat 3x5 225');
    expect(await say(phone, 'actually it was 4 sets')).toMatch(/^Fixed today: Back squat 4x5 @ 225 lb/);
    await say(phone, 'bench 3x8 135, rows 3x10 95');
    expect(await say(phone, 'wait it was 4 sets')).toMatch(/^Which lift had 4 sets\? Nothing changed yet/);
    expect((await logsOf(phone)).filter((l) => (l.details as { sets?: number }).sets === 4)).toHaveLength(1);
  });
});

describe('messy13: a count of sets alone', () => {
  it('"only got 4 sets in" is the first 4 sets of the day in order, at the planned weights, and the session done short (was "didn\'t get that")', async () => {
    const phone = await onboarded(WITH_MAXES);
    const reply = await say(phone, 'only got 4 sets in');
    expect(reply).toMatch(/^Read as the first 4 sets of today's session, in order \(back squat 3x\d+, bench press 1x\d+\), at the planned weights\./);
    expect(reply).toMatch(/Logged today: Back squat 3x\d+ @ \d+ lb/);
    // One set is said as one set is ("135 lb x6").
    expect(reply).toMatch(/Logged today: Bench press \d+ lb x\d+ \(RIR \d\)/);
    expect(reply).toMatch(/Full body A done, without barbell row/);
    const logs = await logsOf(phone);
    expect(logs.filter((l) => l.kind === 'strength').map((l) => [(l.details as { exerciseId: string }).exerciseId, (l.details as { sets: number }).sets]).sort()).toEqual([['back_squat', 3], ['bench_press', 1]]);
    expect(logs.filter((l) => l.kind === 'done')).toHaveLength(1);
  });

  it('"only did 2 sets of squats" logs 2 sets at the planned reps and weight (was "didn\'t get that")', async () => {
    const phone = await onboarded(WITH_MAXES);
    const reply = await say(phone, 'only did 2 sets of squats');
    expect(reply).toMatch(/^Logged today: Back squat 2x\d+ @ \d+ lb/);
    expect(reply).toMatch(/I logged the sets you said at the planned reps and weight/);
  });

  it('with no weights planned yet the sets are logged with no weight, never "@ bodyweight", and the weight is asked', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'only got 4 sets in');
    expect(reply).toMatch(/Logged today: Back squat 3x\d+ \(no weight given\)/);
    expect(reply).toMatch(/What weight did you use\?/);
    expect(reply).not.toMatch(/bodyweight/);
  });
});

describe('messy13: cross-training in a run\'s place', () => {
  it('"20 min on the bike instead of the run" logs the run missed with the ride, no miles (was "Logged today: run 20 min")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, '20 min on the bike instead of the run');
    expect(reply).toMatch(/^Logged today: 20 min on the bike in place of your Easy run - cross-training, so the easy run counts as missed and no miles go to your week\./);
    expect(reply).not.toMatch(/run 20 min/);
    const logs = await logsOf(phone);
    expect(logs).toEqual([expect.objectContaining({ kind: 'skipped', details: expect.objectContaining({ crossTraining: { activity: 'bike', minutes: 20, instead: true } }) })]);
    // Paraphrases: a swim, typed lowercase with a reason after it.
    const other = await onboarded(RUNNER_ANSWERS);
    expect(await say(other, 'swam 30 minutes instead of running, shins are cranky')).toMatch(/Logged today: 30 min swimming in place of your Easy run/);
    expect((await logsOf(other)).map((l) => l.kind)).toEqual(['skipped']);
  });

  it('"biked 45 min" on a run day is noted as extra: nothing stored, the run still on', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'biked 45 min');
    expect(reply).toMatch(/^Noted today: 45 min on the bike - cross-training, no miles or sets counted\. Today's Easy run is still on/);
    expect(await logsOf(phone)).toHaveLength(0);
  });
});

describe('messy13: stepping away, a week sick, a trip over', () => {
  it('"brb" and "gtg" are answered as stepping away (was "Did you mean: 1) tomorrow\'s workout, or 2) resume your plan?")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    expect(await say(phone, 'brb')).toBe("No rush - I'm here whenever you're back.");
    expect(await say(phone, 'gtg lol')).toBe("No rush - I'm here whenever you're back.");
  });

  it('"sry was sick all week" is a week gone by: eased back in from today (was "Off sick through Wed", today made a rest day)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'sry was sick all week');
    expect(reply).toMatch(/^Welcome back! After 7 days off we ease back in/);
    expect(reply).not.toMatch(/Off sick|rest day/);
  });

  it('"back from vacation" with no trip told welcomes back and changes nothing (was a trip started today, the day made bodyweight)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'back from vacation!');
    expect(reply).toMatch(/^Welcome back! Your plan carries on from today/);
    expect(reply).not.toMatch(/Travel|bodyweight/i);
    expect(await say(phone, "what's today")).toMatch(/Back squat/);
  });

  it('"back from my trip" ends a trip told before: its days are back to the usual gym', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    await say(phone, 'hotel mon thru fri, only dumbbells');
    at('2026-11-25T14:00:00Z');
    expect(await say(phone, 'back from my trip early')).toMatch(/^Trip off/);
  });
});
