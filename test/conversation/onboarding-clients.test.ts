/**
 * Onboarding conversations as real clients have them: non-answers ("yes", "💪💪") and questions mid-onboarding,
 * a trip told beside home answers, shift work and nights, and notes that must survive the summary's length.
 */
import { describe, expect, it } from 'vitest';
import { countSegments, isGsm7 } from '../../src/channels/sms-text.js';
import { startOnboarding, stepOnboarding, type OnboardingContext, type OnboardingProfile, type OnboardingState, type OnboardingTurn } from '../../src/conversation/onboarding/index.js';

/** Monday 2026-11-30, 10:00 in New York. */
const NOW = new Date('2026-11-30T15:00:00Z');

function ctx(overrides: Partial<OnboardingContext> = {}): OnboardingContext {
  return {
    now: NOW,
    phone: '+14155550123',
    phoneTimezone: 'America/Los_Angeles',
    defaultTimezone: 'America/New_York',
    // As long as the real engines' summary of a strength plan.
    summarize: (p: OnboardingProfile) => `Your plan: 15 weeks of ${p.trainingDays.length} days a week, in stretches of a few harder weeks followed by a lighter week to recover.`,
    ...overrides,
  };
}

/** Plays texts from the first one, the state stored as JSON between them; every reply GSM-7 and at most 4 segments. */
function play(texts: string[], c = ctx()): { turns: OnboardingTurn[]; last: OnboardingTurn } {
  let last = startOnboarding(c, texts[0] ?? '', { units: 'imperial' });
  const turns = [last];
  for (const text of texts.slice(1)) {
    last = stepOnboarding(JSON.parse(JSON.stringify(last.state)) as OnboardingState, text, c);
    turns.push(last);
  }
  for (const t of turns) {
    expect(isGsm7(t.reply), t.reply).toBe(true);
    expect(countSegments(t.reply).segments, t.reply).toBeLessThanOrEqual(4);
  }
  return { turns, last };
}

describe('onboarding clients', () => {
  describe('a trip told beside home answers', () => {
    it('when the first text gives home kit and days then a trip with "just a band", the home kit, days and minutes are kept and the trip is said back', () => {
      const { last } = play(["Hi I'm Ray, build muscle, 3 years, home gym with barbell, rack and dumbbells, 4 days, 60 min. Away for work dec 10-17, just a band"]);
      expect(last.state.answers.equipment).toEqual(['barbell', 'rack', 'dumbbell', 'bodyweight']);
      expect(last.state.answers.trainingDays).toHaveLength(4);
      expect(last.state.answers.sessionMinutes).toBe(60);
      expect(last.state.answers.notes).toHaveLength(1);
      expect(last.reply).toMatch(/trip/);
    });

    it('when the trip comes in a later text with its city and kit ("in Denver dec 10-17 for work, hotel, only a band"), home kit and time zone stay', () => {
      const { last } = play(["Hi I'm Ray", 'build muscle', '3 years', 'mon tue thu fri', '60 min', 'home gym with a barbell, rack and dumbbells', 'in Denver dec 10-17 for work, hotel, only a band']);
      expect(last.state.answers.equipment).toEqual(['barbell', 'rack', 'dumbbell', 'bodyweight']);
      expect(last.state.answers.timezone).toBeUndefined();
      expect(last.reply).toMatch(/trip/);
    });

    it('when the kit answer adds "going to Denver on the 10th for a week, just a band there", the band is the trip\'s, not home kit', () => {
      const { last } = play(["Hi I'm Ray", 'build muscle', '3 years', 'mon tue thu fri', '60 min', "home gym with a barbell, rack and dumbbells. I'm going to Denver on the 10th for a week, just a band there"]);
      expect(last.state.answers.equipment).toEqual(['barbell', 'rack', 'dumbbell', 'bodyweight']);
    });

    it('when a traveller trains in hotel gyms with no trip dates ("hotel gym"), that is their kit', () => {
      const { last } = play(["Hi I'm Kim", 'build muscle', '3 years', 'mon wed fri', '45 min', 'hotel gym']);
      expect(last.state.answers.equipment?.length).toBeGreaterThan(1);
      expect(last.state.answers.notes).toBeUndefined();
    });
  });
});
