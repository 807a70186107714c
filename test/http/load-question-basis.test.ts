/**
 * "why is my … so light/heavy?" answered from the day's own load basis (the engine's LiftItem.oneRepMax, reason
 * and load note), through the signed webhook on Monday 2026-11-23 9:00 in New York.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { WITH_MAXES } from '../support/lifter-with-maxes.js';

const { say, onboarded } = smsSuite();

const HOME = { ...WITH_MAXES, answers: WITH_MAXES.answers.map(([q, a]) => [q, /where do you train/.test(q.source) ? 'home, dumbbells up to 50 and a bench' : a] as const) };

describe('a home lifter asking about a load their dumbbells cap', () => {
  it('"why is my db bench only 50" says the share of the max and that the heaviest dumbbells cap it (was the max alone: the cap sentence was cut at "50 lb")', async () => {
    const p = await onboarded(HOME);
    for (const text of ['why is my db bench only 50', 'why is my dumbbell bench press so light?', 'Why is DB bench so light']) {
      const reply = await say(p, text);
      expect(reply, text).toMatch(/^Today's dumbbell bench press: \dx[\d-]+ at 50 lb per dumbbell, stopping about \d reps? short of failure \(RIR \d\)\. That's about (\d+)% of your est\. max of (\d+) lb/);
      const [, pct, max] = /about (\d+)% of your est\. max of (\d+) lb/.exec(reply)!;
      expect(Math.abs(50 - (Number(max) * Number(pct)) / 100)).toBeLessThanOrEqual(1);
      expect(reply, text).toMatch(/ Capped at your heaviest 50 lb dumbbells: [\d-]+ reps/);
      expect(reply, text).not.toMatch(/Capped at\.|1RM/);
    }
  });

  it('"why is my bulgarian split squat only 40?" names the split squat\'s own est. max (it stands in for the goblet squat) and why (was no max at all)', async () => {
    const p = await onboarded(HOME);
    const reply = await say(p, 'why is my bulgarian split squat only 40?');
    expect(reply).toMatch(/^Today's Bulgarian split squat: \dx[\d-]+\/side at 40 lb per dumbbell, stopping about \d reps? short of failure \(RIR \d\)\. That's about \d+% of your est\. max of \d+ lb/);
    expect(reply).toMatch(/Bulgarian split squat in place of goblet squat: your heaviest 50 lb dumbbells are too light/);
  });
});
