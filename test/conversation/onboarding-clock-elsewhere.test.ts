/**
 * A bare clock answered to another question ("5:30" while the race's day is asked): kept as the text time, said back
 * as kept, and its am or pm asked when the text time comes up (was dropped, and the summary said 7:00am).
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Thursday 2026-12-03, 10:00 in New York. */
const ctx = onboardingContext(new Date('2026-12-03T15:00:00Z'), '+12155550162', 'America/New_York');

describe('onboarding.clockElsewhere', () => {
  it('when "5:30" answers the race-day question it is kept, said back, and asked am or pm later', () => {
    const { turns, last } = playOnboarding(ctx, [
      'hi! im tom, signed up for the philly half in november lol, first one. been running about 2 yrs. ran a 10k in 52:30 last month',
      'maybe 15 miles a week? i can run tue thu sat sun',
      'no injuries',
      '5:30',
      'nov 21',
      'none',
      'am',
    ]);
    expect(turns[3]!.reply).toMatch(/^Got it: 5:30 for your workout text - I'll check am or pm before we start\. Which day in November 2027\?/);
    expect(turns[3]!.reply).not.toMatch(/7:00am/);
    expect(turns[5]!.reply).toBe('5:30am or pm?');
    expect(last.state.answers.morningTime).toBe('05:30');
  });
});
