/**
 * A session told at the summary (onboard16's new clients): "did a run today, was ok" is a log, and its "ok" is no
 * yes to the plan (it started the plan).
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Tuesday 2026-12-01, 10:00 in New York. */
const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550123', 'America/New_York');
const SUMMARY = ["hi i'm ana, want to get stronger", '2 years', 'mon wed fri', '45 min', 'full gym', 'none'];

describe('onboarding: a session told at the summary', () => {
  it.each(['did a run today, was ok', 'went for a walk this morning, was fine', 'did a run today', 'just finished legs, felt pretty good'])('"%s" is noted and the summary still waits for YES', (text) => {
    const { last } = playOnboarding(ctx, [...SUMMARY, text]);
    expect(last.state.step).toBe('confirm');
    expect(last.profile).toBeUndefined();
    expect(last.reply).toMatch(/^Nice work - noted\. Once your plan starts, text me after each session/);
    expect(last.reply).toMatch(/Reply YES to start, or tell me what to change\.$/);
  });

  it('a yes after the log starts the plan; "did legs today, felt great. lets go" is both', () => {
    expect(playOnboarding(ctx, [...SUMMARY, 'did a run today, was ok', 'ok']).last.state.step).toBe('complete');
    expect(playOnboarding(ctx, [...SUMMARY, 'did legs today, felt great. lets go']).last.state.step).toBe('complete');
  });
});
