/**
 * Texts from the twentieth session's runner: after-run achiness at onboarding, a clearance at the summary, a weekday
 * time limit, swapped and half runs, a bare morning clock, and the texts of a runner who writes paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS, type Persona } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York: the runner runs Mon, Wed, Fri and Sun.
const { say, onboarded, repliesTo } = smsSuite();

/** The persona with its answer to the injuries question replaced. */
const injured = (p: Persona, answer: string): Persona => ({ ...p, answers: p.answers.map(([q, a]) => [q, /injur/.test(String(q)) ? answer : a]) });

describe('an ache after runs told at onboarding', () => {
  it('"no injuries, knees a bit achy after tho" is a note, the knee not spared for the plan (was "I\'ll go easy on your knee")', async () => {
    const phone = await onboarded(injured(RUNNER_ANSWERS, 'no injuries, knees a bit achy after tho'));
    const summary = (await repliesTo(phone)).at(-2)!;
    expect(summary).not.toMatch(/go easy on your knee/);
    expect(summary).toMatch(/Noted: knees a bit achy after\. Nothing to change for that, but tell me if it starts to hurt\./);
  });

  it('"hips get a bit tight after long runs" is a note too (was "I\'ll go easy on your hip")', async () => {
    const phone = await onboarded(injured(RUNNER_ANSWERS, 'hips get a bit tight after long runs'));
    const summary = (await repliesTo(phone)).at(-2)!;
    expect(summary).not.toMatch(/go easy on your hip/);
    expect(summary).toMatch(/Noted: hips get a bit tight after long runs\./);
  });

  it('a real injury ("torn meniscus last year, still hurts going downstairs") is still spared', async () => {
    const phone = await onboarded(injured(RUNNER_ANSWERS, 'torn meniscus last year, still hurts going downstairs'));
    const summary = (await repliesTo(phone)).at(-2)!;
    expect(summary).toMatch(/go easy on your knee/);
  });
});
