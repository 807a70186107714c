/**
 * Texts sent by clients mid-plan (messy16): typos, number words, one session moved, a low day, a warning sign,
 * "scratch that last one". Through the signed webhook, so what is stored and what comes back are both checked.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York. Sam lifts Mon, Wed, Fri; Ida runs Mon, Wed, Fri, Sun.
const { say, onboarded, db } = smsSuite();

async function logsOf(phone: string) {
  const client = await db().selectFrom('clients').select('id').where('phone', '=', phone).executeTakeFirstOrThrow();
  return db().selectFrom('workout_logs').select(['date', 'kind', 'details']).where('client_id', '=', client.id).orderBy('id').execute();
}

describe('messy16: undo and typos', () => {
  it('"scratch that last one" takes the last log back (was "didn\'t get that")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    await say(phone, 'ran 3 miles');
    expect(await logsOf(phone)).toHaveLength(1);
    expect(await say(phone, 'scratch that last one')).toMatch(/^Undone: I removed "ran 3 miles"/);
    expect(await logsOf(phone)).toHaveLength(0);
  });

  it('"skiped my run today" logs the skip (was read as a question about today)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'skiped my run today');
    expect(reply).toMatch(/^Logged today: Easy run skipped\./);
    expect((await logsOf(phone)).map((l) => l.kind)).toEqual(['skipped']);
  });
});

describe('messy16: a low day', () => {
  it('"not feeling it today" eases the day (was "didn\'t get that")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'not feeling it today');
    expect(reply).toMatch(/On a rough day keep the plan but stop each set 1-2 reps earlier/);
  });
});

describe('messy16: warning signs', () => {
  it('"felt dizzy on my run" says stop and see a doctor (was "didn\'t get that")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'felt dizzy on my run');
    expect(reply).toMatch(/^What you describe \(dizzy\) is a warning sign: please stop training for today and see a doctor/);
  });

  it('"dizzy" alone gets the same warning, and "no dizziness today" does not', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'dizzy')).toMatch(/warning sign: please stop training for today and see a doctor/);
    expect(await say(phone, 'no dizziness today')).not.toMatch(/warning sign/);
  });
});

describe('messy16: one session moved', () => {
  it('"can i do friday\'s workout saturday instead" moves that one session, not the training days (was the days changed to Sat for good)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, "can i do friday's workout saturday instead");
    expect(reply).toMatch(/^Moved Friday's easy run to Saturday, this week only\. Your training days stay Mon, Wed, Fri, Sun\./);
    expect(await say(phone, 'next week')).toMatch(/Fri 12\/4: Easy run[^\n]*\nSat 12\/5: Rest/);
  });

  it('"long run tmrw instead of sun" moves Sunday\'s long run to tomorrow', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'long run tmrw instead of sun');
    expect(reply).toMatch(/^Moved Sunday's long run to Tuesday, this week only\./);
  });
});

describe('messy16: numbers as clients type them', () => {
  it('"ran five miles in forty two minutes" logs 5 mi in 42:00 (was "didn\'t get that")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'ran five miles in forty two minutes')).toMatch(/^Logged today: run 5 mi at 8:24\/mi/);
    expect((await logsOf(phone)).map((l) => l.details)).toEqual([expect.objectContaining({ distance: 5, durationSec: 2520 })]);
  });

  it('"squats three sets of five at 135" logs 3x5 (was "didn\'t get that")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    expect(await say(phone, 'squats three sets of five at 135')).toMatch(/^Logged today: Back squat 3x5 @ 135 lb/);
    expect((await logsOf(phone)).map((l) => l.details)).toEqual([expect.objectContaining({ sets: 3, reps: 5, weight: 135 })]);
  });

  it('"11 miles 1:45" logs 1:45:00, and "ran 6 at 8 45 pace" an 8:45 pace (were logged with no time)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, '11 miles 1:45')).toMatch(/^Logged today: run 11 mi at 9:33\/mi/);
    expect(await say(phone, 'ran 6 yesterday at 8 45 pace')).toMatch(/^Logged yesterday: run 6 mi at 8:45\/mi/);
    // Either order: the day's logs are stored as one set per day, not by arrival.
    const logs = (await logsOf(phone)).map((l) => l.details);
    expect(logs).toHaveLength(2);
    expect(logs).toEqual(expect.arrayContaining([expect.objectContaining({ distance: 11, durationSec: 6300 }), expect.objectContaining({ distance: 6, pace: '8:45' })]));
  });
});

describe('messy16: a trip that starts tomorrow', () => {
  it('"flying to tokyo tmrw for 10 days" starts the trip tomorrow and runs 10 days (was from today, a day short at the end)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'flying to tokyo tmrw for 10 days')).toMatch(/^Noted your travel: Tue Nov 24 to Thu Dec 3\. Your morning text follows you: 7:00am Tokyo time/);
    expect(await say(phone, 'leaving for london saturday for 2 weeks')).toMatch(/^Noted your travel: Sat Nov 28 to Fri Dec 11\./);
  });
});

describe('messy16: less kit at home for some days', () => {
  it('"treadmill only this week" keeps the runs, on the treadmill, and is no trip (was the week shown)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'treadmill only this week');
    expect(reply).toBe('Noted: treadmill only, Mon Nov 23 to Sun Nov 29. On those days your runs stay as planned on the treadmill: set a 1% incline and run by effort.');
  });

  it('"only bands this week" plans band sessions for the week, no "Noted your trip"', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'only bands this week');
    expect(reply).toMatch(/^Noted: bands only, Mon Nov 23 to Sun Nov 29\.\nToday, updated: Full body A/);
    expect(reply).toMatch(/Banded row 3x8-10/);
    expect(reply).not.toMatch(/trip|travel/i);
  });
});

describe('messy16: words near a lift name', () => {
  it('"i need a deload" says when the lighter week is (was "didn\'t get that"; "deload felt easy" was a deadlift)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'i need a deload');
    expect(reply).toMatch(/^Your next deload is week 5 \(from Mon Dec 21\)\./);
  });

  it('"it hurts to bend my knee" is knee pain, never the bench press', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'it hurts to bend my knee');
    expect(reply).toMatch(/^Sorry about your knee - never train through pain\./);
    const client = await db().selectFrom('clients').select('id').where('phone', '=', phone).executeTakeFirstOrThrow();
    const notes = await db().selectFrom('plan_adaptations').select('metadata').where('client_id', '=', client.id).where('type', '=', 'pain_note').execute();
    expect(notes.map((n) => n.metadata)).toEqual([expect.objectContaining({ bodyPart: 'knee', exerciseId: null })]);
  });
});

describe('messy16: settings and places said short', () => {
  it('"make workouts 45 min" changes the session length (was "didn\'t get that")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    expect(await say(phone, 'make workouts 45 min')).toMatch(/^Done: your sessions are about 45 min from today \(were 60\)\./);
  });

  it('"flying to LA tmrw for 3 days" moves the morning text to Pacific time (was the home clock)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'flying to LA tmrw for 3 days')).toMatch(/^Noted your travel: Tue Nov 24 to Thu Nov 26\. Your morning text follows you: 7:00am Pacific time \(America\/Los_Angeles\)/);
  });
});

describe('messy16: short questions', () => {
  it('"what should i eat before" is answered (was "didn\'t get that"), and "whens my race" says the race', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'what should i eat before')).toMatch(/^A normal meal 1-3 hours before training works for most people/);
    expect(await say(phone, 'whens my race')).toMatch(/^Your next race is Sun May 2 \(week 23\)\./);
  });
});

describe('messy16: a race date checked', () => {
  it('"the 14th is my race right" says the race date and moves nothing (was the race moved to the 14th)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'the 14th is my race right')).toMatch(/^Your next race is Sun May 2 \(week 23\)\./);
    expect(await say(phone, 'whens my race')).toMatch(/^Your next race is Sun May 2/);
  });
});

describe('messy16: a tune-up race told', () => {
  it('"tune-up 10k on saturday" is a race ahead, nothing logged (was a 10k logged last Saturday)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'tune-up 10k on saturday');
    expect(reply).toMatch(/^Yes, a 10K fits: .* It lands on a rest day in your plan/);
    expect(await logsOf(phone)).toHaveLength(0);
  });
});
