/**
 * A runner texting their race: the goal race's finish time on race day or the days after (congratulations with
 * the numbers, recovery, what next), a race time with no distance and no race near, and runs typed in a hurry.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboarded, nyPhone, at } = smsSuite();

/** A 10K on Sunday Dec 13 with a 50:00 goal, onboarded in one text. */
async function tenKRunner(): Promise<string> {
  const phone = nyPhone();
  expect(await say(phone, 'im kim, 10k on dec 13, goal 50:00, ran 24:30 5k last month, 20 mpw, 3 years running, tue thu sat sun, no injuries, New York')).toMatch(/Reply YES/);
  await say(phone, 'yes');
  return phone;
}

describe('the goal race told', () => {
  it('on race day "10k done 48:30" is the race: congratulations with the pace per mile and km, against the goal, recovery and what next', async () => {
    const phone = await tenKRunner();
    at('2026-12-13T18:00:00Z'); // Sunday 13:00, race day
    const reply = await say(phone, '10k done 48:30');
    // Was "Logged today: run 10 km at 4:51/km (planned 7.71 mi). Strong 10K! ... If it was a race ... text 'no, raced 10k'".
    expect(reply).toMatch(/^Logged today: your race, 48:30\. Congratulations on your 10K! 48:30 is 7:48\/mi \(4:51\/km\), 1:30 under your 50:00 goal!/);
    expect(reply).toMatch(/Recovery: 3-4 easy days/);
    expect(reply).toMatch(/text "new plan"/);
    expect(reply).not.toMatch(/If it was a race/);
  });

  it('the morning after, "race went great! 49:12" is the same race, on its day', async () => {
    const phone = await tenKRunner();
    at('2026-12-14T14:00:00Z'); // Monday after
    // Was "Sorry, I didn't get that."
    expect(await say(phone, 'race went great! 49:12')).toMatch(/^Logged yesterday: your race, 49:12\. Congratulations on your 10K! 49:12 is 7:55\/mi \(4:55\/km\), 48 s under your 50:00 goal!/);
  });

  it('a race time that cannot be the goal race ("PR!! 23:10" after a 10K) asks which distance, and stores nothing', async () => {
    const phone = await tenKRunner();
    at('2026-12-14T14:00:00Z');
    expect(await say(phone, 'PR!! 23:10')).toMatch(/Which distance was the 23:10\?/);
  });
});

describe('runs typed in a hurry', () => {
  it('"ran 6mi @ 8;40" and "6 mi @8.40" keep the pace', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    // Was "Logged today: run 6 mi." (the pace dropped).
    expect(await say(phone, 'ran 6mi @ 8;40')).toMatch(/^Logged today: run 6 mi at 8:40\/mi/);
    expect(await say(phone, '6 mi @8.40 felt good')).toMatch(/^Logged today: run 6 mi at 8:40\/mi/);
  });
});
