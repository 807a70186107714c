/**
 * Onboarding as six new clients wrote it (onboard12's sessions): "idk" to the name and at the summary, a question
 * asked beside an answer, a beginner who has not exercised since school, a first marathoner's "full", a half whose
 * date is not out yet, a 60-year-old coming back to lifting, and a nurse on rotating shifts from the UK.
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Wednesday 2026-12-02, 10:00 in Denver. */
const ctx = onboardingContext(new Date('2026-12-02T17:00:00Z'), '+13035550102', 'America/Denver');
const play = (texts: string[]) => playOnboarding(ctx, texts);
const uk = onboardingContext(new Date('2026-12-02T12:00:00Z'), '+447700900101', 'Europe/London');

const LIFTER = ['get stronger', '2 years', 'mon wed fri', '45 min', 'full gym', 'none', 'skip'];
const EXPERIENCE_ASKED = /How long have you (?:been )?(?:training|running|trained)/;

describe('onboarding: a name is optional', () => {
  it('when "idk" answers the name twice, it is asked once more as optional, then the questions go on without one', () => {
    const { turns, last } = play(['idk', 'idk', 'idk']);
    expect(turns[1]!.reply).toMatch(/or reply SKIP and we'll go on without one/);
    expect(last.state.step).toBe('goal');
    expect(last.reply).toMatch(/^No problem - we'll go without a name\. What's your main goal\?/);
  });

  it('when "skip" answers the name, the next question comes at once and the plan starts without a name', () => {
    const { turns, last } = play(['hi', 'skip', ...LIFTER, 'yes']);
    expect(turns[1]!.state.step).toBe('goal');
    expect(last.profile?.name).toBe('');
    expect(last.reply).toMatch(/^Let's go! Your first workout text arrives at 7:00am/);
  });

  it('when the name comes later after all ("oh im Jo"), it is kept', () => {
    const { last } = play(['idk', 'skip', "oh i'm Jo, want to get stronger"]);
    expect(last.state.answers).toMatchObject({ name: 'Jo', goal: 'strength' });
  });
});

describe('onboarding: at the summary', () => {
  it('when "idk" answers the summary, the client hears it is a fair start that changes any time, not "I didn\'t catch a change"', () => {
    const { last } = play(["hi i'm Jo", ...LIFTER, 'idk']);
    expect(last.state.step).toBe('confirm');
    expect(last.reply).toMatch(/^No worries - this is a sensible place to start, and nothing is fixed/);
    expect(last.reply).not.toMatch(/didn't catch/);
  });

  it('when "idk" answers the optional maxes, the summary says the weights start light', () => {
    const { turns, last } = play(["hi i'm lucy. 4 days a week, 45 min, home gym with dumbbells and a bench", 'want to build muscle, been lifting about a year', 'no injuries. 7am is good', 'idk']);
    expect(turns[2]!.state.step).toBe('maxes');
    expect(last.state.step).toBe('confirm');
    expect(last.reply).toMatch(/^No problem - I'll start light and set your weights from your first sessions\. Your goal is to build muscle/);
  });

  it('when "no make it mon wed fri" repeats the days already planned, it is said back, not "what should I change?"', () => {
    const { last } = play(["hi i'm Jo", ...LIFTER, 'no make it mon wed fri']);
    expect(last.reply).toMatch(/^That's what I have already/);
  });
});

describe('onboarding: a question beside an answer', () => {
  it('when "idk maybe 3? is 3 days enough?" answers the days, the days are kept and the question answered', () => {
    const { last } = play(["hi i'm Jo", 'get stronger', '2 years', 'idk maybe 3? is 3 days enough?']);
    expect(last.state.answers.trainingDays).toHaveLength(3);
    expect(last.reply).toMatch(/3 days a week is plenty to make real progress/);
    expect(last.state.step).toBe('duration');
  });
});

describe('onboarding: six new clients', () => {
  it('when a beginner "havent really done much exercise since school", the experience question is never asked', () => {
    const { turns, last } = play(['idk', 'Jo', 'havent really done much exercise since school', 'want to get fit', '3', '30 mins', 'just at home, no equipment', 'my knees a bit dodgy']);
    expect(turns[2]!.reply).toMatch(/You start as a beginner/);
    expect(turns.filter((t) => EXPERIENCE_ASKED.test(t.reply))).toHaveLength(0);
    expect(last.state.step).toBe('confirm');
    expect(last.reply).toMatch(/You train with bodyweight only/);
  });

  it('when a first marathoner is "doing my first full in may", the plan is a marathon in May and a full gym is no race', () => {
    const { turns, last } = play(['hey! doing my first full in may, the one in pittsburgh. been running about 3 years, halfs mostly', 'Priya', 'no date yet', 'dont have a goal time just want to finish', 'I also go to a full gym twice a week for full body stuff']);
    expect(turns[0]!.reply).toMatch(/training for a marathon/);
    expect(turns[1]!.reply).toMatch(/Which day in May 2027\?/);
    expect(last.state.answers.race).toMatchObject({ distance: 'marathon', date: '2027-05-09', targetDate: true, goalTime: null });
  });

  it('when the marathoner does not know the day in May ("no"), the day planned for is said, and "can i do 5 days?" later changes the days', () => {
    const { turns, last } = play(['hey! doing my first full in may. been running about 3 years', 'Priya', 'no', 'none', 'none', '25 miles a week', '4 days', 'can i do 5 days?']);
    expect(turns[2]!.reply).toMatch(/^Got it\. You're training for a marathon by May 9, 2027\. No race date yet, so that is your target day/);
    expect(last.state.answers.trainingDays).toHaveLength(5);
    // Five days from a count are proposed, not said as chosen ("Say which days suit you, or I'll use ...").
    expect(last.reply).toMatch(/^Got it\. You can train 5 days a week\. Say which days suit you, or I'll use .* Any injuries or limitations\?/);
  });

  it('when a runner wants "the brooklyn half" whose date is not announced, a target day is set and said as a stand-in', () => {
    const { turns } = play(['Marcus here. want to run the brooklyn half this year', 'not sure, they havent announced the date yet']);
    expect(turns[0]!.reply).toMatch(/^Hi Marcus! Got it\. You're training for a half marathon\. When is your half marathon\?/);
    expect(turns[1]!.reply).toMatch(/No race date yet, so that is your target day; send me the race date when you have it/);
  });

  it('when a 60-year-old lifted "through my 30s and 40s but stopped about 12 years ago", they start as intermediate and are not asked again', () => {
    const { turns } = play(['Hello. My name is Graham, I am 60 years old. I lifted weights seriously through my 30s and 40s but stopped about 12 years ago. I would like to get my strength back.', 'I have a gym membership with barbells and racks', 'Lower back can be stiff in the mornings', '3 days, about an hour', 'squat used to be 315 but no idea now']);
    expect(turns.at(-1)!.state.step).toBe('confirm');
    expect(turns.at(-1)!.state.answers.trainingAge).toBe('intermediate');
    expect(turns.filter((t) => EXPERIENCE_ASKED.test(t.reply))).toHaveLength(0);
  });

  it('when a UK nurse on changing shifts wants to "lose a stone" at "a gym near me", she is a lifter with a full gym, not a runner', () => {
    const { turns } = playOnboarding(uk, ['hiya im Kerry, nurse on rotating shifts so some weeks im on nights some weeks days, never the same two weeks running. want to lose a stone and get a bit stronger. theres a gym near me, 24 hour one'], 'metric');
    expect(turns[0]!.reply).toMatch(/^Hi Kerry! Got it\. Your goal is to lose fat and get stronger\. Your work days change each week.* You have a full gym\. How long have you been training\?/);
    expect(turns[0]!.reply).not.toMatch(/race|beginner/);
  });
});
