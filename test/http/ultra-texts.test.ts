/**
 * A runner signs up for an ultra: "50k", "50 miler", "100k" are the race, and the plan is an ultra plan (long runs
 * by time on feet, walk breaks and fuelling), not a marathon one.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS } from '../support/web.js';
import type { Persona } from '../support/web.js';

const { say, onboarded, db } = smsSuite();

const ultraRunner = (race: string): Persona => ({
  ...RUNNER_ANSWERS,
  answers: RUNNER_ANSWERS.answers.map(([q, a]) => [q, /which race/.test(String(q)) ? race : /a week are you running/.test(String(q)) ? '35 mpw' : a] as [RegExp, string]),
});

describe('an ultra at onboarding', () => {
  for (const [race, km] of [['50k on may 2', 50], ['a 50 miler on may 2', 80.47], ['100k on may 2', 100], ['a 100 miler on may 2', 160.93], ['100 mile race may 2', 160.93]] as const) {
    it(`"${race}" is the race, planned as an ultra`, async () => {
      const phone = await onboarded(ultraRunner(race));
      const plans = await db().selectFrom('fitness_plans').selectAll().execute();
      const plan = plans.at(-1) as unknown as { request: unknown; outline: unknown };
      const text = JSON.stringify(plan);
      expect(text).toContain(`"customDistanceKm":${km}`);
      expect(text).toContain('"distanceClass":"ultra"');
      const week = await say(phone, 'this week');
      expect(week).not.toMatch(/marathon/i);
      // A 100 miler was stored, then failed the request schema (100 km cap) on every text: "something went wrong".
      expect(week).toMatch(/Easy run|Long run/);
    });
  }
});
