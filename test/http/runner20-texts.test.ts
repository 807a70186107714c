/**
 * Texts from the twentieth session's runner: after-run achiness at onboarding, a clearance at the summary, a weekday
 * time limit, swapped and half runs, a bare morning clock, and the texts of a runner who writes paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS, type Persona } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York: the runner runs Mon, Wed, Fri and Sun.
const { say, onboarded, repliesTo, nyPhone } = smsSuite();

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

describe('a clearance told at the summary, before YES', () => {
  /** The runner answers every question with a red-flag knee, says `text` at the summary, then YES. */
  const clearedAtSummary = async (text: string) => {
    const persona = injured(RUNNER_ANSWERS, 'cant bend my knee without pain');
    const phone = nyPhone();
    let reply = await say(phone, 'hi');
    for (let turn = 0; turn < 25 && !/reply yes/i.test(reply); turn++) reply = await say(phone, persona.answers.find(([q]) => q.test(reply.split('\n').at(-1) ?? reply))![1]);
    const updated = await say(phone, text);
    await say(phone, 'yes');
    return { phone, updated };
  };

  it('"oh and my doc cleared my knee last week" drops the red flag and says so (was "I didn\'t catch a change")', async () => {
    const { phone, updated } = await clearedAtSummary('oh and my doc cleared my knee last week');
    expect(updated).toMatch(/^Updated: Noted: knee cleared by your doctor\. Nothing to change for that, but tell me if it starts to hurt\./);
    expect(updated).not.toMatch(/get it checked|go easy on your knee|didn't catch/);
    expect(await say(phone, 'can i run today?')).toMatch(/^Yes - today is a training day/);
  });

  it('"physio said im good to run now" clears it too, said as the physio', async () => {
    const { updated } = await clearedAtSummary('physio said im good to run now');
    expect(updated).toMatch(/^Updated: Noted: knee cleared by your physio\./);
    expect(updated).not.toMatch(/get it checked/);
  });
});

describe('a bare clock for the morning text', () => {
  /** The runner answers every question, then says `texts` at the summary; the replies to them. */
  const atSummary = async (...texts: string[]) => {
    const phone = nyPhone();
    let reply = await say(phone, 'hi');
    for (let turn = 0; turn < 25 && !/reply yes/i.test(reply); turn++) reply = await say(phone, RUNNER_ANSWERS.answers.find(([q]) => q.test(reply.split('\n').at(-1) ?? reply))![1]);
    const out: string[] = [];
    for (const t of texts) out.push(await say(phone, t));
    return out;
  };

  it('"5:30" could be am or pm: asked once, "am" then sets 5:30am (was set to 5:30am on a guess)', async () => {
    const [asked, updated] = await atSummary('5:30', 'am');
    expect(asked).toMatch(/5:30am or pm\?/);
    expect(updated).toMatch(/Your workout text comes at 5:30am Eastern time\./);
  });

  it('"5:30" then "evening" is 5:30pm', async () => {
    const [, updated] = await atSummary('5:30', 'evening');
    expect(updated).toMatch(/Your workout text comes at 5:30pm Eastern time\./);
  });

  it('"7:30" is the morning: no question', async () => {
    const [updated] = await atSummary('7:30');
    expect(updated).toMatch(/^Updated: Your workout text comes at 7:30am Eastern time\./);
  });
});

describe('half a run', () => {
  it('"only did half" on a run day logs half the planned distance (was "Easy run done", the whole run)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'only did half');
    expect(reply).not.toMatch(/Easy run done/);
    expect(reply).toBe('Logged today: run 2.3 mi (planned 4.5 mi).');
  });
});

describe('a swapped run', () => {
  it('"swapped tempo for easy today, ran 5 easy" logs an easy run (was "run 5 mi (tempo)")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'swapped tempo for easy today, ran 5 easy');
    expect(reply).toMatch(/^Logged today: run 5 mi \(easy\)/);
    expect(reply).not.toMatch(/tempo/);
  });
});
