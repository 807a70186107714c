/**
 * What onboarded clients text mid-plan (found by texting Cadence as a lifter and a runner) and how the plan
 * adapts: what changed, said back, and kept when they ask about the day or week afterwards.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboardBySms, onboarded, nyPhone, at } = smsSuite();

describe('well again after being sick', () => {
  it('"feeling better now" the day after "got a cold" brings Wednesday back as an eased-in session (was "didn\'t get that", and Wednesday stayed a rest day)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS); // Mon/Wed/Fri
    expect(await say(phone, 'got a cold')).toMatch(/Off sick through Wed/);
    expect(await say(phone, 'wednesday')).toMatch(/rest day/);
    at('2026-11-24T14:00:00Z');
    const reply = await say(phone, 'feeling better now');
    expect(reply).not.toMatch(/didn't get that/);
    expect(reply).toMatch(/^Glad you're feeling better! .*70% of the sets/);
    const wed = await say(phone, 'wednesday');
    expect(wed).not.toMatch(/rest day/);
    expect(wed).toMatch(/Full body B/);
  });

  it('"no longer sick" and "over my cold" end the sick days; they are never read as being sick again', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // Mon/Wed/Fri/Sun
    await say(phone, 'sick with the flu');
    at('2026-11-24T14:00:00Z');
    const reply = await say(phone, 'no longer sick!! ready to run');
    expect(reply).not.toMatch(/Feel better soon/);
    expect(reply).toMatch(/easy and shorter/);
    expect(await say(phone, 'wednesday')).toMatch(/Easy run/);
    // Not sick to begin with: a good day noted, nothing rebuilt.
    const other = await onboarded(LIFTER_ANSWERS);
    expect(await say(other, 'over my cold finally')).toMatch(/^Good to hear you are feeling better - noted\. Your plan carries on/);
  });
});

describe('a session done and how it felt, in one text', () => {
  it('"did my easy run!! legs were dead tho" logs the run as done and notes the legs (was the soreness only: the run stayed unlogged)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // Monday is a run day
    const reply = await say(phone, 'did my easy run!! legs were dead tho');
    expect(reply).toMatch(/^Logged today/);
    expect(reply).toMatch(/legs/);
    expect(await say(phone, "what's today")).toMatch(/^Already logged as done today/);
  });

  it('"did legs today, quads are fried" logs the lifting day as done and trims the next session for the quads', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'did legs today, quads are fried');
    expect(reply).toMatch(/^Logged today/);
    expect(reply).toMatch(/quads/i);
    expect(await say(phone, "what's today")).toMatch(/^Already logged as done today/);
  });
});

describe('two days swapped', () => {
  it('"swap thursday and friday" moves Friday\'s session to Thursday this week (was read as "what\'s on Thursday": nothing moved)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS); // Mon/Wed/Fri
    const reply = await say(phone, 'swap thursday and friday');
    expect(reply).toMatch(/^This week only: Full body C Fri -> Thu\./);
    const week = await say(phone, 'this week');
    expect(week).toMatch(/Thu 11\/26: Full body C/);
    expect(week).toMatch(/Fri 11\/27: Rest/);
    // Two training days trade their sessions this week, and the days are not read as a question about Monday.
    expect(await say(phone, 'can i swap monday with wednesday')).toMatch(/^Swapped, this week only: Full body B on Mon, Full body A on Wed\./);
    // Friday's session went to Thursday: with no session on Friday, nothing to trade, said so.
    expect(await say(phone, 'can i swap wednesday with friday')).toMatch(/^I can't swap Wed and Fri this week: Fri has no session/);
  });

  it('"switch sat and sun every week" for a runner moves the long run to Saturday for good', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // Mon/Wed/Fri/Sun
    expect(await say(phone, 'switch sat and sun every week')).toMatch(/^Updated: you train Mon, Wed, Fri, Sat from now on \(Sat and Sun swapped\)/);
    expect(await say(phone, 'this week')).toMatch(/Sat 11\/28: Long run/);
  });
});

describe('one session to another day, asked with "it"', () => {
  it('"how far should I run on sunday and can I do it on saturday instead" moves the long run to Saturday (was: Sunday\'s run dropped)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // long run on Sunday
    const reply = await say(phone, 'how far should I run on sunday and can I do it on saturday instead');
    expect(reply).toMatch(/^Moved Sunday's long run to Saturday, this week only/);
    expect(reply).not.toMatch(/Dropped/);
    const week = await say(phone, 'this week');
    expect(week).toMatch(/Sat 11\/28: Long run/);
    expect(week).toMatch(/Sun 11\/29: Rest/);
  });

  it('"busy friday, can i do it saturday?" moves Friday\'s session this week; the training days stay (was: training days changed to Fri, Sat for good)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS); // Mon/Wed/Fri
    const reply = await say(phone, 'busy friday, can i do it saturday?');
    expect(reply).toMatch(/^Moved Friday's Full body C to Saturday, this week only\. Your training days stay Mon, Wed, Fri\./);
    expect(await say(phone, 'this week')).toMatch(/Wed 11\/25: Full body B[\s\S]*Fri 11\/27: Rest\nSat 11\/28: Full body C/);
  });
});

describe('pain said to be bad', () => {
  it('"my shoulder is killing me after bench yesterday" is not called mild: the shoulder is spared for a week, not 3 days', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'my shoulder is killing me after bench yesterday, like a pinch in the front');
    expect(reply).not.toMatch(/sounds mild/);
    expect(reply).toMatch(/^Sorry about your shoulders - never train through pain\./);
    expect(reply).toMatch(/through Sun/);
  });
});

describe('back after a break', () => {
  it('"back after 3 weeks off" eases the sessions back in from today, nothing made up (was "didn\'t get that")', async () => {
    const phone = nyPhone();
    const other = nyPhone();
    await onboardBySms(phone, LIFTER_ANSWERS);
    await onboardBySms(other, LIFTER_ANSWERS);
    at('2026-12-14T14:00:00Z'); // Monday of week 4
    const usual = await say(other, "what's today");
    const reply = await say(phone, 'back after 3 weeks off');
    expect(reply).toMatch(/^Welcome back! After 3 weeks off we ease back in: your first sessions back are at about 70% of the sets, .* Nothing to make up/);
    expect(reply).toMatch(/Back after time off: first sessions at about 70% of the sets\./);
    // Three weeks is a real break: the plan waited, and says where it picks up.
    expect(reply).toMatch(/21 days off is a real break, so the plan waits/);
    const today = await say(phone, "what's today");
    expect(today).toMatch(/First sessions back after time off/);
    expect(today).not.toMatch(/sick/);
    // Fewer sets than the same plan with no break, today.
    const sets = (text: string) => [...text.matchAll(/^.+? (\d+)x[\d-]+/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(sets(today)).toBeLessThan(sets(usual));
  });
});

describe('sick and better the same day; a log in a long text with pain', () => {
  it('"feeling better now, can i lift today?" the day they fell sick says today stays a rest day, and why', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    await say(phone, 'ugh got covid. positive test this am');
    const reply = await say(phone, 'feeling better now, can i lift today?');
    expect(reply).toMatch(/^Glad you're feeling better! Today stays a rest day to be safe/);
    expect(await say(phone, 'wednesday')).toMatch(/Full body B/);
  });

  it('"did the long run yesterday but my knee started hurting ... limped home, also in chicago next week" logs the run, calls the limp a reason to see a physio, and notes the trip', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    at('2026-11-30T14:00:00Z'); // Monday: yesterday's long run was planned
    const reply = await say(phone, 'Hey coach so I did the long run yesterday but my left knee started hurting around mile 4 and i kinda limped home, also im in chicago next week for work');
    expect(reply).toMatch(/Logged Sun 11\/29|Logged Sunday|Logged yesterday/i);
    expect(reply).toMatch(/\(limped\) is a reason to get it checked by a doctor or physio/);
    expect(reply).not.toMatch(/sounds mild/);
    expect(reply).toMatch(/Chicago|Central time/);
  });
});

describe('a question after a report', () => {
  it('"knees kinda achy after yesterday. what\'s on tomorrow?" notes the knee and answers with Tuesday as it is now (was: the question dropped)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, "knees kinda achy after yesterday. what's on tomorrow?");
    expect(reply).toMatch(/^Sorry about your knee/);
    expect(reply).toMatch(/\nTomorrow \(Tue 11\/24\): rest day\./);
  });
});

describe('a day asked for beside a report', () => {
  it('"my knee is kinda achy, not bad. what\'s on wednesday?" answers both: the knee, and Wednesday in one line when the whole day does not fit', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, "my knee is kinda achy after squats, not bad. what's on wednesday?");
    expect(reply).toMatch(/knee/);
    // Wednesday 11/25 is a lifting day for Mon/Wed/Fri: its session is named (the full day, or its one-line form).
    expect(reply).toMatch(/Wed (?:11\/25|Nov 25)/);
  });
});
