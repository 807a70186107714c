/**
 * Onboarding: slot filling over the question table in slots.ts, ending in a confirmed profile. Every text is
 * read for every slot; only what is still missing is asked, one question at a time; the summary restates
 * what was understood in plain sentences so the client can correct it, and a yes with words around it
 * ("ok fine YES") starts the plan. The state is plain JSON; every function here is pure (the clock is `ctx.now`).
 */
import { formatWeekdays } from '../parse/weekdays.js';
import { ratingsAsWords } from '../parse/rating.js';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { fitSegments, toGsm7, type MessageLine } from '../../channels/sms-text.js';
import { isValidTimezone } from '../parse/timezone.js';
import { normalize } from '../parse/text.js';
import { ACKNOWLEDGEMENT_WORDS, AFFIRMATIVE_WORDS, anyOf, CORRECTION_WORDS, FILLER_WORDS, SELF_CORRECTION_WORDS, NO_WORDS, TODAY_WORDS, TOMORROW_WORDS, YES_WORDS } from '../words.js';
import { buildProfile } from './profile.js';
import { answersFromModel } from './model-slots.js';
import type { OnboardingSlots } from '../../agents/understand-text.js';
import { ASKS_RACE_DATE, clearedBeforeStart, isToldSentence, lifts, NAME_REASK, nextSlot, withoutAnswerFiller, sentences, SLOT_BY_KEY, SLOTS, summaryShort, textTimeReason, understoodSentences, withDefaults, type SlotRow } from './slots.js';
import { toldAnswer, toldTopic } from '../answers/faq.js';
import { paceFromRecentRace } from './pace-asked.js';
import { findAside, generalAnswer, KEPT_ASIDES, SETUP_QUESTIONS, soreAsked, TRAVEL_ASIDE, withoutLeadIn, type Aside } from './asides.js';
import { findHealthCondition } from '../parse/health.js';
import { fearedNote, liftsFeared } from '../parse/lift-nerves.js';
import { kneelingClauses, kneelingRuledOut } from '../parse/kneeling.js';
import { healthToldAnswer } from '../answers/health-told.js';
import { boneStressAdvice } from '../answers/bone-stress.js';
import { findLoadLimit, withoutLoadLimit } from '../parse/equipment.js';
import { splitTrip } from './trip.js';
import { findSummaryRemark, slotBeatsRemark, slotsAskedAbout } from './summary-remarks.js';
import { tuneUpAside } from './tune-up.js';
import { fixSpelling } from './spelling.js';
import { goalTimeAck, runJustDone, runJustDoneAck } from './goal-time.js';
import { raceResultAck, raceResultTold, raceRunQuestion, raceRunTold } from './race-result.js';
import { findRaceDistance, parseRecentRace, raceLabel } from '../parse/race.js';
import { findKnownRace, knownRaceAlone } from '../parse/race-calendar.js';
import { ONBOARDING_STEPS, type OnboardingAnswers, type OnboardingContext, type OnboardingState, type OnboardingStep, type OnboardingTurn, type SlotKey } from './types.js';

export * from './types.js';
export { buildProfile, onboardingProfileSchema } from './profile.js';
export { SLOTS, nextSlot } from './slots.js';

const contextSchema = z.object({
  now: z.date({ message: 'now must be a Date' }).refine((d) => !Number.isNaN(d.getTime()), { message: 'now must be a valid Date' }),
  phone: z.string({ message: 'phone must be a string' }).regex(/^\+[1-9]\d{6,14}$/, { message: 'phone must be E.164, e.g. +14155550123' }),
  phoneTimezone: z.string().refine(isValidTimezone, { message: 'phoneTimezone must be a valid IANA zone' }).nullable(),
  defaultTimezone: z.string().refine(isValidTimezone, { message: 'defaultTimezone must be a valid IANA zone' }),
  summarize: z.custom<OnboardingContext['summarize']>((v) => typeof v === 'function', { message: 'summarize must be a function' }),
});

/** State as read back from storage: checked, because it may be days old and written by an older version. */
export const onboardingStateSchema = z.object({
  step: z.enum(ONBOARDING_STEPS, { message: 'step is not a known onboarding step' }),
  // Each answer is read back by its slot (and the whole profile is parsed at YES): only its container is checked here.
  answers: z.record(z.string(), z.unknown(), { message: 'answers must be an object' }).transform((a) => a as OnboardingAnswers),
  history: z.array(z.enum(ONBOARDING_STEPS), { message: 'history must list onboarding steps' }),
  retries: z.number({ message: 'retries must be a number' }).int().min(0),
  told: z.array(z.string()).optional(),
  advised: z.literal('days').optional(),
}) satisfies z.ZodType<OnboardingState, unknown>;

/** Said when a stored onboarding state no longer reads (corrupt, or from a version that shaped it otherwise). */
export const LOST_TRACK = "Sorry, I lost track of where we were - let's start again.";

function checkContext(ctx: OnboardingContext): void {
  const r = contextSchema.safeParse(ctx);
  if (!r.success) throw new Error(`onboarding context: ${r.error.issues.map((i) => i.message).join('; ')}`);
}

/**
 * GSM-7 and at most `segments` SMS segments. When too long, whole sentences of the lead are dropped (the
 * question is kept): a reply is never cut in the middle of a word.
 */
export function fitReply(parts: string[], segments = 2): string {
  const clean = parts.map((p) => toGsm7(p).trim()).filter((p) => p !== '');
  const last = clean.length - 1;
  const lines: MessageLine[] = clean.flatMap((p, i) =>
    i === last ? [{ text: p, priority: 10 }] : p.split(/(?<=[.!?])\s+/).map((s, j) => ({ text: s, priority: j === 0 ? 5 : 1 })),
  );
  return fitSegments(lines, segments).replace(/\n/g, ' ');
}

const YES = anyOf(YES_WORDS.filter((w) => !['right', 'go', 'start', 'k'].includes(w)));
// "not sure what i can bench": unsure is no yes, whatever yes word ("sure") it holds.
const NO = anyOf([...NO_WORDS, 'not yet', 'wait', 'hold on', 'change', 'but', 'not sure', 'unsure', 'no idea', 'dont know', "don't know"]);
const CORRECTION = anyOf(CORRECTION_WORDS);
const SELF_CORRECTION = anyOf(SELF_CORRECTION_WORDS, 'i');
const FILLER = anyOf([...FILLER_WORDS, 'oh', 'ah', 'and', 'also', 'so', 'well', 'anyway', 'wait', 'hey', 'hi', 'hello', 'yo'], 'g');

const ACKNOWLEDGEMENT = anyOf(ACKNOWLEDGEMENT_WORDS, 'g');

/** "yes", "💪💪", "lol ok", "sounds good 👍": a text that says go on and answers nothing. */
export function isAcknowledgement(text: string): boolean {
  const t = normalize(text).replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]/gu, ' ').replace(/[.!,?:)(;-]+/g, ' ');
  return t.replace(ACKNOWLEDGEMENT, ' ').trim() === '';
}

/**
 * Questions where a yes or an ok is an answer: an injury ("yes" = which area?), the optional maxes (moves on),
 * the race's date (its own re-ask). Elsewhere an acknowledgement gets the question again.
 */
const YES_ANSWERS: ReadonlySet<SlotKey> = new Set(['limitations', 'maxes', 'race_event', 'race_recent', 'race_goal_time']);
/**
 * Of those, the questions where only a yes answers ("Any injuries?" - "yep" = which area?): "sounds good!" or "ok"
 * there agrees to something and tells no injury, so it gets the question again (was "Which area?").
 */
const ONLY_YES_ANSWERS: ReadonlySet<SlotKey> = new Set(['limitations']);
const AFFIRMATIVE = anyOf(AFFIRMATIVE_WORDS);
function acknowledgesOnly(text: string, asked: SlotKey): boolean {
  if (!isAcknowledgement(text)) return false;
  if (!YES_ANSWERS.has(asked)) return true;
  return ONLY_YES_ANSWERS.has(asked) && !AFFIRMATIVE.test(normalize(text));
}

/** One sentence asking something ("how many days do you recommend?", "whats a deload"), not an answer with a question beside it. */
/** An answer given unsure: "maybe 4:45?", "probably 4 days", "idk, 3 years?", "around 25 i guess". */
const HEDGED = /\?\s*$|\b(?:maybe|probably|perhaps|i guess|i think|i suppose|not sure|unsure|idk|dunno|hopefully|ish|or so|roughly|around|about|somewhere)\b/;

