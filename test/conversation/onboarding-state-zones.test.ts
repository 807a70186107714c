/** A US state named as home (onboard16's college athlete): "im in Ohio" at the summary sets Eastern time (was: "I didn't catch a change"). */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550123', 'America/New_York');
const SUMMARY = ["hi i'm marcus, want to get stronger", '3 years', 'mon tue thu fri', '75 min', 'full gym', 'none'];

describe('onboarding: a state named as home', () => {
  it.each([
    ['im in Ohio', 'America/New_York'],
    ["I'm in texas", 'America/Chicago'],
    ['colorado', 'America/Denver'],
    ['from michigan originally but live in denver now', 'America/Denver'],
  ])('"%s" sets %s', (text, zone) => {
    const { last } = playOnboarding(ctx, [...SUMMARY, text]);
    expect(last.state.answers.timezone).toBe(zone);
    expect(last.reply).not.toMatch(/I didn't catch a change/);
  });
});
