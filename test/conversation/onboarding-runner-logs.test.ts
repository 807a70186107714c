/**
 * A runner waiting on a question (here, which day their race is) texts what they did and what they want: a
 * session with reps is no race on its weekday, and a swap asked with an outing as its reason is no trip.
 * Found texting as a London marathoner mid-onboarding.
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Wednesday 2026-12-02, noon in London: a UK phone, so metric until the client says otherwise. */
const CTX = onboardingContext(new Date('2026-12-02T12:00:00Z'), '+447700900111', 'Europe/London');
const play = (texts: string[]) => playOnboarding(CTX, texts, 'metric').last;

const MARATHON_NEXT_SEPTEMBER = 'hi, kenji here. signed up for the berlin marathon next september, want to go under 3:30';

describe('onboarding runner logs', () => {
  it('when an interval session is told while the race day is asked, the race keeps its month and no date', () => {
    for (const session of ['tue: 10km with 5x1km at 4:50, was hard but ok', 'did 6 x 800 on the track thursday, legs are toast', 'sat: hill repeats 8x60s']) {
      const last = play([MARATHON_NEXT_SEPTEMBER, session]);
      expect(last.state.answers.race?.date, session).toBeUndefined();
      expect(last.state.answers.race?.distance).toBe('marathon');
      // Berlin is a well-known race now: its usual day is proposed, or the day in September asked again after a text
      // that answers nothing.
      expect(last.reply, session).toMatch(/The Berlin Marathon 2027 is Sun Sep 26 - is that your race\?|Which day in September 2027/);
    }
  });

  it('when a swap is asked with an outing as its reason, the answer is about moving a day, not a trip', () => {
    const last = play([MARATHON_NEXT_SEPTEMBER, 'can i swap sat and sun this week? going to a wedding sunday']);
    expect(last.reply).toMatch(/move any day's workout/);
    expect(last.reply).not.toMatch(/trip/);
  });

  it('when a runner on a UK phone counts their week in miles, the plan is in miles and says their number back', () => {
    const last = play(['hi im tom, training for the manchester half on april 12', 'sub 1:45', 'i run about 20 miles a week']);
    expect(last.state.answers.units).toBe('imperial');
    expect(last.state.answers.race?.weeklyMileage).toBe(20);
    expect(last.reply).toMatch(/20 mi a week/);
    expect(last.reply).not.toMatch(/32\.2 km/);
  });

  it('when the week is said in km, a metric runner stays in km', () => {
    const last = play(['hi im tom, training for the manchester half on april 12', 'sub 1:45', 'about 35 km a week']);
    expect(last.state.answers.units).toBe('metric');
    expect(last.state.answers.race?.weeklyMileage).toBe(35);
  });

  it('when a trip is told, it is still noted as a trip', () => {
    const last = play([MARATHON_NEXT_SEPTEMBER, 'flying to denver tue-thu for work, hotel gym']);
    expect(last.reply).toMatch(/heads-up about the trip/);
  });
});
