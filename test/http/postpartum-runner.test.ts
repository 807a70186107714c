/**
 * A runner who says "had my son 8 months ago" while setting up is told "we start lighter than before"
 * (answers/faq.ts postpartum); the plan keeps it: no tempo or interval days until she is cleared
 * (engine/adaptation/health.ts postpartum, applied from the onboarding note: coach.ts withKeptNotes).
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS, type Persona } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboardBySms, nyPhone } = smsSuite();
const QUALITY = /Tempo|Interval|Threshold|Race-pace|Marathon-pace/i;

const tenK = (goal: string): Persona => ({
  ...RUNNER_ANSWERS,
  answers: [[/main goal/i, goal], [/which race|when is your|what distance/i, '10k on dec 27'], [/a week are you running/i, '25 mpw'], [/which days/i, 'mon tue thu sat sun'], ...RUNNER_ANSWERS.answers],
});

describe('coach.withKeptNotes: a birth told at onboarding (postpartum)', () => {
  it('when a runner says "train for a 10k, had my son 8 months ago": her weeks have no tempo or interval days, each says why', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, tenK('train for a 10k, had my son 8 months ago'));
    const next = await say(phone, 'next week');
    expect(next).toMatch(/Long run/);
    expect(next).not.toMatch(QUALITY);
    const days = [await say(phone, 'tue 12/1'), await say(phone, 'thu 12/3')].join('\n');
    expect(days).toMatch(/Easy by feel .* with recent birth until your doctor clears harder running/);
  });

  it('without the birth told, the same runner has quality days (the change above is the birth\'s)', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, tenK('train for a 10k'));
    expect(await say(phone, 'next week')).toMatch(QUALITY);
  });
});
