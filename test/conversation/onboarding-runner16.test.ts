/**
 * A marathoner asked to confirm their race's day tells a recent result instead: kept as the result, the race and
 * the question left as they were (found texting as a Chicago marathoner mid-onboarding).
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Wednesday 2026-12-02, 9am in New York. */
const CTX = onboardingContext(new Date('2026-12-02T14:00:00Z'), '+12125550111', 'America/New_York');
const play = (texts: string[]) => playOnboarding(CTX, texts);
const CHICAGO = 'hi, im sam. training for the chicago marathon next year';

describe('onboarding: a recent race told at the race-day question', () => {
  it('"half 1:52 in sept" is saved as the recent half and the race day asked once more, never a half in September asked forever', () => {
    for (const result of ['half 1:52 in sept', '10k 48:30 in october', '1:52 half in september']) {
      const { last } = play([CHICAGO, result]);
      expect(last.state.answers.race, result).toMatchObject({ distance: 'marathon', event: 'chicago', recentRace: { distance: result.includes('10k') ? '10k' : 'half' } });
      expect(last.state.answers.race?.month, result).toBeUndefined();
      expect(last.reply, result).toMatch(/^Got it\. Your recent (?:half marathon|10K) was [\d:]+\. The Chicago Marathon 2027 is Sun Oct 10 - is that your race\?/);
      const { last: next } = play([CHICAGO, result, 'yes']);
      expect(next.state.answers.race).toMatchObject({ distance: 'marathon', date: '2027-10-10' });
      expect(next.reply).toMatch(/^Goal time for the marathon\?/);
    }
  });
});
