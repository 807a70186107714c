/**
 * Onboarding as runners texted it in session 19: a race named by its city alone, said unsure ("maybe chicago?").
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Thursday 2026-12-03, 9am in New York. */
const CTX = onboardingContext(new Date('2026-12-03T14:00:00Z'), '+12125550123', 'America/New_York');
const play = (texts: string[]) => playOnboarding(CTX, texts);
const ASKED = ['hi im ida', 'train for a race'];

describe('onboarding: a well-known race named by its city alone', () => {
  it('"maybe chicago?" at "Which race, and when?" is the Chicago Marathon, its usual day proposed (was "Let\'s finish setting up your plan first")', () => {
    const { last } = play([...ASKED, 'maybe chicago?']);
    expect(last.state.answers.race).toMatchObject({ distance: 'marathon', event: 'chicago' });
    expect(last.reply).toMatch(/The Chicago Marathon 2027 is Sun Oct 10 - is that your race\?/);
    expect(last.reply).not.toMatch(/finish setting up/);
  });

  it('"chicago" there is the race, not the time zone (was "Your workout text comes at 7:00am Central time" and the race asked again)', () => {
    const { last } = play([...ASKED, 'chicago', 'yes']);
    expect(last.state.answers.race).toMatchObject({ distance: 'marathon', date: '2027-10-10' });
    expect(last.state.answers.timezone).toBeUndefined();
    expect(last.reply).toMatch(/^Goal time for the marathon\?/);
  });

  it('"prob boston lol" is the Boston Marathon; "new york" the New York City Marathon', () => {
    expect(play([...ASKED, 'prob boston lol']).last.reply).toMatch(/The Boston Marathon 2027 is Mon Apr 19 - is that your race\?/);
    expect(play([...ASKED, 'new york']).last.reply).toMatch(/The New York City Marathon 2027 is Sun Nov 7/);
  });

  it('"chicago" at another question is still where the client lives', () => {
    const { last } = play([...ASKED, 'half marathon on may 2', 'none', 'none', '20 mpw', '2 years', 'mon wed fri sat', 'none', 'chicago']);
    expect(last.state.answers.timezone).toBe('America/Chicago');
    expect(last.state.answers.race).toMatchObject({ distance: 'half', date: '2027-05-02' });
  });
});

describe('onboarding: a well-known race\'s city in a paragraph', () => {
  it('"hey! im dana, training for a race, thinking maybe chicago? ive been running about 3 years" proposes the Chicago Marathon\'s day (was "Which race, and when?")', () => {
    const { last } = playOnboarding(CTX, ['hey! im dana, training for a race, thinking maybe chicago? ive been running about 3 years']);
    expect(last.state.answers.race).toMatchObject({ distance: 'marathon', event: 'chicago' });
    expect(last.state.answers.timezone).toBeUndefined();
    expect(last.reply).toMatch(/The Chicago Marathon 2027 is Sun Oct 10 - is that your race\?/);
  });

  it('"i live in chicago, want to get stronger" is still home, no race', () => {
    const { last } = playOnboarding(CTX, ['hey im dana, i live in chicago, want to get stronger']);
    expect(last.state.answers.race).toBeUndefined();
  });
});
