import { sessionFeel } from './parse/session-feel.js';
import { sessionFeelLine } from './answers/session-feel.js';
import type { AppDeps } from '../app-deps.js';
import type { ClientRow, PlanRow, WorkoutRow } from '../db/schema.js';
import { fitSegments, type MessageLine } from '../channels/sms-text.js';
import { understandWithModel, CLASSIFY_THRESHOLD } from '../agents/coach-language.js';
import { clearState, loadState, questionPending, saveState } from '../services/conversation-state.service.js';
import { recordLogs, type LogEntry, type LogOutcome } from '../services/logs.service.js';
import { nextLoadDays, nextLoadLines } from '../services/next-loads.service.js';
import { planExerciseIds } from '../services/plan-exercises.service.js';
import { fitsImplementSaid, implementWordIn, loadSaidAsPair, namesNoImplement, resolveLiftVariant, type LiftVariantContext } from './parse/lift-variant.js';
import { equipmentFits, exerciseById, nameMidSentence } from '../engine/strength/index.js';
import { strengthRequestOf } from '../engine/program/program.js';
import { convertWeight } from '../engine/units.js';
import { applyMissedSession } from '../services/missed.service.js';
import { acceptProposal, declineProposal, lifeEventOffer, readinessProposal } from '../services/readiness.service.js';
import { LIFE_EVENT_TABLE } from './answers/life-events.js';
import type { Proposal } from '../engine/adaptation/readiness.js';
import type { LiftItem } from '../engine/workout/workout.js';
import { activePlan, localToday, toActivePlan, withKeptReads, withStoredDays, type ActivePlan } from '../services/plans.service.js';
import { beginOnboarding, continueOnboarding, onboardingInProgress } from './onboarding-flow.js';
import { LOST_TRACK, type KeptNote } from './onboarding/index.js';
import { plannedLiftFor, repRange } from './unnamed-lift.js';
import { formatDay } from './parse/dates.js';
import { findHealthConditions } from './parse/health.js';
import { addDays } from '../engine/dates.js';
import { findExerciseMentions, type ExerciseMention } from './parse/exercise.js';
import { findEffortWords } from './parse/effort.js';
import { clientEquipment, dayInOneLine, plannedLiftsOn, HANDLERS, LOG_ENTRIES, outcomeLines, weekDates, type AnswerIntent, type LogIntent, type TurnContext } from './handlers.js';
import { isNo, isYes, normalize } from './parse/text.js';
import { NOT_UNDERSTOOD_REPLY, PHOTO_REPLY } from './replies.js';
import { LOG_INTENTS, type Item, type ItemOf, type SetGroup, type Understanding } from './understand/items.js';
import { describeItem, readText } from './understand/read.js';
import { isQuestion } from './understand/rules.js';
import { EQUIPMENT_NAMES, PR_HIT } from './words.js';
import { ranUnloggedRuns } from './parse/unlogged-answer.js';
import { pendingSchema, type Pending } from './pending.js';
import { answerUnloggedRuns } from '../services/unlogged-runs.service.js';
import { clearLimitations } from '../services/limitation.service.js';
import type { Limitation } from '../engine/vocabulary.js';

export interface CoachTurn {
  reply: string | null;
  /** What the text was taken to mean, stored on the inbound message for the coach's view and for tuning. */
  intent: string | null;
  /** Model usage and fallbacks for this turn, when a model was involved. */
  agent: unknown;
  /** The stored days a read-only answer (answerFromStore) was made from, as read: its reply holds while they do. */
  readDays?: readonly WorkoutRow[];
}

export interface CoachContext {
  inboundId: string;
  now: Date;
  /** The client's conversation state and active plan when the caller read them at the start of the turn (the inbound turn does). */
  prefetched?: TurnPrefetch;
}

/** A client's conversation state and active plan (null: none), read with the client at the start of a turn. */
export interface TurnPrefetch {
  state: { flow: string; state: unknown } | null;
  plan: PlanRow | null;
  /** The client's stored day at `date` (null: none stored), when it was read with them. */
  today?: { date: string; row: WorkoutRow | null } | undefined;
  /** Other stored days an earlier answer read, held for an answer worked out ahead (checked when it is stored). */
  days?: readonly WorkoutRow[] | undefined;
}

/** Questions about what is planned: answered from stored days without changing anything (answerFromStore). */
const VIEW_INTENTS: ReadonlySet<string> = new Set(['today', 'tomorrow', 'day', 'week']);

/** The dates a view item shows. */
function viewDates(item: Item, today: string): string[] {
  if (item.intent === 'week') return weekDates(today, item.from).dates;
  return 'date' in item && typeof item.date === 'string' ? [item.date] : [];
}

/** The active plan, as read at the start of the turn when it was (nothing has written to it yet then). */
async function planOf(deps: AppDeps, client: ClientRow, ctx: CoachContext): Promise<ActivePlan | null> {
  if (!ctx.prefetched) return activePlan(deps.db, client.id);
  return ctx.prefetched.plan ? toActivePlan(ctx.prefetched.plan) : null;
}

/** The reply a turn's lines make. */
function replyOf(lines: ReadonlyArray<string | MessageLine>): string {
  return fitSegments(lines.filter((l) => (typeof l === 'string' ? l : l.text) !== ''), 4) || NOT_UNDERSTOOD_REPLY;
}

/**
 * What a reply cut to fit keeps longest: a question the client must answer; then what was changed or
 * answered for them (each answer's first line: "Moved …", "Noted your trip …"), which they cannot know
 * otherwise; then what they logged ("Logged …", which they sent themselves); then the detail (a day's
 * preview, the next loads). Among equals the last line goes first (fitSegments).
 */
const KEEP = { question: 3, headline: 2, log: 1, detail: 0 } as const;
/** A day's change line from the pain handler (formatLiftSwaps): "Wed 11/25: No pike push-up and doorway towel row." */
const CHANGED_DAY_LINE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2}\/\d{1,2}: /;
const ranked = (lines: readonly string[], first: number = KEEP.headline): MessageLine[] => lines.map((text, k) => ({ text, priority: k === 0 ? first : KEEP.detail }));

/** "tempo felt awful": how a session logged done felt, answered once (the first feeling said). */
function feltLines(items: readonly Item[], loggedDays: ReadonlySet<string>): string[] {
  // "leg day was brutal, could barely walk": the soreness reply says what the next session does; "sorry that one
  // was a grind" beside it only said the same twice.
  if (items.some((i) => i.intent === 'soreness')) return [];
  for (const i of items) {
    if (i.intent !== 'done' || !i.note || !loggedDays.has(i.date)) continue;
    const feel = i.note.split(/[,.;!?]|\bbut\b/).map((x) => sessionFeel(x.trim())).find((f) => f !== null);
    if (feel) return [sessionFeelLine(feel)];
  }
  return [];
}