/** An answer opening unsure ("maybe 4-5 days?", "prob 3?", "like 20 miles?"): an answer, though it ends with "?". */
const UNSURE_LEAD = /^(?:maybe|probably|prob|perhaps|possibly|like|around|about|roughly|i think|i guess|idk,?|hmm+,?)\s+(?:like\s+|around\s+|about\s+)?\d/;

/** A question about running or training with a pain ("should I run if my shin hurts?"), not a limitation told. */
const PAIN_QUESTION = /^(?:should i|can i|could i|do i|is it (?:ok|okay|safe|bad|fine)|is running|what if|what do i do|what should i do|how do i know|will it)\b/;
/** How a coach answers "should I run with this pain?" when the part has no stress-fracture signs of its own. */
const PAIN_ANSWER = 'A mild ache that eases as you warm up is usually fine for an easy run. Sharp pain, pain that gets worse as you go or changes how you move: skip that run and rest it, and see a doctor or physio if it lasts. Once your plan starts, text me how it feels and I\'ll change that day.';

function isQuestionText(text: string): boolean {
  const t = withoutLeadIn(normalize(text).trim());
  // "whats the difference between new and intermediate" is one question though its "and" splits it in two clauses.
  const one = sentences(t).length === 1 || (/^(what|whats|what's|how|why|which)\b/.test(t) && !/[.!?;]\s+\S/.test(t));
  return one && (/\?\s*$/.test(t) || /^(what|whats|what's|how|why|should|which|do you|does|is it|are there|can you explain)\b/.test(t));
}

/**
 * "was ok", "felt great", "went good": a yes word describing something done (a session told at the summary, "did a
 * run today, was ok"), not a yes to the plan.
 */
const DESCRIBED = /\b(?:was|were|felt|feel|feels|feeling|went|been|it'?s been)\s+(?:(?:pretty|really|very|so|kinda|kind of|sort of|mostly|actually|just|all)\s+)*(?:ok|okay|okey|k|good|great|perfect|fine|alright|all right|right)\b/g;

/** A yes with words around it ("ok fine YES", "yes!! lets go", "sounds good 👍"), not "yes but 3 days". */
export function isConfirmation(text: string): boolean {
  const t = normalize(text).replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, ' ').replace(/[.!,]+/g, ' ').replace(DESCRIBED, ' ').trim();
  if (/^(\u{1F44D}|y|k|go|start|right)$/u.test(normalize(text).trim())) return true;
  return YES.test(t) && !NO.test(t);
}

/**
 * The summary to confirm. `before`: the answers the client just changed at the summary; what now reads
 * differently leads with "Updated:" and outranks everything, so a long summary that drops lines to fit never
 * drops the very change the client made ("chicago, 6am" answered with the same summary said nothing).
 */
/** "You said 3-4: ..." was said when the days were answered: at the summary it gives way before the kit or the injuries. */
const RANGE_SAID = /^You said \d-\d:/;

/** "Noted: usually 5ish am before work." when the workout-text line already gives its reason ("30 min before you usually train"). */
function windowSaidAgain(s: string, a: OnboardingAnswers): boolean {
  const window = a.trainingWindow?.trim().toLowerCase();
  return window !== undefined && isToldSentence(s) && s.toLowerCase().includes(window.slice(0, 12)) && textTimeReason(a) !== '';
}

/** What a summary line must keep when space is short: the lines a client says YES to. */
const ESSENTIAL = 9;

/**
 * How long each line of the summary is kept when it does not fit its 4 segments (higher is kept longer; the first
 * row that matches decides). The essentials - the goal, the days, the kit, the plan's length and shape and the text
 * time - are what the client says YES to: a 67-year-old's age rules, blood pressure note, knee and long notes pushed
 * "Your goal is…", the experience line and "Your workout text comes at…" out. Lesser lines (age rule detail, long
 * notes) go first; a reason to see a doctor and an injury spared stay before the routine restatements.
 */
const SUMMARY_RANKS: ReadonlyArray<{ line: (s: string, a: OnboardingAnswers) => boolean; priority: number; short?: (s: string) => string }> = [
  { line: (s) => RANGE_SAID.test(s), priority: 4 },
  // "Noted: usually 5ish am before work" when the workout-text line already gives its reason.
  { line: (s, a) => windowSaidAgain(s, a), priority: 3 },
  { line: (s) => s.startsWith('What you describe'), priority: ESSENTIAL },
  { line: (s) => /^(?:Your goal is|You're training for)\b/.test(s), priority: ESSENTIAL },
  { line: (s) => /^You can (?:run|train) \d+ days? a week/.test(s), priority: ESSENTIAL },
  { line: (s) => /^(?:You have |You train with bodyweight only|Upper body and trunk only)/.test(s), priority: ESSENTIAL },
  { line: (s) => /^Your workout text comes at/.test(s), priority: ESSENTIAL },
  // The injury spared is the plan's safety: kept over the notes told beside it.
  { line: (s) => /^I'll go easy on/.test(s), priority: 8.5 },
  { line: (s) => /^I'll set your first weights from/.test(s), priority: 8 },
  // A doctor's lifting limit ("Nothing over 20 lb: …") is safety too; its "If 20 lb is for both hands…" goes first.
  { line: (s) => /^Nothing over /.test(s), priority: 8.5, short: firstSentence },
  // A youth's rules are the plan's safety, not a detail (an older lifter's were said in full when the age was told).
  { line: (s) => /^You're \d+, so technique comes first/.test(s), priority: 8 },
  // "I'll leave kneeling lifts out and give you another lift for the same muscles": what the plan takes out.
  { line: (s) => /^I'll leave .* out\b/.test(s), priority: 8, short: (s) => s.replace(/ and give you another lift for the same muscles\.$/, '.') },
  // The level the plan starts at: after the essentials and what was told, before the routine restatements; its
  // reason goes before the line does ("You start as a beginner.").
  { line: (s) => /^(?:You start as a beginner|You've lifted before|You've been training for a while|You're experienced)/.test(s), priority: 7, short: (s) => s.replace(/(?: \(under a year of steady training\))?(?:, so |: ).*$/, '.') },
  // The age rules were said in full when the age was told: the summary's short form goes before the notes do.
  { line: (s, a) => summaryShort(s, a) !== undefined, priority: 5 },
  // What the client told beyond the answers (a note, their work days) outranks the level and the routine
  // restatements; when space is short a note keeps its first sentence ("Noted: knee clicks sometimes.") and a long
  // one gives way first: the welcome after YES says the kept ones again.
  { line: (s) => isToldSentence(s) && s.length > LONG_NOTE, priority: 6, short: firstSentence },
  { line: (s) => isToldSentence(s), priority: 8, short: firstSentence },
];

/** A told line this long ("Noted: …; …; …") is the first told line to go when the summary is long. */
const LONG_NOTE = 160;

function firstSentence(s: string): string {
  return s.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!;
}

/** A summary line as kept when space runs out: its rank, and its shorter form said before it is dropped. */
function summaryLine(s: string, a: OnboardingAnswers): MessageLine {
  const rank = SUMMARY_RANKS.find((r) => r.line(s, a));
  const text = summaryShort(s, a) ?? s;
  const short = rank?.short?.(text);
  return { text, priority: rank?.priority ?? 6, ...(short && short !== text ? { short } : {}) };
}

function summaryReply(answers: OnboardingAnswers, ctx: OnboardingContext, lead?: string, before?: OnboardingAnswers): string {
  const full = withDefaults(answers, ctx);
  const profile = buildProfile(full);
  const plan = profile ? ctx.summarize(profile) : '';
  // The summary restates everything: an acknowledgement before it would say each fact twice.
  const understood = new Set(understoodSentences(full, ctx));
  const said = lead?.split(/(?<=[.!?])\s+/).filter((x) => !understood.has(x)).join(' ').replace(/\s*Got it\.$/, '').trim();
  const earlier = before ? new Set(understoodSentences(withDefaults(before, ctx), ctx)) : undefined;
  const isNew = (s: string) => earlier !== undefined && !earlier.has(s);
  const news = [...understood].filter(isNew);
  const lines: MessageLine[] = [
    ...(news.length ? [{ text: `Updated: ${news[0]}`, priority: 10 }, ...news.slice(1).map((s) => ({ text: s, priority: 9 }))] : said ? [{ text: said, priority: 3 }] : []),
    // What the client told beyond the answers outranks the plan's detail and the routine restatements.
    ...understoodSentences(full, ctx)
      .filter((s) => !isNew(s))
      // The age rules were said in full when the age was told: here their short form leaves room for the kit.
      // The days they train are what the plan is laid on: kept over the routine restatements when the summary is long
      // (a hybrid's lifting-first line pushed "You can run 4 days a week (Mon, Tue, Thu, Sat)" out). So are the numbers
      // their first weights come from: a 60-year-old's age rules and an injury's cautions pushed that line out, and the
      // client who gave three lifts saw none of them kept.
      // A training window the workout-text line already says ("…, 30 min before you usually train") is not said twice
      // when space is short: "Noted: usually 5ish am before work" pushed the kit ("dumbbells up to 50 lb") out.
      .map((s) => summaryLine(s, full)),
    // The plan's length and shape ("Your plan: 12 weeks, in stretches of…") is an essential; its detail is not.
    ...plan.split(/(?<=[.!?])\s+/).filter(Boolean).map((s, i) => ({ text: s, priority: i === 0 ? ESSENTIAL : 4 })),
  ];
  const reply = (yes: string) => fitSegments([...lines, { text: yes, priority: 10 }], 4);
  const full4 = reply(`Reply YES to start, or tell me what to change (e.g. ${full.goal === 'race' ? "'3 days', '6am', 'goal sub 50'" : "'3 days', '6am', 'no squat rack'"}).`);
  // The examples give way before what the client told does (the injury, notes, their level) over "(e.g. '3 days', '6am')".
  const told = lines.filter((l) => l.priority >= 7);
  const body = told.every((l) => full4.includes(toGsm7(l.short ?? l.text))) ? full4 : reply('Reply YES to start, or tell me what to change.');
  return body.replace(/\n/g, ' ');
}

function ask(step: OnboardingStep, answers: OnboardingAnswers, ctx: OnboardingContext, lead?: string): string {
  if (step === 'confirm') return summaryReply(answers, ctx, lead);
  if (step === 'complete') return '';
  const row = SLOT_BY_KEY.get(step)!;
  return fitReply(lead ? [lead, row.question(answers, ctx)] : [row.question(answers, ctx)]);
}

function merge(a: OnboardingAnswers, b: OnboardingAnswers): OnboardingAnswers {
  return { ...a, ...b, ...(a.race || b.race ? { race: { ...a.race, ...b.race } } : {}) };
}

interface Reading {
  answers: OnboardingAnswers;
  /** Slots this text filled or changed. */
  changed: SlotKey[];
  /** A value was read but something about it needs asking again (a race date too soon). */
  reask: string | null;
  /** Why the asked slot's short answer did not read. */
  error: string | null;
  /** A report or one-off question that is not an answer ("sick till friday"): said back, never read as a slot. */
  aside: Aside | null;
}

/**
 * Reads one text for every slot. Empty slots take what the text names; a filled slot changes only when the
 * text corrects it ("actually", "not", "I meant"), answers its own question, or comes at the summary. The
 * asked slot's short answer is read only when nothing else in the text was.
 */
/**
 * "training for a race, thinking maybe chicago?": a clause of a paragraph that is only a well-known race's city (said
 * unsure too), beside words of a race or at the race question, is that race's name (was passed over, the race asked).
 */
function raceCityClause(raw: string, asked: SlotKey | 'confirm' | null): string {
  // "chicago marathon in october, …, Chicago": with the race named already, a city alone is home.
  if ((asked !== 'race_event' && !/\b(?:race|racing|marathon)\b/i.test(raw)) || findKnownRace(raw) !== null) return raw;
  return raw.split(/(?<=[,;.!?])\s+/).map((c) => {
    const known = knownRaceAlone(c);
    return known ? `the ${known.name.toLowerCase()}${/[,;.!?]$/.test(c) ? c.slice(-1) : ''}` : c;
  }).join(' ');
}

export function readAnswers(text: string, answers: OnboardingAnswers, ctx: OnboardingContext, asked: SlotKey | 'confirm' | null): Reading {
  // "maybe chicago?" answering "Which race?" is the Chicago Marathon (its day proposed, to confirm), not a question
  // passed over or the client's time zone: read as the race's own name.
  const alone = asked === 'race_event' ? knownRaceAlone(text) : null;
  const raw = alone ? `the ${alone.name.toLowerCase()}` : raceCityClause(text.trim(), asked);
  // "the philly half is nov 22 lol jk its april 19": what follows a correction in the same text replaces what
  // came before it, read as if it were the next text.
  const self = SELF_CORRECTION.exec(raw);
  const before = self ? raw.slice(0, self.index).trim() : '';
  const after = self ? raw.slice(self.index + self[0].length).replace(/^[\s,.:;!-]+/, '').trim() : '';
  if (self && before.replace(FILLER, ' ').replace(/[^a-z0-9]+/gi, '') !== '' && /[a-z0-9]/i.test(after)) {
    const first = readAnswers(before, answers, ctx, asked);
    const second = readAnswers(`actually ${after}`, first.answers, ctx, asked);
    const changed = [...new Set([...first.changed, ...second.changed])];
    // A re-ask about what the correction replaced ("nov 22 is only 10 days away") no longer applies.
    const replaced = first.changed.some((k) => second.changed.includes(k));
    return { answers: second.answers, changed, reask: second.reask ?? (replaced ? null : first.reask), error: changed.length ? null : second.error ?? first.error, aside: first.aside ?? second.aside };
  }
  // "30ish miles a week", "10k in 48ish": the number is the answer, the "ish" is how sure they are.
  // "get strnger", "planet fitnes": a slip in a word the answers hinge on reads as the word (spelling.ts).
  // "ran 4 at 9:05, effort 6/10", "achilles sore, like 4/10": a rating out of ten is no race date (parse/rating.ts).
  const t = fixSpelling(ratingsAsWords(normalize(raw)).replace(/(\d)\s*-?ish\b/g, '$1'));
  const correcting = CORRECTION.test(t) || /\bnot (?:a |an )?\w+/.test(t) || asked === 'confirm';
  let next = answers;
  const changed: SlotKey[] = [];
  let reask: string | null = null;
  // A trip told beside answers ("home gym with a barbell. away dec 10-17, just a band"): its part of the text is
  // the trip's kit, city and days; the rest is read as usual.
  const trip = splitTrip(t);
  // "got a 10k race on saturday" once the half in May is known: a tune-up before it (tune-up.ts), not a new goal.
  const found = trip.trip ? TRAVEL_ASIDE : findAside(t) ?? tuneUpAside(t, answers, ctx);
  // "can I do mon wed fri?" at the days question is the answer, asked politely: only a move ("swap to friday") is a one-off.
  const aside = found?.id === 'one_off_change' && asked === 'days' && !/\b(move|moving|swap|switch|shift|push|reschedule|instead)\b/.test(t) ? null : found;
  const home = trip.trip && /[a-z0-9]/.test(trip.home) ? trip.home : null;
  // A report ("sick till thursday", "hotel next week"), the client's own health condition ("diagnosed with
  // osteoporosis") or a lifting limit ("doctor says nothing over 135 for 6 weeks") is kept to be read again
  // once the plan exists: the plan trains around the condition, and holds the limit as a dated plan note on
  // its dates only, as when told mid-plan.
  const limited = answers.goal !== 'race' && findLoadLimit(t, answers.units === 'metric' ? 'kg' : 'lb') !== null;
  // A lift feared ("deadlifts from the floor make me nervous") is kept too: once the plan exists it is taken out.
  const feared = answers.goal !== 'race' && liftsFeared(t).length > 0;
  // So is kneeling ruled out ("fine now but I can't kneel on it"): once the plan exists every kneeling lift goes.
  const kneels = answers.goal !== 'race' && kneelingRuledOut(t);
  if ((aside && KEPT_ASIDES.has(aside.id)) || findHealthCondition(raw) || limited || feared) next = { ...next, notes: [...(next.notes ?? []), { text: feared ? fearedNote(t) : aside?.kept ?? raw, at: ctx.now.toISOString() }] };
  // Its own note, said alone: read again in a paragraph ("knee replacement 2 years ago…") another rule had it.
  if (kneels) next = { ...next, notes: [...(next.notes ?? []), { text: kneelingClauses(t).join(', '), at: ctx.now.toISOString() }] };
  const apply = (row: SlotRow, read: ReturnType<SlotRow['explicit']>) => {
    if (!read || 'error' in read) return;
    next = merge(next, read.answers);
    changed.push(row.key);
    if (read.reask) reask = read.reask;
  };
  for (const row of SLOTS) {
    const mayChange = !row.filled(next) || correcting || row.key === asked || row.overwrite === 'explicit' || next.guessed?.includes(row.key) === true;
    if (!mayChange || (aside?.notFor.includes(row.key) && !(home && aside.id === 'travel'))) continue;
    const said = home && aside?.notFor.includes(row.key) ? home : t;
    // Race rows apply once the text itself made a race goal ("10k on march 14" with no goal yet). Before any
    // goal is known every row may apply later: "I only have dumbbells at home" at the name question is kept.
    const r = row.explicit(said, said === t ? raw : said, next, ctx, correcting);
    if (r && !('error' in r) && (row.applies(merge(next, r.answers)) || row.key === 'goal' || merge(next, r.answers).goal === undefined)) apply(row, r);
  }
  // An injury told with words that call for a doctor or physio ("cant bend my knee without pain") is kept as a
  // report too: once the plan exists it is read as a pain report mid-plan is, so what loads the part is out of the
  // first week and the client hears why. Told again without those words, the kept report goes with them.
  if (changed.includes('limitations')) next = withInjuryNote(next, raw, ctx.now);
  // The experience question offers the maxes too: answered without them, the offer was declined.
  if (asked === 'experience' && changed.includes('experience') && answers.lifts === undefined && next.lifts === undefined && lifts(next.goal)) {
    next = { ...next, lifts: null };
  }
  // "doctor says nothing over 135 for 6 weeks" answers "any injuries or limitations?": the limit is its own
  // slot; what else the text names is spared, and with no body part named nothing is.
  if (asked === 'limitations' && changed.includes('load_limit') && !changed.includes('limitations')) {
    const rest = SLOT_BY_KEY.get('limitations')!.bare(withoutLoadLimit(t), raw, next, ctx);
    apply(SLOT_BY_KEY.get('limitations')!, rest && !('error' in rest) ? rest : { answers: { limitations: [], limitationAreas: [] } });
  }
  let error: string | null = null;
  // A slot read alongside ("hiking trip in june") leaves the question asked to be answered by the whole text.
  const answering = changed.filter((k) => !SLOT_BY_KEY.get(k)?.alongside);
  if (asked && asked !== 'confirm' && !changed.includes(asked) && answering.length === 0 && !aside?.notFor.includes(asked)) {
    const row = SLOT_BY_KEY.get(asked)!;
    const r = row.bare(t, raw, next, ctx);
    const elsewhere = r && !('error' in r) ? null : otherSlotAnswered(asked, t, raw, next, ctx);
    if (r && !('error' in r)) apply(row, r);
    else if (elsewhere) apply(elsewhere.row, elsewhere.read);
    else error = r && 'error' in r ? r.error : null;
  } else if (asked && asked !== 'confirm' && !changed.includes(asked) && !aside?.notFor.includes(asked)) {
    // "Sam. btw my knee is cranky": the short answer to the question asked, in a sentence of its own beside
    // something else the text said (which is kept too).
    const row = SLOT_BY_KEY.get(asked)!;
    for (const part of sentences(raw)) {
      const p = normalize(part);
      // "oh", "lol", "and": a sentence of filler answers nothing.
      if (p.replace(FILLER, ' ').replace(/[^a-z0-9]+/g, '') === '') continue;
      const other = SLOTS.some((x) => { if (x.alongside) return false; const e = x.explicit(p, part, next, ctx, false); return e !== null && !('error' in e); });
      if (other || (row.besideOthers && !row.besideOthers(part))) continue;
      const r = row.bare(p, part, next, ctx);
      if (r && !('error' in r)) {
        apply(row, r);
        break;
      }
    }
  }
  return { answers: next, changed, reask, error, aside };
}

/**
 * Answers of a shape only one question has: "8:00" to the maxes question is no lift, it is when the workout text
 * comes, while that is still unknown. Such a text that the question asked cannot read fills that other open slot,
 * and the question asked is asked again. The asked question reads first: a bare "3:45" at the goal-time question
 * stays a goal time.
 */
const ANSWER_SHAPES: ReadonlyArray<{ key: SlotKey; shape: RegExp; notAt: readonly SlotKey[] }> = [
  // "8:00", "at 6:30", "7:15am", "5:45 pm": a clock with nothing else - except where a time is the answer asked
  // for ("8:45" to the goal-time question is a goal, or a pace asked about, never the text time).
  { key: 'morning_time', shape: /^(?:at\s+|@\s*)?\d{1,2}:\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?\s*[.!]*$/, notAt: ['race_goal_time', 'race_recent', 'race_mileage', 'duration', 'run_time'] },
];

function otherSlotAnswered(asked: SlotKey, t: string, raw: string, a: OnboardingAnswers, ctx: OnboardingContext): { row: SlotRow; read: NonNullable<ReturnType<SlotRow['bare']>> } | null {
  for (const { key, shape, notAt } of ANSWER_SHAPES) {
    const row = SLOT_BY_KEY.get(key)!;
    if (key === asked || notAt.includes(asked) || !row.applies(a) || row.filled(a) || !shape.test(t.trim())) continue;
    const read = row.bare(t, raw, a, ctx);
    if (read && !('error' in read)) return { row, read };
  }
  return null;
}

/** Which summary sentence restates a slot. */
const SENTENCE_OF: Partial<Record<SlotKey, RegExp>> = {
  goal: /goal is|training for a/,
  race_event: /training for a/,
  race_goal_time: /training for a/,
  race_recent: /recent/,
  race_mileage: /run about/,
  experience: /new to this|for a while|experienced/,
  days: /days a week/,
  duration: /min each/,
  equipment: /You have|bodyweight only/,
  limitations: /injur|go easy/,
  maxes: /first weights/,
  timezone: /workout text/,
  morning_time: /workout text/,
};

const ACK: Partial<Record<SlotKey, (a: OnboardingAnswers) => string | undefined>> = {
  name: (a) => `Nice to meet you, ${a.name}!`,
  race_goal_time: goalTimeAck,
  // "about 45 min on weekdays, longer on sat" beside another question: heard, and where the long run goes.
  run_time: (a) => (a.trainingWindow ? `Got it: ${a.trainingWindow}${a.race?.longRunDay ? ` - your long run goes on ${formatWeekdays([a.race.longRunDay])}` : ''}.` : 'Got it.'),
  // "5:30" beside another question: kept, and am or pm asked when the text time comes up (never the default said).
  morning_time: (a) => (a.morningClockUnsure ? `Got it: ${Number(a.morningClockUnsure.slice(0, 2))}:${a.morningClockUnsure.slice(3)} for your workout text - I'll check am or pm before we start.` : undefined),
};

function moveOn(state: OnboardingState, answers: OnboardingAnswers, ctx: OnboardingContext, lead?: string): OnboardingTurn {
  const row = nextSlot(answers, ctx);
  const step: OnboardingStep = row ? row.key : 'confirm';
  const history = step === state.step ? state.history : [...state.history, state.step];
  // An acknowledgement of several things gets room (3 segments); whole sentences only, never cut mid-word.
  const reply = step === 'confirm' ? ask(step, answers, ctx, lead) : fitReply(lead ? [lead, SLOT_BY_KEY.get(step)!.question(answers, ctx)] : [SLOT_BY_KEY.get(step)!.question(answers, ctx)], lead && lead.length > 300 ? 4 : lead && lead.length > 120 ? 3 : 2);
  return { state: { step, answers, history, retries: 0, ...(state.told ? { told: state.told } : {}) }, reply };
}

/** A question, a log or a plan ask ("this week", "tmrw") that only the finished plan can answer. */
const ELSEWHERE = new RegExp(
  `\\?\\s*$|^(what|whats|when|why|how|ran|did|done|rode|biked|cycled|swam|rowed|walked|hiked|jogged|finished|just (?:did|finished|got back))\\b|\\d+ ?x ?\\d+|${anyOf([...TODAY_WORDS, ...TOMORROW_WORDS, 'this week', 'next week', 'my plan', 'my schedule', 'my workout']).source}`,
);

function isBack(text: string): boolean {
  return /^(back|go back|previous|prev|undo|oops go back|wait go back)$/.test(normalize(text).replace(/[.!]+$/, ''));
}

/** What was just understood, for the reply before the next question: "Got it: 10K on Mar 14, goal 55:00." */
function acknowledge(before: OnboardingAnswers, after: OnboardingAnswers, changed: SlotKey[], ctx: OnboardingContext, asked: SlotKey | null, hedged = false): string | undefined {
  const own = changed.length === 1 ? ACK[changed[0]!]?.(after) : undefined;
  if (own) return own;
  // The answer to the question just asked needs no echo, unless it was given unsure ("maybe 4:45?"): then it is
  // said back at once, so the client sees what was kept. Anything else said is restated so it can be corrected.
  // So is a short answer that completes something said before: "10k" to "What distance was your 56:10?" joins
  // the time kept earlier, and the pair the paces come from is said back ("Your recent 10K was 56:10.").
  // So is a target day set for a race with no date yet ("no", "not announced"): the day planned for is said.
  // So is an injury told to the injury question ("dodgy lower back from footy"): the client hears it was taken in
  // ("I'll go easy on your lower back.") before the next question, not a time-zone question as if unheard.
  const injured = asked === 'limitations' && ((after.limitations?.length ?? 0) > 0 || (after.bodyNotes?.length ?? 0) > (before.bodyNotes?.length ?? 0));
  // So are days from a count ("4"): the days picked for them are a proposal they should see.
  const proposedDays = asked === 'days' && after.daysFromCount === true;
  const completes = (asked === 'race_recent' && before.race?.pendingResult !== undefined) || (after.race?.targetDate === true && before.race?.targetDate !== true) || injured || proposedDays;
  // An injury told is said back at once ("I'll go easy on your lower back"): someone who has just told of a hurt
  // back and is asked for their maxes next should know it was heard. "none" needs no echo.
  // So is a healed one kept as a note ("Noted: back tweak last year, healed now.").
  const told = (x: OnboardingAnswers) => (x.limitations?.length ?? 0) + (x.bodyNotes?.length ?? 0);
  if (asked === 'limitations' && changed.length === 1 && changed[0] === asked && told(after) > told(before)) {
    const was = new Set(understoodSentences(before, ctx));
    const lines = understoodSentences(after, ctx).filter((s) => !was.has(s) && (SENTENCE_OF.limitations!.test(s) || isToldSentence(s)) && !/^No injur/.test(s));
    if (lines.length) return `Thanks for telling me. ${lines.join(' ')}`;
  }
  if (changed.length === 0 || (changed.length === 1 && changed[0] === asked && !hedged && !completes)) return undefined;
  const now = understoodSentences(after, ctx);
  const was = new Set(understoodSentences(before, ctx));
  // A kept trip or sickness has its own reply (the aside's): the summary's line for it would say it twice. The
  // workout text's line is said when its time moved (by "before 7am" too: the client hears the text comes at 6:00).
  const fresh = now.filter((s) => !was.has(s) && !/I'll plan around it once you start/.test(s) && (!/workout text comes/.test(s) || changed.includes('timezone') || changed.includes('morning_time') || after.morningTime !== before.morningTime));
  const name = changed.includes('name') && after.name ? `Hi ${after.name}! ` : '';
  if (fresh.length) return `${name}Got it. ${fresh.join(' ')}`;
  // A correction that matches what I already had ("its a 10k not a 5k" when it is a 10K): say so.
  const about = changed.filter((k) => k !== asked).map((k) => SENTENCE_OF[k]).filter((re): re is RegExp => re !== undefined);
  const same = now.filter((s) => about.some((re) => re.test(s)));
  // Not "Yes -": the client may not have been asked ("denver" when the phone already gave Mountain time).
  return same.length ? `${name}That's what I have: ${same.join(' ').replace(/^./, (c) => c.toLowerCase()).replace(/^i'/, "I'")}` : name || undefined;
}

/** How a client says a change for good, by the slot a question or one day's remark touched. */
const CHANGE_EXAMPLE: Partial<Record<SlotKey, string>> = {
  duration: "'30 min'",
  days: "'3 days' or 'mon wed fri'",
  equipment: "'home gym' or 'no squat rack'",
  morning_time: "'6am'",
  timezone: "'I'm in Denver'",
  goal: "'goal: build muscle'",
};

/** "That's what I have: your workout text comes at 7:00am Eastern time." - the summary's lines for the slots said again. */
function sameAsSummary(answers: OnboardingAnswers, said: SlotKey[], ctx: OnboardingContext): string | undefined {
  const about = said.map((k) => SENTENCE_OF[k]).filter((re): re is RegExp => re !== undefined);
  const same = understoodSentences(withDefaults(answers, ctx), ctx).filter((s) => about.some((re) => re.test(s)));
  return same.length ? `That's what I have: ${same.join(' ').replace(/^./, (c) => c.toLowerCase()).replace(/^i'/, "I'")}` : undefined;
}

/**
 * Health news or a sport Cadence does not plan, told with answers ("67, just diagnosed with osteoporosis, want
 * to get stronger", "half ironman in june"), is answered before the acknowledgement, not passed over.
 */
function withToldAnswer(text: string, lead: string, told: readonly string[] = []): { reply: string; told: string[] } {
  const own = healthToldAnswer(normalize(text));
  const health = own ? null : toldTopic(normalize(text));
  // Answered once: "lifted 4 years before pregnancy" after "had my baby 5 months ago" is not congratulated again.
  const key = own ?? health;
  if (!key || told.includes(key)) return { reply: lead, told: [...told] };
  return { reply: [own ?? toldAnswer(health!, normalize(text)), lead].filter(Boolean).join(' '), told: [...told, key] };
}

/** Begins onboarding from the client's first text: a paragraph fills every slot it can. */
export function startOnboarding(ctx: OnboardingContext, firstText = '', answers: OnboardingAnswers = {}): OnboardingTurn {
  checkContext(ctx);
  const state: OnboardingState = { step: 'name', answers, history: [], retries: 0 };
  const read = readAnswers(firstText, answers, ctx, null);
  const welcome = "Hi! I'm Cadence, your training coach by text.";
  if (read.changed.length === 0) {
    const lead = read.aside ? `${welcome} ${read.aside.reply}` : Object.keys(answers).length > 1 ? undefined : welcome;
    return { state: { ...state, answers: read.answers, step: nextSlot(answers, ctx)?.key ?? 'confirm' }, reply: ask(nextSlot(answers, ctx)?.key ?? 'confirm', answers, ctx, lead) };
  }
  const acked = acknowledge(answers, read.answers, read.changed, ctx, null);
  // A trip or a sickness told beside the answers is said back too, not only kept.
  const said = withToldAnswer(firstText, [acked ?? welcome, read.aside?.reply ?? ''].filter(Boolean).join(' '));
  const lead = said.reply;
  // A value that needs asking again ("Oct 1, 2026 has already passed - when is the race?") is the question: one at a time.
  if (read.reask) {
    const step = nextSlot(read.answers, ctx)?.key ?? 'confirm';
    return { state: { step, answers: read.answers, history: [], retries: 0 }, reply: fitReply([read.reask]) };
  }
  const turn = moveOn(state, read.answers, ctx, lead);
  return { ...turn, state: { ...turn.state, history: [], ...(said.told.length ? { told: said.told } : {}) } };
}

/** "idk", "not sure", "no idea": the client does not know the answer (not a slip: asking again gets the same). */
// "idk tbh", "honestly no idea", "not sure lol": the same unsure answer with the words texted around it.
const UNSURE = /^(?:honestly |tbh |um+ |hmm+ )?(?:idk|idc|dunno|i dunno|not sure|unsure|no idea|no clue|i don'?t know|i dont know|i have no idea|whatever|you decide|up to you|you pick|\?+)(?: tbh| honestly| lol| haha| sorry| yet| really| tbf)*$/;

const SUMMARY_UNSURE = "No worries - this is a sensible place to start, and nothing is fixed: text me any time to change it (e.g. '4 days', '6am' or 'home gym'). Reply YES to start, or tell me what you'd like different.";

/** "can i do 5 days?", "could we make it 6am": a change asked for politely. */
const ASKS_FOR_CHANGE = /^(?:(?:wait|hmm|oh|actually|also|and)[,.!]? )?(?:can|could) (?:i|we|you) (?:do|make it|have|switch to|change (?:it )?to|go with|train|run|lift) (?:\d|one|two|three|four|five|six|seven|mon|tue|wed|thu|fri|sat|sun|week)/;

/** A name withheld on purpose: "skip", "rather not say", "does it matter?". */
const NAME_DECLINED = /^(?:skip|pass|n\/a|no name|rather not(?: say)?|i'?d rather not(?: say)?|prefer not(?: to)?(?: say)?|does it matter\??|doesn'?t matter|why\??)$/;
const NAME_OPTIONAL = "What should I call you? A first name or nickname is fine - or reply SKIP and we'll go on without one.";

/**
 * What a coach starts someone with who does not know (as data: the answer read in its place, and what is said).
 * Each is an ordinary answer the summary restates, so it can be changed there; a question with no fair default
 * (a name, a race date) is asked again.
 */
const WHEN_UNSURE: Partial<Record<SlotKey, { answer: string; say: string }>> = {
  goal: { answer: 'general fitness', say: "No problem - we'll start with general fitness; you can change the goal any time." },
  experience: { answer: 'new', say: "No problem - I'll start you as new to this, so we begin simple." },
  days: { answer: '3 days', say: 'No problem - 3 days a week is a good start.' },
  duration: { answer: '45 min', say: 'No problem - 45 min sessions to start.' },
  equipment: { answer: 'just bodyweight', say: "No problem - bodyweight moves to start; tell me if you have a gym or weights." },
  limitations: { answer: 'none', say: 'OK - no injuries for now; tell me any time something hurts.' },
  maxes: { answer: 'skip', say: "No problem - I'll start light and set your weights from your first sessions." },
  race_goal_time: { answer: 'none', say: 'No problem - no goal time; we train to finish strong.' },
  race_recent: { answer: 'none', say: "No problem - I'll set your paces from how your first runs feel." },
  morning_time: { answer: '7am', say: 'No problem - 7am it is.' },
};

const DAYS_ADVICE = SETUP_QUESTIONS.find((q) => q.id === 'how_many_days')!.answer;
/** "ok 4 then", "lets do 4", "4 it is", "3 days": a count alone, once the filler around an answer is taken off. */
const DAYS_AFTER_ADVICE = /^(?:\d|one|two|three|four|five|six|seven)(?:\s*(?:days?|x|times))?(?:\s*(?:a|per)\s*week)?$/;

/**
 * "idk" to how long they have been running, from a runner who already said their weekly miles: a coach guesses from
 * the miles, not "new to this" (15 miles a week with a 10K goal is no beginner). Under 10 mi (16 km) a week it is
 * the usual start; from 40 mi (64 km) a week, experienced.
 */
function unsureRunner(asked: SlotKey, a: OnboardingAnswers): { answer: string; say: string } | undefined {
  // "idk" to the race's day, with no well-known race to propose: a target day, as "no date" gets (was the question again).
  if (asked === 'race_event' && a.race?.distance !== undefined && a.race.event === undefined) return { answer: 'no date', say: '' };
  const miles = a.race?.weeklyMileage;
  if (asked !== 'experience' || a.goal !== 'race' || miles === undefined) return undefined;
  const metric = a.units === 'metric';
  const perMile = metric ? 1.609344 : 1;
  const week = `${miles} ${metric ? 'km' : 'miles'} a week`;
  if (miles >= 40 * perMile) return { answer: '6 years', say: `No problem - at ${week} you're an experienced runner, so that's where I'll start you; tell me if you're newer to it.` };
  if (miles >= 10 * perMile) return { answer: '2 years', say: `No problem - at ${week} you've clearly got a base, so I'll start you there (intermediate); tell me if you're newer to it.` };
  return undefined;
}

/** "my achilles is kinda sore today", "knee hurts": how a body part feels now (at the summary, before any plan). */
const SORE_NOW = /\b(sore|hurts?|hurting|aches?|achy|achey|aching|tight|stiff|painful|killing me|tweaked)\b/;

/**
 * One client message during onboarding → the next state and reply. "back" revisits the previous question;
 * an answer that does not parse gets a precise re-ask; at the summary, a yes returns the profile and a change
 * updates it and shows the summary again.
 */
export function stepOnboarding(state: OnboardingState, text: string, ctx: OnboardingContext, fromModel?: OnboardingSlots): OnboardingTurn {
  checkContext(ctx);
  const checked = onboardingStateSchema.safeParse(state);
  if (!checked.success) {
    const fresh = startOnboarding(ctx);
    return { state: fresh.state, reply: fitReply([LOST_TRACK, ask('name', {}, ctx)]) };
  }
  const answers = state.answers;
  if (state.step === 'complete') return { state, reply: fitReply(["You're all set! Text 'what's today' for today's workout, or HELP for more."]) };

  if (isBack(text)) {
    const previous = state.history[state.history.length - 1];
    if (previous === undefined) return { state: { ...state, retries: 0 }, reply: ask(state.step, answers, ctx, "That's the first question.") };
    return { state: { step: previous, answers, history: state.history.slice(0, -1), retries: 0 }, reply: ask(previous, answers, ctx, previous === 'confirm' ? 'OK, back to the summary.' : 'OK, back to that one.') };
  }

  const asked = state.step === 'confirm' ? 'confirm' : (state.step as SlotKey);
  // "wait how many days do you recommend?" answered, then "ok 4 then": the days they decided on, whatever question was
  // open (it was read against the race-date question and lost). The open question comes again after it.
  if (state.advised === 'days' && asked !== 'days' && !fromModel && DAYS_AFTER_ADVICE.test(withoutAnswerFiller(normalize(text)))) {
    const read = SLOT_BY_KEY.get('days')!.bare(normalize(text), text, answers, ctx);
    if (read && !('error' in read)) {
      const next = merge(answers, read.answers);
      const { advised: _done, ...rest } = state;
      return moveOn({ ...rest, step: state.step }, next, ctx, acknowledge(answers, next, ['days'], ctx, null));
    }
  }
  // "just ran a 24:10 5k!": a race result, for a runner their recent race (their paces come from it), never a
  // training run said back as "Nice run - 5 km at 4:50/km". The recent-race and goal-time questions read their own.
  const result = fromModel || asked === 'race_recent' || asked === 'race_goal_time' ? null : raceResultTold(text);
  if (asked !== 'confirm' && !fromModel) {
    const row = SLOT_BY_KEY.get(asked)!;
    // "yes", "💪💪", "lol ok" at an open question: nothing to read, so the question again (never a name or a value).
    if (acknowledgesOnly(text, asked)) {
      const lead = state.retries > 0 ? 'I still need this one to build your plan:' : 'Great!';
      const tail = state.retries >= 1 ? (row.wayOut?.(answers) ?? '(Or reply BACK to go back.)') : '';
      // At the name question "k" or "cool" is no name: asked for it plainly, as any other non-name.
      const again = asked === 'name' ? NAME_REASK : row.question(answers, ctx);
      return { state: { ...state, retries: state.retries + 1 }, reply: fitReply([asked === 'name' ? '' : lead, again, tail]) };
    }
    // "idk" or "skip" at the name: a name is nice to have, not needed. "idk" may be a slip, so it is asked once
    // more, saying it is optional; then the questions go on without one (was: the name asked forever).
    const said = normalize(text).replace(/[.!]+$/, '').trim();
    if (asked === 'name' && (UNSURE.test(said) || NAME_DECLINED.test(said))) {
      if (state.retries === 0 && !NAME_DECLINED.test(said)) return { state: { ...state, retries: 1 }, reply: fitReply([NAME_OPTIONAL]) };
      // Kept as guessed: "oh it's Jo" later still sets it without a correction word.
      return moveOn(state, { ...answers, name: '', guessed: [...new Set([...(answers.guessed ?? []), 'name' as const])] }, ctx, "No problem - we'll go without a name.");
    }
    // "idk" to everything: the default a coach would start with, said, instead of the same question forever.
    const unsure = UNSURE.test(normalize(text).replace(/[.!]+$/, '').trim()) ? (unsureRunner(asked, answers) ?? WHEN_UNSURE[asked]) : undefined;
    if (unsure) {
      const stepped = stepOnboarding(state, unsure.answer, ctx);
      // The default is the coach's guess, not the client's answer: a later text naming it ("lose weight i guess"
      // two questions on) replaces it without a correction word.
      const turn = { ...stepped, state: { ...stepped.state, answers: { ...stepped.state.answers, guessed: [...new Set([...(stepped.state.answers.guessed ?? []), asked])] } } };
      // At the summary the default is said too, where room allows ("idk" to the maxes went to the summary unsaid).
      if (turn.state.step !== state.step) return turn.state.step === 'confirm' ? { ...turn, reply: summaryReply(turn.state.answers, ctx, unsure.say) } : { ...turn, reply: fitReply([unsure.say, turn.reply], 3) };
    }
    // "easy 8km @ 5:45/km this morning" mid-onboarding: a run done, no weekly mileage and no race; said back, the
    // question again. A result sent to the recent-race question is that question's own.
    // A lifter's race result is said back the same way.
    if (result && !needsRaceGoal(answers)) return { state: { ...state, retries: 0 }, reply: fitReply([raceResultAck(result), row.question(answers, ctx)]) };
    const ran = asked === 'race_recent' || asked === 'race_goal_time' || result ? null : runJustDone(normalize(text));
    if (ran) return { state: { ...state, retries: 0 }, reply: fitReply([runJustDoneAck(ran).replace(/ Once your plan starts.*$/, ''), row.question(answers, ctx)]) };
    // "how many days do you recommend?", "what's RIR?": answered in a line, then the open question again; nothing stored.
    const answered = isQuestionText(text) ? (paceFromRecentRace(normalize(text), answers) ?? generalAnswer(normalize(text))) : null;
    // "wait how many days do you recommend?": remembered, so the "ok 4 then" that follows is the days (DAYS_AFTER_ADVICE).
    if (answered) return { state: { ...state, retries: 0, ...(answered === DAYS_ADVICE ? { advised: 'days' as const } : {}) }, reply: fitReply([answered, row.question(answers, ctx)], 3) };
  }
  // The model's reading (asked only when the rules read nothing) replaces the rules' reading of this text.
  const raw: Reading = fromModel ? { ...answersFromModel(fromModel, answers, ctx), reask: null, error: null, aside: null } : readAnswers(text, answers, ctx, asked);
  // A question is not an answer to other questions ("how many days should a beginner lift?" is no experience):
  // only what answers the question asked is kept from it.
  // "wait can i do 5 days running?" asks for a change: it is one, not a question passed over.
  // "maybe 4-5 days?" is an answer said unsure, not a question: kept (was "Let's finish setting up your plan first").
  const offTopic = asked !== 'confirm' && !fromModel && isQuestionText(text) && !UNSURE_LEAD.test(normalize(text).trim()) && !ASKS_FOR_CHANGE.test(normalize(text)) && raw.changed.some((k) => k !== asked && !(asked === 'goal' && k.startsWith('race_')));
  const plain: Reading = offTopic ? { answers, changed: [], reask: null, error: null, aside: raw.aside } : raw;
  // A runner's race result the slot readers passed over is their recent race all the same.
  const resultMissed = result !== null && needsRaceGoal(plain.answers) && !plain.changed.includes('race_recent');
  const read: Reading = resultMissed ? { ...plain, answers: { ...plain.answers, race: { ...plain.answers.race, recentRace: result } }, changed: [...plain.changed, 'race_recent'] } : plain;

  if (state.step === 'confirm') {
    // "yes! what's today?" opens with a yes: that starts the plan, whatever question follows.
    const opensWithYes = isAcknowledgement(text.trim().split(/[,.!?;]/)[0] ?? '');
    // "should I run if my shin hurts?" at the summary asks about a pain; it adds no limitation: answered, and
    // the plan stays as summed up.
    if (PAIN_QUESTION.test(normalize(text)) && isQuestionText(text) && read.changed.length > 0 && read.changed.every((k) => k === 'limitations')) {
      const areas = (read.answers.limitationAreas ?? []).filter((a) => !(answers.limitationAreas ?? []).includes(a));
      const advice = areas.map((a) => boneStressAdvice(a)).find((x) => x !== null) ?? PAIN_ANSWER;
      return { state: { ...state, retries: 0 }, reply: fitReply([advice, 'Your plan stays as above: reply YES to start, or tell me what to change.']) };
    }
    // "oh and my doc cleared my knee last week" at the summary: the part is no longer spared nor sent to a doctor, and
    // the summary says so (was "I didn't catch a change", the red flag kept).
    const cleared = fromModel ? null : clearedBeforeStart(answers, text);
    if (cleared) return { state: { ...state, answers: cleared, retries: 0 }, reply: summaryReply(cleared, ctx, 'Glad it was checked.', answers) };
    // The distance of a race told at the summary without one ("race went great! 1:52:14" -> "half"): its result.
    const pending = fromModel ? undefined : answers.race?.pendingResult;
    if (pending !== undefined && answers.race) {
      const { pendingResult: _kept, ...race } = answers.race;
      const t = normalize(text);
      const result = parseRecentRace(`${pending} ${t}`, findRaceDistance(t));
      if (result.success && result.data && parseRecentRace(`${pending} ${t}`, null).success) {
        const next = { ...answers, race: { ...race, recentRace: result.data } };
        return { state: { ...state, answers: next, retries: 0 }, reply: summaryReply(next, ctx, 'Updated.', { ...answers, race }) };
      }
      // "yes" answers no distance: asked once more, the time kept (it was dropped and the plan started); "skip" lets
      // it go and shows the summary again.
      if (/^(?:skip|none|no|nope|nah|never ?mind|forget it|leave it)$/.test(t.replace(/[.!]+$/, '').trim())) {
        return { state: { ...state, answers: { ...answers, race }, retries: 0 }, reply: summaryReply({ ...answers, race }, ctx, "OK, I'll leave that race out.") };
      }
      if (isAcknowledgement(text) && state.retries === 0) {
        return { state: { ...state, retries: 1 }, reply: fitReply([pending ? `Which distance was your ${pending} race? e.g. 'half', '10k' or '10 miles' - or reply SKIP to leave it out.` : "What was your race time, and the distance? e.g. '1:52:14 half' - or reply SKIP to leave it out."]) };
      }
      // Anything else moves on: the time is let go and the text read as usual.
      return stepOnboarding({ ...state, answers: { ...answers, race }, retries: 0 }, text, ctx);
    }
    // "idk", "not sure" at the summary: unsure whether it is right, not a failed change. A coach says it is a fair
    // start that changes any time, and how (was: "I didn't catch a change").
    if (!fromModel && UNSURE.test(normalize(text).replace(/[.!]+$/, '').trim())) {
      return { state: { ...state, retries: 0 }, reply: fitReply([SUMMARY_UNSURE]) };
    }
    // "race went great! 1:52:14": a race run, never a yes ("great"); with no distance said, the distance is asked.
    const raceRun = fromModel ? null : raceRunTold(text);
    if (raceRun !== null && needsRaceGoal(answers) && !read.changed.includes('race_recent')) {
      const distance = findRaceDistance(normalize(text));
      const result = raceRun && distance ? parseRecentRace(`${raceRun} ${raceLabel(distance)}`, distance) : null;
      if (result?.success && result.data) {
        const next = { ...answers, race: { ...answers.race, recentRace: result.data } };
        return { state: { ...state, answers: next, retries: 0 }, reply: summaryReply(next, ctx, 'Updated.', answers) };
      }
      return { state: { ...state, answers: { ...answers, race: { ...answers.race, pendingResult: raceRun } }, retries: 0 }, reply: fitReply([raceRunQuestion(raceRun)]) };
    }
    // "easy 8km @ 5:45/km this morning": a run just done says where their running is; no race, no change.
    if (result && !needsRaceGoal(answers)) return { state: { ...state, retries: 0 }, reply: fitReply([raceResultAck(result), 'Your plan stays as above: reply YES to start, or tell me what to change.']) };
    // "new pr today! 48:30 10k": a result the recent-race row read is a change (their paces), not a run said back.
    const ran = fromModel || result || slotBeatsRemark({ givesWayTo: 'facts' }, read.changed) ? null : runJustDone(normalize(text));
    if (ran) return { state: { ...state, retries: 0 }, reply: fitReply([runJustDoneAck(ran), 'Your plan stays as above: reply YES to start, or tell me what to change.']) };
    // A question, one day's remark or an exercise swap is answered and changes nothing ("i only have 30 min
    // today" set every session to 30). A question mark outranks a yes word inside it ("when does it start?").
    // How a part feels today has its own reply below.
    // "my knee - can't do lunges" names a part to spare for good, not one day's exercise swap.
    const toldLimit = read.changed.includes('limitations') && !isDeepStrictEqual(read.answers.limitations, answers.limitations) && !/\?\s*$/.test(text.trim());
    // A weekday somewhere else ("thu at the gym instead of home?") is that remark even when read as a one-off move
    // (a trip told, "in lisbon till friday, hotel gym", keeps its own reply).
    const found = findSummaryRemark(normalize(text));
    // A slot the text filled beats a remark about it: a session told with something to keep ("just ran a 24:10 5k!"
    // is a race result) is read as that, not only noted; maxes "as of today" are the maxes, not one day's remark.
    const remark = fromModel || (read.aside && !(found?.id === 'day_kit' && read.aside.id === 'one_off_change')) || toldLimit || SORE_NOW.test(normalize(text)) || (found && slotBeatsRemark(found, read.changed)) ? null : found;
    if (remark && !isAcknowledgement(text) && (!isConfirmation(text) || (/\?\s*$/.test(text.trim()) && !opensWithYes))) {
      const answered = remark.id === 'question' ? (paceFromRecentRace(normalize(text), answers) ?? generalAnswer(normalize(text))) : null;
      const about = [...new Set([...read.changed, ...slotsAskedAbout(normalize(text))])];
      const stays = sameAsSummary(answers, about, ctx);
      const lead = answered ?? (stays && remark.id === 'question' ? '' : remark.reply(normalize(text)));
      const hint = stays ? `${stays.replace(/^That's what I have: /, 'As it stands: ')} To change that for every week, say it plainly (e.g. ${about.map((k) => CHANGE_EXAMPLE[k]).find(Boolean) ?? "'3 days'"}).` : '';
      return { state: { ...state, retries: 0 }, reply: fitReply([lead, hint, 'Reply YES to start, or tell me what to change.'], 3) };
    }
    // "can i do it at home this week?" is a one-off asked, not a yes ("do it"); "ok sounds good, can i start today?" opens with one.
    const askedAside = read.aside !== null && /\?\s*$/.test(text.trim()) && !opensWithYes;
    if (read.changed.length === 0 && !askedAside && (fromModel ? fromModel.confirm === true : isConfirmation(text))) {
      const profile = buildProfile(withDefaults(answers, ctx));
      if (profile) {
        const reply = fitReply([`Let's go${profile.name ? `, ${profile.name}` : ''}! Your first workout text arrives at ${formatTime(profile.morningTime)}. Text 'what's today' anytime, or HELP for more.`]);
        return { state: { step: 'complete', answers: withDefaults(answers, ctx), history: [...state.history, 'confirm'], retries: 0 }, reply, profile };
      }
      return moveOn(state, answers, ctx);
    }
    // "my achilles is kinda sore today" read as the achilles they already named is no change: said back as one, the
    // whole summary came again with nothing acknowledged.
    // "New York" when the phone already gave Eastern time fills only what the summary already said: no change.
    const changed = read.changed.length > 0 && !isDeepStrictEqual(withDefaults(read.answers, ctx), withDefaults(answers, ctx));
    if (changed) {
      const row = nextSlot(read.answers, ctx);
      if (read.reask) return { state: { ...state, answers: read.answers, step: row?.key ?? 'confirm' }, reply: fitReply([read.reask]) };
      // "calves are tight after that, is that normal?" at the summary: answered; the note is kept, the plan stays.
      const sore = !row && read.changed.every((k) => k === 'limitations') && isDeepStrictEqual(read.answers.limitations, answers.limitations) ? soreAsked(normalize(text)) : null;
      if (sore) return { state: { ...state, answers: read.answers, retries: 0 }, reply: fitReply([sore, 'Your plan stays as above: reply YES to start, or tell me what to change.'], 3) };
      if (row) return moveOn(state, read.answers, ctx, 'Updated.');
      return { state: { ...state, answers: read.answers, retries: 0 }, reply: summaryReply(read.answers, ctx, 'Updated.', answers) };
    }
    if (read.aside) return { state: { ...state, answers: read.answers, retries: 0 }, reply: fitReply([read.aside.reply, 'Reply YES to start, or tell me what to change.']) };
    const saidDefault = read.changed.length > 0 && !isDeepStrictEqual(read.answers, answers);
    // "no make it mon wed fri" with Mon, Wed, Fri already: said back as it stands, not "what should I change?".
    const lead = normalize(text).match(/^(no|nope|nah|wait|hmm)\b/) && read.changed.length === 0
      ? 'No problem - what should I change?'
      : SORE_NOW.test(normalize(text))
        ? "Sorry it's sore - I'll go easy on it. Once your plan starts, text me how it feels any day and I'll change that day's workout around it."
      : read.changed.length > 0
        ? (saidDefault && sameAsSummary(answers, read.changed, ctx)) || "That's what I have already."
      : /\?\s*$|^(what|whats|when|why|how|ran|did|done|squat|bench)\b|\b(sore|thanks|thx|hotel)\b/.test(normalize(text))
        ? 'Your plan starts once you reply YES - then I can take that.'
        : "I didn't catch a change.";
    const hint = lead.startsWith('Your plan starts') || lead.startsWith('Sorry it') || lead.startsWith("That's what") ? 'Reply YES to start, or tell me what to change.' : "Try '4 days', 'mon wed fri', '6am', '60 min', 'home gym', 'no squat rack', 'goal: build muscle' or 'I'm in Denver'. Or reply YES to start.";
    // What the summary only assumed ("New York" for a New York phone) is kept as said, though nothing changes.
    return { state: { ...state, answers: saidDefault ? read.answers : answers, retries: saidDefault ? 0 : state.retries + 1 }, reply: fitReply([lead, hint]) };
  }

  if (read.reask) return { state: { ...state, answers: read.answers, retries: state.retries + 1 }, reply: fitReply([read.reask]) };
  // Not an answer and not a miss: say it waits for the plan and ask the open question again.
  if (read.aside && read.changed.length === 0) return { state: { ...state, answers: read.answers, retries: 0 }, reply: fitReply([read.aside.reply, ask(state.step, answers, ctx)], read.aside.reply.length > 150 ? 3 : 2) };
  // The asked slot read again as what it already was ("march" at "Which day in March?") is no progress: a miss.
  const unchanged = read.changed.length > 0 && read.changed.every((k) => k === state.step) && JSON.stringify(read.answers) === JSON.stringify(answers);
  if (read.changed.length === 0 || unchanged) {
    const retries = state.retries + 1;
    const row = SLOT_BY_KEY.get(state.step as SlotKey)!;
    // A log or a question before the plan exists: say why it waits, then ask what is missing.
    // "which date is it?" at the race-date question is about this slot: its own answer (the date is unknown), not "first".
    const elsewhere = !(state.step === 'race_event' && ASKS_RACE_DATE.test(normalize(text))) && ELSEWHERE.test(normalize(text));
    // A general question ("what's RIR?", "ok if I also do yoga?") needs no plan: answered now, then the question again.
    const topic = toldTopic(normalize(text));
    const answered = topic && state.told?.includes(topic) ? null : (paceFromRecentRace(normalize(text), answers) ?? generalAnswer(normalize(text)));
    // A condition told ("I have asthma") is answered and kept as a note (read.answers), nothing else changed.
    if (answered) return { state: { ...state, answers: read.answers, retries: 0 }, reply: fitReply([answered, row.question(answers, ctx)], 3) };
    const lead = elsewhere ? "Let's finish setting up your plan first, then I can take that." : retries >= 3 ? 'Sorry, still not getting it.' : '';
    const tail = retries >= 2 ? (row.wayOut?.(answers) ?? '(Or reply BACK to go back.)') : '';
    // A question not answered here is no failed answer: the open question again, not "I didn't catch".
    const again = elsewhere && /\?\s*$/.test(text.trim()) ? row.question(answers, ctx) : read.error ?? row.question(answers, ctx);
    return { state: { ...state, retries }, reply: fitReply([lead, again, tail]) };
  }
  // "calves are tight after that, is that normal?": the question is answered (the note is kept, and in the summary).
  const sore = read.changed.every((k) => k === 'limitations') ? soreAsked(normalize(text)) : null;
  const ack = sore ?? acknowledge(answers, read.answers, read.changed, ctx, state.step as SlotKey, HEDGED.test(normalize(text)));
  const said = withToldAnswer(text, [read.aside?.reply ?? '', questionBeside(text) ?? '', ack ?? ''].filter(Boolean).join(' '), state.told);
  const turn = moveOn(state, read.answers, ctx, said.reply);
  return said.told.length ? { ...turn, state: { ...turn.state, told: said.told } } : turn;
}

/**
 * "idk maybe 3? is 3 days enough?": a question asked beside the answer is answered too, not passed over. Each
 * piece ending in "?" is tried; a hedged answer ("maybe 3?") has no answer of its own.
 */
function questionBeside(text: string): string | null {
  for (const piece of text.match(/[^.!?]*\?/g) ?? []) {
    const answer = isQuestionText(piece) ? generalAnswer(normalize(piece)) : null;
    if (answer) return answer;
  }
  return null;
}

/** A runner or a hybrid: their race's paces come from a recent result. */
function needsRaceGoal(a: OnboardingAnswers): boolean {
  return a.goal === 'race' || a.goal === 'hybrid';
}

function formatTime(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')}${h < 12 ? 'am' : 'pm'}`;
}

/** For a returning client: which question comes next for these answers. */
export function nextStep(answers: OnboardingAnswers, ctx: OnboardingContext): OnboardingStep {
  return nextSlot(answers, ctx)?.key ?? 'confirm';
}

export function question(step: OnboardingStep, answers: OnboardingAnswers, ctx: OnboardingContext): string {
  return ask(step, answers, ctx);
}

export { isNoAnswer };
function isNoAnswer(text: string): boolean {
  return NO.test(normalize(text));
}

/** The answers with the red-flag injury's words kept as a report (`injury`), or without one once none is told. */
function withInjuryNote(a: OnboardingAnswers, raw: string, now: Date): OnboardingAnswers {
  const others = (a.notes ?? []).filter((n) => !n.injury);
  const flagged = (a.limitationRedFlags?.length ?? 0) > 0;
  if (!flagged && others.length === (a.notes?.length ?? 0)) return a;
  // The same words already kept (a health condition in the same text) are read once.
  const notes = flagged && !others.some((n) => n.text === raw) ? [...others, { text: raw, at: now.toISOString(), injury: true as const }] : others;
  const { notes: _dropped, ...rest } = a;
  return notes.length ? { ...rest, notes } : rest;
}
