/**
 * Texts found by texting Cadence as runners after onboarding (a first-time half marathoner, a km marathoner whose
 * race city is her home, a runner going to a wedding), checked through the signed webhook: what the client gets back.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York; the runner runs Mon, Wed, Fri and Sun (the long run).
const { say, onboarded, nyPhone, at } = smsSuite();

describe('questions a runner asks without a question mark, or about days in a row', () => {
  it('"can i run 2 days in a row" is answered, and the training days stay (was: "A race plan needs at least 3 run days")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'can i run 2 days in a row');
    expect(reply).toMatch(/back-to-back days are fine/);
    expect(reply).not.toMatch(/at least 3 run days|Which days/);
    expect(await say(phone, 'this week')).toMatch(/Sun 11\/29: Long run/);
  });

  it('"my shoes are worn, do i need new ones before the race" gets the shoes answer (was "Sorry, I didn\'t get that")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'my shoes are worn, do i need new ones before the race')).toMatch(/never race in a brand-new pair/);
  });
});

describe('a swap for a wedding', () => {
  it('"can i swap fri and sun this week? going to a wedding sunday" swaps, and notes no travel (a wedding is no trip)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'can i swap fri and sun this week? going to a wedding sunday');
    expect(reply).toMatch(/Swapped, this week only: Long run on Fri/);
    expect(reply).not.toMatch(/travel/i);
  });
});

describe('a home city said after a race in that city', () => {
  it('"doing the Berlin marathon…, Berlin" from a US phone sends the texts on Berlin time', async () => {
    const phone = nyPhone();
    const reply = await say(phone, "hi I'm Lena, doing the Berlin marathon sep 26 2027, goal 3:30, ran a 10k in 48:00 in october, about 45 km a week, 4 years running, Berlin");
    expect(reply).toMatch(/Berlin time/);
  });
});

describe("a hybrid's small first weeks", () => {
  it('a 12 mi week on 3 run days has a long run longer than its easy runs (was 4 mi beside two easy 4s)', async () => {
    const phone = nyPhone();
    await say(phone, 'yo im sam. 10k on march 14, keep lifting 2x a week. run about 12 mi a week, 10k in 55:00 last month, 2 years, new york, 6am');
    await say(phone, 'run tue thu sat, lift mon wed');
    let reply = '';
    for (const text of ['60 min', 'full gym', 'none', 'none', 'skip']) {
      if (/Reply YES/.test(reply)) break;
      reply = await say(phone, text);
    }
    expect(reply).toMatch(/Reply YES/);
    expect(await say(phone, 'yes')).toMatch(/^Let's go/);
    for (const week of [await say(phone, 'this week'), await say(phone, 'next week')]) {
      const long = Number(/Long run \(\w+\) ([\d.]+) mi/.exec(week)![1]);
      const easy = [...week.matchAll(/Easy run \(\w+\) ([\d.]+) mi/g)].map((m) => Number(m[1]));
      expect(easy.length, week).toBeGreaterThan(0);
      expect(long, week).toBeGreaterThanOrEqual(Math.max(...easy) + 0.5 - 1e-9);
    }
  });
});

describe('a hybrid who starts mid-week', () => {
  // Tuesday 2026-11-24, 09:00 in New York: the strength weeks run Tue-Mon, the race weeks Mon-Sun.
  it('keeps both lifting days (Mon and Wed) in every week after the first (was: Wednesday a rest day from week 2 on)', async () => {
    at('2026-11-24T14:00:00Z');
    const phone = nyPhone();
    await say(phone, 'yo im sam. 10k on march 14, keep lifting 2x a week. run about 12 mi a week, 10k in 55:00 last month, 2 years, new york, 6am');
    await say(phone, 'run tue thu sat, lift mon wed');
    let reply = '';
    for (const text of ['60 min', 'full gym', 'none', 'none', 'skip']) {
      if (/Reply YES/.test(reply)) break;
      reply = await say(phone, text);
    }
    expect(await say(phone, 'yes')).toMatch(/^Let's go/);
    expect(await say(phone, 'this week')).toMatch(/Wed 11\/25: Full body/);
    const next = await say(phone, 'next week');
    expect(next).toMatch(/Mon 11\/30: Full body/);
    expect(next).toMatch(/Wed 12\/2: Full body/);
  });
});

describe('heavy legs on a run', () => {
  it('"did 5 miles this morning, legs felt heavy…" logs the run and says heavy legs, not "Noted legs. Some soreness is normal"', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'did 5 miles this morning, legs felt heavy, avg pace 10:45 hr was high');
    expect(reply).toMatch(/Logged today: run 5 mi at 10:45\/mi/);
    expect(reply).toMatch(/Noted: heavy legs\. .*keep your next session truly easy/);
    expect(reply).not.toMatch(/Noted legs\.|Some soreness is normal/);
  });
});