/** A clock sent alone, as a time of day can be: "7:30", "6", "6:45am", "7.30". */
const CLOCK_ALONE = /^(?:at\s+)?\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.?|p\.m\.?)?\s*(?:pls|please|thanks|thx)?[.!]*$/;

/**
 * "squat 3x5 at 225" from a client whose kit has no barbell: logged as the barbell lift (lift-variant.ts), and said
 * to be off-plan, so the client knows the plan's dumbbell weights were not set from it.
 */
function offPlanLines(c: TurnContext, outcomes: readonly LogOutcome[]): string[] {
  const kit = clientEquipment(c);
  const lifts = outcomes.flatMap((o) => {
    const ex = o.question === null && o.entry.kind === 'strength' ? exerciseById(o.entry.exerciseId) : undefined;
    return ex && !equipmentFits(ex, kit) ? [ex] : [];
  });
  return [...new Set(lifts)].map((ex) => {
    const missing = ex.equipment.filter((e) => e !== 'bodyweight' && !kit.includes(e)).map((e) => EQUIPMENT_NAMES[e] ?? e.replace(/_/g, ' '));
    return `${ex.name} is not in your plan (it needs ${missing.join(' and ')}), so it's logged as an extra: your plan's weights stay as they are.`;
  });
}

/** Reports after which the readiness rules look for a run of rough days or a stall (and may ask). */
const READINESS_INTENTS: ReadonlySet<string> = new Set(['readiness', 'soreness', 'illness', 'log_strength']);

export const PENDING_FLOW = 'pending';

const isLogItem = (i: Item): i is ItemOf<LogIntent> => (LOG_INTENTS as readonly string[]).includes(i.intent);

/**
 * The client's plan exercises (this week) and kit, read only when a logged lift's name says no implement
 * ("rows 3x12 @ 40"): that lift is the variant they train, not the library's barbell default.
 */
async function variantContext(c: TurnContext, items: readonly Item[]): Promise<LiftVariantContext | null> {
  // A correction ("no, it was 185 on bench") names its lift the same way a log does.
  const lifts = items.flatMap((i) => (i.intent === 'correct_log' ? i.replacement : [i]));
  if (!lifts.some((i) => i.intent === 'log_strength' && namesNoImplement(i.lift.written))) return null;
  const planExercises = c.plan ? await planExerciseIds(c.deps.db, c.client, c.plan, c.today) : [];
  const alsoLogged = lifts.flatMap((i) => (i.intent === 'log_strength' ? [i.lift.exerciseId] : []));
  const req = strengthRequestOf(c.plan?.request);
  const statedMaxesLb = new Map(Object.entries(req?.oneRepMaxes ?? {}).map(([id, v]) => [id, convertWeight(v, req!.units, 'lb')] as const));
  const dumbbell = req?.maxLoads?.dumbbell;
  return { planExerciseIds: planExercises, equipment: clientEquipment(c), alsoLogged, statedMaxesLb, ...(dumbbell !== undefined ? { heaviestDumbbellLb: convertWeight(dumbbell, req!.units, 'lb') } : {}) };
}

function withClientVariant(c: TurnContext, item: Item, ctx: LiftVariantContext): Item {
  if (item.intent === 'correct_log') return { ...item, replacement: item.replacement.map((r) => withClientVariant(c, r, ctx) as typeof r) };
  if (item.intent !== 'log_strength') return item;
  const matched = exerciseById(item.lift.exerciseId);
  const unit = c.client.units === 'metric' ? 'kg' : 'lb';
  const loads = item.lift.groups.flatMap((g) => (g.load === null ? [] : [convertWeight(g.load, g.unit ?? unit, 'lb')]));
  const chosen = matched ? resolveLiftVariant(matched, item.lift.written, ctx, loads.length ? Math.max(...loads) : undefined, loadSaidAsPair(c.text, item.lift.written)) : undefined;
  if (!chosen || chosen.id === item.lift.exerciseId) return item;
  return { ...item, lift: { ...item.lift, exerciseId: chosen.id, name: chosen.name } };
}

/**
 * Sets logged with no lift named become a log of the planned lift they fit ("that's today's back squat");
 * the ones no single lift fits stay, and their handler asks which lift.
 */
/** The lifts planned on each date, read once per turn whichever step asks (naming sets, planned sets, planned effort). */
const PLANNED_BY_TURN = new WeakMap<TurnContext, Map<string, Promise<LiftItem[]>>>();

function plannedOn(c: TurnContext, date: string): Promise<LiftItem[]> {
  const byDate = PLANNED_BY_TURN.get(c) ?? new Map<string, Promise<LiftItem[]>>();
  PLANNED_BY_TURN.set(c, byDate);
  if (!byDate.has(date)) byDate.set(date, plannedLiftsOn(c, date));
  return byDate.get(date)!;
}

