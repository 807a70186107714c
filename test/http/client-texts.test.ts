/**
 * Texts written the way clients write them (found by texting Cadence as a lifter, a runner, a hybrid and a
 * beginner), checked through the signed webhook: what the client gets back.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboarded, nyPhone, at, repliesTo } = smsSuite();

describe('asking for a day', () => {
  it('"what\'s today" asked again and again answers with the day, never a fresh "Hi!" each time', async () => {
    const phone = await onboarded(LIFTER_ANSWERS); // Mon/Wed/Fri: today is a lifting day
    for (const text of ["what's today", 'Whats today?', 'today']) {
      const reply = await say(phone, text);
      expect(reply).toMatch(/^Today: Full body A/);
      expect(reply).not.toMatch(/\bHi\b/);
    }
    // Tuesday is a rest day: said as today's rest day first, the plan position after.
    at('2026-11-24T14:00:00Z');
    expect(await say(phone, "what's today")).toMatch(/^Today: rest day\. .*\nWeek 1 of/);
    // "why is today so light" on a rest day says it is one, then why the week is what it is.
    expect(await say(phone, 'why is today so light')).toMatch(/^Today is a rest day: recovery is when the training turns into progress\. Week 1 of/);
  });

  it('"what\'s today", "tomorrow" and "this week" asked twice get the same words, a retried delivery repeats them, and a log in between shows', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    for (const text of ["what's today", 'tomorrow', 'this week']) {
      const first = await say(phone, text);
      const sid = 'SM' + 'd'.repeat(31) + text.length.toString(16).slice(-1);
      expect(await say(phone, text, sid)).toBe(first);
      expect(await say(phone, text, sid)).toBe(first); // Twilio's retry of the same MessageSid
    }
    const before = (await repliesTo(phone)).length;
    expect(await say(phone, 'done')).toMatch(/^Logged today/);
    expect(await say(phone, "what's today")).toMatch(/^Already logged as done today/);
    // One reply per text: the retries stored nothing.
    expect((await repliesTo(phone)).length).toBe(before + 2);
  });

  it('"legs are toast from yesterday" is said back in words, not as a score out of 5', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'legs are toast from yesterday 😩');
    expect(reply).toMatch(/^Noted: legs really sore\.\n/);
    expect(reply).not.toMatch(/\/5\)/);
  });

  it('"4 days a week works, tue thu sat sun" from an onboarded client changes the training days', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    expect(await say(phone, '4 days a week works, tue thu sat sun')).toMatch(/Tue, Thu, Sat, Sun/);
  });
});

describe('onboarding, as people write', () => {
  it('a season is the race month: the day is asked saying the guess, and a date in another month is taken too', async () => {
    const phone = nyPhone();
    const first = await say(phone, 'yo. im sam. want to do a 10k late summer and keep lifting 2x a week. run about 12 mi/wk. intermediate lifter');
    expect(first).toMatch(/^Hi Sam! Got it\. You're training for a 10K, and lifting on the side\./);
    expect(first).toContain("Which day is your 10K? For late summer I'd guess August 2027");
    // "2x a week" was the lifting: the running days are still asked, not set to two.
    expect(first).not.toMatch(/train 2 days/);
    expect(await say(phone, 'sept 4')).toMatch(/^Goal time for the 10K\?/);
  });

  it('a hybrid summary names the lifting days the runs leave free, and "lift and run on the same day?" is answered', async () => {
    const phone = nyPhone();
    await say(phone, 'hey! im Dana, want to get stronger but also run the Brooklyn half in may. I lift 3x a week at a regular gym (about 2 yrs) and run maybe 12 miles a week. ran a 2:05 half last fall. mornings at 6:30 pls');
    await say(phone, 'the 16th');
    await say(phone, 'none, just want to run it strong');
    await say(phone, 'mon tue thu sat, long run on sat');
    await say(phone, 'an hour');
    await say(phone, 'no injuries');
    const summary = await say(phone, 'squat 135x5, bench 95x8');
    // She listed the days she can run; the lifting lands on two others, and the summary must say which.
    expect(summary).toContain('You can run 4 days a week (Mon, Tue, Thu, Sat)');
    // "I lift 3x a week" with four run days: two lifting days keep a rest day, and the summary says so.
    expect(summary).toMatch(/with lifting on (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:, | and )?)+ \(the days without runs; 3 would leave you no rest day\)/);
    expect(summary).not.toMatch(/with lifting on [^(]*(Mon|Tue|Thu|Sat)[^(]*\(/);
    await say(phone, 'yes');
    expect(await say(phone, 'can i lift and run on the same day?')).toMatch(/^Yes, both on one day is fine\./);
  });

  it('named lifting days that would fill the week with the runs: one stays a rest day, and the summary says how many were asked', async () => {
    const phone = nyPhone();
    await say(phone, 'hey im Rae. half marathon may 16 and i want to keep lifting. intermediate lifter, regular gym, run about 15 mi a week. ran a 2:05 half last fall. mornings at 6:30');
    await say(phone, 'none, just finish strong');
    await say(phone, 'run tue thu sat sun, long run sunday. lift mon wed fri');
    await say(phone, 'an hour');
    await say(phone, 'no injuries');
    const summary = await say(phone, 'squat 185x5, bench 135x5');
    // Runs on 4 days and lifting on the 3 others leaves no rest day: two of the named days, said in the summary.
    expect(summary).toMatch(/with lifting on (Mon|Wed|Fri), (Mon|Wed|Fri) \(the days without runs; 3 would leave you no rest day\)/);
  });

  it('a general question mid-onboarding is answered, then the open question asked again', async () => {
    const phone = nyPhone();
    await say(phone, "hey!! im jake, wanna get stronger, been lifting like 3 yrs");
    const reply = await say(phone, 'whats the difference between rir and rpe btw?');
    expect(reply).toMatch(/^RIR = reps in reserve.*RPE = rate of perceived exertion/);
    expect(reply).toMatch(/Which days can you train\?/);
    expect(reply).not.toMatch(/finish setting up/);
  });

  it('a sickness and a trip told mid-onboarding are kept and build the first days once the client says YES', async () => {
    const phone = nyPhone();
    await say(phone, 'Hi im Maria, training for a half marathon on april 25, about 20 miles a week, 3 years running');
    // Said on Monday: "till thurs" is through Wednesday. Not read as the days, the mileage or the experience.
    const sick = await say(phone, 'got the flu, out till thurs');
    expect(sick).toMatch(/^Sorry you're sick - rest up\. I've noted it/);
    const trip = await say(phone, 'traveling to boston next week, hotel gym only');
    expect(trip).toMatch(/^Thanks for the heads-up about the trip/);
    let reply = trip;
    for (const answer of ['none', 'none', 'tue thu sat sun', 'none']) {
      if (/Reply YES/.test(reply)) break;
      reply = await say(phone, answer);
    }
    expect(reply).toMatch(/Reply YES to start/);
    expect(reply).toContain('You can train 4 days a week (Tue, Thu, Sat, Sun).');
    const welcome = await say(phone, 'yes');
    expect(welcome).toMatch(/^Let's go, Maria!/);
    expect(welcome).toContain('From what you told me along the way:');
    expect(welcome).toMatch(/Off sick through Wed/);
    expect(welcome).toMatch(/Noted your travel: Mon Nov 30 to Sun Dec 6/);
    // Tuesday's run is a sick day now.
    expect(await say(phone, 'tomorrow')).toMatch(/^Tomorrow \(Tue 11\/24\): rest day\.\nOff sick/);
  });

  it('a name with an aside in the same text keeps both', async () => {
    const phone = nyPhone();
    await say(phone, "hi um i've never really worked out before. my doctor says i should lose some weight");
    const reply = await say(phone, 'dana. oh and my back gets sore sometimes');
    expect(reply).toMatch(/^Hi Dana! Got it\. I'll go easy on your back\./);
  });
});


describe('the morning text time, said in words after onboarding', () => {
  it.each([
    ['text me at quarter to six instead', '5:45am'],
    ['can you send it at half past 5', '5:30am'],
    ['make it six thirty instead', '6:30am'],
    ['text me at 5:30 instead', '5:30am'],
  ])('"%s" moves the text to %s', async (text, said) => {
    const phone = await onboarded(LIFTER_ANSWERS);
    expect(await say(phone, text)).toMatch(new RegExp(`^Done: your workout text now comes at ${said}`));
  });
});
