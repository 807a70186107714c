/**
 * Days said as a range (onboard16's new clients): "3-4x a week" from a 60-year-old beginner starts at 3 and says
 * why (it was read as "4x a week": 4 days for someone who never trained).
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Tuesday 2026-12-01, 10:00 in New York. */
const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550123', 'America/New_York');
const play = (texts: string[]) => playOnboarding(ctx, texts);

describe('onboarding: a range of days', () => {
  it.each(['3-4x a week', '3 or 4', 'three or four days a week', 'prob 3-4 days'])('"%s" from a new 60-year-old starts at 3 and says why', (days) => {
    const { last } = play(["hi i'm linda, 60, want to get fitter", 'never really worked out', days]);
    expect(last.state.answers.trainingDays).toEqual([1, 3, 5]);
    expect(last.reply).toMatch(/You can train 3 days a week\. Say which days suit you, or I'll use Mon, Wed, Fri\. You said 3-4: as you're starting out, 3 days gives you rest between sessions; text '4 days' once 3 feel easy\./);
  });

  it('a short summary still says it; a long one keeps the kit and injuries over it (said already); naming 4 days drops it', () => {
    const short = ["hi i'm jo, want to get fitter", 'new', '3-4x a week', '30 min', 'full gym', 'none'];
    expect(play(short).last.reply).toMatch(/You said 3-4: as you're starting out/);
    const long = play(["hi i'm linda, 61, want to get stronger", 'never really worked out', '3-4x a week', 'about 30-40 minutes', 'I have a couple of light dumbells at home, 5 and 8 lbs, and a resistance band', 'my shoulder gets stiff']).last;
    expect(long.state.step).toBe('confirm');
    expect(long.reply).toMatch(/You have dumbbells \(5 and 8 lb\), bands/);
    expect(long.reply).toMatch(/I'll go easy on your shoulders/);
    const four = play([...short, '4 days']).last;
    expect(four.state.answers.trainingDays).toHaveLength(4);
    expect(four.reply).not.toMatch(/You said 3-4/);
  });

  it('someone training for years who says "3-4x a week" gets 4, as before', () => {
    const { last } = play(["hi i'm walt, want to get stronger", '2 years', '3-4x a week']);
    expect(last.state.answers.trainingDays).toHaveLength(4);
    expect(last.reply).not.toMatch(/You said/);
  });
});