async function nameUnnamedLifts(c: TurnContext, items: Item[]): Promise<{ items: Item[]; notes: string[] }> {
  if (!items.some((i) => i.intent === 'unnamed_lift')) return { items, notes: [] };
  const notes: string[] = [];
  const out: Item[] = [];
  const named = liftNamedBeside(c.text, items);
  for (const item of items) {
    if (item.intent !== 'unnamed_lift') {
      out.push(item);
      continue;
    }
    // "the leg press was hard af. did 3x10 at 140": the sets are the lift the text names, not the plan's guess.
    if (named) {
      const felt = named.effort && item.groups.every((g) => g.rir === null && g.rpe === null) ? named.effort : null;
      const groups = felt ? item.groups.map((g) => ({ ...g, rir: felt.rir, effort: felt.words })) : item.groups;
      out.push({ intent: 'log_strength', date: item.date, lift: { exerciseId: named.mention.exercise.id, name: named.mention.exercise.name, written: named.mention.written, groups } });
      continue;
    }
    const partial = await partialSession(c, item);
    if (partial) {
      out.push(...partial.items);
      notes.push(partial.note);
      continue;
    }
    // "3x10 at 95 on the smith": only a planned lift done on that kit can be it (never the dumbbell row), else asked.
    const planned = (await plannedOn(c, item.date)).filter((l) => { const ex = exerciseById(l.exerciseId); return !ex || fitsImplementSaid(ex, item.note); });
    const lift = plannedLiftFor(item.groups, planned, c.client.units === 'metric' ? 'kg' : 'lb');
    if (!lift) {
      out.push(item);
      continue;
    }
    const day = item.date === c.today ? 'today' : formatDay(item.date);
    notes.push(`No lift named, so I took it as ${day === 'today' ? "today's" : `${day}'s`} ${nameMidSentence(lift.name)} (planned ${lift.sets}x${lift.reps}${lift.load !== null ? ` @ ${lift.load} ${lift.unit}` : ''}).`);
    out.push({ intent: 'log_strength', date: item.date, lift: { exerciseId: lift.exerciseId, name: lift.name, written: lift.name.toLowerCase(), groups: item.groups } });
  }
  return { items: out, notes };
}

/**
 * "only got 4 sets in": a count of sets with no lift, reps or load is the day's session cut short. The sets go to the
 * day's lifts in the plan's order (the main lift first, then the next), each at its planned reps (the range's low
 * end), load and effort, and the session is done without the lifts never reached; the note says how it was read.
 * Null when the sets say more than a count, or the day plans no lifts (the handler asks which lift).
 */
async function partialSession(c: TurnContext, item: ItemOf<'unnamed_lift'>): Promise<{ items: Item[]; note: string } | null> {
  const g = item.groups[0];
  if (item.groups.length !== 1 || !g || g.reps !== null || g.load !== null) return null;
  const lifts = (await plannedOn(c, item.date)).filter((l) => l.section !== 'prep' && l.section !== 'cooldown' && l.section !== 'cardio' && repRange(l.reps) !== null);
  if (!lifts.length) return null;
  const done: Item[] = [];
  const said: string[] = [];
  let left = g.sets;
  for (const l of lifts) {
    if (left <= 0) break;
    const sets = Math.min(left, l.sets);
    left -= sets;
    const reps = repRange(l.reps)![0];
    // The planned effort only with the planned weight: with none yet, the weight and effort are the client's to say.
    done.push({ intent: 'log_strength', date: item.date, lift: { exerciseId: l.exerciseId, name: l.name, written: l.name.toLowerCase(), groups: [{ sets, reps, load: l.load, unit: l.load !== null ? l.unit : null, rpe: null, rir: l.load !== null ? l.rir : null }] } });
    said.push(`${nameMidSentence(l.name)} ${sets}x${reps}`);
  }
  const reached = done.flatMap((i) => (i.intent === 'log_strength' ? [i.lift.exerciseId] : []));
  done.push({ intent: 'done', date: item.date, skippedExerciseIds: [], note: item.note, onlyExerciseIds: reached });
  const day = item.date === c.today ? "today's" : `${formatDay(item.date)}'s`;
  const first = lifts[0]!;
  const weighed = lifts.slice(0, said.length).every((l) => l.load !== null);
  const example = `"${nameMidSentence(first.name)} ${Math.min(g.sets, first.sets)}x${repRange(first.reps)![0]} at ${first.load ?? (first.unit === 'kg' ? 60 : 135)}"`;
  const note = weighed
    ? `Read as the first ${g.sets} set${g.sets === 1 ? '' : 's'} of ${day} session, in order (${said.join(', ')}), at the planned weights. Different lifts or numbers? Text them (e.g. ${example}).`
    : `Read as the first ${g.sets} set${g.sets === 1 ? '' : 's'} of ${day} session, in order (${said.join(', ')}). What weight did you use? Text it (e.g. ${example}) and your next loads follow it.`;
  return { items: done, note };
}

/**
 * The one lift a text names without numbers, beside one set of unnamed numbers ("the leg press was hard af. did
 * 3x10 at 140"), with the effort its sentence says; null when the text names none, several, or only lifts it logs.
 */
function liftNamedBeside(text: string, items: Item[]): { mention: ExerciseMention; effort: { rir: number; words: string } | null } | null {
  if (items.filter((i) => i.intent === 'unnamed_lift').length !== 1) return null;
  const logged = new Set(items.flatMap((i) => (i.intent === 'log_strength' ? [i.lift.exerciseId] : [])));
  const skipped = new Set(items.flatMap((i) => (i.intent === 'done' ? i.skippedExerciseIds : [])));
  const said = [...new Map(findExerciseMentions(text, { loose: true }).filter((m) => !logged.has(m.exercise.id) && !skipped.has(m.exercise.id)).map((m) => [m.exercise.id, m])).values()];
  if (said.length !== 1) return null;
  const sentence = normalize(text).split(/(?<=[.!?;])\s+/).find((s) => s.includes(said[0]!.written.toLowerCase())) ?? '';
  const words = /\d/.test(sentence) ? null : findEffortWords(sentence);
  return { mention: said[0]!, effort: words ? { rir: words.rir, words: words.words } : null };
}

/**
 * "squats felt heavy", "leg press felt ok": that day's planned sets of the lift, logged at the effort the words
 * give, so its next load follows it (heavy at the planned load holds or eases it, easy raises it). The reps are the
 * range's low end when it felt harder than planned, its top otherwise. A lift the day did not plan, or planned with
 * no load yet, stays a lift_feel: its handler says so.
 */
async function liftsFromFeel(c: TurnContext, items: Item[]): Promise<Item[]> {
  if (!items.some((i) => i.intent === 'lift_feel')) return items;
  const out: Item[] = [];
  for (const item of items) {
    if (item.intent !== 'lift_feel') {
      out.push(item);
      continue;
    }
    const planned = plannedLiftFelt(item, await plannedOn(c, item.date));
    const range = planned ? repRange(planned.reps) : null;
    if (!planned || planned.load === null || !range) {
      out.push(planned ? { ...item, exerciseId: planned.exerciseId, name: planned.name } : item);
      continue;
    }
    const reps = item.rir < planned.rir ? range[0] : range[1];
    const group: SetGroup = { sets: planned.sets, reps, load: planned.load, unit: planned.unit, rpe: null, rir: item.rir, effort: item.words };
    out.push({ intent: 'log_strength', date: item.date, lift: { exerciseId: planned.exerciseId, name: planned.name, written: item.written, groups: [group] } });
  }
  return out;
}

/**
 * "leg day was brutal" texted on a rest day: how the last session felt, said the day after, not an extra session
 * done today. The done goes to the latest planned lifting day in the three before (a session already logged there
 * stays as logged). Only a feel with no numbers: "did an extra leg day, brutal" logs sets of its own.
 */
async function feltOnRestDay(c: TurnContext, items: Item[]): Promise<Item[]> {
  const feel = (i: Item): i is ItemOf<'done'> => i.intent === 'done' && i.note !== null && i.note.split(/[,.;!?]|\bbut\b/).some((x) => sessionFeel(x.trim()) !== null);
  if (!c.plan || !items.some(feel) || items.some((i) => i.intent === 'log_strength' || i.intent === 'log_run' || i.intent === 'unnamed_lift')) return items;
  const out: Item[] = [];
  for (const item of items) {
    if (!feel(item) || (await plannedOn(c, item.date)).length > 0) {
      out.push(item);
      continue;
    }
    let date: string | null = null;
    for (let back = 1; back <= 3 && date === null; back++) if ((await plannedOn(c, addDays(item.date, -back))).length > 0) date = addDays(item.date, -back);
    out.push(date ? { ...item, date } : item);
  }
  return out;
}

/** The day's planned lift a feel names: the same lift, else the day's variant of it ("squats" on a goblet squat day). */
function plannedLiftFelt(item: ItemOf<'lift_feel'>, planned: readonly LiftItem[]): LiftItem | null {
  const asked = exerciseById(item.exerciseId);
  return planned.find((p) => p.exerciseId === item.exerciseId) ?? (asked ? planned.find((p) => exerciseById(p.exerciseId)?.pattern === asked.pattern && p.name.toLowerCase().includes(item.written.toLowerCase().replace(/s$/, ''))) : undefined) ?? null;
}

/**
 * "done. used the 25s for the floor press": a weight with no reps, beside a "done" for the same day, is that
 * day's planned sets and reps at that weight (the low end of a range) and its planned effort, so it counts for
 * the next loads; the note says so, so a client who did fewer can say.
 */
async function withPlannedSets(c: TurnContext, items: Item[]): Promise<{ items: Item[]; note: string | null }> {
  const doneDays = new Set(items.flatMap((i) => (i.intent === 'done' ? [i.date] : [])));
  // "only did 2 sets of squats at 225": sets counted at a weight, no reps, are the planned reps too (never a max).
  // "only did 2 sets of squats": sets counted with no weight either are the planned reps at the planned weight.
  const repless = (i: Item): i is ItemOf<'log_strength'> =>
    i.intent === 'log_strength' && i.lift.groups.length === 1 && i.lift.groups[0]!.reps === null && (i.lift.groups[0]!.load === null || doneDays.has(i.date) || i.lift.groups[0]!.sets >= 2);
  if (!items.some(repless)) return { items, note: null };
  const filled: ItemOf<'log_strength'>[] = [];
  const countedOnly: ItemOf<'log_strength'>[] = [];
  const unplanned: ItemOf<'log_strength'>[] = [];
  const out: Item[] = [];
  for (const item of items) {
    if (!repless(item)) {
      out.push(item);
      continue;
    }
    const lift = (await plannedOn(c, item.date)).find((l) => l.exerciseId === item.lift.exerciseId);
    const range = lift ? repRange(lift.reps) : null;
    if (!lift || !range) {
      // "only did 2 sets of squats" on a day without squats: no reps or weight to take from the plan, so asked.
      if (item.lift.groups[0]!.load === null) unplanned.push(item);
      out.push(item);
      continue;
    }
    const group = item.lift.groups[0]!;
    if (group.load === null) {
      // Sets counted, nothing else: the planned reps and weight, the sets said ("only did 2 sets of squats").
      countedOnly.push({ ...item, lift: { ...item.lift, groups: [{ ...group, reps: range[0], load: lift.load, unit: lift.load !== null ? lift.unit : null, rir: group.rir ?? (lift.load !== null ? lift.rir : null) }] } });
      out.push(countedOnly.at(-1)!);
      continue;
    }
    filled.push(item);
    // Heavier than planned, the planned effort is not assumed (fewer sets may mean it was hard): unknown, the safe side.
    const heavier = lift.load !== null && (group.unit ?? lift.unit) === lift.unit && group.load! > lift.load + HALF_STEP[lift.unit];
    out.push({ ...item, lift: { ...item.lift, groups: [{ ...group, sets: group.sets >= 2 ? group.sets : lift.sets, reps: range[0], rir: group.rir ?? (heavier ? null : lift.rir) }] } });
  }
  const first = filled[0];
  const counted = countedOnly[0];
  const notes = [
    first ? `I logged the planned ${filled.every((f) => f.lift.groups[0]!.sets >= 2) ? 'reps' : 'sets and reps'} at the weight${filled.length > 1 ? 's' : ''} you gave; if the reps were different, text them (e.g. "${first.lift.written} ${first.lift.groups[0]!.load}x8").` : null,
    counted
      ? counted.lift.groups[0]!.load !== null
        ? `I logged the sets you said at the planned reps and weight; if they were different, text them (e.g. "${counted.lift.written} ${counted.lift.groups[0]!.sets}x${counted.lift.groups[0]!.reps} at ${counted.lift.groups[0]!.load}").`
        : `I logged the sets you said at the planned reps. What weight did you use? Text it (e.g. "${counted.lift.written} ${counted.lift.groups[0]!.sets}x${counted.lift.groups[0]!.reps} at ${c.client.units === 'metric' ? 60 : 135}") and your next loads follow it.`
      : null,
  ].filter((n): n is string => n !== null);
  const u = unplanned[0];
  if (u) notes.push(`${u.date === c.today ? 'Today' : formatDay(u.date)} had no ${nameMidSentence(u.lift.name)} planned, so I have the sets but not the reps or weight: text them (e.g. "no, ${u.lift.written} ${u.lift.groups[0]!.sets}x5 at ${c.client.units === 'metric' ? 60 : 135}") and I'll fix the log.`);
  return { items: out, note: notes.length ? notes.join(' ') : null };
}

/** A load within half the smallest plate step of the planned one is the planned load (rounding, kg → lb). */
const HALF_STEP: Record<'kg' | 'lb', number> = { kg: 1.25, lb: 2.5 };

/** Days around a log's date where the lift's planned session may be (done a day early or late), nearest first. */
const PLANNED_NEAR = [0, 1, -1, 2, -2, 3, -3] as const;

/**
 * A lift logged with sets and reps but no effort ("rdl 3x10 150", "squat 3x8 at 200") inside its planned reps
 * at the planned load or lighter was done as planned: it takes the planned RIR, said so ("as planned" = about
 * 3 reps left). Read as all-out instead (RIR 0), every plain log of a RIR-3 day estimated the max ~10% low and
 * the next load dropped: a client doing exactly the plan was walked down week by week. A first weight the client
 * picked for a lift the plan gave none is the pick the day asked for, at its RIR. Outside the planned reps or heavier
 * than planned, the effort stays unknown (read as all-out, the safe side).
 */
async function withPlannedEffort(c: TurnContext, items: Item[]): Promise<Item[]> {
  const effortless = (g: SetGroup) => g.reps !== null && g.load !== null && g.rir === null && g.rpe === null;
  if (!c.plan || !items.some((i) => i.intent === 'log_strength' && i.lift.groups.some(effortless))) return items;
  const out: Item[] = [];
  for (const item of items) {
    if (item.intent !== 'log_strength' || !item.lift.groups.some(effortless)) {
      out.push(item);
      continue;
    }
    let lift: LiftItem | undefined;
    for (const shift of PLANNED_NEAR) {
      lift = (await plannedOn(c, addDays(item.date, shift))).find((l) => l.exerciseId === item.lift.exerciseId);
      if (lift) break;
    }
    const range = lift ? repRange(lift.reps) : null;
    // A lift the plan gave no weight for says "pick one you could lift N more times, and log it": a first weight
    // logged in its reps with no effort word is that pick, at the planned RIR (read as all-out, the next load fell
    // below it: "ohp 3x8 95" → "Friday's overhead press is now 3x8-10 at 85 lb").
    const asPlanned = (g: SetGroup) =>
      lift !== undefined && range !== null && effortless(g) && (g.unit === null || g.unit === lift.unit) && g.reps! >= range[0] && g.reps! <= range[1] && (lift.load === null || g.load! <= lift.load + HALF_STEP[lift.unit]);
    out.push({ ...item, lift: { ...item.lift, groups: item.lift.groups.map((g) => (asPlanned(g) ? { ...g, rir: lift!.rir, effort: 'as planned' } : g)) } });
  }
  return out;
}
/** Reports whose change lines come first when a day is asked for beside them. */
const REPORT_BESIDE_DAY: ReadonlySet<Item['intent']> = new Set(['travel', 'illness', 'pause', 'change_equipment', 'life_event']);

/** Greetings and thanks: answered on their own, passed over beside anything else. */
const SOCIAL_INTENTS: ReadonlySet<Item['intent']> = new Set(['greeting', 'thanks']);

/** The intents the steps before the handlers rework: sets with no lift named, a lift's feel, a lift's variant, a "done". */
const REWORKED_INTENTS: ReadonlySet<Item['intent']> = new Set(['unnamed_lift', 'lift_feel', 'log_strength', 'correct_log', 'done']);

/**
 * The items as the handlers take them: unnamed sets named, a feel turned into its planned sets, the client's
 * variant of a lift, a feel on a rest day moved to its session, planned sets and effort filled in (each step
 * returns the items as they were when none is of its kind), and greetings and thanks dropped beside anything else.
 * A text with none of those kinds (every "what's today") skips the steps: seven awaited passes over its items.
 */
async function reworked(c: TurnContext, said: Item[]): Promise<{ items: Item[]; notes: string[]; kept: Item[]; plannedNote: string | null }> {
  // "Thank you. What's an RDL?": the answer is the thanks; "Anytime!" or "Hi!" before it only reads like a bot.
  const unsocial = (items: Item[]) => (items.some((i) => !SOCIAL_INTENTS.has(i.intent)) ? items.filter((i) => !SOCIAL_INTENTS.has(i.intent)) : items);
  if (!said.some((i) => REWORKED_INTENTS.has(i.intent))) return { items: said, notes: [], kept: unsocial(said), plannedNote: null };
  const named = await nameUnnamedLifts(c, said);
  const { items, notes } = { items: await liftsFromFeel(c, named.items), notes: named.notes };
  const variants = await variantContext(c, items);
  const resolved = unsocial(items).map((raw) => (variants ? withClientVariant(c, raw, variants) : raw));
  const { items: planned, note: plannedNote } = await withPlannedSets(c, await feltOnRestDay(c, resolved));
  return { items, notes, kept: await withPlannedEffort(c, planned), plannedNote };
}

/** Runs each item's handler in order; all log items of the turn are stored together in one unit of work. */
async function answer(turn: TurnContext, said: Item[]): Promise<{ lines: MessageLine[]; pending: Pending | null }> {
  const c = logsOnly(turn, said);
  const { items, notes, kept, plannedNote } = await reworked(c, said);
  const lines: MessageLine[] = [];
  const entries: LogEntry[] = [];
  let logLineAt = -1;
  // Logs are stored first: a report beside a log ("ran 9, calves tight") then adapts the plan around a session
  // already done, and the log is compared with the plan as it was when the client ran it.
  for (const item of kept.filter(isLogItem)) {
    const convert = LOG_ENTRIES[item.intent] as (i: typeof item) => LogEntry[];
    entries.push(...convert(item).map((e) => (e.date ? e : { ...e, date: c.today })));
  }
  // Only a text that logs something can be a PR: no other text is normalized again for it.
  const pr = entries.length > 0 && PR_HIT.test(normalize(c.text));
  const outcomes = entries.length ? await recordLogs(c.deps.db, c.client, entries, { today: c.today, inboundId: c.inboundId, rawText: c.text, plan: c.plan, pr }) : [];
  // Days whose session this text logs as done: soreness said about that day comes after the session.
  const loggedDays = new Set(outcomes.filter((o) => o.question === null && o.entry.kind !== 'skipped' && o.entry.kind !== 'max').map((o) => o.entry.date));
  for (const item of kept) {
    if (isLogItem(item)) {
      if (logLineAt < 0) logLineAt = lines.length;
      continue;
    }
    const said = item.intent === 'soreness' && loggedDays.has(item.date) ? { ...item, afterLog: true } : item;
    const handler = HANDLERS[said.intent as AnswerIntent] as (c: TurnContext, i: Item) => Promise<string[]>;
    const shown = ranked(await handler(c, said));
    // Pain beside a log ("floor press 3x10 w 40s. my elbows r kinda achy after"): the day's lifts taken out are what
    // changed, kept before the logs the client sent (the line "Wed 11/25: No pike push-up, …" was cut to fit).
    if (said.intent === 'pain') for (const l of shown) if (CHANGED_DAY_LINE.test(l.text)) l.priority = KEEP.headline;
    // "asthma and type 1 diabetes": several conditions are each said without their reasons, so every one fits
    // (only the first was said back: the second was cut to fit); one alone keeps them unless it must be cut.
    if (said.intent === 'health_condition' && shown[0]) {
      const short = shown[0].text.replace(/ \([^()]*\)/g, '');
      shown[0] = kept.filter((x) => x.intent === 'health_condition').length > 1 ? { ...shown[0], text: short } : { ...shown[0], short };
    }
    // A day asked for beside something else: if the whole day does not fit, its one-line form does.
    if (shown[0] && (said.intent === 'tomorrow' || said.intent === 'day' || (said.intent === 'today' && !said.next)) && kept.length > 1) {
      const short = await dayInOneLine(c, said.date);
      // Beside a change to the plan (a trip, pain, a break), the change is the news: the day in one line, so
      // what changed is never cut for it.
      const beside = kept.some((i) => REPORT_BESIDE_DAY.has(i.intent));
      if (short) shown[0] = beside ? { ...shown[0], text: short } : { ...shown[0], short };
    }
    lines.push(...shown);
    // A change that starts a new plan version ("my gym closed, only have bands now. what's this week?"): the
    // items after it read the new plan, never the one the turn began with (was the full-gym week shown, and kept).
    if (c.plan && item !== kept.at(-1)) {
      const fresh = await activePlan(c.deps.db, c.client.id);
      if (fresh && fresh.row.id !== c.plan.row.id) c.plan = fresh;
    }
  }
  let pending: Pending | null = null;
  if (entries.length) {
    // "hit a PR on squat!! 155x5": a coach says congrats before the numbers.
    const cheered = pr && outcomes.some((o) => o.question === null && o.entry.kind === 'strength') ? ['New PR - congrats!'] : [];
    const logged = [...cheered, ...notes, ...outcomeLines(outcomes), ...offPlanLines(c, outcomes), ...(plannedNote ? [plannedNote] : []), ...feltLines(kept, loggedDays)].map((text) => ({ text, priority: KEEP.log }));
    // A skipped session moved or dropped is a change made.
    const moved = (await missedLines(c, outcomes)).map((text) => ({ text, priority: KEEP.headline }));
    lines.splice(logLineAt, 0, ...logged, ...moved, ...ranked(await loadLines(c, outcomes), KEEP.detail));
    const doubtful = outcomes.filter((o) => o.question !== null).map((o) => o.entry);
    if (doubtful.length) pending = { kind: 'confirm_logs', entries: doubtful, rawText: c.text };
  }
  if (!pending && c.offer) pending = { kind: 'offer', item: c.offer };
  if (!pending && c.unspare) pending = { kind: 'unspare', ...c.unspare };
  // "Which lift was that?": the sets wait for the answer ("squat") instead of being lost.
  const unnamed = items.find((i): i is ItemOf<'unnamed_lift'> => i.intent === 'unnamed_lift');
  if (!pending && unnamed) pending = { kind: 'which_lift', item: unnamed };
  if (!pending && items.some((i) => i.intent === 'text_time')) pending = { kind: 'text_time' };
  // A life event that makes hard training hard ("new baby arrived!!"): a lighter week offered, YES applies it.
  const event = items.find((i): i is ItemOf<'life_event'> => i.intent === 'life_event');
  const offered = event ? LIFE_EVENT_TABLE.find((e) => e.event === event.event) : undefined;
  if (!pending && c.plan && offered?.offer === 'easy_week') {
    const asked = await lifeEventOffer(c.deps.db, c.client, c.plan, c.today, offered.reason);
    if (asked) {
      lines.push({ text: asked.question, priority: KEEP.question });
      pending = { kind: 'proposal', proposal: asked.proposal };
    }
  }
  // A run of rough days or a stall: propose (never impose) an early deload or a lighter week.
  if (!pending && c.plan && items.some((i) => READINESS_INTENTS.has(i.intent))) {
    const asked = await readinessProposal(c.deps.db, c.client, c.plan, c.today);
    if (asked) {
      lines.push({ text: asked.question, priority: KEEP.question });
      pending = { kind: 'proposal', proposal: asked.proposal };
    }
  }
  return { lines, pending };
}

/**
 * A turn of logs only ("squat 3x5 at 225, felt like RPE 9") reads the same rows again and again: the day and
 * week to name the lift's variant, the logs for the known maxes, then the day to store against, the plan, days,
 * week, logs and notes again to rebuild the week with the new numbers and name the next load, then the
 * signals, notes and logs for the readiness rules. Its reads are kept for the turn (db/turn-reads.ts), starting
 * from the plan row the turn read with the client: 23 statements for that text before.
 */
function logsOnly(c: TurnContext, items: readonly Item[]): TurnContext {
  if (!c.plan || !items.length || !items.every(isLogItem)) return c;
  // A lift or a max names its next load: today's day and the week ahead are read together.
  const lifts = items.some((i) => i.intent === 'log_strength' || i.intent === 'stated_maxes');
  // Today's day as the turn's first statement read it under the client's lock: "done" logs against it unread again.
  const read = c.prefetchedToday?.date === c.today ? { read: c.prefetchedToday } : {};
  return { ...c, deps: { ...c.deps, db: withKeptReads(c.deps.db, c.client.id, c.plan, { ...(lifts ? { days: nextLoadDays(c.today) } : {}), ...read }) } };
}

/** Where a stored lift or max shows up next ("Tuesday's back squat is now 3x6-8 at 205 lb."). */
async function loadLines(c: TurnContext, outcomes: LogOutcome[]): Promise<string[]> {
  const stored = outcomes.filter((o) => o.question === null).map((o) => o.entry);
  // A load with no reps ("went up to 70kg") is kept as said but sets no load (a warm-up single would drag
  // the next loads down): say so, so the next log carries its reps.
  const repless = stored.filter((e): e is Extract<LogEntry, { kind: 'strength' }> => e.kind === 'strength' && e.groups.every((g) => g.reps === null));
  const noReps = new Set<LogEntry>(repless);
  const ids = stored.flatMap((e) => ((e.kind === 'strength' || e.kind === 'max') && !noReps.has(e) ? [e.exerciseId] : []));
  const ask = repless.flatMap((e) => {
    const g = e.groups.find((x) => x.load !== null);
    const load = g ? `${g.load}${g.unit ? ` ${g.unit}` : ''}` : null;
    return load ? [`With the reps next time (e.g. "${e.written} ${load} x 5") your next loads will follow it.`] : [];
  });
  return [...(ids.length ? await nextLoadLines(c.deps.db, c.client, ids, c.today) : []), ...ask.slice(0, 1)];
}

/** A skipped session goes through the missed-session rules: moved to a free day this week, or dropped. */
async function missedLines(c: TurnContext, outcomes: LogOutcome[]): Promise<string[]> {
  if (!c.plan) return [];
  const lines: string[] = [];
  for (const o of outcomes) {
    // A past week said missed has nothing left to move: its days are logged skipped and next week eases in.
    // Cross-training in a run's place took that day: the run is missed, not moved to another day.
    if (o.question !== null || o.entry.kind !== 'skipped' || o.entry.week || o.entry.crossTraining) continue;
    const r = await applyMissedSession(c.deps.db, c.client, c.plan, o.entry.date, c.today, { longRun: /\blong run\b/i.test(o.entry.note ?? '') });
    if (r && r.decision.action !== 'none') lines.push(r.line);
  }
  return lines;
}

/**
 * The answer to "Which lift was that?": a short text naming one lift ("squat", "the bench", "rows").
 * A text with numbers is a log of its own and is read as one.
 */
function liftAnswer(text: string): ExerciseMention | null {
  if (/\d/.test(text) || normalize(text).split(' ').length > 5) return null;
  const named = findExerciseMentions(text, { loose: true });
  return named.length === 1 ? named[0]! : null;
}

/** "3x10 @ 95 lb": the sets waiting for their lift, as the client sent them. */
function setsSaid(groups: readonly SetGroup[]): string {
  return groups.map((g) => `${g.sets > 1 || g.reps === null ? `${g.sets}x` : ''}${g.reps ?? ''}${g.load !== null ? ` @ ${g.load}${g.unit ? ` ${g.unit}` : ''}` : ''}`).join(', ');
}

function choiceOf(text: string): 0 | 1 | null {
  const t = normalize(text).replace(/[.!?]+$/, '');
  if (/^(1|one|first|the first|first one|the first one|a|option 1|#1)$/.test(t) || isYes(t)) return 0;
  if (/^(2|two|second|the second|second one|the second one|b|option 2|#2|the other|the other one)$/.test(t)) return 1;
  return null;
}

/**
 * The coaching flow: everything that is not a carrier keyword. A client who is onboarding (or building a new
 * plan) talks to onboarding; everyone else's text is read (deterministic rules, the model for what the rules
 * are unsure of when one is configured, otherwise "Did you mean … or …?") and answered item by item.
 */
export async function coach(deps: AppDeps, client: ClientRow, text: string, ctx: CoachContext): Promise<CoachTurn> {
  // A text with no words is a picture sent on its own (an MMS): thanked, never "didn't get that".
  if (!text.trim()) return { reply: PHOTO_REPLY, intent: 'empty', agent: null };
  // Read once: onboarding's progress and a pending question live in the same row.
  const stored = ctx.prefetched ? (ctx.prefetched.state ?? undefined) : await loadState(deps.db, client.id);
  const onboarding = await onboardingInProgress(deps, client, stored ?? null);
  if (onboarding === 'fresh') return beginOnboarding(deps, client, ctx.now, undefined, text);
  // The text answered a question whose state no longer reads: not an answer to the first question asked again.
  if (onboarding === 'lost') return beginOnboarding(deps, client, ctx.now, LOST_TRACK);
  if (onboarding) {
    const turn = await continueOnboarding(deps, client, onboarding, text, ctx.now);
    return turn.kept ? withKeptNotes(deps, turn.kept.client, turn, turn.kept.notes, ctx) : turn;
  }

  const today = localToday(client, ctx.now);
  const c: TurnContext = {
    deps,
    client,
    text,
    now: ctx.now,
    today,
    inboundId: ctx.inboundId,
    plan: await planOf(deps, client, ctx),
    ...(ctx.prefetched?.today ? { prefetchedToday: ctx.prefetched.today } : {}),
  };
  // A question asked while sets wait for their lift's name: answered, and the sets keep waiting (set below).
  let stillWaiting: ItemOf<'unnamed_lift'> | null = null;
  const finish = async (items: Item[], agent: unknown, intent?: string): Promise<CoachTurn> => {
    const { lines, pending } = await answer(c, items);
    if (pending) await saveState(deps.db, client.id, PENDING_FLOW, pending);
    if (!pending && stillWaiting && !items.some((i) => isLogItem(i) || i.intent === 'unnamed_lift' || i.intent === 'correct_log')) {
      await saveState(deps.db, client.id, PENDING_FLOW, { kind: 'which_lift', item: stillWaiting } satisfies Pending);
      lines.push({ text: `And your ${setsSaid(stillWaiting.groups)} - which lift was that?`, priority: KEEP.question });
    }
    return { reply: replyOf(lines), intent: intent ?? [...new Set(items.map((i) => i.intent))].join('+'), agent };
  };

  // An answer to the question asked last turn.
  if (stored?.flow === PENDING_FLOW) {
    await clearState(deps.db, client.id);
    // A question stored in a shape this version does not read is dropped: the text is read as any other.
    const parsed = pendingSchema.safeParse(stored.state);
    const pending: Pending | { kind: 'unreadable' } = parsed.success ? parsed.data : { kind: 'unreadable' };
    if (pending.kind === 'confirm_logs' && isYes(text)) {
      const outcomes = await recordLogs(deps.db, client, pending.entries, { today, inboundId: ctx.inboundId, rawText: pending.rawText, confirmed: true });
      return { reply: fitSegments(outcomeLines(outcomes), 4), intent: 'confirm_logs', agent: null };
    }
    if (pending.kind === 'confirm_logs' && isNo(text)) return { reply: 'OK, not logged. Send the right numbers when you have them.', intent: 'confirm_logs_no', agent: null };
    if (pending.kind === 'confirm_logs') {
      // "no that was 18.5 km": a correction of the entry held back, not of what was stored before it.
      const fix = readText(text, { now: ctx.now, timezone: client.timezone, units: client.units }).items.find((i): i is ItemOf<'correct_log'> => i.intent === 'correct_log');
      if (fix && fix.replacement.length) {
        const day = pending.entries[0]?.date ?? today;
        return finish(fix.replacement.map((r) => ({ ...r, date: day })), null, 'correct_pending');
      }
    }
    if (pending.kind === 'proposal' && (isYes(text) || isNo(text))) {
      const reply = isYes(text) ? await acceptProposal(deps.db, client, pending.proposal, today) : await declineProposal(deps.db, client, pending.proposal, today);
      return { reply, intent: isYes(text) ? 'proposal_yes' : 'proposal_no', agent: null };
    }
    if (pending.kind === 'unspare' && (isYes(text) || isNo(text))) {
      if (isNo(text)) return { reply: `OK, I'll keep going easy on your ${pending.areas}.`, intent: 'unspare_no', agent: null };
      const rebuilt = await clearLimitations(deps.db, client, pending.limitations, today);
      const reply = rebuilt
        ? `Done - your plan is rebuilt with ${pending.lift} back in, and it no longer goes easy on your ${pending.areas}. Start light for the first sessions, and tell me if it complains.`
        : `Your plan already has ${pending.lift} in it. Text "week" to see which days.`;
      return { reply, intent: 'unspare_yes', agent: null };
    }
    if (pending.kind === 'offer' && isYes(text)) return finish([pending.item], null, 'offer_yes');
    if (pending.kind === 'offer' && isNo(text)) return { reply: 'OK, it stays where it is.', intent: 'offer_no', agent: null };
    if (pending.kind === 'which_lift') {
      // "how heavy should i squat?" is a question, not the lift's name ("squat?" alone still is).
      const said = liftAnswer(text);
      const wordCount = (s: string) => normalize(s).split(/\s+/).filter(Boolean).length;
      const asks = isQuestion(normalize(text)) && (!said || wordCount(text) > wordCount(said.written) + 1);
      const named = asks ? null : said;
      if (asks) stillWaiting = pending.item;
      if (named) {
        const { date, groups, note } = pending.item;
        // "3x10 at 95 on the smith" then "squat": the Smith machine squat, the implement said with the sets.
        const kit = namesNoImplement(named.written) ? implementWordIn(note) : null;
        const withKit = kit ? liftAnswer(`${kit} ${text}`) : null;
        const lift = withKit && withKit.exercise.id !== named.exercise.id ? { exercise: withKit.exercise, written: `${kit} ${named.written}` } : named;
        return finish([{ intent: 'log_strength', date, lift: { exerciseId: lift.exercise.id, name: lift.exercise.name, written: lift.written, groups } }], null, 'which_lift');
      }
    }
    // "Text a new time (e.g. "6:30am") to change it." then "7:30": the new time, not a race time asked about.
    if (pending.kind === 'text_time' && CLOCK_ALONE.test(normalize(text).trim())) {
      const said = normalize(text).trim().replace(/^at\s+/, '').replace(/(\d)\.(\d)/, '$1:$2');
      return finish(readText(`send my texts at ${said}`, { now: ctx.now, timezone: client.timezone, units: client.units }).items, null, 'text_time_set');
    }
    if (pending.kind === 'choose') {
      const pick = choiceOf(text);
      if (pick !== null) return finish([pending.options[pick]], null, 'choose');
    }
  }

  // "yes" / "nope, missed them" to a held race week's question about last week's unlogged runs.
  const ran = c.plan?.outline.race ? ranUnloggedRuns(text) : null;
  if (ran !== null && c.plan) {
    const reply = await answerUnloggedRuns(deps.db, client, c.plan, today, ran, ctx.inboundId, text);
    if (reply) return { reply, intent: ran ? 'unlogged_runs_yes' : 'unlogged_runs_no', agent: null };
  }

  const read: Understanding = readText(text, { now: ctx.now, timezone: client.timezone, units: client.units });
  if (read.confidence >= CLASSIFY_THRESHOLD) return finish(read.items, null);
  const modelRead = await understandWithModel(deps.model, text, { today, timezone: client.timezone, units: client.units }, read, { timeoutMs: deps.config.openai.timeoutMs });
  if (modelRead.understanding !== read) return finish(modelRead.understanding.items, modelRead.trace);
  // Unsure, and no model (or it failed): never store a guess - ask which of the two nearest readings it is.
  const options = read.alternatives;
  if (options) {
    await saveState(deps.db, client.id, PENDING_FLOW, { kind: 'choose', options } satisfies Pending);
    return { reply: `Did you mean: 1) ${describeItem(options[0], today)}, or 2) ${describeItem(options[1], today)}? Reply 1 or 2.`, intent: 'did_you_mean', agent: modelRead.trace };
  }
  const hasLog = read.items.some(isLogItem);
  if (hasLog && read.confidence < 0.5) return { reply: NOT_UNDERSTOOD_REPLY, intent: 'unsure', agent: modelRead.trace };
  return finish(read.items, modelRead.trace);
}

/** What a report kept from onboarding may still do to the new plan: the reports, never a log or a question. */
// exclude_exercise: a lift the client was nervous about at onboarding ("deadlifts from the floor make me nervous").
const KEPT_INTENTS: ReadonlySet<string> = new Set(['illness', 'travel', 'pain', 'pause', 'health_condition', 'load_limit', 'missed_session', 'exclude_exercise', 'tune_up_race']);

/**
 * Reports said mid-onboarding ("got the flu, out till thurs", "hotel next week, dumbbells only") read again
 * once the plan exists, each dated from when it was said, and answered like any report: the first week has
 * them, and the welcome says so. One that has already ended by now changes nothing.
 */
async function withKeptNotes(deps: AppDeps, client: ClientRow, turn: CoachTurn, notes: readonly KeptNote[], ctx: CoachContext): Promise<CoachTurn> {
  const today = localToday(client, ctx.now);
  const plan = await activePlan(deps.db, client.id);
  if (!plan) return turn;
  const items = notes.flatMap((n) =>
    readText(n.text, { now: new Date(n.at), timezone: client.timezone, units: client.units })
      .items.filter((i) => KEPT_INTENTS.has(i.intent))
      .filter((i) => !('to' in i) || i.to == null || i.to >= today)
      .filter((i) => !('until' in i) || i.until == null || i.until >= today)
      // "skip fri, flying to denver thru sunday": a session ahead the client cannot make, still ahead now.
      .filter((i) => i.intent !== 'missed_session' || i.date >= today)
      .map((i) => ('from' in i && typeof i.from === 'string' && i.from < today ? { ...i, from: today } : i)),
  );
  // "had my son 8 months ago" while setting up: mid-plan that is the FAQ's (understand/rules.ts), but told before the
  // plan it is built in - a lifter's request carries it, and a runner's runs get its rules here, as a health note.
  const birth = notes.map((n) => ({ n, h: findHealthConditions(n.text).find((x) => x.condition === 'postpartum') })).find((x) => x.h);
  if (birth?.h) items.push({ intent: 'health_condition', condition: birth.h.condition, label: birth.h.label, note: birth.n.text });
  if (!items.length) return turn;
  const c: TurnContext = { deps, client, text: notes.map((n) => n.text).join(' / '), now: ctx.now, today, inboundId: ctx.inboundId, plan };
  const { lines } = await answer(c, items);
  return { ...turn, reply: replyOf([{ text: turn.reply ?? '', priority: KEEP.question }, { text: 'From what you told me along the way:', priority: KEEP.headline }, ...lines]) };
}

/**
 * A question about planned days ("what's today", "tomorrow", "this week", "friday?") from a client with no
 * question pending, answered from the days already stored as they stand: reads only (the plan and the days,
 * one statement), never a write, so the inbound turn can answer it without taking the client's lock. Null
 * when the text is anything else, or a day it shows would have to be built or rebuilt: then the full turn
 * (coach) answers, with the same words.
 */
export async function answerFromStore(deps: AppDeps, client: ClientRow, text: string, ctx: CoachContext): Promise<CoachTurn | null> {
  const stored = ctx.prefetched ? ctx.prefetched.state : await loadState(deps.db, client.id);
  // A finished onboarding's state leaves nothing pending: the coach answers as with no state (questionPending).
  if (questionPending(stored) || (client.status !== 'active' && client.status !== 'paused') || !text.trim()) return null;
  const today = localToday(client, ctx.now);
  const read = readText(text, { now: ctx.now, timezone: client.timezone, units: client.units });
  if (read.confidence < CLASSIFY_THRESHOLD || !read.items.length || !read.items.every((i) => VIEW_INTENTS.has(i.intent))) return null;
  const plan = await planOf(deps, client, ctx);
  if (!plan) return null;
  const answerStored = async (days: readonly WorkoutRow[], db: AppDeps['db']) => {
    // On the handle that carries the stored days: the handlers read them from it, not from the database.
    const c: TurnContext = { deps: { ...deps, db }, client, text, now: ctx.now, today, inboundId: ctx.inboundId, plan };
    const { lines } = await answer(c, read.items);
    return { reply: replyOf(lines), intent: [...new Set(read.items.map((i) => i.intent))].join('+'), agent: null, readDays: days };
  };
  return withStoredDays(deps.db, client, plan, read.items.flatMap((i) => viewDates(i, today)), today, answerStored, ctx.prefetched?.today, ctx.prefetched?.days);
}
