import { describe, expect, it } from 'vitest';
import { countSegments, isGsm7 } from '../../src/channels/sms-text.js';
import {
  isConfirmation,
  SLOTS,
  startOnboarding,
  stepOnboarding,
  type OnboardingContext,
  type OnboardingProfile,
  type OnboardingState,
  type OnboardingTurn,
} from '../../src/conversation/onboarding/index.js';
import { profileToPlanRequest } from '../../src/conversation/plan-request.js';
import { buildPlanJson, type StrengthPlanJson } from '../../src/engine/program/plan-json.js';
import { equipmentFits, exerciseById } from '../../src/engine/strength/index.js';

/** Thursday 2026-11-12, 10:00 in New York. */
const NOW = new Date('2026-11-12T15:00:00Z');

/** Builder: a San Francisco number (its zone from the phone data) and a fake plan summary from "the engines". */
function onboardingCtx(overrides: Partial<OnboardingContext> = {}): OnboardingContext {
  return {
    now: NOW,
    phone: '+14155550123',
    phoneTimezone: 'America/Los_Angeles',
    defaultTimezone: 'America/New_York',
    summarize: (p: OnboardingProfile) => `Your plan: ${p.trainingDays.length} days a week for 12 weeks.`,
    ...overrides,
  };
}

interface Transcript {
  state: OnboardingState;
  replies: string[];
  last: OnboardingTurn;
  profile: OnboardingProfile | undefined;
  /** Texts it took from the first one to the confirmed profile (the first text included). */
  texts: number;
}

/**
 * Plays a conversation from its first text, storing the state as JSON between every message (as the flow
 * does), and checks every reply is GSM-7, at most 4 segments and never ends mid-word.
 */
function converse(messages: string[], ctx = onboardingCtx()): Transcript {
  let last = startOnboarding(ctx, messages[0] ?? '', { units: 'imperial' });
  let state = last.state;
  const replies = [last.reply];
  let profile: OnboardingProfile | undefined;
  let texts = 1;
  for (const text of messages.slice(1)) {
    if (profile) break;
    last = stepOnboarding(JSON.parse(JSON.stringify(state)) as OnboardingState, text, ctx);
    state = last.state;
    replies.push(last.reply);
    texts += 1;
    if (last.profile) profile = last.profile;
  }
  for (const r of replies) {
    expect(isGsm7(r), r).toBe(true);
    expect(countSegments(r).segments, r).toBeLessThanOrEqual(4);
    expect(r, 'a reply never ends cut mid-word').not.toMatch(/\.\.\.$/);
  }
  return { state, replies, last, profile, texts };
}

const PRIYA = "Hi, I'm Priya! \u{1F60A} I want to build muscle, 4 days a week, about an hour, my gym has machines and dumbbells, no barbell squat rack, I'm in Chicago";

