/**
 * Texts found by the lead texting Cadence as lifters after onboarding, checked through the signed webhook: a lift's
 * load asked without "what weight", a day's plan asked as "my plan today", a day added to the week.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York; the lifter trains Mon, Wed and Fri with a full gym.
const { say, onboarded, nyPhone, at } = smsSuite();

describe('a lifter asks about a lift, a day or the week in their own words', () => {
  it('"whats my squat supposed to be friday" answers with Friday\'s squat and its load (was "Sorry, I didn\'t get that")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    await say(phone, 'squat 3x5 at 225, felt like rpe 8');
    const reply = await say(phone, 'whats my squat supposed to be friday');
    expect(reply).not.toMatch(/didn't get that/);
    // Friday's squat is the front squat, loaded from the logged 225x5 @ RPE 8 (see adaptation-numbers.test.ts): 150 lb.
    expect(reply).toMatch(/[Ff]ront squat/);
    expect(reply).toMatch(/150 lb/);
  });

  it('"whats my plan today" is today\'s workout, not the plan overview', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'whats my plan today');
    expect(reply).toMatch(/^Today: /);
  });

  it('"switched to 4 days, add saturday" adds Saturday and keeps Mon, Wed and Fri (was "Sorry, I didn\'t get that")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'switched to 4 days, add saturday');
    expect(reply).not.toMatch(/didn't get that/);
    expect(reply).toMatch(/Mon, Wed, Fri, Sat/);
  });
});

describe('a lifter changes how long every session is', () => {
  it('"can sessions be 45 min" rebuilds the plan for 45 min sessions, and today\'s session fits them', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const before = await say(phone, "what's today");
    const minutes = (text: string) => Number(/~(\d+) min/.exec(text)?.[1]);
    expect(minutes(before)).toBeGreaterThan(45);
    const reply = await say(phone, 'can sessions be 45 min');
    expect(reply).toMatch(/^Done: your sessions are about 45 min from today \(were \d+\)\. The main lifts keep their sets/);
    expect(minutes(await say(phone, "what's today"))).toBeLessThanOrEqual(45);
  });

  it('"workouts are taking me like 90 min, too long" asks how long they can be (was logged as a 90 min long run)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'workouts are taking me like 90 min, too long');
    // LIFTER_ANSWERS trains about 60 min: the example offered is 15 shorter.
    expect(reply).toMatch(/^How long can each session be from now on\? Now they are about 60 min; text e\.g\. 'sessions of 45 min'\./);
    expect(reply).not.toMatch(/Logged|run/i);
  });
});


describe('a lifter tells how a joint and their health are going', () => {
  it('"also knee was ok" after a session is said back as the knee holding up (was "Sorry, I didn\'t get that")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'also knee was ok');
    expect(reply).toBe('Good to hear your knee held up - noted. Tell me if that changes.');
  });

  it('"my blood pressure meds make me kinda dizzy" answers the dizziness first, then keeps the plan safe for blood pressure', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'my blood pressure meds make me kinda dizzy sometimes is that a problem');
    expect(reply).toMatch(/^Dizziness is worth telling your doctor soon/);
    expect(reply).toMatch(/Thanks for telling me about your high blood pressure/);
    // Told again later it is on file: the dizziness is still answered, the rules are not news.
    const again = await say(phone, 'still getting a bit lightheaded on my bp meds');
    expect(again).toMatch(/^Dizziness is worth telling your doctor soon/);
    expect(again).toMatch(/I have your high blood pressure on file/);
  });
});

describe('a hybrid moves one run this week', () => {
  it('"can i do my long run saturday this week instead of sunday?" says every usual day stays, runs and lifts (was only the lifting days)', async () => {
    const phone = nyPhone();
    await say(phone, 'yo im sam. 10k on march 14, keep lifting 2x a week. run about 12 mi a week, 10k in 55:00 last month, 2 years, new york, 6am');
    await say(phone, 'run tue thu sun, lift mon wed');
    let reply = '';
    for (const text of ['60 min', 'full gym', 'none', 'none', 'skip']) {
      if (/Reply YES/.test(reply)) break;
      reply = await say(phone, text);
    }
    expect(await say(phone, 'yes')).toMatch(/^Let's go/);
    const moved = await say(phone, 'can i do my long run saturday this week instead of sunday? going to a bday party sunday');
    expect(moved).toMatch(/^Moved Sunday's long run to Saturday, this week only\./);
    expect(moved).toMatch(/Your training days stay Mon, Tue, Wed, Thu, Sun\./);
    // A tight hip told of a run gets the runner's warm-up, not hinges and sets (Megan's first run).
    const tight = await say(phone, 'ran 3 this morning, hip was a little tight at the end');
    expect(tight).toMatch(/start your next run slower than usual/);
    expect(tight).not.toMatch(/hinges/);
  });
});

describe('a runner asks about the goal pace and whether to skip', () => {
  async function ruth(): Promise<string> {
    const phone = nyPhone();
    await say(phone, 'hi im ruth, training for a half marathon on may 2, goal 1:55, recent 5k 24:00, about 20 mpw, 2 years running, mon wed fri sun, new york, 6am');
    let reply = await say(phone, 'none');
    if (!/Reply YES/.test(reply)) reply = await say(phone, 'none');
    expect(reply).toMatch(/Reply YES/);
    expect(await say(phone, 'yes')).toMatch(/^Let's go/);
    return phone;
  }

  it('"what pace for the sub 1:55" is the goal\'s race pace (was the easy pace)', async () => {
    const phone = await ruth();
    // 1:55:00 over 13.1094 mi = 6,900 s / 13.1094 = 526 s = 8:46/mi.
    expect(await say(phone, 'what pace for the sub 1:55')).toMatch(/^Goal race pace: 8:46\/mi/);
  });

  it('"calves are tight, should i skip friday?" keeps Friday and says why (was the soreness advice, then Friday dropped)', async () => {
    const phone = await ruth();
    const reply = await say(phone, 'calves are tight, should i skip friday?');
    expect(reply).toMatch(/No need to skip Friday for tightness: run it easy/);
    expect(reply).not.toMatch(/Dropped/);
    // Asked alone, the question asks back why; nothing is dropped.
    const bare = await say(phone, 'should i skip sunday?');
    expect(bare).toMatch(/^Is something up\?/);
    expect(await say(phone, 'sunday')).not.toMatch(/skipped|rest day/i);
  });
});

describe('a lifter logs two lifts on a rest day', { timeout: 120_000 }, () => {
  const TOM = {
    answers: [
      [/name/i, 'Tom'],
      [/main goal/i, 'get stronger'],
      [/how long have you been/i, '6 years, squat 275x5, bench 215x5, deadlift 335 for 3, ohp 135x5'],
      [/which days/i, 'mon tue thu sat'],
      [/how long can each session/i, 'about an hour'],
      [/where do you train/i, 'full gym'],
      [/injur|which area/i, 'none'],
      [/recent hard set|maxes/i, 'squat 275x5, bench 215x5, deadlift 335 for 3, ohp 135x5'],
      [/time zone/i, 'New York'],
      [/what time should/i, '5am'],
    ],
  } as const;

  it('the next load the log reply names is the load the day then shows, and an easy set does not lower a known max', async () => {
    at('2026-12-02T13:00:00Z'); // Wednesday 08:00 in New York: a rest day.
    const phone = await onboarded(TOM);
    const before = await say(phone, 'sat');
    const planned = Number(/Front squat 3x8-10 @ (\d+) lb/.exec(before)?.[1]);
    expect(planned, before).toBeGreaterThan(0);
    const logged = await say(phone, 'did some squats this morning anyway lol 225 for 3 sets of 5 felt easy, bench 185 3x5 felt heavy tho');
    expect(logged).toMatch(/Logged today: Back squat 3x5 @ 225 lb/);
    // 225 x 5 "felt easy" (RIR 4, Epley 293) is no test of a 275 x 5 squat (Epley 321): the front squat keeps its load.
    expect(logged).toMatch(new RegExp(`Saturday's front squat stays 3x8-10 at ${planned} lb`));
    expect(await say(phone, 'sat')).toMatch(new RegExp(`Front squat 3x8-10 @ ${planned} lb`));
  });

  it('a hard set that lowers the squat names the new front squat load, the one Saturday then shows (was "stays" at the old load)', async () => {
    at('2026-12-02T13:00:00Z');
    const phone = await onboarded(TOM);
    const planned = Number(/Front squat 3x8-10 @ (\d+) lb/.exec(await say(phone, 'sat'))?.[1]);
    // 225 x 5 at RPE 10 (Epley 263) is under 275 x 5 (321): Thursday's read rebuilds the week, then Saturday is read.
    const logged = await say(phone, 'squat 3x5 at 225, rpe 10');
    const now = Number(/Saturday's front squat is now 3x8-10 at (\d+) lb/.exec(logged)?.[1]);
    expect(now, logged).toBeLessThan(planned);
    expect(await say(phone, 'sat')).toMatch(new RegExp(`Front squat 3x8-10 @ ${now} lb`));
  });

  it('"why did my bench change?" after a hard bench names the max the new load came from (was the best ever: 160 lb "73% of 258")', async () => {
    at('2026-12-02T13:00:00Z');
    const phone = await onboarded(TOM);
    await say(phone, 'bench 185 3x5 rpe 10');
    const reply = await say(phone, 'why did my bench change?');
    const [, load, pct, max] = /bench press: 3x\d+-\d+ at (\d+) lb.*about (\d+)% of your est\. max of (\d+) lb/.exec(reply) ?? [];
    expect(load, reply).toBeDefined();
    // 185 x 5 at RPE 10: Epley 185 × (1 + 5/30) = 215.8, under the 215 x 5 given (250.8): the load is a share of 216.
    expect(Number(max)).toBe(216);
    expect(Math.abs((Number(pct) / 100) * Number(max) - Number(load))).toBeLessThanOrEqual(5);
  });
});

describe('a runner with a mild ache in a short start week (lead13)', () => {
  it('when the ache takes every run but the long run, the long run comes back easy and shorter, not as rest', async () => {
    at('2026-11-25T14:00:00Z'); // Wednesday 09:00 in New York: the start week is Wed-Sun (runs Wed, Fri, Sun).
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'this week')).toMatch(/Sun 11\/29: Long run/);
    // Mild: no runs Wed-Fri, a check-in Saturday. Sunday's long run was the week's only run left, and it was rested
    // too ("Shorter long run: fewer mi this week … Rest today instead"), though the ache was over by then.
    // Said without "kinda" (which eases the runs instead, runner18), the ache takes them.
    expect(await say(phone, 'my achilles is sore')).toMatch(/no runs through Fri/);
    const sunday = await say(phone, 'sunday');
    expect(sunday).toMatch(/First long run back: easy, [\d:]+\/mi or slower, and shorter than planned\. Stop if it hurts\./);
    expect(sunday).not.toMatch(/Rest today instead/);
  });

  it('"is it ok to run thursday or should i rest" after the ache is Thursday\'s day, a rest (was "Yes, that\'s fine")', async () => {
    at('2026-11-25T14:00:00Z');
    const phone = await onboarded(RUNNER_ANSWERS);
    await say(phone, 'my achilles is kinda sore, like 3/10');
    const reply = await say(phone, 'is it ok to run thursday or should i rest');
    expect(reply).not.toMatch(/that's fine/);
    expect(reply).toMatch(/Thu 11\/26/);
  });
});
