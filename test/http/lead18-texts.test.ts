/**
 * Texts from the lead's eighteenth-session clients: an injury told at onboarding with words that call for a doctor
 * ("cant bend my knee without pain", "my leg goes numb") holds what loads it out of the first days, as the same
 * words mid-plan do, until the client says it was checked.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS, type Persona } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York: the runner runs Mon, Wed, Fri and Sun; the lifter lifts Mon, Wed and Fri.
const { say, onboarded, repliesTo, at } = smsSuite();

/** The persona with its answer to the injuries question replaced. */
const injured = (p: Persona, answer: string): Persona => ({ ...p, answers: p.answers.map(([q, a]) => [q, /injur/.test(String(q)) ? answer : a]) });

describe('red-flag injury told at onboarding', () => {
  it('a runner who "cant bend my knee without pain" is not told "Yes - today is a training day" (was the 4.5 mi run)', async () => {
    const phone = await onboarded(injured(RUNNER_ANSWERS, 'cant bend my knee without pain'));
    const [summary, welcome] = (await repliesTo(phone)).slice(-2);
    expect(summary).toContain("What you describe (cant bend) is a reason to get it checked by a doctor or physio");
    // The kept injury is no trip ("Noted: your trip - I'll plan around it" was said of it).
    expect(summary).not.toMatch(/your trip/);
    expect(welcome).toMatch(/From what you told me along the way:/);
    expect(welcome).toMatch(/no runs through Sun/);
    const reply = await say(phone, 'can i run today?');
    expect(reply).not.toMatch(/^Yes/);
    expect(reply).toMatch(/No running while your knee hurts/);
    expect(await say(phone, 'wednesday')).not.toMatch(/Easy run|Long run|Tempo/);
  });

  it('"saw the physio, all clear to run" brings the runs back (was "Sorry, I didn\'t get that")', async () => {
    const phone = await onboarded(injured(RUNNER_ANSWERS, 'cant bend my knee without pain'));
    const reply = await say(phone, 'saw the physio, all clear to run');
    expect(reply).toMatch(/^Great news - glad you got it checked\. What loads your knee is back in your plan from tomorrow/);
    expect(await say(phone, 'wednesday')).toMatch(/run/i);
    expect(await say(phone, 'wednesday')).not.toMatch(/No running/);
  });

  it('"saw my doc, all clear!" clears it too (was "Sorry, I didn\'t get that" when texting as Rosa)', async () => {
    const phone = await onboarded(injured(RUNNER_ANSWERS, 'cant bend my knee without pain'));
    expect(await say(phone, 'saw my doc, all clear!')).toMatch(/^Great news - glad you got it checked\. What loads your knee is back in your plan from tomorrow/);
    expect(await say(phone, 'wednesday')).not.toMatch(/No running/);
  });

  it('a lifter whose "leg goes numb" asks to lift: the day comes with the doctor first (was a plain "Yes")', async () => {
    const phone = await onboarded(injured(LIFTER_ANSWERS, 'my lower back, had a herniated disc and my leg goes numb sometimes'));
    const reply = await say(phone, 'can i lift today?');
    expect(reply).toMatch(/^Today is a training day, but until your lower back has been checked by a doctor or physio, leave out anything that loads it or hurts\. Today: /);
  });

  it('an injury with no such words keeps the plain answer and no kept report', async () => {
    const phone = await onboarded(injured(RUNNER_ANSWERS, 'my knee gets a bit cranky on long runs'));
    const welcome = (await repliesTo(phone)).at(-1)!;
    expect(welcome).not.toMatch(/along the way/);
    expect(await say(phone, 'can i run today?')).toMatch(/^Yes - today is a training day\. Today: Easy run/);
  });
});

describe('a session moved onto a rest day with lifts already logged on it', () => {
  it('"move wed to today" after squat and bench on Tuesday puts Wednesday\'s session on today (was rest on both days)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    at('2026-11-24T14:00:00Z');
    await say(phone, 'squat 3x5 at 185, bench 3x5 at 135, both felt easy');
    expect(await say(phone, 'move wed to today')).toMatch(/^Moved Wednesday's Full body B to Tuesday/);
    const today = await say(phone, "what's today");
    expect(today).toMatch(/^Today: Full body B/);
    expect(today).toMatch(/Deadlift 3x6-8/);
    const week = await say(phone, 'this week');
    expect(week).toMatch(/Tue 11\/24: Full body B/);
    expect(week).toMatch(/Wed 11\/25: Rest/);
    // The lifts logged before the move stay logged on the day.
    expect(await say(phone, 'done')).toMatch(/Full body B done/);
  });
});

describe('a lifter\'s texts after a session (Priya, lead18)', () => {
  const WEDNESDAY_6PM = '2026-11-25T23:00:00Z';

  it('"split squats killed me lol, only did 1 set" logs the planned one-sided lift (was "Today had no Bulgarian split squat planned")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    at(WEDNESDAY_6PM);
    expect(await say(phone, "what's today")).toMatch(/Bulgarian split squat 2x10-15\/side/);
    const reply = await say(phone, 'split squats killed me lol, only did 1 set');
    expect(reply).not.toMatch(/had no .* planned/);
    // The planned reps (the low end of 10-15 a side) for the one set said.
    expect(reply).toMatch(/Logged today: Bulgarian split squat 1x10/);
  });

  it('"whats my weight for deadlifts next time" answers with the lift\'s next load (was "outside what I can answer")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    at(WEDNESDAY_6PM);
    await say(phone, 'deadlift 3x6 at 225, felt easy');
    const reply = await say(phone, 'whats my weight for deadlifts next time');
    expect(reply).not.toMatch(/outside what I can answer/);
    expect(reply).toMatch(/[Dd]eadlift/);
    expect(reply).toMatch(/\d+ lb/);
  });
});

describe('the rest of a session told after its main lifts (Marcus, lead18)', () => {
  it('"did rows and the accessories too" after squat and bench logs the session done (was "Sorry, I didn\'t get that")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    await say(phone, 'squat 3x6 at 225 felt smooth. bench 3x6 185 the last set was a grind tho');
    const reply = await say(phone, 'did rows and the accessories too');
    expect(reply).not.toMatch(/didn't get that/);
    expect(reply).toMatch(/^Logged today: Full body A done/);
  });
});