describe('onboarding: a paragraph fills every slot it can', () => {
  it('when Priya texts her paragraph everything in it is kept and only the missing slots are asked', () => {
    const t = converse([PRIYA]);
    const a = t.state.answers;
    expect(a).toMatchObject({ name: 'Priya', goal: 'hypertrophy', sessionMinutes: 60, timezone: 'America/Chicago' });
    expect(a.trainingDays).toHaveLength(4);
    // "no barbell squat rack": machines and dumbbells (and the benches a gym with dumbbells has), no barbell, no rack.
    expect(a.equipment).toEqual(expect.arrayContaining(['machine', 'dumbbell']));
    expect(a.equipment).not.toContain('barbell');
    expect(a.equipment).not.toContain('rack');
    // The reply restates what was understood, so it can be corrected, and asks what is missing.
    expect(t.replies[0]).toMatch(/Priya/);
    expect(t.replies[0]).toMatch(/no barbell or rack/);
    expect(t.replies[0]).toMatch(/How long have you been training/);
  });

  it('when a lifter writes "60ish min" and a shoulder that is "cranky on overhead stuff", both are read and said back once', () => {
    const t = converse(['Heyy \u{1F44B} im dana, been lifting on and off like 2 yrs. want to build muscle. i can train mon wed fri sat, 60ish min, full gym. my right shoulder gets cranky on overhead stuff']);
    expect(t.state.answers).toMatchObject({ name: 'Dana', goal: 'hypertrophy', sessionMinutes: 60, limitations: ['overhead'] });
    // Only overhead work is spared (the bench stays), and the shoulder is named once, not "shoulders and shoulder …".
    expect(t.replies[0]).toMatch(/I'll go easy on your right shoulder with overhead work\./);
    expect(t.replies[0]).not.toMatch(/shoulders? and shoulder/);
    expect(t.replies[0]).not.toMatch(/How long can each session be/);
  });

  it('when Priya then answers three short questions the plan is confirmed (a paragraph plus at most three answers)', () => {
    const t = converse([PRIYA, 'Priya lol... been lifting about 2 years', 'no injuries', 'ok fine YES']);
    // Three short answers: experience (the maxes were offered in the same question), injuries, and the yes.
    expect(t.profile).toBeDefined();
    expect(t.texts - 1).toBeLessThanOrEqual(3);
    expect(t.profile).toMatchObject({ name: 'Priya', trainingAge: 'intermediate', limitations: [], timezone: 'America/Chicago', morningTime: '07:00' });
    // "Priya lol" never becomes the name "Priya Lol".
    expect(t.profile!.name).toBe('Priya');
  });

  it('when the summary is shown it is plain whole sentences that restate the answers, with no block jargon', () => {
    const t = converse([PRIYA, '2 years', 'no injuries']);
    const summary = t.replies.at(-1)!;
    expect(t.state.step).toBe('confirm');
    expect(summary).toMatch(/build muscle/);
    expect(summary).toMatch(/4 days a week/);
    expect(summary).toMatch(/No injuries\./);
    expect(summary).toMatch(/7:00am Central time/);
    expect(summary).not.toMatch(/mesocycle|accumulation|intensification|MEV|RIR/i);
    expect(summary).toMatch(/Reply YES/);
  });
});

describe('onboarding: answers, corrections and negations', () => {
  it('when a runner answers another question than the one asked the answer is kept and the question asked again', () => {
    const t = converse(['hey', 'Jo', 'training for a race', 'half marathon on march 15', 'about 20 miles a week']);
    expect(t.state.answers.race).toMatchObject({ distance: 'half', date: '2027-03-15', weeklyMileage: 20 });
    // The mileage was not taken as a training age, and the goal time is asked again.
    expect(t.state.answers.trainingAge).toBeUndefined();
    expect(t.state.step).toBe('race_goal_time');
    expect(t.replies.at(-1)).toMatch(/20 mi a week/);
  });

  it('when a new runner has no race booked ("my first 5k", "no date") a target day is set and said, not asked for ever', () => {
    const t = converse(['hi i want to run my first 5k, never really run before, 3 days a week', 'Jo', 'no date, just want to be able to run it']);
    // Thursday 11/12 + 9 weeks (the Couch to 5K length) = Thu 1/14/2027, then the Saturday after: 1/16.
    expect(t.state.answers.race).toMatchObject({ distance: '5k', date: '2027-01-16', targetDate: true });
    expect(t.state.step).not.toBe('race_event');
    // A race date sent later replaces the target.
    const booked = converse(['hi i want to run my first 5k, never really run before, 3 days a week', 'Jo', 'no race booked', 'actually my race is on march 14']);
    expect(booked.state.answers.race).toMatchObject({ distance: '5k', date: '2027-03-14' });
    expect(booked.state.answers.race?.targetDate).not.toBe(true);
  });

  it('when the summary shows a target day it says no race was booked', () => {
    const t = converse(['hi i want to run my first 5k, never run before, 3 days a week', 'Jo', 'none', 'none', 'none', 'no injuries', 'about 2 miles a week', 'none', 'none']);
    const summary = t.replies.join('\n');
    expect(summary, summary).toMatch(/training for a 5K by Jan 16, 2027 to finish strong\. No race date yet, so that is your target day/);
  });

  it('when "10k on march 14... ran a 27:30 5k... goal sub 55" arrives the race is the 10K, the 5K is the recent result', () => {
    const t = converse(['hi', 'Jo', '10k on march 14... ran a 27:30 5k last month... goal sub 55']);
    expect(t.state.answers.goal).toBe('race');
    expect(t.state.answers.race).toMatchObject({ distance: '10k', date: '2027-03-14', goalTime: '0:55:00', recentRace: { distance: '5k', time: '0:27:30' } });
  });

  it('when the client corrects the distance ("its a 10k not a 5k!") the race changes and the date stays', () => {
    const t = converse(['hi', 'Jo', '5k on march 14', 'its a 10k not a 5k!']);
    expect(t.state.answers.race).toMatchObject({ distance: '10k', date: '2027-03-14' });
  });

  // What changed leads the summary ("Updated: <the new fact>"), so a summary cut to fit never hides it; a change
  // the summary does not restate (a full gym less its pull-up bar) is still acknowledged.
  it.each([
    // "mon wed fri" is the question's own example, so 4 days is the usual spread for 4: proposed, not said as theirs.
    ['actually 4 days', (a: OnboardingState['answers']) => expect(a.trainingDays).toHaveLength(4), /^Updated: You can train 4 days a week, about 45 min each\. Say which days suit you, or I'll use Mon, Tue, Thu, Fri\./],
    ['I meant Denver', (a: OnboardingState['answers']) => expect(a.timezone).toBe('America/Denver'), /^Updated: Your workout text comes at 7:00am Mountain time\./],
    ['no pull-up bar', (a: OnboardingState['answers']) => expect(a.equipment).not.toContain('pullup_bar'), /^Updated\. /],
    ['send it at 6am', (a: OnboardingState['answers']) => expect(a.morningTime).toBe('06:00'), /^Updated: Your workout text comes at 6:00am /],
    ['bad knee actually', (a: OnboardingState['answers']) => expect(a.limitations).toEqual(['knee']), /^Updated: I'll go easy on your knee\./],
  ])('when "%s" comes at the summary that slot changes and the summary is shown again, the change first', (text, check, lead) => {
    const t = converse(['Sam here, want to get stronger, full gym, mon wed fri, 45 min', '3 years', 'none', 'skip', text]);
    check(t.state.answers);
    expect(t.state.step).toBe('confirm');
    expect(t.replies.at(-1)).toMatch(lead);
  });

  it('when the name question is answered with the schedule ("mornings before work") that phrase is not taken as the name', () => {
    const t = converse(['hey! i want to get my strength back', 'i can do mon wed fri, mornings before work, i have a squat rack and barbell in the garage', 'Maya']);
    expect(t.replies[0]).toMatch(/What's your name\?/);
    expect(t.replies[1]).not.toMatch(/Mornings|Before Work/);
    expect(t.replies[1]).toMatch(/^Got it\. You can train 3 days a week \(Mon, Wed, Fri\)\..*What's your name\?$/);
    expect(t.replies[2]).toMatch(/Maya/);
    expect(t.state.answers.trainingDays).toEqual([1, 3, 5]);
    // "but nothing serious" beside a lower back that gets cranky is not a name either.
    const back = converse(['hey! i want to get my strength back', 'my lower back gets cranky sometimes but nothing serious', 'Maya']);
    expect(back.replies[1]).toMatch(/^Got it\. I'll go easy on your lower back\. What's your name\?$/);
    expect(back.replies[2]).toMatch(/Maya/);
  });
  it('when the client names no injuries or no barbell these are read as negations', () => {
    const t = converse(["I'm Ana, lose fat, home gym but no barbell, no injuries, 3 days, 30 min"]);
    expect(t.state.answers.limitations).toEqual([]);
    expect(t.state.answers.equipment).not.toContain('barbell');
    expect(t.state.answers.goal).toBe('fat_loss');
  });

  it.each(['ok fine YES', 'yes!! lets go', 'sounds good \u{1F44D}', 'Yep, do it', 'YES'])('when the confirmation is "%s" it is a yes', (text) => {
    expect(isConfirmation(text)).toBe(true);
  });
  it.each(['yes but 3 days', 'no', 'wait', 'not yet'])('when the reply is "%s" it is not a yes', (text) => {
    expect(isConfirmation(text)).toBe(false);
  });
});

describe('onboarding: maxes for lifters', () => {
  it('when a lifter gives maxes and a hard set they land in the profile in the plan units', () => {
    const t = converse(['Sam here, get stronger, full gym, mon wed fri, 60 min, 3 years, no injuries', 'squat 225x5, bench max 185, deadlift 140kg', 'yes']);
    expect(t.profile?.lifts).toEqual({
      oneRepMaxes: { bench_press: 185, deadlift: 308.6 },
      recentSets: [{ exerciseId: 'back_squat', weight: 225, reps: 5 }],
    });
  });
  it('when a lifter on a US number gives every lift in kg the plan is in kg and the summary says so', () => {
    const t = converse(['Sam here, get stronger, full gym, mon wed fri, 60 min, 3 years, no injuries', 'squat 140kg x5, bench max 100 kg, deadlift 180kg']);
    expect(t.replies.at(-1)).toMatch(/from your back squat 140x5, bench press max 100 and deadlift max 180 kg\./);
    const done = converse(['Sam here, get stronger, full gym, mon wed fri, 60 min, 3 years, no injuries', 'squat 140kg x5, bench max 100 kg, deadlift 180kg', 'yes']);
    expect(done.profile?.units).toBe('metric');
    expect(done.profile?.lifts).toEqual({ oneRepMaxes: { bench_press: 100, deadlift: 180 }, recentSets: [{ exerciseId: 'back_squat', weight: 140, reps: 5 }] });
  });
  it('when a dumbbell-only lifter gives "rows 3x12 @ 40" it is their dumbbell row, a barbell number stays a barbell lift', () => {
    const t = converse(['Ana, build muscle, 2 years lifting, dumbbells only, tue thu sat, 45 min, no injuries', 'rows 3x12 @ 40, squat 245x5', 'yes']);
    // With a bench in the kit the library's first dumbbell row is the chest-supported one.
    expect(t.replies[1]).toMatch(/from your chest-supported dumbbell row 40x12 and back squat 245x5 lb/i);
    expect(t.replies[1]).not.toMatch(/barbell row/i);
    // 245 could not be one dumbbell: a barbell squat from before, which the engine rescales for her kit.
    expect(t.profile?.lifts?.recentSets.map((s) => s.exerciseId)).toEqual(['chest_supported_row', 'back_squat']);
    // Without a bench: the bent-over row with two dumbbells.
    const noBench = converse(['Ana, build muscle, 2 years lifting, dumbbells only, no bench, tue thu sat, 45 min, no injuries', 'rows 3x12 @ 40']);
    expect(noBench.replies[1]).toMatch(/from your bent-over dumbbell row 40x12 lb/i);
  });
  it('when a question names a kit item at the summary ("do I need a bench?") it is answered and the kit stays', () => {
    const t = converse(['Ana, build muscle, 2 years lifting, dumbbells and a bench, tue thu sat, 45 min, no injuries', 'skip', 'do I need a barbell?', 'should i buy a rack', 'yes']);
    // "a bench, tue thu sat, 45 min": a bench in the kit and a session length, not a 45 lb bench max.
    expect(t.replies[0]).toMatch(/You have a bench, dumbbells/);
    expect(t.replies.join(' ')).not.toMatch(/bench press max/);
    expect(t.replies[2]).toMatch(/^No - your plan only uses the kit you have/);
    expect(t.replies[2]).toMatch(/Reply YES to start/);
    expect(t.replies[3]).toMatch(/^No - your plan only uses the kit you have/);
    expect([...t.profile!.equipment].sort()).toEqual(['bench', 'bodyweight', 'dumbbell']);
  });
  it.each([
    ['diastasis recti'],
    ['c-section 8 months ago and some ab separation'],
    ['pelvic floor issues since my second baby'],
  ])('when a lifter names "%s" it is a limitation: no crunches, leg raises, front planks or jumps in the plan', (said) => {
    const t = converse([`Jen, get stronger, 1 year lifting, full gym, mon wed fri, 45 min. ${said}`, 'skip', 'yes']);
    expect(t.replies[0]).toMatch(/I'll go easy on your abdominal wall\./);
    expect(t.profile?.limitations).toEqual(['abdominal']);
    const json = buildPlanJson(profileToPlanRequest(t.profile!, '2026-11-16')) as StrengthPlanJson;
    const ids = new Set(json.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises.map((e) => e.exerciseId))));
    for (const spared of ['plank', 'hollow_hold', 'cable_crunch', 'hanging_knee_raise', 'reverse_crunch', 'box_jump', 'jump_squat', 'broad_jump']) expect(ids.has(spared), spared).toBe(false);
    // The core is still trained, in the ways a midline tolerates.
    expect([...ids].some((id) => ['dead_bug', 'bird_dog', 'pallof_press', 'side_plank'].includes(id))).toBe(true);
  });
  it('when the kit is "dumbbells up to 50 lb" it is dumbbells to 50, not a 50 lb dumbbell press max', () => {
    const t = converse(['Dave, get stronger, 5 years lifting. home: dumbbells up to 50 lb, pull-up bar, no bench. mon wed fri 60 min. no injuries']);
    expect(t.replies[0]).toMatch(/You have dumbbells up to 50 lb, a pull-up bar \(no barbell, rack or bench\)\./);
    expect(t.replies[0]).not.toMatch(/shoulder press/);
  });
  it('when a lifter skips the maxes question the plan still starts', () => {
    const t = converse(['Sam here, get stronger, full gym, mon wed fri, 60 min, 3 years, no injuries', 'skip', 'yes']);
    expect(t.profile?.lifts).toBeNull();
  });
  it('when a returning lifter read as under a year sends lifts after the summary they are kept and said back', () => {
    const t = converse([
      'yo im rick, lifted in college, back at it ~8 months. goal is get stronger. mon wed fri, 60 min. full gym. no injuries. denver 6am',
      'oh and squat 245x5, deadlift 315x3',
      'yes',
    ]);
    // A beginner is not asked for maxes (the first reply is already the summary), but numbers given are read.
    expect(t.replies[0]).not.toMatch(/maxes/);
    expect(t.replies[1]).toMatch(/Updated/);
    expect(t.replies[1]).toMatch(/back squat 245x5 and deadlift 315x3 lb/);
    expect(t.profile?.lifts?.recentSets).toEqual([
      { exerciseId: 'back_squat', weight: 245, reps: 5 },
      { exerciseId: 'deadlift', weight: 315, reps: 3 },
    ]);
    // The numbers shape the first loads: 245x5 at RIR 1 -> Epley 245 x (1 + 6/30) = 294 lb; the first squat is 73% of it.
    const json = buildPlanJson(profileToPlanRequest(t.profile!, '2026-11-16')) as StrengthPlanJson;
    const squat = json.weeks[0]!.days.flatMap((d) => d.exercises).find((e) => e.exerciseId === 'back_squat');
    expect(squat?.rationale).toMatch(/294 lb 1RM/);
  });
  it('when a lifter gives numbers from before a break ("used to squat 185 before the baby") the first loads come from 85% of them, said so', () => {
    const t = converse([
      'Maya. i want to get my strength back, 5 years lifting before the baby, nothing since. mon wed fri 45 min, barbell rack and dumbbells in the garage, no injuries, denver 6am. i used to squat like 185 and deadlift 225x5 back in the day but bench 95x8 now',
      'yes',
    ]);
    // 185 x 0.85 = 157.25 -> 155 (to a 5 lb plate); 225 x 0.85 = 191.25 -> 190. The bench is what she lifts now.
    expect(t.replies[0]).toMatch(/from your deadlift 190x5, bench press 95x8 and back squat max 155 lb \(85% of the 185 back squat and 225 deadlift you used to do, since it's been a while\)\./);
    expect(t.profile?.lifts?.oneRepMaxes).toEqual({ back_squat: 155 });
    expect(t.profile?.lifts?.recentSets).toEqual([
      { exerciseId: 'deadlift', weight: 190, reps: 5 },
      { exerciseId: 'bench_press', weight: 95, reps: 8 },
    ]);
    // Five years, then a long break: planned as an intermediate, not an advanced lifter.
    expect(t.replies[0]).toMatch(/You've been training for a while/);
    expect(t.profile?.trainingAge).toBe('intermediate');
  });
  it('when a lifter with years of training gives current maxes nothing is discounted and they stay advanced', () => {
    const t = converse(['Sam here, get stronger, full gym, mon wed fri, 60 min, 6 years, no injuries', 'squat max 315, bench 225x5', 'yes']);
    expect(t.profile?.trainingAge).toBe('advanced');
    expect(t.profile?.lifts).toEqual({ oneRepMaxes: { back_squat: 315 }, recentSets: [{ exerciseId: 'bench_press', weight: 225, reps: 5 }] });
  });
  it('when a new lifter puts maxes in the first paragraph they are kept, in words like "for 5" and "a single"', () => {
    const t = converse(['hey its dana, new to real programming (~6 months). want to build muscle, tue thu sat, 45 min, full gym, no injuries. my bench is 155 for 5 and my deadlift is 275 for a single', 'yes']);
    expect(t.replies[0]).toMatch(/bench press 155x5/);
    expect(t.profile?.trainingAge).toBe('beginner');
    expect(t.profile?.lifts).toEqual({ oneRepMaxes: { deadlift: 275 }, recentSets: [{ exerciseId: 'bench_press', weight: 155, reps: 5 }] });
  });
  it('when a beginner gives no numbers the maxes question is still not asked', () => {
    const t = converse(['Lee, total beginner, want general fitness, mon wed fri, 30 min, dumbbells at home, no injuries', 'yes']);
    expect(t.replies.join('\n')).not.toMatch(/maxes|hard set/);
    expect(t.replies.at(-1), t.replies.join('\n')).toMatch(/Let's go, Lee/);
    expect(t.profile?.lifts).toBeNull();
  });
  it('when a runner onboards there is no maxes, equipment or session-length question', () => {
    const asked = converse(['hi', 'Jo', '10k on march 14, never raced, goal just finish', '15 miles a week', 'new', 'mon wed sat', 'none']).replies.join('\n');
    expect(asked).not.toMatch(/maxes|Where do you train|How long can each session/);
  });
});

describe('onboarding: the morning time said in words', () => {
  const SAM = 'im sam, 3 years lifting, get stronger, mon wed fri, 60 min, full gym, no injuries, skip the maxes';
  it.each([
    [`${SAM}, texts at quarter to six`, '05:45', '5:45am'],
    [`${SAM}. send it around six thirty pls`, '06:30', '6:30am'],
    [`${SAM}. i wake up at half past 5`, '05:30', '5:30am'],
  ])('when the first paragraph says "%s" the texts come then', (text, time, said) => {
    const t = converse([text]);
    expect(t.state.answers.morningTime).toBe(time);
    expect(t.replies[0]).toContain(`workout text comes at ${said}`);
  });
  it.each([
    ['quarter to six', '05:45', /^Updated: Your workout text comes at 5:45am /],
    ['before work at 6:15', '06:15', /^Updated: Your workout text comes at 6:15am /],
    // 7:00 is the default the summary already said: nothing new to lead with.
    ['around 7ish', '07:00', /workout text comes at 7:00am /],
    ['noon', '12:00', /^Updated: Your workout text comes at 12:00pm /],
    ['actually text me at 5:30 instead', '05:30', /^Updated: Your workout text comes at 5:30am /],
  ])('when "%s" is sent at the summary the time changes and the summary says it first', (text, time, said) => {
    // The paragraph leaves only the optional maxes question: skipped, then the summary.
    const t = converse([SAM, 'skip', text]);
    expect(t.replies[1]).toMatch(/^Your goal/);
    expect(t.state.answers.morningTime).toBe(time);
    expect(t.replies[2]).toMatch(said);
  });
  it('when a bare "3" is sent at the summary it is not read as 3am', () => {
    const t = converse([SAM, 'skip', '3']);
    expect(t.state.answers.morningTime).toBeUndefined();
  });
});

describe('onboarding: the question table', () => {
  it('when a slot is added it is one row: every row has a question, readers and a condition', () => {
    for (const row of SLOTS) {
      expect(typeof row.question({}, onboardingCtx())).toBe('string');
      expect(typeof row.explicit).toBe('function');
      expect(typeof row.bare).toBe('function');
    }
  });
  it('when the client names the city their phone already placed them in, the reply says that is what it has', () => {
    const t = converse(['Sam here, get stronger, full gym, mon wed fri, 60 min, 3 years, no injuries', 'san francisco']);
    expect(t.replies[1]).toMatch(/^That's what I have: your workout text comes at 7:00am Pacific time\./);
    expect(t.replies[1]).not.toMatch(/^Yes/);
  });

  it('when the phone gives no zone and none was named the time zone is asked', () => {
    const t = converse(['Sam here, get stronger, full gym, mon wed fri, 60 min, 3 years, no injuries', 'skip'], onboardingCtx({ phoneTimezone: null }));
    expect(t.state.step).toBe('timezone');
    const next = stepOnboarding(t.state, 'pacific', onboardingCtx({ phoneTimezone: null }));
    expect(next.state.answers.timezone).toBe('America/Los_Angeles');
  });
  it('when "back" is sent it returns to the previous question', () => {
    const t = converse(['hi', 'Sam', 'get stronger', 'back']);
    expect(t.state.step).toBe('goal');
  });
  it('when an answer does not parse it re-asks precisely and stays on the question', () => {
    const t = converse(['hi', 'Sam', 'get stronger', 'purple']);
    expect(t.state.step).toBe('experience');
    expect(t.replies.at(-1)).toMatch(/6 months|3 years/);
  });
  it('when the race is under 8 days away it says how to run race week and asks for a later one, keeping the distance', () => {
    const t = converse(['hi', 'Jo', 'half marathon on nov 16']);
    expect(t.replies.at(-1)).toMatch(/only 4 days away - that's race week.*rest the day before.*Is there a later race/);
    expect(t.state.answers.race).toMatchObject({ distance: 'half' });
    expect(t.state.answers.race?.date).toBeUndefined();
  });
  it('when stored state is corrupt it starts over instead of crashing', () => {
    const turn = stepOnboarding({ step: 'nonsense' } as unknown as OnboardingState, 'hi', onboardingCtx());
    expect(turn.reply).toMatch(/start again/);
  });
  it('when the engines return a very long summary whole sentences are dropped and the YES prompt kept', () => {
    const long = onboardingCtx({ summarize: () => 'This plan is long. '.repeat(60) });
    const t = converse(['Sam here, get stronger, full gym, mon wed fri, 60 min, 3 years, no injuries', 'skip'], long);
    expect(t.replies.at(-1)).toMatch(/Reply YES/);
  });
});

/** Sunday 2026-11-29, noon in Chicago: the day Lena onboarded. */
const NOV_29 = onboardingCtx({ now: new Date('2026-11-29T18:00:00Z'), phone: '+13125550100', phoneTimezone: 'America/Chicago' });
const LENA = 'Hi, Im Lena. training for the chicago marathon next october, did a half in 1:52 in september. running about 25 miles a week, 4 days, i can do 5 tops. long runs on saturday';

describe('onboarding: race day from a month, a well-known race or a weekday rule', () => {
  it('when a well-known race is named with its month the date is proposed once, and YES takes it', () => {
    const t = converse([LENA], NOV_29);
    // Oct 1, 2027 is a Friday: Sundays are the 3rd and 10th, so the second Sunday (Chicago's rule) is Oct 10.
    expect(t.replies[0]).toMatch(/The Chicago Marathon 2027 is Sun Oct 10 - is that your race\? \(YES or a different date\)/);
    // One question, not two glued: no "has already passed" and no second "When is".
    expect(t.replies[0]).not.toMatch(/already passed|When is your/);
    const yes = converse([LENA, 'no injuries. im in chicago', 'yes'], NOV_29);
    expect(yes.state.answers.race).toMatchObject({ distance: 'marathon', date: '2027-10-10' });
    expect(yes.state.step).toBe('race_goal_time');
  });

  it('when a different date is given for a proposed race that date is kept', () => {
    const t = converse([LENA, 'no, its oct 17'], NOV_29);
    expect(t.state.answers.race?.date).toBe('2027-10-17');
  });

  it.each([
    ['the philly half is nov 22 next year lol jk its in april actually, april 19, goal 1:45', '2027-04-19'],
    ['training for a half on may 3, sorry i mean may 10, goal 1:45', '2027-05-10'],
    ['half marathon on march 8 no wait march 15, goal 1:45', '2027-03-15'],
  ])('when a race date is corrected inside the same text ("%s") the corrected date is the race day', (text, date) => {
    const t = converse([`Leo here. ${text}`]);
    expect(t.state.answers.race?.date).toBe(date);
    expect(t.state.answers.race?.goalTime).toBe('1:45:00');
    const [y, m, d] = date.split('-').map(Number);
    const said = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    expect(t.replies[0]).toContain(`half marathon on ${said}`);
  });
  it.each([
    ['the philly half is in april, april 19, goal 1:45'],
    ['running the chicago marathon in october, goal 3:30'],
    ['doing the boston 10k in may, goal 45 min'],
  ])('when the race carries a city\'s name ("%s") the client\'s zone stays their phone\'s', (text) => {
    // A Los Angeles number: the race's city is not where the texts should come.
    const t = converse([`Leo here. ${text}`]);
    expect(t.state.answers.timezone).toBeUndefined();
  });
  it('when a month is named and its day follows in the next clause ("its in april, april 19") the day is kept, not asked', () => {
    const t = converse(['Leo here, half marathon goal 1:45. its in april actually, april 19']);
    expect(t.state.answers.race?.date).toBe('2027-04-19');
    expect(t.replies[0]).not.toMatch(/Which day/);
  });
  it('when a month is named without a day only the day is asked and "the 10th", "10" or "oct 10" completes it', () => {
    for (const day of ['the 10th', '10', 'oct 10', 'October 10th']) {
      const t = converse(['hi im Ana, training for a marathon in october', day], NOV_29);
      // Said on Nov 29, 2026: October this year is over, so October 2027.
      expect(t.replies[0]).toMatch(/Which day in October 2027\?/);
      expect(t.state.answers.race?.date, day).toBe('2027-10-10');
    }
  });

  it('when a month and year are named the year is kept', () => {
    const t = converse(['hi im Ana, half marathon march 2028'], NOV_29);
    expect(t.replies[0]).toMatch(/Which day in March 2028\?/);
  });

  it('when "the 2nd sunday in april" is given it is the next such Sunday', () => {
    const t = converse(['hi im Ben, training for a half, its the 2nd sunday in april'], NOV_29);
    // April 1, 2027 is a Thursday: Sundays fall on the 4th and the 11th.
    expect(t.state.answers.race).toMatchObject({ distance: 'half', date: '2027-04-11' });
  });

  it('when a past month-day is said without a year it is next year\'s race, said back with the year', () => {
    const t = converse(['hi im Ana, training for a 10k', 'oct 5'], NOV_29);
    expect(t.state.answers.race?.date).toBe('2027-10-05');
  });

  it('when the distance is known a yes at the date question keeps the race and asks only for the date', () => {
    const t = converse(['hi im Jo, training for a marathon', 'yes'], NOV_29);
    expect(t.state.answers.race?.distance).toBe('marathon');
    expect(t.replies.at(-1)).toMatch(/what date is your marathon\?/);
    expect(t.replies.at(-1)).not.toMatch(/didn't catch the race/);
  });

  it('when the date question misses twice a way out is offered, and NO DATE takes it', () => {
    const t = converse(['hi im Jo, training for a marathon', 'yes', 'hmm'], NOV_29);
    expect(t.replies.at(-1)).toMatch(/Reply NO DATE/);
    const out = converse(['hi im Jo, training for a marathon', 'yes', 'hmm', 'no date'], NOV_29);
    expect(out.state.answers.race).toMatchObject({ distance: 'marathon', targetDate: true });
    expect(out.state.step).not.toBe('race_event');
  });
});

describe('onboarding: injuries restated in the client\'s words', () => {
  it.each([
    ['my shins are kinda achy after that run', /your shins\./, 'ankle'],
    ['bad calf', /your calves\./, 'ankle'],
    ['IT band issues', /your IT band\./, 'knee'],
    ['achilles tendinitis', /your achilles\./, 'ankle'],
    ['plantar fasciitis', /your foot\./, 'ankle'],
    ['my hip flexor hurts', /your hip flexors\./, 'hip'],
    ['bad knee', /your knee\./, 'knee'],
  ])('when "%s" is the injury it is restated as that area, not another joint', (text, said, spared) => {
    const t = converse([LENA, 'yes', text], NOV_29);
    expect(t.replies.at(-1)).toMatch(said);
    // The library spares what loads that area; that is not what the client is told.
    expect(t.state.answers.limitations).toEqual([spared]);
  });
});

describe('onboarding: reports and one-off questions are not answers', () => {
  it.each([
    ['ugh sick with a cold, no running till friday', /sick/],
    ['got the flu, taking the week off', /sick/],
    ['i have a wedding saturday, can i move my long run to sunday?', /move any day/],
    ['can i swap tuesday for wednesday this week?', /move any day/],
  ])('when "%s" comes mid-onboarding no slot changes, it is said back briefly and the open question asked again', (text, said) => {
    const before = converse([LENA, 'yes'], NOV_29);
    const t = converse([LENA, 'yes', text], NOV_29);
    // Mileage (25) and days (4) from the first text stay as they were.
    expect(t.state.answers.race?.weeklyMileage).toBe(25);
    expect(t.state.answers.trainingDays).toEqual(before.state.answers.trainingDays);
    expect(t.state.step).toBe(before.state.step);
    expect(t.replies.at(-1)).toMatch(said);
    expect(t.replies.at(-1)).toMatch(/Goal time for the marathon\?/);
    // Not a miss: no "still not getting it", no model call (retries do not grow).
    expect(t.state.retries).toBe(0);
  });

  it.each(['this week', 'tmrw?', "what's my schedule look like"])(
    'when "%s" comes after misses it is told the plan comes first, not "still not getting it"',
    (text) => {
      const t = converse([LENA, 'yes', 'yes', 'k', text], NOV_29);
      expect(t.replies.at(-1)).toMatch(/finish setting up your plan first/);
      expect(t.replies.at(-1)).not.toMatch(/still not getting it/);
    },
  );

  it.each(['none, just want to run it strong', "nah, not chasing a time. it's my first"])(
    'when the goal time is declined in a sentence ("%s") it is no goal and the summary comes',
    (text) => {
      const t = converse([LENA, 'yes', text], NOV_29);
      expect(t.state.answers.race?.goalTime).toBeNull();
      expect(t.replies.at(-1)).not.toMatch(/Goal time/);
    },
  );

  it.each(['no injuries but my hips get stiff', 'nothing serious, just a stiff lower back in the mornings'])(
    'when the injury answer "%s" says no and then names an area, the area is kept and said back',
    (text) => {
      const t = converse(['Hello, my name is Margaret, training for a 5k fun run on march 21, I walk 3 miles most days, tue thu sat', text], NOV_29);
      expect(t.state.answers.limitations?.length).toBe(1);
      expect(t.replies.at(-1)).toMatch(/go easy on your (hips|lower back)/);
    },
  );

  it.each(["I'm 58 and haven't really run before", "i'm new to running", 'never run before lol'])(
    'when a new runner says "%s" no recent race result is asked',
    (said) => {
      const t = converse([`Hi, I'm Margaret, training for a 5k fun run on March 21. ${said}. I walk 3 miles most days. tue thu sat`], NOV_29);
      expect(t.state.answers.race?.recentRace).toBeNull();
      expect(t.replies[0]).not.toMatch(/recent race result/);
      // Nothing run a week yet: the 3 walking miles a day are not running mileage, and it is not asked.
      expect(t.state.answers.race?.weeklyMileage).toBe(0);
      expect(t.replies[0]).not.toMatch(/miles a week are you running/);
      expect(t.replies[0]).toMatch(/You're not running yet/);
      expect(t.state.answers.trainingAge).toBe('beginner');
      // Not asked a session length: a couch-to-5K run/walk session is 30 minutes, not an hour.
      const done = converse([`Hi, I'm Margaret, training for a 5k fun run on March 21. ${said}. I walk 3 miles most days. tue thu sat`, 'no injuries', 'yes'], NOV_29);
      expect(done.profile?.sessionMinutes).toBe(30);
    },
  );

  it.each(['ran 8k at 5:50 this morning, legs felt good', 'did 5 miles at 9:10 yesterday morning', 'ran 6 mi at 8:45'])(
    'when a run with its pace comes mid-onboarding ("%s") the pace is not the morning text time',
    (text) => {
      const t = converse(['hi im Jo, training for a 5k on may 2, about 10 mi a week, 3 days', text], NOV_29);
      expect(t.state.answers.morningTime).toBeUndefined();
      expect(t.replies.at(-1)).not.toMatch(/workout text comes at/);
    },
  );

  it.each(['race got moved to the 15th', 'my race is actually on the 15th', 'oh wait the race is the 15th'])(
    'when the race day is corrected to a bare day of the month ("%s") it is that day of the race\'s month',
    (text) => {
      const t = converse(["G'day, Mia here. training for the london half on march 8, ran a 1:58 half last spring, about 30k a week, 4 days a week. no injuries", text], NOV_29);
      expect(t.state.answers.race?.date).toBe('2027-03-15');
    },
  );

  it('when the race is a "fun run" no goal time is asked', () => {
    const t = converse(["Hi, I'm Margaret, my daughter signed me up for a 5k fun run on March 21, I walk 3 miles most days, tue thu sat"], NOV_29);
    expect(t.state.answers.race?.goalTime).toBeNull();
    expect(t.replies[0]).not.toMatch(/Goal time/);
  });

  it('when a 5K goal time is not understood the examples are 5K times, not a half marathon\'s', () => {
    const t = converse(['hi im Jo, training for a 5k on may 2, about 10 mi a week, 3 days', 'yes please'], NOV_29);
    // "yes please" says there is a goal: its time is asked for, with a 5K's examples.
    expect(t.replies.at(-1)).toMatch(/what time are you aiming for in the 5K\? e\.g\. 'sub 25' or '24:30'/);
    expect(converse(['hi im Jo, training for a 5k on may 2, about 10 mi a week, 3 days', 'fast'], NOV_29).replies.at(-1)).toMatch(/I didn't catch a goal time - try 'sub 25' or '24:30'/);
  });

  it('when a runner says they are not running at all the mileage is still 0', () => {
    const t = converse(['hi im Jo, training for a 5k on may 2', "i'm not running at all"], NOV_29);
    expect(t.state.answers.race?.weeklyMileage).toBe(0);
  });

  it('when an aside comes at the summary nothing changes and YES is still asked for', () => {
    const t = converse(['Sam here, get stronger, full gym, mon wed fri, 60 min, 3 years, no injuries', 'skip', 'can i move friday to saturday this week?']);
    expect(t.state.step).toBe('confirm');
    expect(t.state.answers.trainingDays).toEqual([1, 3, 5]);
    expect(t.replies.at(-1)).toMatch(/Reply YES/);
  });
});

describe('onboarding: a greeting is not a name', () => {
  it.each([
    ["G'day, Mia here", 'Mia'],
    ['G\u2019day mate, Mia here, training for a 10k', 'Mia'],
    ["Hey there, it's Tom", 'Tom'],
    ['Howdy! Sam', 'Sam'],
    ['Good morning. Ana', 'Ana'],
    ['Hiroshi. training for a 10k on may 2', 'Hiroshi'],
  ])('when the first text is "%s" the name is %s', (text, name) => {
    expect(converse([text], NOV_29).state.answers.name).toBe(name);
  });

  it('when the name question is answered "Howdy, Sam" or the first text is only "Howdy!" the greeting is never the name', () => {
    expect(converse(['Howdy!'], NOV_29).state.answers.name).toBeUndefined();
    expect(converse(['hello', 'Howdy, Sam'], NOV_29).state.answers.name).toBe('Sam');
    expect(converse(['hello', "g'day"], NOV_29).state.answers.name).toBeUndefined();
  });
});

describe('onboarding: a best time as the recent result', () => {
  it('when "my 5k pb is 23:40" comes with the race it is the recent result, not the goal', () => {
    const t = converse(['hi im Jo, training for a half on may 2, my 5k pb is 23:40'], NOV_29);
    expect(t.state.answers.race).toMatchObject({ distance: 'half', recentRace: { distance: '5k', time: '0:23:40' } });
    expect(t.state.answers.race?.goalTime).toBeUndefined();
  });

  it('when "half pr 1:48" comes later it is the recent result in hours', () => {
    const t = converse(['hi im Jo, training for a marathon on may 2', 'half pr 1:48'], NOV_29);
    expect(t.state.answers.race).toMatchObject({ distance: 'marathon', recentRace: { distance: 'half', time: '1:48:00' } });
    expect(t.state.answers.race?.goalTime).toBeUndefined();
  });

  it('when "sub-25 5k" answers after the goal is known it is a 25:00 5K result', () => {
    const t = converse(['hi im Jo, training for a half on may 2, no goal time, just finish', 'sub-25 5k'], NOV_29);
    expect(t.state.answers.race).toMatchObject({ goalTime: null, recentRace: { distance: '5k', time: '0:25:00' } });
  });

  it('when "ran a sub 50 10k" comes for a 10K with no goal yet it is still a result', () => {
    const t = converse(['hi im Jo, training for a 10k on may 2', 'ran a sub 50 10k last month'], NOV_29);
    expect(t.state.answers.race).toMatchObject({ recentRace: { distance: '10k', time: '0:50:00' } });
    expect(t.state.answers.race?.goalTime).toBeUndefined();
  });
});

describe('onboarding: a runner\'s bare day count', () => {
  it.each([
    ['3 days a week', [2, 4, 6]], // Tue Thu Sat
    ['i can run 4 times a week', [2, 3, 5, 7]], // Tue Wed Fri Sun
    ['5 days a week', [2, 3, 4, 6, 7]], // Tue Wed Thu Sat Sun, not Mon-Fri
    ['6x a week', [1, 2, 3, 4, 6, 7]], // rest Friday before the weekend
  ])('when a runner says "%s" the days end on the weekend, for the long run', (days, expected) => {
    const t = converse([`hi im Jo, training for a half on may 2, ${days}`], NOV_29);
    expect(t.state.answers.trainingDays).toEqual(expected);
  });

  it('when a lifter says "5 days a week" the days keep the weekdays spread', () => {
    const t = converse(['Sam here, get stronger, full gym, 5 days a week, 60 min'], NOV_29);
    expect(t.state.answers.trainingDays).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('onboarding: a day count with the long-run day', () => {
  it('when "4 days… long runs on saturday" is said the 4 days include Saturday', () => {
    const t = converse([LENA], NOV_29);
    // The usual 4-day spread Mon Tue Thu Fri, moved a day so it ends on the long-run day: Tue Wed Fri Sat.
    expect(t.state.answers.trainingDays).toEqual([2, 3, 5, 6]);
  });
});

describe('onboarding: a month later corrected or too far out', () => {
  it('when the month is over 2 years out it asks for a nearer race instead of the day', () => {
    const t = converse(['hi im Ana, training for a marathon in october 2029'], NOV_29);
    expect(t.replies[0]).toMatch(/October 2029 is over 2 years out/);
    expect(t.replies[0]).not.toMatch(/Which day/);
  });
  it('when a new month is said at the summary the old date is dropped and only the day is asked', () => {
    const t = converse(['hi im Ana, training for a marathon on oct 10 2027, 30 miles a week, 4 days a week, never raced, no goal, 3 years, no injuries', 'actually the race is in november'], NOV_29);
    expect(t.state.answers.race?.date).toBeUndefined();
    expect(t.replies.at(-1)).toMatch(/Which day in November 2027\?/);
  });
});

describe('onboarding: a first text that answers everything', () => {
  it('when the summary follows straight away each fact is said once, not acknowledged and then restated', () => {
    const t = converse(['hi im Ana, training for a marathon on oct 10 2027, 30 miles a week, 4 days a week, never raced, no goal, 3 years, no injuries'], NOV_29);
    expect(t.state.step).toBe('confirm');
    expect(t.replies[0]!.match(/You run about 30 mi a week now/g)).toHaveLength(1);
    expect(t.replies[0]).toMatch(/^Hi Ana!/);
  });
});

describe('onboarding: the same answer again is not progress', () => {
  it('when the month is sent again at "Which day in March?" it counts as a miss and the way out comes after two', () => {
    const t = converse(['hi im Ali, 10k in march', 'march', 'march'], NOV_29);
    expect(t.state.step).toBe('race_event');
    expect(t.replies.at(-1)).toMatch(/Which day in March 2027\?/);
    expect(t.replies.at(-1)).toMatch(/Reply NO DATE/);
  });
});

describe('onboarding: the heaviest dumbbell or kettlebell a lifter names', () => {
  it('when a lifter lists a home gym with a dumbbell cap in a paragraph with typos, the kit and the cap reach the plan', () => {
    const t = converse([
      "hey im marco, lifting 3 yrs, wanna build muscle. mon wed fri, 1 hr. home gym: dumbells up to 50 lb and a cable machine, no barbell. chicago",
      'no injuries',
      'skip',
      'yes',
    ]);
    expect(t.profile).toBeDefined();
    expect(t.profile!.equipment).toEqual(['dumbbell', 'cable', 'bodyweight']);
    expect(t.profile!.maxLoads).toEqual({ dumbbell: { load: 50, unit: 'lb' } });
    expect(t.replies.join('\n')).toMatch(/dumbbells up to 50 lb/);
    const req = profileToPlanRequest(t.profile!, '2026-11-16');
    expect(req.kind === 'strength' && req.maxLoads).toEqual({ dumbbell: 50 });
  });

  it('when a returning lifter says how long they are back at it ("lifted in college, back at it ~8 months"), experience is not asked again', () => {
    const t = converse([
      'yo im rick 👋 41, lifted in college, back at it ~8 months. goal is build muscle. mon wed fri, 60 min max. garage gym: rack, barbell, plates, no bench. denver, 5:45am pls',
    ]);
    // 8 months back under the bar reads as under a year: the plan starts simple and the question is skipped.
    expect(t.replies[0]).toMatch(/You start as a beginner \(under a year of steady training\)/);
    expect(t.replies[0]).not.toMatch(/How long have you been training/);
  });

  it.each([
    ["hey im Dana, want to get stronger. I lift 3x a week at a regular gym (about 2 yrs), mornings at 6:30", 'intermediate'],
    ['im Kim, build muscle, 4 days a week, full gym, been lifting since 2023', 'intermediate'],
    ['im Lou, get stronger, train twice a week at home with dumbbells, started maybe 5 months ago', 'beginner'],
  ])('when the paragraph "%s" says how often and how long, the experience is how long (%s) and not asked', (text, age) => {
    const t = converse([text]);
    expect(t.state.answers.trainingAge).toBe(age);
    expect(t.replies[0]).not.toMatch(/How long have you/);
  });

  it('when a lifter has one 16 kg kettlebell and a pull-up bar, a pound plan caps kettlebell loads at the 35 lb bell', () => {
    const t = converse(['im jo, 2 yrs lifting, general fitness, tue thu sat 45 min, kettlebell 16kg and a pull-up bar, denver', 'none', 'skip', 'yes']);
    expect(t.profile!.equipment).toEqual(['kettlebell', 'pullup_bar', 'bodyweight']);
    const req = profileToPlanRequest(t.profile!, '2026-11-16');
    expect(req.kind === 'strength' && req.maxLoads?.kettlebell).toBeCloseTo(35.3, 1);
  });
});

/** Jess's first text from a Chicago number: a home gym, machines only in her history, New York at the end. */
const JESS = 'hey! im jess, 29. been lifting maybe 1.5 yrs, mostly machines. want to get stronger + lose a lil fat. i can do tues thurs sat, like 45-50 min. home gym w/ adjustable dumbbells to 52.5 and a bench, plus bands. lower back gets tight sometimes. new york, 6am';
const chicagoPhone = () => onboardingCtx({ phone: '+13125550100', phoneTimezone: 'America/Chicago' });

describe('onboarding: where the client is, named anywhere in a paragraph', () => {
  it('when the paragraph ends "new york, 6am" the zone is Eastern, not the phone\'s Central', () => {
    const t = converse([JESS], chicagoPhone());
    expect(t.state.answers).toMatchObject({ timezone: 'America/New_York', morningTime: '06:00' });
    expect(t.replies[0]).not.toMatch(/Central/);
  });

  it.each([
    ['nyc, 6am', 'America/New_York'],
    ['im in denver and want texts at 5:30', 'America/Denver'],
    ['based in london', 'Europe/London'],
    ['6am pacific', 'America/Los_Angeles'],
  ])('when a lifter\'s paragraph holds "%s" the zone is read', (place, zone) => {
    const t = converse([`Sam here, get stronger, full gym, mon wed fri, 60 min, 3 years, no injuries, ${place}`], chicagoPhone());
    expect(t.state.answers.timezone).toBe(zone);
  });

  it('when the paragraph says "im in denver and want texts at 5:30" the texts come at 5:30am Mountain', () => {
    const t = converse(['Sam here, get stronger, full gym, mon wed fri, 60 min, 3 years, no injuries. im in denver and want texts at 5:30'], chicagoPhone());
    expect(t.state.answers).toMatchObject({ timezone: 'America/Denver', morningTime: '05:30' });
  });

  it.each([
    'Sam here, get stronger, full gym, mon wed fri, 60 min, i love new york pizza',
    'Sam here, get stronger, full gym, mon wed fri, 60 min, went to boston for work last week',
    'Sam here, get stronger, full gym, mon wed fri, 60 min, core is central to my goals',
    'Sam here, training for the chicago marathon, mon wed fri',
  ])('when a city or zone word is only mentioned in passing ("%s") the zone is not taken from it', (text) => {
    expect(converse([text], onboardingCtx()).state.answers.timezone).toBeUndefined();
  });
});

describe('onboarding: the kit is where the client will train', () => {
  it('when the home gym is described, "mostly machines" in her lifting history adds no machines', () => {
    const t = converse([JESS], chicagoPhone());
    expect(t.state.answers.equipment).toEqual(['bench', 'dumbbell', 'bands', 'bodyweight']);
    expect(t.replies[0]).toMatch(/You have a bench, dumbbells up to 52.5 lb, bands \(no barbell or rack\)/);
  });

  it('when "used to go to a gym but now" a home kit is named, the old gym adds nothing', () => {
    const t = converse(['Sam here, get stronger, mon wed fri, 45 min, used to go to a gym with machines and cables but now i train at home with dumbbells and a bench'], chicagoPhone());
    expect(t.state.answers.equipment).toEqual(['bench', 'dumbbell', 'bodyweight']);
  });

  it('when "used to go to planet fitness" sits among the garage kit\'s commas, the old gym adds nothing', () => {
    const t = converse(['hi im ana, build muscle, 4 days, an hour, garage gym with dumbbells to 50, a bench and a pullup bar, used to go to planet fitness, nyc, 6am'], chicagoPhone());
    expect(t.state.answers).toMatchObject({ equipment: ['bench', 'dumbbell', 'pullup_bar', 'bodyweight'], timezone: 'America/New_York' });
  });

  it('when the history is all the client says about their gym it is still read', () => {
    const t = converse(['Sam here, get stronger, mon wed fri, 45 min, been lifting 2 yrs on machines'], chicagoPhone());
    expect(t.state.answers.equipment).toContain('machine');
  });

  it("when Jess's plan is built every exercise is doable with her dumbbells, bench and bands", () => {
    const t = converse([JESS, 'skip', 'yes'], chicagoPhone());
    const req = profileToPlanRequest(t.profile!, '2026-11-16');
    const json = buildPlanJson(req) as StrengthPlanJson;
    const ids = new Set(json.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises.map((e) => e.exerciseId))));
    expect(ids.size).toBeGreaterThan(3);
    for (const id of ids) expect(equipmentFits(exerciseById(id)!, ['bench', 'dumbbell', 'bands', 'bodyweight']), id).toBe(true);
    expect([...ids]).not.toContain('hack_squat');
  });
});

describe('onboarding: a soft goal time', () => {
  it.each([
    ['no goal time really... maybe 4 hours?', 'marathon on may 2', '4:00:00'],
    ['not really, maybe around 2 hours', 'half marathon on may 2', '2:00:00'],
  ])('when a runner answers "%s" it is kept as the goal (was: no goal, to finish strong)', (answer, race, goal) => {
    const t = converse(['hi', 'Dana', 'train for a race', race, answer]);
    expect(t.state.answers.race?.goalTime).toBe(goal);
  });

  it('"no goal time" alone is still no goal', () => {
    expect(converse(['hi', 'Dana', 'train for a race', 'half marathon on may 2', 'no goal time']).state.answers.race?.goalTime).toBeNull();
  });
});

describe('onboarding: health news and a sport Cadence does not plan are answered, not passed over', () => {
  it('when a runner answers the injuries question with "I have AFib and take a beta blocker" it is an answer (no area to ask for), kept and said back as AFib', () => {
    const t = converse(['hi', 'Dana', 'train for a race', 'half marathon on may 2', 'none', '26:00 5k', '20 mpw', '3 years', 'mon wed fri sun', 'I have AFib and take a beta blocker']);
    expect(t.replies.at(-2)).toMatch(/Any injuries or limitations/);
    expect(t.replies.at(-1)).not.toMatch(/Which area|not getting it/);
    expect(t.state.answers.limitations).toEqual([]);
    expect(t.state.answers.notes?.map((n) => n.text)).toEqual(['I have AFib and take a beta blocker']);
    const summary = converse(['hi', 'Dana', 'train for a race', 'half marathon on may 2', 'none', '26:00 5k', '20 mpw', '3 years', 'mon wed fri sun', 'I have AFib and take a beta blocker', 'Los Angeles', '6am']).replies.find((r) => /Reply YES/.test(r));
    expect(summary).toMatch(/Noted: your AFib/);
    expect(summary).not.toMatch(/your trip/);
  });

  it('when Margaret opens with "Good morning" and her age, osteoporosis is answered and no good-morning max is kept', () => {
    const t = converse(['Good morning. My name is Margaret. I am 67 years old and was recently diagnosed with osteoporosis. My doctor wants me to work on balance and strength.']);
    expect(t.replies[0]).toMatch(/bones/);
    expect(t.replies[0]).not.toMatch(/good morning max/i);
    expect(t.state.answers.lifts).toBeUndefined();
    expect(t.state.answers.name).toBe('Margaret');
  });

  it('when a client tells mid-onboarding she is pregnant she is told to check with her doctor, and the open question is asked again', () => {
    const before = converse(['Priya', 'general fitness']);
    const t = converse(['Priya', 'general fitness', "I'm pregnant"]);
    expect(t.replies.at(-1)).toMatch(/doctor or midwife/);
    expect(t.state.step).toBe(before.state.step);
  });

  it('when a new mother says she had a baby and lifted "before pregnancy" she is congratulated on the baby, not on a pregnancy', () => {
    const t = converse(["hey! so basically i had a baby 8 months ago and i want to get my strength back, i used to squat like 185 before pregnancy"]);
    expect(t.replies[0]).toMatch(/^Congratulations on the baby! Get the OK from your doctor or a pelvic-floor physio/);
    expect(t.replies[0]).not.toMatch(/while pregnant/);
    expect(t.state.answers.goal).toBe('strength');
    expect(t.state.answers.lifts?.oneRepMaxes).toEqual({ back_squat: 155 });
  });

  it('when Rosa writes "hiya 👋 Rosa here. had my 2nd baby…, used to deadlift 225… garage has a barbell rack bench" every part is read', () => {
    const t = converse([
      'hiya 👋 Rosa here. had my 2nd baby 6 months ago, used to deadlift 225 and bench 115 before. want to get strong again!! garage has a barbell rack bench and dumbells. mon wed fri mornings, 45 min, denver. lower back gets tight sometimes',
      'whats todya?',
    ]);
    expect(t.replies[0]).toMatch(/^Congratulations on the baby!/);
    expect(t.state.answers.name).toBe('Rosa');
    // The lifts' sentence ends at its full stop: the garage's barbell and rack are kit, and the bench is a barbell bench.
    expect(t.state.answers.equipment).toEqual(['barbell', 'rack', 'bench', 'dumbbell', 'bodyweight']);
    // 225 x 0.85 = 191.25 -> 190; 115 x 0.85 = 97.75 -> 100 (to a 5 lb plate).
    expect(t.state.answers.lifts?.oneRepMaxes).toEqual({ deadlift: 190, bench_press: 100 });
    // A typo of "whats today" is never a name.
    expect(t.replies[1]).not.toMatch(/Whats|Todya/);
  });

  it('when a triathlete asks for a swim, bike and run plan they hear it coaches the run, and the run leg is the race', () => {
    const t = converse(["hi I'm training for a half ironman, need a plan for swim bike and run"]);
    expect(t.replies[0]).toMatch(/not swimming or cycling/);
    expect(t.state.answers.race?.distance).toBe('half');
  });

  it('when a cyclist gives the miles they ride, they are not kept as running miles', () => {
    const t = converse(['Sam', 'training for a half marathon on april 11', 'I ride 150 miles a week']);
    expect(t.state.answers.race?.weeklyMileage).toBeUndefined();
  });
});

describe('onboarding: someone else sick is not the client', () => {
  it('when a parent says the kids are sick no sick days are kept for the plan', () => {
    const t = converse(['Sam', 'get stronger', 'kids are sick this week']);
    expect(t.replies.at(-1)).not.toMatch(/Sorry you're sick/);
    expect(t.state.answers.notes ?? []).toEqual([]);
  });
});

describe('onboarding: a goal time that is not one', () => {
  it('when a run just done ("ran 6 at 8:40 felt good") comes at the goal-time question it is not a 8:40:00 marathon goal', () => {
    const t = converse([LENA, 'yes', 'ran 6 at 8:40 felt good'], NOV_29);
    expect(t.state.answers.race?.goalTime).toBeUndefined();
    expect(t.replies.at(-1)).toMatch(/Goal time for the marathon\?/);
  });

  it('when the goal is far slower than her own recent race predicts it is asked about, not kept', () => {
    // Lena's 1:52 half predicts a marathon of about 3:54 (VDOT ~40); "8:45" is 2.2x that: a pace, not a goal.
    const t = converse([LENA, 'yes', '8:45'], NOV_29);
    expect(t.state.answers.race?.goalTime).toBeUndefined();
    expect(t.replies.at(-1)).toMatch(/8:45:00 marathon is far slower than your 1:52:00 half marathon predicts \(about 3:5\d:00\) - was that a pace\?/);
  });

  it('when the goal is slower than predicted but within reason (4:10 after a 1:52 half) it is kept', () => {
    const t = converse([LENA, 'yes', '4:10'], NOV_29);
    expect(t.state.answers.race?.goalTime).toBe('4:10:00');
  });
});

describe('onboarding: at the summary', () => {
  const toSummary = [LENA, 'yes', 'sub 4', '3 years', 'my achilles gets tight sometimes'];

  it('when "my achilles is kinda sore today" names nothing new it is acknowledged, not the whole summary again', () => {
    const before = converse(toSummary, NOV_29);
    expect(before.state.step).toBe('confirm');
    const t = converse([...toSummary, 'my achilles is kinda sore today'], NOV_29);
    expect(t.replies.at(-1)).toMatch(/^Sorry it's sore - I'll go easy on it/);
    expect(t.replies.at(-1)).toMatch(/Reply YES to start/);
    expect(t.replies.at(-1)).not.toMatch(/training for a marathon/);
  });

  it('when an answer already given is said again it is not "Updated." with the same summary', () => {
    const t = converse([...toSummary, 'sub 4'], NOV_29);
    expect(t.replies.at(-1)).toMatch(/^That's what I have already/);
    const yes = converse([...toSummary, 'sub 4', 'yes'], NOV_29);
    expect(yes.profile).toBeDefined();
  });

  it('when the city is named and the phone already gave its time zone, it is "That\'s what I have", not "Updated." with the same summary', () => {
    for (const city of ['chicago', "I'm in Chicago btw"]) {
      const t = converse([...toSummary, city], NOV_29);
      expect(t.replies.at(-1)).toMatch(/^That's what I have: your workout text comes at .* Central time/);
      expect(t.state.answers.timezone).toBe('America/Chicago');
      expect(t.replies.at(-1)).not.toMatch(/Updated|training for a marathon/);
      expect(converse([...toSummary, city, 'yes'], NOV_29).profile?.timezone).toBe('America/Chicago');
    }
  });
});

describe('onboarding: a month and its day said apart, and hours that are not a goal', () => {
  it.each(['run a half marathon in april (the 26th). 10 mi/week', 'run a half marathon in april, the 26th. 10 mi/week', 'half marathon on april the 26th, 10 mi a week'])(
    'when "%s" names the day beside the month it is the race day, not "Which day in April?"',
    (text) => {
      const t = converse([text], NOV_29);
      expect(t.state.answers.race?.date).toBe('2027-04-26');
      expect(t.replies.at(-1)).not.toMatch(/Which day in April/);
    },
  );

  it('when "feeling super tired today, slept 4 hrs" comes at the goal-time question it is not a 4:00:00 goal', () => {
    const t = converse([LENA, 'yes', 'feeling super tired today, slept 4 hrs'], NOV_29);
    expect(t.state.answers.race?.goalTime).toBeUndefined();
    expect(t.replies.at(-1)).toMatch(/Goal time for the marathon\?/);
    // A goal said with a feeling is still a goal.
    expect(converse([LENA, 'yes', 'sub 4 if my legs hold up, feeling good'], NOV_29).state.answers.race?.goalTime).toBe('4:00:00');
  });
});

describe('onboarding: what a runner says about other sports and harmless aches', () => {
  const RUNNER = "hi im priya, training for a half marathon on april 12. ran a 10k in 58:00 last month, about 20 miles a week, running 2 years. i can run tue thu sat sun. new york. no goal time";

  it('when a runner says "I swim Mon Wed, bike Sat", those days are cross-training, not run days, and said back', () => {
    const t = converse([`${RUNNER}. I swim Mon Wed, bike Sat`]);
    expect(t.state.answers.trainingDays).toEqual([2, 4, 6, 7]);
    expect(t.state.answers.crossTraining).toEqual(['i swim mon wed', 'bike sat']);
    expect(t.replies[0]).toContain('You can train 4 days a week (Tue, Thu, Sat, Sun). Cross-training noted (swim mon wed; bike sat): I keep runs to your run days.');
  });

  it('when a goal is "a 10k in under 50 minutes, race is on march 14", the race is on March 14, not today', () => {
    const t = converse(['Hi im Maria. Want to run a 10k in under 50 minutes, race is on march 14. I run abotu 15 miles a week. central time']);
    expect(t.state.answers.race?.date).toBe('2027-03-14');
    expect(t.replies[0]).toContain("You're training for a 10K on Mar 14, 2027");
  });

  it('when the sport is said as "also i do yoga on tuesdays", it is said back as "yoga on tuesdays"', () => {
    const t = converse([`${RUNNER}. also i do yoga on tuesdays`]);
    expect(t.replies[0]).toContain('Cross-training noted (yoga on tuesdays): I keep runs to your run days.');
  });

  it('when other sports are all the days named, none of them becomes a run day', () => {
    const t = converse(['hi im jo, 10k on may 3, 15 miles a week, running 1 year, new york. i swim mon wed, yoga fri']);
    expect(t.state.answers.trainingDays).toBeUndefined();
  });

  it('when "knee clicks but doesn\'t hurt" is said, it is a note said back in the summary, not "No injuries" and not a spared knee', () => {
    const t = converse([`${RUNNER}. knee clicks but doesn't hurt`]);
    expect(t.state.answers.limitations).toEqual([]);
    expect(t.state.answers.bodyNotes).toEqual(['knee clicks, no pain']);
    const summary = t.replies.at(-1)!;
    expect(summary).toContain('Noted: knee clicks, no pain. Nothing to change for that, but tell me if it starts to hurt.');
    expect(summary).not.toMatch(/No injuries|go easy on your knee/);
  });

  it('when the injury question is answered "my knee clicks sometimes, no pain", the note is kept; "knee clicks and hurts" spares the knee', () => {
    const noted = converse([RUNNER, 'my knee clicks sometimes, no pain', 'yes']);
    expect(noted.profile?.limitations).toEqual([]);
    expect(noted.profile?.bodyNotes).toEqual(['knee clicks sometimes, no pain']);
    const hurts = converse([RUNNER, 'my knee clicks and hurts on hills']);
    expect(hurts.state.answers.limitations).toEqual(['knee']);
  });
});

describe('onboarding: what a lifter says about herself that is no setting', () => {
  const FIRST = "hiya! my mate recommended you. I'm Priya, 41, based in Manchester. I want to get stronger, mostly deadlift and squat, maybe do a powerlifting comp one day";
  const LIFTS = "I've been lifting on and off for about 2 years, currently squat 80kg for 5 and deadlift 110kg for 3ish, bench is rubbish, like 45kg";

  it('when a comp is "one day", no meet date is set and the next question is asked (chrono reads "one day" as tomorrow)', () => {
    const t = converse([FIRST]);
    expect(t.state.answers.meetDate).toBeUndefined();
    expect(t.replies[0]).not.toMatch(/too close|Dec 1/);
    expect(t.replies[0]).toMatch(/\?/);
  });

  it('when "bench is rubbish, like 45kg" is said, the bench is her lift, not her kit', () => {
    const t = converse([FIRST, LIFTS]);
    expect(t.state.answers.equipment).toBeUndefined();
    expect(t.replies.at(-1)).not.toMatch(/You have a bench/);
  });

  it('when the lower back "gets tight after heavy deadlifts but no proper injury", it is a note and the squat and deadlift stay', () => {
    const t = converse([FIRST, LIFTS, 'mon wed fri sat, full gym at work', 'lower back gets tight after heavy deadlifts but no proper injury', '6:30am', 'about an hour', 'yes']);
    expect(t.profile?.limitations).toEqual([]);
    expect(t.profile?.bodyNotes).toEqual(['lower back gets tight after heavy deadlifts, no injury']);
    // Tightness said alone is still spared: the client did not say it is nothing.
    const said = converse([FIRST, LIFTS, 'mon wed fri sat, full gym at work', 'my lower back gets tight']);
    expect(said.state.answers.limitations).toEqual(['lower_back']);
  });
});

describe('onboarding: "one day" is someday', () => {
  it('when the first text says "maybe do a comp one day", no days are set; "one day a week" and a bare "one day" are one day', () => {
    const t = converse(["I'm Priya. I want to get stronger, maybe do a powerlifting comp one day"]);
    expect(t.state.answers.trainingDays).toBeUndefined();
    expect(t.replies[0]).not.toMatch(/1 day a week/);
    expect(converse(['im sam, want to get stronger, i can only train one day a week']).state.answers.trainingDays).toHaveLength(1);
  });
});

describe('onboarding: a hybrid runner writing as he talks', () => {
  const JAY = 'yo. jay here, 29, seattle. i wanna run a half in may (may 16) but also keep lifting 2x a week, dont wanna lose my gains. run like 15 mi a week rn, best half was 1:58 two years ago';

  it('when the month is said and then its day in brackets ("in may (may 16)"), the race is that day, not "Which day in May?"', () => {
    const t = converse([JAY]);
    expect(t.state.answers.race?.date).toBe('2027-05-16');
    expect(t.replies[0]).not.toMatch(/Which day in May/);
  });

  it('when the goal time is "sub 1:55 would be sick", it is a goal, not an illness kept for the first week', () => {
    const t = converse([JAY, 'sub 1:55 would be sick']);
    expect(t.state.answers.race?.goalTime).toBe('1:55:00');
    expect(t.state.answers.notes ?? []).toEqual([]);
    expect(t.replies.at(-1)).not.toMatch(/sick - rest up/);
  });

  it('when the session length is "hour max", it is 60 minutes', () => {
    const t = converse([JAY, 'can do mon tue thu sat sun. long run sat. gym has everything', 'hour max']);
    expect(t.state.answers.sessionMinutes).toBe(60);
  });
});

describe('onboarding: changes at the summary', () => {
  const MARCUS = 'hi im marcus, want to build muscle, 3 days mon wed fri, 45 mins, full gym, no injuries, 2 years lifting, 6am, chicago';
  const atSummary = (...texts: string[]) => converse([MARCUS, 'skip', ...texts]);

  it('when "switch me to tue thu sat" is sent at the summary, the training days change (not "move it once your plan is set")', () => {
    const t = atSummary('switch me to tue thu sat');
    expect(t.state.answers.trainingDays).toEqual([2, 4, 6]);
    expect(t.replies.at(-1)).not.toMatch(/Once your plan is set/);
  });

  it('when "4 days, add sunday" is sent at the summary, Sunday joins the days (not 1 day a week, Sun)', () => {
    const t = atSummary('actually can we do 4 days, add sunday');
    expect(t.state.answers.trainingDays).toEqual([1, 3, 5, 7]);
    const dropped = atSummary('drop friday');
    expect(dropped.state.answers.trainingDays).toEqual([1, 3]);
  });

  it('when a work trip with dates is told at the summary, the home time zone stays and the trip is kept', () => {
    const t = atSummary("i'm in tokyo for work dec 10-20");
    expect(t.state.answers.timezone).toBe('America/Chicago');
    expect((t.state.answers.notes ?? []).length).toBe(1);
  });
});

describe('onboarding: a teen lifter', () => {
  /** Every lifting set of the plan, every week (not the timed holds or explosive work). */
  const sets = (t: Transcript) => {
    const json = buildPlanJson(profileToPlanRequest(t.profile!, '2026-11-16')) as StrengthPlanJson;
    return json.weeks
      .flatMap((w) => w.days.flatMap((d) => d.exercises))
      .filter((e) => /^\d+(-\d+)?$/.test(e.reps) && exerciseById(e.exerciseId)!.pattern !== 'power')
      .map((e) => ({ ...e, repsMin: Number.parseInt(e.reps, 10) }));
  };
  it('"I\'m 16" gets the teen line in the summary, and every set of every week keeps 2+ reps in reserve with 5+ reps', () => {
    const t = converse(["hi im Leo, I'm 16 and want to get stronger. been lifting 3 years, full gym, mon wed fri 60 min, no injuries", 'skip', 'yes']);
    expect(t.replies.join('\n')).toMatch(/You're 16, so technique comes first: we start light, every set stops 2\+ reps short of failure \(RIR 2\+\), no max testing/);
    expect(t.profile?.age).toBe(16);
    const all = sets(t);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((e) => e.rir < 2 || e.repsMin < 5).map((e) => `${e.exerciseId} ${e.repsMin} RIR ${e.rir}`)).toEqual([]);
  });
  it('an adult ("I\'m 30", "im 25 weeks postpartum") gets no teen line, and the plan\'s hard weeks still go to RIR 1 and low reps', () => {
    const t = converse(["hi im Leo, I'm 30 and want to get stronger. been lifting 3 years, full gym, mon wed fri 60 min, no injuries", 'skip', 'yes']);
    expect(t.replies.join('\n')).not.toMatch(/technique comes first/);
    expect(sets(t).some((e) => e.rir < 2 || e.repsMin < 5)).toBe(true);
    expect(converse(['im amy, 25 weeks postpartum, want to get back in shape']).state.answers.age).toBeUndefined();
  });
});
