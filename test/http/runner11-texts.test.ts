/**
 * Texts found by texting Cadence as runners after onboarding (a first-time half marathoner, a km 10K runner, a
 * 3:30 marathoner, a hybrid), checked through the signed webhook: what the client gets back.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York; the runner runs Mon, Wed, Fri and Sun (the long run).
const { say, onboarded, nyPhone, at } = smsSuite();

describe('weeks named past next week', () => {
  it('"week after next" shows Mon 12/7 to Sun 12/13 under its own header (was "Sorry, I didn\'t get that")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'week after next');
    expect(reply).toMatch(/^The week of Mon 12\/7 - Week 3 of/);
    expect(reply).toMatch(/Sun 12\/13: Long run/);
    expect(reply).not.toMatch(/Next week:/);
  });

  it('"i\'m away the week before christmas" is a trip over the seven days before Christmas, Fri Dec 18 to Thu Dec 24 (was this week shown)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    // Christmas 2026 is a Friday: the days leading up to it, not the Monday-to-Sunday week of Dec 14.
    expect(await say(phone, "i'm away the week before christmas")).toMatch(/^Noted your travel: Fri Dec 18 to Thu Dec 24\./);
  });
});

describe('a few days off with the day back', () => {
  it('"off till thursday" rests Mon to Wed and keeps the morning texts (was "Sorry, I didn\'t get that")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'off till thursday');
    expect(reply).toMatch(/^Noted: days off Mon Nov 23 through Wed Nov 25, back Thu Nov 26\./);
    expect(reply).not.toMatch(/Paused/);
    const week = await say(phone, 'this week');
    expect(week).toMatch(/Mon 11\/23: Rest/);
    expect(week).toMatch(/Wed 11\/25: Rest/);
    expect(week).toMatch(/Fri 11\/27: Easy run/);
  });
});

describe('splits said with a session', () => {
  /** A km 10K runner (Tue, Thu, Sat, Sun), onboarded in one text. */
  async function kmRunner(): Promise<string> {
    const phone = nyPhone();
    expect(await say(phone, 'im ana, 10k on march 14, goal 45:00, ran a 5k in 22:30 last month, about 30 km a week, 3 years running, tue thu sat sun, no injuries, New York, i use km')).toMatch(/Reply YES/);
    await say(phone, 'yes');
    return phone;
  }

  it('"12k w/ 3x3k @ 4:20, splits 4:18 4:21 4:19" says the splits against 4:20 (was only "Logged today: run 12 km (intervals)")', async () => {
    const phone = await kmRunner();
    expect(await say(phone, '12k w/ 3x3k @ 4:20, splits 4:18 4:21 4:19')).toMatch(/^Logged today: run 12 km \(intervals\)\. Splits 4:18, 4:21, 4:19\/km against the pace you aimed for \(4:20\/km\): every one within 2 s\./);
  });

  it('a fast first rep that faded is said as a fade: 4:05 is 15 s under 4:20, 4:31 is 11 s over', async () => {
    const phone = await kmRunner();
    expect(await say(phone, '12k w/ 3x3k @ 4:20, splits 4:05 4:15 4:31')).toMatch(/the first 15 s fast and the last 11 s slow - the fast start cost the end/);
  });
});

describe('a tune-up race', () => {
  it('"ran a 5k tune-up race saturday in 23:40" gets congratulations with the paces and the easy days after (was only "Race result noted")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'ran a 5k tune-up race saturday in 23:40');
    // 23:40 = 1420 s over 5 km: 284 s/km = 4:44/km, and 1420 / 3.107 mi = 457 s = 7:37/mi; about one easy day per 3 km raced: 2.
    expect(reply).toMatch(/Congratulations on your 5K! 23:40 is 7:37\/mi \(4:44\/km\) - a good marker, 23 weeks out from your half marathon\. Keep the next 2 days easy before any hard session\./);
    expect(reply).toMatch(/Race result noted/);
  });
});

describe('a run added', () => {
  it('"can i add an extra run on saturday" adds Saturday and says the week\'s miles are shared (was "outside what I can answer")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'can i add an extra run on saturday')).toMatch(/^Updated: you train Mon, Wed, Fri, Sat, Sun from now on\. Same plan and phase, new days\. Your weekly miles stay as planned, now over 5 runs/);
    expect(await say(phone, 'this week')).toMatch(/Sat 11\/28: Easy run/);
  });
});

describe('after the goal race', () => {
  /** A 10K on Sunday Dec 13 with a 50:00 goal, run in 49:12 and told the morning after. */
  async function ranTheRace(): Promise<string> {
    const phone = nyPhone();
    expect(await say(phone, 'im kim, 10k on dec 13, goal 50:00, ran 24:30 5k last month, 20 mpw, 3 years running, tue thu sat sun, no injuries, New York')).toMatch(/Reply YES/);
    await say(phone, 'yes');
    at('2026-12-14T14:00:00Z'); // Monday after
    expect(await say(phone, 'race went great! 49:12')).toMatch(/^Logged yesterday: your race, 49:12\./);
    return phone;
  }

  it('"what\'s next" is recovery, then the next plan from the 49:12 (was "Your plan ended Sun 12/13. Text "new plan"")', async () => {
    const phone = await ranTheRace();
    expect(await say(phone, "what's next")).toBe('You ran your 10K yesterday in 49:12. What\'s next is recovery: 3-4 easy days or rest, and no hard session for about a week. Then the next plan: text "new plan" whenever you\'re ready - your 49:12 10K sets its paces.');
  });

  it('"new plan" keeps the 49:12 10K as the recent race: it is said, and never asked (was asked again like a new client)', async () => {
    const phone = await ranTheRace();
    expect(await say(phone, 'new plan')).toMatch(/^Let's build your next plan\. Your 49:12 10K sets its paces/);
    const replies: string[] = [];
    for (const text of ['train for a race', 'half marathon on may 2', 'none', '20 mpw', '3 years', 'tue thu sat sun', '45 min', 'bodyweight', 'none']) {
      const reply = await say(phone, text);
      replies.push(reply);
      if (/Reply YES/.test(reply)) break;
    }
    expect(replies.join('\n')).not.toMatch(/recent race/i);
    expect(replies.at(-1)).toMatch(/Your recent 10K was 49:12/);
  });
});

describe('one week\'s days moved across a calendar week', () => {
  it('a plan week Tue-Mon moving Monday\'s session to Saturday names the dates: "Mon 11/30 -> Sat 11/28" (was "Mon -> Sat", the Monday gone)', async () => {
    at('2026-11-24T14:00:00Z'); // Tuesday: the strength weeks run Tue-Mon, so this plan week ends Mon 11/30.
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'this week can i train tue thu sat');
    expect(reply).toMatch(/Full body B Wed -> Tue, Full body C Fri -> Thu, Full body A Mon 11\/30 -> Sat 11\/28\./);
  });
});

describe('a swap onto a trip day', () => {
  it('"swap fri and sun" with a trip Thu-Sat says the long run now falls inside the trip (was not said)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'traveling thu through sat')).toMatch(/^Noted your travel: Thu Nov 26 to Sat Nov 28\./);
    const reply = await say(phone, 'swap fri and sun');
    expect(reply).toMatch(/^Swapped, this week only: Long run on Fri, Easy run on Sun\./);
    expect(reply).toMatch(/Heads up: that puts the long run on Fri Nov 27 inside your trip \(Thu Nov 26 to Sat Nov 28\) - plan where you will run it there\./);
  });
});
