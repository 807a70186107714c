/**
 * "can we push everything back a day this week": this week's sessions still ahead, each a day later, this week only
 * (Chris, a dad of three: was the week shown and nothing moved).
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York; the lifter trains Mon, Wed, Fri.
const { say, onboarded } = smsSuite();

describe('a week pushed back a day', () => {
  it('moves Monday, Wednesday and Friday to Tuesday, Thursday and Saturday, this week only', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const before = await say(phone, 'this week');
    expect(before).toMatch(/Mon 11\/23: (?!Rest)/);
    const reply = await say(phone, 'can we push everything back a day this week');
    expect(reply).toMatch(/Mon -> Tue/);
    expect(reply).toMatch(/Wed -> Thu/);
    expect(reply).toMatch(/Fri -> Sat/);
    // For good it would be each training day a day later, not only the days left this week.
    expect(reply).toMatch(/"train tue, thu, sat from now on"/);
    const week = await say(phone, 'this week');
    for (const [day, kind] of [['Mon 11/23', 'Rest'], ['Tue 11/24', '(?!Rest)'], ['Wed 11/25', 'Rest'], ['Thu 11/26', '(?!Rest)'], ['Fri 11/27', 'Rest'], ['Sat 11/28', '(?!Rest)']] as const) {
      expect(week).toMatch(new RegExp(`${day}: ${kind}`));
    }
    // Next week is the usual Mon, Wed, Fri.
    expect(await say(phone, 'next week')).toMatch(/Mon 11\/30: (?!Rest)/);
  });

  it('a runner whose long run is on the week\'s last day keeps it there: the easy run before it gives way, and for good means every day a day later', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // runs Mon, Wed, Fri, Sun: the long run is Sunday
    const reply = await say(phone, 'can we push everything back a day this week');
    expect(reply).toMatch(/Mon -> Tue/);
    expect(reply).toMatch(/Wed -> Thu/);
    expect(reply).toMatch(/Fri -> Sat/);
    expect(reply).toMatch(/"train mon, tue, thu, sat from now on"/);
    expect(await say(phone, 'this week')).toMatch(/Sun 11\/29: Long run/);
  });
});
