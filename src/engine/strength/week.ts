/**
 * One plan week: 7 days from the outline, each training day's exercises with sets, reps, RIR, rest and loads,
 * weekly hard sets per muscle, and the inputs that made it.
 */
import { addDays, daysBetween, isoWeekday } from '../dates.js';
import { hashSeed } from '../rng.js';
import type { IsoWeekday, Limitation } from '../vocabulary.js';
import { buildMacrocycle } from '../periodization/macrocycle.js';
import { DELOAD_LOAD_FACTOR, DELOAD_SET_FACTOR, modifiersForWeek } from '../periodization/modifiers.js';
import type { OutlineWeek, StrengthOutline, TrainingBlock } from '../periodization/types.js';
import { DELOAD_RIR } from '../periodization/block-templates.js';
import { COVERAGE_FAMILY, FULL_BODY_COVERAGE, upperOnlyPattern, weeklyPattern, type CoverageFamily, type DayLoadLevel, type Slot, type SlotRole, type WeeklyPattern } from '../microcycle/split.js';
import { exerciseById, type Exercise, nameMidSentence } from './exercises.js';
import { knownOneRepMaxes } from './known-maxes.js';
import { healthDayNotes, healthExcluded, withHealthRules } from './health-request.js';
import { UPPER_BODY_NOTE, upperBodyExcluded } from './upper-body-only.js';
import { addsPowerBalance, ageExcludedExercises, agePowerChoices } from './age-rules.js';
import { isLegLoad, LIGHT_LEGS_MAX_SETS, LIGHT_LEGS_RIR } from './legs-light.js';
import { inLightPullWindow, LIGHT_PULL_MAX_SETS, LIGHT_PULL_REPS, LIGHT_PULL_RIR, MEET_PULLS } from './meet-pulls.js';
import { loadFor, percentOfOneRepMax } from './one-rep-max.js';
import { roundLoadDown, roundTenth } from '../units.js';
import { fitToCap, repSecondsFor, REP_CEILING } from './load-cap.js';
import { startingBell } from './starting-bell.js';
import {
  exerciseMinutes,
  exerciseTiming,
  formatReps,
  repRangeFor,
  ROLE_RANK,
  restFor,
  rirFor,
  SESSION_WARMUP_MIN,
  SETUP_MIN,
  setBounds,
  type RepRange,
} from './prescription.js';
import { requestForWeek, type StrengthRequest } from './request.js';
import {
  candidatesFor,
  COMPETITION_LIFTS,
  exposureHistory,
  meetKeep,
  patternLabel,
  resolveForDay,
  standingOnly,
  selectForMesocycle,
  slotKeys,
  stableReason,
  type ExposureHistory,
  type SlotPick,
} from './selection.js';
export { COMPETITION_LIFTS } from './selection.js';
import type {
  OneRmSource,
  PrescribedExercise,
  StrengthDay,
  StrengthPlan,
  StrengthWeek,
  StrengthWeekOptions,
  WeekOverrides,
} from './types.js';
import { allocateSets, hardSets, type AllocItem } from './volume-allocation.js';
import { maxExercisesPerSession } from './session-size.js';
import { groupedMinutes, pairSupersets, straightMinutes, SUPERSET_NOTE_PREFIX, supersetLabels } from './superset.js';
import { guardedPullRange, guardsPulls } from './guarded-pulls.js';
import { landmarksFor, MUSCLES, weeklySetTarget, type Muscle } from './volume-landmarks.js';

/** Macro → mesocycles → blocks for a request (no exercise selection: cheap). */
export function buildStrengthOutline(req: StrengthRequest): StrengthOutline {
  return buildMacrocycle({ startDate: req.startDate, weeks: req.weeks, trainingAge: req.trainingAge, goal: req.goal, ...(req.meetDate ? { meetDate: req.meetDate } : {}) });
}

const POWER_SLOT: Slot = { key: 'power.1', role: 'power', pattern: 'power' };

function patternFor(req: StrengthRequest): WeeklyPattern {
  // Upper body only: an upper-body rotation, no lower or full-body day and no power slot (upper-body-only.ts).
  if (req.upperBodyOnly) return upperOnlyPattern(req.trainingDays);
  const base = weeklyPattern(req.trainingDays, req.trainingAge);
  if (req.goal !== 'power') return base;
  // Power clients start heavy and moderate days with explosive work while fresh.
  return {
    split: base.split,
    days: base.days.map((d) =>
      d.loadLevel === 'light' ? d : { ...d, template: { ...d.template, slots: [POWER_SLOT, ...d.template.slots] } },
    ),
  };
}

interface Draft {
  exercise: Exercise;
  role: SlotRole;
  range: RepRange;
  rir: number;
  restSec: number;
  reason: string;
  /** The day's only lift of a pattern a full-body session must cover (split.ts): never dropped for time. */
  keep: boolean;
}

interface DayDraft {
  date: string;
  weekday: IsoWeekday;
  training: boolean;
  theme: string;
  loadLevel: DayLoadLevel | 'rest';
  equipment: StrengthRequest['equipment'];
  drafts: Draft[];
  notes: string[];
}

/** What a day's loads may not pass, and what a harder variation must fit (load-cap.ts). */
interface DayCaps {
  dumbbell?: number;
  kettlebell?: number;
  /** A limit on every implement (a doctor's), in the request's units. */
  any?: number;
  /** A limit on one lift ("keep it under 135 on squats"), by exercise id, in the request's units. */
  byExercise?: Record<string, number>;
  /** Fewest reps in reserve and reps a set (a health condition). */
  rirFloor?: number;
  minReps?: number;
  equipment: StrengthRequest['equipment'];
  limitations: Limitation[];
  exclude: ReadonlySet<string>;
}

const ROLE_PRIORITY: SlotRole[] = ['main', 'secondary', 'power', 'accessory', 'core'];

/**
 * Scales set counts so the total is round(total × factor), every exercise keeping at least one set and none
 * gaining: the rounding remainder goes to main lifts first and is taken from accessories last in the week.
 */
export function scaleSetCounts(items: readonly { sets: number; role: SlotRole }[], factor: number): number[] {
  const total = items.reduce((t, i) => t + i.sets, 0);
  const goal = Math.round(total * factor);
  const next = items.map((i) => (i.sets === 0 ? 0 : Math.max(1, Math.floor(i.sets * factor))));
  let sum = next.reduce((a, b) => a + b, 0);
  const priority = items
    .map((it, i) => ({ i, rank: ROLE_PRIORITY.indexOf(it.role) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  for (const { i } of priority) {
    if (sum >= goal) break;
    if ((next[i] as number) > 0 && (next[i] as number) < (items[i] as { sets: number }).sets) {
      next[i] = (next[i] as number) + 1;
      sum += 1;
    }
  }
  for (const { i } of [...priority].reverse()) {
    if (sum <= goal) break;
    if ((next[i] as number) > 1) {
      next[i] = (next[i] as number) - 1;
      sum -= 1;
    }
  }
  return next;
}

/**
 * The day's theme names the lifts it really has: "Full body A - squat & bench" becomes "Full body A - goblet
 * squat & dumbbell bench press" when those are the day's main lifts (equipment or a limitation may have
 * swapped them). A template without main lifts ("variations") is named by its first two secondary lifts.
 */
export function themeFor(templateTheme: string, drafts: readonly { role: SlotRole; exercise: { name: string } }[]): string {
  const [prefix] = templateTheme.split(' - ');
  // A day of variations ("Full body C - variations") has no main lift: its first two lifts name it, as a client
  // reads a day by what they will do, not by the template's word for it.
  const named = drafts.some((d) => d.role === 'main') ? drafts.filter((d) => d.role === 'main') : drafts.filter((d) => d.role === 'secondary');
  const mains = named.slice(0, 2).map((d) => nameMidSentence(d.exercise.name));
  if (mains.length === 0 || prefix === undefined) return templateTheme;
  return `${prefix} - ${mains.join(' & ')}`;
}

/**
 * Beginners and fat-loss plans keep sets at 15 reps or fewer: loads heavy enough to build strength and muscle
 * while dieting (Schoenfeld et al. 2017: 6–15 reps with effort near failure; ACSM progression models for
 * novices: 8–12, up to 15). A range above the cap shifts down, keeping its width.
 */
export const BEGINNER_REP_CAP = 15;

/**
 * Two-legged bodyweight leg work (squats, glute bridges) carries a fraction of what the legs can lift: 6-8
 * reps of it is a warm-up, not a set near failure. It starts at 10 reps (and slows down, below, if that is
 * still easy); single-leg and upper-body bodyweight work is hard enough at the planned reps.
 */
export const BODYWEIGHT_LEGS_MIN_REPS = 10;
const LEG_PATTERNS: ReadonlySet<Exercise['pattern']> = new Set(['squat', 'hinge', 'hip_thrust']);

function capReps(range: { min: number; max: number }, exercise: Exercise, cap: number): { min: number; max: number } {
  if (!exercise.timed && exercise.implement === null && exercise.laterality === 'bilateral' && LEG_PATTERNS.has(exercise.pattern) && range.min < BODYWEIGHT_LEGS_MIN_REPS) {
    const width = range.max - range.min;
    range = { min: BODYWEIGHT_LEGS_MIN_REPS, max: Math.min(Math.max(cap, BODYWEIGHT_LEGS_MIN_REPS), BODYWEIGHT_LEGS_MIN_REPS + width) };
  }
  if (exercise.timed || range.max <= cap) return range;
  const width = range.max - range.min;
  return { min: Math.max(1, cap - width), max: cap };
}

/**
 * Fat-loss plans add conditioning and daily movement (ACSM position stand on weight loss: 150–250 min a week
 * of moderate activity; steps are the easiest way to get there).
 */
export const CONDITIONING_MIN = 10;
export const FAT_LOSS_CONDITIONING = 'Then 10 min brisk cardio (bike, rower or walk). 8,000+ steps today.';
export const FAT_LOSS_REST_DAY = 'Rest from lifting: a 30-minute walk today counts toward your 8,000+ steps.';
export const FIRST_SESSION_NOTE = 'Lifts without a weight: pick one you could lift 3 more times, and log it; next week\'s loads come from it.';

/**
 * When the week's hard sets already reach each muscle's MRV and the session is still short of the minutes
 * asked, the rest is easy cardio (up to 20 min) and mobility: more hard sets would pass what the client can
 * recover from (RP volume landmarks), and empty time is not a plan.
 */
export function fillerNote(minutes: number, upperBodyOnly?: boolean): string {
  const cardio = Math.min(20, minutes);
  const mobility = minutes - cardio;
  return `Finish with ${cardio} min easy cardio (${upperBodyOnly ? 'arm bike or pushing your chair' : 'bike, rower or brisk walk'})${mobility > 0 ? ` and ${mobility} min mobility or stretching` : ''}: your muscles already get all the hard sets they can recover from this week.`;
}

/**
 * When a short session needs all its minutes for the lifts that cover the body, the cardio finisher goes
 * before a movement pattern does; the walk later in the day keeps the fat-loss plan's activity.
 */
export const FAT_LOSS_NO_ROOM = 'No time left for the cardio finisher today: walk 20-30 min later instead. 8,000+ steps today.';

/**
 * The fat-loss day notes, by what the client moves with. A client who trains the upper body only (a wheelchair
 * user, a leg in a cast) cannot walk to a step count: their daily activity is counted in active minutes (pushing
 * the chair, an arm bike), the same 150–250 min a week the ACSM asks of everyone.
 */
export const FAT_LOSS_NOTES: Record<'whole' | 'upper', { conditioning: string; restDay: string; noRoom: string }> = {
  whole: { conditioning: FAT_LOSS_CONDITIONING, restDay: FAT_LOSS_REST_DAY, noRoom: FAT_LOSS_NO_ROOM },
  upper: {
    conditioning: 'Then 10 min brisk arm cardio (arm bike, seated ropes or pushing your chair). 30+ active minutes today.',
    restDay: 'Rest from lifting: 30 minutes of pushing your chair or an arm bike today counts toward your active minutes.',
    noRoom: 'No time left for the cardio finisher today: 20-30 min of pushing or arm bike later instead. 30+ active minutes today.',
  },
};

/** The fat-loss notes for a request: active minutes for an upper-body-only plan, steps otherwise. */
export function fatLossNotes(upperBodyOnly: boolean | undefined): (typeof FAT_LOSS_NOTES)['whole'] {
  return FAT_LOSS_NOTES[upperBodyOnly ? 'upper' : 'whole'];
}

/** Marks, on a full-body day, the first lift of each pattern the session must cover (split.ts). */
function markCoverage(drafts: Draft[]): void {
  const seen = new Set<CoverageFamily>();
  for (const d of drafts) {
    const family = COVERAGE_FAMILY[d.exercise.pattern];
    if (!family || seen.has(family)) continue;
    seen.add(family);
    d.keep = true;
  }
}

/**
 * How to do the day's supersets, in one line: "Supersets A1/A2, B1/B2: alternate sets, rest 90s after each
 * pair." (each pair's own rest when they differ: "rest 90s after A2, 75s after B2").
 */
export function supersetNote(exercises: readonly PrescribedExercise[]): string | null {
  const rests = new Map<string, number>();
  for (const e of exercises) {
    if (!e.superset) continue;
    const letter = e.superset.charAt(0);
    rests.set(letter, Math.max(rests.get(letter) ?? 0, e.restSec));
  }
  if (rests.size === 0) return null;
  const rest = (sec: number) => (sec >= 120 && sec % 30 === 0 ? `${sec / 60} min` : `${sec}s`);
  const pairs = [...rests.keys()].map((l) => `${l}1/${l}2`);
  const same = new Set(rests.values()).size === 1;
  const restText = same ? `${rest([...rests.values()][0] as number)} after each pair` : [...rests].map(([l, sec]) => `${rest(sec)} after ${l}2`).join(', ');
  return `${SUPERSET_NOTE_PREFIX}${pairs.length > 1 ? 's' : ''} ${pairs.join(', ')}: alternate sets, rest ${restText}.`;
}

/** Puts each superset's two exercises side by side, labelled, in the order their first one came. */
function applySupersets(exs: PrescribedExercise[]): PrescribedExercise[] {
  const pairs = pairSupersets(exs);
  const labels = supersetLabels(pairs);
  const anchor = new Map<number, number>();
  for (const [i, j] of pairs) anchor.set(i, Math.min(i, j)).set(j, Math.min(i, j));
  return exs
    .map((e, i) => ({ e: labels.has(i) ? { ...e, superset: labels.get(i) as string } : e, key: anchor.get(i) ?? i, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.e);
}

const SINGLE: RepRange = { min: 1, max: 1 };

/**
 * A lifter 60+ (strength/age-rules.ts): a power exercise first (a few fast reps, far from failure) and a
 * balance hold last, every training day. Power and balance fall fastest with age and are what keeps an older
 * lifter out of a chair's grip and upright after a trip (ACSM 2009; NSCA 2019): in the plan as exercises, so
 * they are counted, texted and logged like the rest, not a line that is easy to skip.
 */
export const OLDER_POWER_REASON = 'Power: each rep as fast as you can up, slowly down. Speed fades faster than strength with age; it is what gets you up quickly and catches a trip.';
export const OLDER_BALANCE_REASON = 'Balance: stand on one foot by a wall or counter, a hand ready to touch it. Steadier on one foot is what keeps you from falling.';
const BALANCE_HOLD: RepRange = { min: 20, max: 30 };
const BALANCE_REST_SEC = 30;


/** Days before a meet with no lifting at all: legs and back fresh on the platform. */
export const MEET_REST_DAYS = 2;
export const MEET_DAY_THEME = 'Meet day';
export const MEET_DAY_NOTE = 'Meet day! Open with a weight you could triple (about 90% of your max), then go up by feel. Good luck.';
export const MEET_WEEK_NOTE = 'Meet week: one crisp single on squat and bench, light fast pulls only, nothing heavier, then rest until the meet.';
export const MEET_REST_NOTE = 'Rest before your meet: sleep, eat, stay off your feet.';

/**
 * The meet week's days: sessions more than MEET_REST_DAYS before the meet stay (light, with the meet-week
 * note), the days just before it are rest, the meet is its own day, and the days after it rest.
 */
export function meetWeekDays(days: readonly StrengthDay[], meetDate: string): StrengthDay[] {
  const rest = (d: StrengthDay, theme: string, note: string): StrengthDay => ({ ...d, type: 'rest', theme, loadLevel: 'rest', exercises: [], estimatedMinutes: 0, notes: [note] });
  return days.map((d) => {
    if (d.date === meetDate) return rest(d, MEET_DAY_THEME, MEET_DAY_NOTE);
    if (d.date > meetDate) return rest(d, 'Rest (after the meet)', 'Meet done: rest, then text me how it went and what you lifted.');
    if (d.type === 'training' && daysBetween(d.date, meetDate) <= MEET_REST_DAYS) return rest(d, 'Rest (meet coming)', MEET_REST_NOTE);
    return d.type === 'training' ? { ...d, notes: [MEET_WEEK_NOTE, ...d.notes] } : d;
  });
}

/** A session fills at least this share of the minutes asked (more sets, not empty time). */
export const SESSION_FILL_SHARE = 0.85;

/** Builds weeks for one request, caching the pattern and each mesocycle's exercise picks. */
export function createStrengthPlanner(request: StrengthRequest, outline: StrengthOutline, opts: StrengthWeekOptions = {}) {
  // A health condition told with the plan (osteopenia, pregnancy) raises the effort floor and halves load steps.
  const req = withHealthRules(request);
  const seed = req.seed ?? hashSeed(`${req.startDate}|${req.trainingAge}|${req.goal}|${req.trainingDays.join(',')}`);
  // The general warm-up before the first lift: longer for a lifter 60+ (strength/age-rules.ts).
  const warmupMin = req.warmupMinutes ?? SESSION_WARMUP_MIN;
  const pattern = patternFor(req);
  const keys = slotKeys(pattern);
  const keyRoles = new Map(keys.map((k) => [k.key, k.role]));
  const actual = exposureHistory(opts.exposures ?? []);
  const history = opts.history ?? [];
  const keepFor = (waived: readonly Limitation[]) => meetKeep(req.meetDate, waived);
  // Lifts the lifter's age leaves out (jumps, unassisted pull-ups past 60: strength/age-rules.ts).
  // And those the client's health conditions swap out (a moving lunge with osteopenia, a flat bench pregnant).
  // And, upper body only, every lower-body lift and every lift done standing or on the floor.
  const ageExcluded = new Map([...healthExcluded(req), ...ageExcludedExercises(req.ageBand, req.trainingAge), ...upperBodyExcluded(req.upperBodyOnly)]);
  const healthNotes = [...healthDayNotes(req), ...(req.upperBodyOnly ? [UPPER_BODY_NOTE] : [])];
  const base = { equipment: req.equipment, limitations: req.limitations, trainingAge: req.trainingAge, ageExcluded, ...keepFor(req.limitations), nearMain: req.goal === 'strength' || req.goal === 'power' };
  const mesoPicks: Map<string, SlotPick>[] = [];
  // Fat loss: 10 of the session's minutes go to conditioning after the lifts (when the session has room).
  const conditioningMinutes = req.goal === 'fat_loss' && req.sessionMinutes >= 30 ? CONDITIONING_MIN : 0;

  function picksFor(mesoIndex: number): Map<string, SlotPick> {
    while (mesoPicks.length <= mesoIndex) {
      const m = mesoPicks.length;
      const h: ExposureHistory = new Map();
      for (let i = 0; i < m; i += 1) {
        const derived = new Map([...(mesoPicks[i] as Map<string, SlotPick>).values()].map((p) => [p.exerciseId, 1]));
        h.set(i, actual.get(i) ?? derived);
      }
      mesoPicks.push(selectForMesocycle(keys, base, m, h, seed));
    }
    return mesoPicks[mesoIndex] as Map<string, SlotPick>;
  }

  /** Before a meet, the realization week's heavy day is heavy singles on the competition lifts (about 94%). */
  function peakSingle(type: TrainingBlock['type'], role: SlotRole, loadLevel: DayLoadLevel, exercise: Exercise): boolean {
    return outline.meetDate !== undefined && type === 'realization' && role === 'main' && loadLevel === 'heavy' && COMPETITION_LIFTS.has(exercise.id);
  }

  function blockOf(ow: OutlineWeek): TrainingBlock {
    const meso = outline.mesocycles[ow.mesoIndex];
    const block = meso?.blocks.find((b) => b.index === ow.blockIndex);
    if (!block) throw new Error(`outline week ${ow.weekNumber} has no block`);
    return block;
  }

  function draftDays(ow: OutlineWeek, startDate: string, overrides: WeekOverrides, forceLight: boolean): DayDraft[] {
    const block = blockOf(ow);
    const meso = outline.mesocycles[ow.mesoIndex]!;
    const bias = block.intensityBias;
    const repeatsBias = block.type === 'intensification' && meso.blocks[0]?.intensityBias === bias;
    const mods = modifiersForWeek(outline, ow);
    const limitations: Limitation[] = [...new Set([...req.limitations, ...(overrides.extraLimitations ?? [])])];
    const picks = picksFor(ow.mesoIndex);
    const skip = new Set(overrides.skipDates ?? []);
    const exclude = new Set(overrides.excludeExerciseIds ?? []);
    const substitutions = overrides.substitutions ?? {};
    const lightLegs = new Set(overrides.lightLegsDates ?? []);
    const repCap = req.trainingAge === 'beginner' || req.goal === 'fat_loss' ? BEGINNER_REP_CAP : REP_CEILING;
    return Array.from({ length: 7 }, (_, i): DayDraft => {
      const date = addDays(startDate, i);
      const weekday = isoWeekday(date) as IsoWeekday;
      const pd = pattern.days.find((d) => d.weekday === weekday);
      const travel = overrides.equipmentByDate?.[date];
      const equipment = travel ?? req.equipment;
      const dayNotes = overrides.notesByDate?.[date] ?? [];
      if (!pd || skip.has(date)) {
        return {
          date,
          weekday,
          training: false,
          theme: pd ? 'Rest (skipped)' : 'Rest',
          loadLevel: 'rest',
          equipment,
          drafts: [],
          notes: pd ? (dayNotes.length ? [...dayNotes] : ['Skipped: this session is not made up later in the week.']) : [],
        };
      }
      const loadLevel: DayLoadLevel = forceLight ? 'light' : pd.loadLevel;
      const dayLimits = overrides.limitationsByDate?.[date] ?? [];
      const c = {
        equipment,
        limitations: dayLimits.length ? [...new Set([...limitations, ...dayLimits])] : limitations,
        trainingAge: req.trainingAge,
        exclude: overrides.excludeByDate?.[date]?.length || overrides.easedByDate?.[date]?.swap.length ? new Set([...exclude, ...(overrides.excludeByDate?.[date] ?? []), ...(overrides.easedByDate?.[date]?.swap ?? [])]) : exclude,
        ageExcluded,
        ...keepFor(standingOnly(req.limitations, [...(overrides.extraLimitations ?? []), ...dayLimits])),
      };
      const used = new Set<string>();
      const drafts: Draft[] = [];
      for (const slot of pd.template.slots) {
        const mesoPick = picks.get(slot.key);
        const pick = resolveForDay(slot, mesoPick, c, used, travel ? 'travel' : null, substitutions);
        if (!pick) continue;
        const exercise = exerciseById(pick.exerciseId);
        if (!exercise) continue;
        const keyRole = keyRoles.get(slot.key) ?? slot.role;
        const reason =
          pick === mesoPick && keyRole !== slot.role && slot.role !== 'accessory' && slot.role !== 'core'
            ? stableReason(keyRole, slot.role, slot.pattern)
            : pick.reason;
        used.add(exercise.id);
        drafts.push({
          exercise,
          role: slot.role,
          range: peakSingle(block.type, slot.role, loadLevel, exercise) ? SINGLE : capReps(repRangeFor(exercise, slot.role, bias, loadLevel, block.type, repeatsBias), exercise, repCap),
          rir: rirFor(slot.role, ow.rir, loadLevel),
          restSec: restFor(slot.role, bias, mods.restMultiplier),
          reason,
          keep: false,
        });
      }
      if (pattern.split === 'full_body') {
        // A pattern the day's slots missed (the slot's lift ruled out, or taken by another slot) but the kit
        // allows: its first fitting lift comes in as a second lift, so the session still covers the body.
        const covered = new Set(drafts.map((x) => COVERAGE_FAMILY[x.exercise.pattern]));
        for (const family of FULL_BODY_COVERAGE) {
          if (covered.has(family)) continue;
          const patterns = (Object.keys(COVERAGE_FAMILY) as Exercise['pattern'][]).filter((p) => COVERAGE_FAMILY[p] === family);
          const exercise = patterns.flatMap((p) => candidatesFor({ key: `cover.${family}`, pattern: p }, c).list).find((e) => COVERAGE_FAMILY[e.pattern] === family && !used.has(e.id));
          if (!exercise) continue;
          used.add(exercise.id);
          drafts.push({
            exercise,
            role: 'secondary',
            range: capReps(repRangeFor(exercise, 'secondary', bias, loadLevel, block.type, repeatsBias), exercise, repCap),
            rir: rirFor('secondary', ow.rir, loadLevel),
            restSec: restFor('secondary', bias, mods.restMultiplier),
            reason: `Your ${patternLabel(exercise.pattern)} lift today, so the session trains the whole body.`,
            keep: false,
          });
        }
      }
      if (drafts.length === 0) {
        // Every slot was ruled out (many limitations at once): a safe core movement keeps the day useful.
        const fallback = exerciseById('dead_bug') as Exercise;
        drafts.push({
          exercise: fallback,
          role: 'core',
          range: repRangeFor(fallback, 'core', bias, loadLevel, block.type, repeatsBias),
          rir: rirFor('core', ow.rir, loadLevel),
          restSec: restFor('core', bias, mods.restMultiplier),
          reason: 'Safe core work: your limitations rule out the planned lifts today.',
          keep: false,
        });
      }
      // Power and balance for 60+ are leg work (sit-to-stands, a single-leg hold): not for upper body only.
      if (addsPowerBalance(req.ageBand) && !req.upperBodyOnly) {
        // A lifter 60+: power first, while fresh, and balance last, as exercises of the day (age-rules.ts).
        const choices = candidatesFor({ key: 'age.power', pattern: 'power' }, c).list.filter((e) => !used.has(e.id) && agePowerChoices(req.ageBand).includes(e.id));
        const power = drafts.some((x) => x.role === 'power') ? undefined : choices.sort((a, b) => agePowerChoices(req.ageBand).indexOf(a.id) - agePowerChoices(req.ageBand).indexOf(b.id))[0];
        if (power) {
          used.add(power.id);
          drafts.unshift({
            exercise: power,
            role: 'power',
            range: repRangeFor(power, 'power', bias, loadLevel, block.type, repeatsBias),
            rir: rirFor('power', ow.rir, loadLevel),
            restSec: restFor('power', bias, mods.restMultiplier),
            reason: OLDER_POWER_REASON,
            keep: true,
          });
        }
        const balance = candidatesFor({ key: 'age.balance', pattern: 'balance' }, c).list.find((e) => !used.has(e.id));
        if (balance) {
          used.add(balance.id);
          drafts.push({ exercise: balance, role: 'core', range: BALANCE_HOLD, rir: rirFor('core', ow.rir, loadLevel), restSec: BALANCE_REST_SEC, reason: OLDER_BALANCE_REASON, keep: true });
        }
      }
      if (pattern.split === 'full_body') markCoverage(drafts);
      // The last heavy deadlift is 10+ days before the meet (meet-pulls.ts); closer in, fast pulls.
      for (const x of drafts) if (inLightPullWindow(x.exercise.id, date, outline.meetDate)) Object.assign(x, { range: LIGHT_PULL_REPS, rir: Math.max(LIGHT_PULL_RIR, x.rir) });
      // A back told of, hurt or healed: the deadlift stays at 6 reps or fewer (guarded-pulls.ts).
      if (guardsPulls(limitations, req.backTold)) for (const x of drafts) x.range = guardedPullRange(x.exercise.id, x.range);
      if (lightLegs.has(date)) {
        // A key run next to this day (hybrid plans): the leg lifts stay, in a light day's reps, well short of failure.
        for (const x of drafts) {
          if (!isLegLoad(x.exercise) || x.role === 'power') continue;
          x.range = capReps(repRangeFor(x.exercise, x.role, bias, 'light', block.type, repeatsBias), x.exercise, repCap);
          x.rir = Math.max(LIGHT_LEGS_RIR, x.rir);
        }
      }
      const notes: string[] = [...dayNotes];
      // An older lifter's warm-up (strength/age-rules.ts), on every training day.
      if (req.ageNote && !notes.includes(req.ageNote)) notes.push(req.ageNote);
      for (const n of healthNotes) if (!notes.includes(n)) notes.push(n);
      // A stored request from before the plan carried power and balance as exercises keeps its line.
      if (req.powerBalanceNote && !addsPowerBalance(req.ageBand) && !notes.includes(req.powerBalanceNote)) notes.push(req.powerBalanceNote);
      if (travel && dayNotes.length === 0) notes.push(`Planned for the equipment you have that day: ${travel.join(', ').replace(/_/g, ' ')}.`);
      return { date, weekday, training: true, theme: themeFor(pd.template.theme, drafts), loadLevel, equipment, drafts, notes };
    });
  }

  /**
   * The day's load caps: a trip's heaviest dumbbell on its dates, else the client's own (request maxLoads);
   * with the constraints a harder variation must meet.
   */
  function capsOn(date: string, equipment: StrengthRequest['equipment'], overrides: WeekOverrides): DayCaps {
    const any = overrides.maxLoadByDate?.[date];
    const under = (v: number | undefined) => (any === undefined ? v : Math.min(v ?? Infinity, any));
    const dumbbell = under(overrides.maxDumbbellByDate?.[date] ?? req.maxLoads?.dumbbell);
    const kettlebell = under(req.maxLoads?.kettlebell);
    // The plan's own floor (a young lifter, request effortFloor) and a health condition's on the date: the higher.
    const higher = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
    const rirFloor = higher(overrides.rirFloorByDate?.[date], req.effortFloor?.rir);
    const minReps = higher(overrides.minRepsByDate?.[date], req.effortFloor?.minReps);
    const limitations = [...new Set([...req.limitations, ...(overrides.extraLimitations ?? []), ...(overrides.limitationsByDate?.[date] ?? [])])];
    const byExercise = overrides.maxLoadByExerciseByDate?.[date];
    return {
      ...(byExercise ? { byExercise } : {}),
      ...(dumbbell !== undefined ? { dumbbell } : {}),
      ...(kettlebell !== undefined ? { kettlebell } : {}),
      ...(any !== undefined ? { any } : {}),
      ...(rirFloor !== undefined ? { rirFloor } : {}),
      ...(minReps !== undefined ? { minReps } : {}),
      equipment,
      limitations,
      exclude: new Set([...(overrides.excludeExerciseIds ?? []), ...(overrides.excludeByDate?.[date] ?? []), ...(overrides.easedByDate?.[date]?.swap ?? []), ...ageExcluded.keys()]),
    };
  }

  function prescribe(
    draft: Draft,
    sets: number,
    maxes: Record<string, OneRmSource>,
    intensityMultiplier: number,
    caps?: DayCaps,
    usedToday: Set<string> = new Set(),
    carried?: { load: number; percent1RM: number | null; tempo: string | null; oneRepMax?: number | null },
  ): PrescribedExercise {
    // A health condition's floors (adaptation/health.ts): more reps in reserve, no low-rep sets.
    if (caps?.rirFloor !== undefined && draft.role !== 'power' && draft.rir < caps.rirFloor) draft = { ...draft, rir: caps.rirFloor };
    if (caps?.minReps !== undefined && !draft.exercise.timed && draft.role !== 'power' && draft.range.min < caps.minReps) {
      const width = draft.range.max - draft.range.min;
      draft = { ...draft, range: { min: caps.minReps, max: Math.max(draft.range.max, caps.minReps + Math.min(width, 2)) } };
    }
    let ex = draft.exercise;
    const known = maxes[ex.id];
    let load: number | null = null;
    let percent: number | null = null;
    // The max the load is `percent` of (said back when a client asks why a load is what it is), and what else set it.
    let oneRepMax: number | null = null;
    let loadNote: string | undefined;
    let rationale = draft.reason;
    let range = draft.range;
    let tempo: string | null = known ? null : (carried?.tempo ?? null);
    const kitCap = ex.implement === 'dumbbell' ? caps?.dumbbell : ex.implement === 'kettlebell' ? caps?.kettlebell : ex.implement ? caps?.any : undefined;
    // A limit said of this lift alone ("keep it under 135 on squats"): the lower of it and the kit's.
    const ownCap = ex.implement ? caps?.byExercise?.[ex.id] : undefined;
    const cap = ownCap === undefined ? kitCap : Math.min(ownCap, kitCap ?? Infinity);
    if (known && ex.implement && !ex.timed && draft.role !== 'power') {
      const p = loadFor(known.value, draft.range.max, draft.rir, req.units, ex.implement, intensityMultiplier);
      load = p.load;
      percent = p.percent1RM;
      oneRepMax = roundTenth(known.value);
      const src = known.source === 'given' ? 'your' : known.source === 'related' ? 'an estimated' : 'your estimated';
      rationale += ` ${load} ${req.units} = ${percent}% of ${src} ${roundTenth(known.value)} ${req.units} 1RM.`;
      const capped =
        cap !== undefined && caps
          ? fitToCap(ex, known.value * intensityMultiplier, draft.range, {
              cap,
              ...(ownCap !== undefined && cap >= ownCap ? { label: `your ${ownCap} ${req.units} limit on ${nameMidSentence(ex.name)}` } : caps.any !== undefined && cap >= caps.any ? { label: `your ${caps.any} ${req.units} limit` } : {}),
              unit: req.units,
              role: draft.role,
              rir: draft.rir,
              beginnerCap: req.trainingAge === 'beginner' || req.goal === 'fat_loss' ? BEGINNER_REP_CAP : null,
              equipment: caps.equipment,
              limitations: caps.limitations,
              trainingAge: req.trainingAge,
              exclude: caps.exclude,
              usedToday,
              knownMax: (id) => (maxes[id] ? maxes[id].value * intensityMultiplier : undefined),
            })
          : null;
      if (capped) {
        // The heaviest dumbbell or bell is too light: more reps, a harder variation or a slower tempo.
        ex = capped.exercise;
        load = capped.load;
        // The capped lift's own max (a variation's, from the ratio), before this week's lighter multiplier.
        oneRepMax = roundTenth(capped.oneRm / intensityMultiplier);
        percent = Math.min(100, Math.max(30, Math.round((capped.load / oneRepMax) * 100)));
        loadNote = capped.note;
        range = capped.range;
        tempo = capped.tempo;
        rationale = `${ex.id === draft.exercise.id ? rationale : draft.reason} ${capped.note}`;
      }
    } else if (carried && ex.implement && !ex.timed && draft.role !== 'power') {
      // A deload of a capped lift with no 1RM of its own (a harder variation): last week's load, lighter.
      load = roundLoadDown(carried.load * intensityMultiplier, req.units, ex.implement);
      percent = carried.percent1RM === null ? null : Math.max(30, Math.round(carried.percent1RM * intensityMultiplier));
      oneRepMax = percent === null ? null : (carried.oneRepMax ?? null);
    } else if (ex.implement === 'kettlebell' && !ex.timed && draft.role !== 'power') {
      // No max to work from: a starting bell for their experience (never over their heaviest), not a blank.
      load = startingBell(ex.pattern, req.trainingAge, req.units, cap);
      // The bell is a guess at the weight these reps and RIR call for, so its %1RM is that effort's.
      if (load !== null) percent = Math.min(100, Math.max(30, Math.round(percentOfOneRepMax(draft.range.max, draft.rir) * 100)));
      if (load !== null) {
        loadNote = 'A starting bell for your experience; log the bell you used and the loads follow it.';
        rationale += ` ${load} ${req.units}: a starting bell for your experience; log the bell you used and the loads follow it.`;
      }
    }
    if (load !== null && cap !== undefined && ex.implement && load > cap) {
      // Never over the heaviest there is; when no loadable weight fits under it, no number (the client uses theirs).
      const under = roundLoadDown(cap, req.units, ex.implement);
      load = under <= cap + 1e-9 ? under : null;
      if (load === null) {
        percent = null;
        oneRepMax = null;
      }
    }
    // The bells or dumbbells the client owns ("kettlebells 15, 25 and 35"): the nearest of them under any cap,
    // the lighter on a tie, never a standard weight they do not have.
    const owned = ex.implement === 'dumbbell' || ex.implement === 'kettlebell' ? req.ownedLoads?.[ex.implement] : undefined;
    if (load !== null && owned?.length) {
      const fit = [...owned].sort((a, b) => a - b).filter((w) => cap === undefined || w <= cap + 1e-9);
      const pool = fit.length ? fit : [Math.min(...owned)];
      const wanted = load;
      load = pool.reduce((best, w) => (Math.abs(w - wanted) < Math.abs(best - wanted) - 1e-9 ? w : best), pool[0]!);
      if (load !== wanted && known && percent !== null) {
        percent = Math.min(100, Math.max(30, Math.round((load / known.value) * 100)));
        oneRepMax = roundTenth(known.value);
      }
    }
    return {
      exerciseId: ex.id,
      name: ex.name,
      role: draft.role,
      pattern: ex.pattern,
      muscles: [...ex.primaryMuscles],
      secondaryMuscles: [...ex.secondaryMuscles],
      sets,
      reps: formatReps(range, ex),
      repsMin: range.min,
      repsMax: range.max,
      timed: ex.timed,
      rir: draft.rir,
      restSec: draft.restSec,
      load,
      unit: req.units,
      percent1RM: percent,
      ...(tempo ? { tempo } : {}),
      rationale,
      reason: draft.reason,
      oneRepMax,
      ...(loadNote ? { loadNote } : {}),
    };
  }

  /**
   * The 1RMs known on `date`: the week's (what was known before it started) unless sets were logged or maxes
   * stated inside the week before that date. Rule: a day's loads use every log dated before it, so a stored
   * week rebuilt after Monday's squat log gives Wednesday's squat a load from it (days already done are never
   * rebuilt, see the services).
   */
  function maxesOn(date: string, weekStart: string, weekMaxes: Record<string, OneRmSource>, mesoIndex: number): Record<string, OneRmSource> {
    return history.some((s) => s.date < date && s.date >= weekStart) ? knownOneRepMaxes(req, history, date, mesoIndex) : weekMaxes;
  }

  /**
   * Too-light dumbbells (a hotel) turn sets into longer high-rep sets; when that pushes a day past the
   * minutes asked, sets go one at a time from the least important lift with the most sets (core, then
   * accessories, then secondary lifts), never below one set each.
   */
  function trimToMinutes(exs: PrescribedExercise[], budget: number): void {
    const order: Record<PrescribedExercise['role'], number> = { core: 0, accessory: 1, power: 2, secondary: 3, main: 4 };
    for (let guard = 0; guard < 100 && dayMinutes(exs) > budget; guard++) {
      const pick = exs.filter((e) => e.sets > 1).sort((a, b) => order[a.role] - order[b.role] || b.sets - a.sets)[0];
      if (!pick) return;
      pick.sets -= 1;
    }
  }

  function dayMinutes(exs: readonly PrescribedExercise[]): number {
    if (exs.length === 0) return 0;
    const parts = exs.map((e) => ({
      part: exerciseTiming(exerciseById(e.exerciseId) as Exercise, e.role, e.sets, { min: e.repsMin, max: e.repsMax }, e.restSec, repSecondsFor(e.tempo)),
      superset: e.superset ?? null,
    }));
    return Math.ceil(warmupMin + groupedMinutes(parts, SETUP_MIN) - 1e-9);
  }

  /**
   * How a week's sessions fit the minutes: supersets when the lifts a session keeps (main, second and
   * coverage lifts at their usual sets) do not fit as straight sets; and, for fat loss, the cardio finisher
   * only when those lifts still fit beside it at their fewest sets.
   */
  function timePlan(drafts: readonly DayDraft[], bias: TrainingBlock['intensityBias']): { supersets: boolean; conditioning: number } {
    const training = drafts.filter((d) => d.training);
    const kept = (d: DayDraft) => d.drafts.filter((x) => x.keep || x.role === 'main' || x.role === 'secondary' || x.role === 'power');
    const part = (x: Draft, n: number) => exerciseTiming(x.exercise, x.role, n, x.range, x.restSec);
    const straight = Math.max(0, ...training.map((d) => warmupMin + kept(d).reduce((t, x) => t + straightMinutes(part(x, setBounds(x.role, bias).pref)), 0)));
    const supersets = straight > req.sessionMinutes - conditioningMinutes;
    if (conditioningMinutes === 0) return { supersets, conditioning: 0 };
    const fewest = Math.max(0, ...training.map((d) => {
      const keep = d.drafts.filter((x) => x.keep);
      const labels = supersets ? supersetLabels(pairSupersets(keep.map((x) => ({ pattern: x.exercise.pattern, role: x.role })))) : new Map<number, string>();
      return warmupMin + groupedMinutes(keep.map((x, i) => ({ part: part(x, setBounds(x.role, bias).min), superset: labels.get(i) ?? null })), SETUP_MIN);
    }));
    return { supersets, conditioning: Math.ceil(fewest - 1e-9) > req.sessionMinutes - conditioningMinutes ? 0 : conditioningMinutes };
  }

  function targetsFor(ow: OutlineWeek, multiplier: number): Record<Muscle, number> {
    return Object.fromEntries(
      MUSCLES.map((m) => [m, weeklySetTarget(m, req.trainingAge, ow.volumeFraction) * multiplier]),
    ) as Record<Muscle, number>;
  }

  function assemble(
    ow: OutlineWeek,
    startDate: string,
    days: StrengthDay[],
    targets: Record<Muscle, number>,
    overrides: WeekOverrides,
    maxes: Record<string, OneRmSource>,
    notes: string[],
  ): StrengthWeek {
    const block = blockOf(ow);
    const meso = outline.mesocycles[ow.mesoIndex]!;
    const all = days.flatMap((d) => d.exercises.map((e) => ({ exercise: exerciseById(e.exerciseId) as Exercise, sets: e.sets })));
    const h = hardSets(all);
    const hardSetsByMuscle = Object.fromEntries(MUSCLES.map((m) => [m, roundTenth(h[m])])) as Record<Muscle, number>;
    const volumeTargets = Object.fromEntries(
      MUSCLES.map((m) => {
        const l = landmarksFor(m, req.trainingAge);
        return [m, { mev: l.mev, mrv: l.mrv, target: roundTenth(targets[m]) }];
      }),
    ) as StrengthWeek['volumeTargets'];
    const hasOverrides = Object.keys(overrides).length > 0;
    return {
      weekNumber: ow.weekNumber,
      startDate,
      endDate: addDays(startDate, 6),
      split: pattern.split,
      block: {
        mesoIndex: ow.mesoIndex,
        mesoNumber: meso.mesoNumber,
        blockIndex: block.index,
        blockNumber: block.blockNumber,
        type: block.type,
        weekInBlock: ow.weekInBlock,
        blockWeeks: block.weeks,
        weekInMeso: ow.weekInMeso,
        mesoWeeks: meso.weeks,
        intensityBias: block.intensityBias,
        adaptationType: block.adaptationType,
        intent: block.intent,
        rir: ow.rir,
        volumeFraction: ow.volumeFraction,
      },
      modifiers: modifiersForWeek(outline, ow),
      days,
      hardSetsByMuscle,
      volumeTargets,
      inputs: {
        trainingAge: req.trainingAge,
        goal: req.goal,
        trainingDays: [...req.trainingDays].sort((a, b) => a - b),
        sessionMinutes: req.sessionMinutes,
        equipment: [...req.equipment],
        limitations: [...req.limitations],
        units: req.units,
        seed,
        overrides: hasOverrides ? overrides : null,
        oneRepMaxes: maxes,
        loggedSetsUsed: history.filter((s) => s.date < startDate).length,
      },
      notes,
    };
  }

  function loadingWeek(ow: OutlineWeek, startDate: string, overrides: WeekOverrides): { week: StrengthWeek; targets: Record<Muscle, number>; conditioning: number } {
    const block = blockOf(ow);
    const multiplier = overrides.volumeMultiplier ?? 1;
    const drafts = draftDays(ow, startDate, overrides, false);
    const { supersets, conditioning } = timePlan(drafts, block.intensityBias);
    const items: AllocItem[] = [];
    const owner: { day: number; draft: Draft }[] = [];
    // A day that pain took lifts out of keeps the rest at their usual sets at most: the session gets shorter, and
    // what is left never takes the freed sets (no "Hammer curl 5x10-15" on a sore-shoulder day).
    const painCut = new Set(drafts.flatMap((d, dayIdx) => (overrides.excludeByDate?.[d.date]?.length ? [dayIdx] : [])));
    drafts.forEach((d, dayIdx) => {
      for (const draft of d.drafts) {
        const b = setBounds(draft.role, block.intensityBias);
        const pref = b.pref;
        items.push({
          day: dayIdx,
          exercise: draft.exercise,
          role: draft.role,
          sets: pref,
          min: b.min,
          max: painCut.has(dayIdx) ? pref : b.max,
          pref,
          minutes: (n) => exerciseMinutes(draft.exercise, draft.role, n, draft.range, draft.restSec),
          keep: draft.keep,
        });
        owner.push({ day: dayIdx, draft });
      }
    });
    // Below 1 (soreness) the week keeps its shape and loses sets evenly; above 1 the targets grow.
    const targets = targetsFor(ow, Math.max(1, multiplier));
    const mrv = Object.fromEntries(MUSCLES.map((m) => [m, landmarksFor(m, req.trainingAge).mrv])) as Record<Muscle, number>;
    const mev = Object.fromEntries(MUSCLES.map((m) => [m, landmarksFor(m, req.trainingAge).mev])) as Record<Muscle, number>;
    const lowPriority = new Set(MUSCLES.filter((m) => mev[m] === 0));
    // With supersets a day's minutes depend on which of its lifts are in (they pair among themselves).
    const pairMemo = new Map<string, Map<number, string>>();
    const supersetMinutesOf = (day: number, counts: readonly number[]): number => {
      const ks = items.flatMap((it, k) => (it.day === day && (counts[k] as number) > 0 ? [k] : []));
      const memoKey = `${day}:${ks.join(',')}`;
      let labels = pairMemo.get(memoKey);
      if (!labels) {
        labels = supersetLabels(pairSupersets(ks.map((k) => ({ pattern: (items[k] as AllocItem).exercise.pattern, role: (items[k] as AllocItem).role }))));
        pairMemo.set(memoKey, labels);
      }
      const lbl = labels;
      return groupedMinutes(
        ks.map((k, i) => {
          const d = (owner[k] as { draft: Draft }).draft;
          return { part: exerciseTiming(d.exercise, d.role, counts[k] as number, d.range, d.restSec), superset: lbl.get(i) ?? null };
        }),
        SETUP_MIN,
      );
    };
    const sets = allocateSets({
      items,
      targets,
      mrv,
      // A realization week drops volume toward maintenance on purpose (RP: peaking at MV), so MEV does not
      // pull sets there; its main lifts keep their sets and the accessories give up time first.
      ...(block.type === 'realization' ? { holdMains: true } : { mev }),
      lowPriority,
      budgetMinutes: req.sessionMinutes - conditioning,
      fixedMinutesPerDay: warmupMin,
      fillMinutes: Math.ceil(req.sessionMinutes * SESSION_FILL_SHARE) - conditioning,
      ...(supersets ? { dayMinutes: supersetMinutesOf } : {}),
      maxPerDay: maxExercisesPerSession(req.sessionMinutes, req.trainingAge),
      unfilledDays: painCut,
    });
    if (multiplier < 1) {
      const scaled = scaleSetCounts(
        items.map((it, k) => ({ sets: sets[k] as number, role: it.role })),
        multiplier,
      );
      scaled.forEach((n, k) => (sets[k] = n));
    }
    const maxes = knownOneRepMaxes(req, history, startDate, ow.mesoIndex);
    const lightLegs = new Set(overrides.lightLegsDates ?? []);
    const days: StrengthDay[] = drafts.map((d, dayIdx) => {
      // Each day's loads come from what was known before that day: a Monday log moves Wednesday's loads.
      const dayMaxes = maxesOn(d.date, startDate, maxes, ow.mesoIndex);
      const cut = overrides.setCutsByDate?.[d.date];
      const factor = overrides.setFactorByDate?.[d.date];
      const eased = overrides.easedByDate?.[d.date];
      const caps = capsOn(d.date, d.equipment, overrides);
      const usedToday = new Set(d.drafts.map((x) => x.exercise.id));
      const straight = owner
        .map((o, k) => ({ o, n: sets[k] as number }))
        .filter(({ o, n }) => o.day === dayIdx && n > 0)
        .map(({ o, n }) => {
          let count = n;
          if (factor !== undefined && factor < 1) count = Math.max(1, Math.round(count * factor));
          // Soreness trims the day's work for those muscles, but the main lift keeps 2 working sets (when it had
          // them): a single set of squats is no session, and the accessories are where the fatigue is cheap to cut.
          if (cut && o.draft.exercise.primaryMuscles.some((m) => cut.muscles.includes(m))) count = Math.max(o.draft.role === 'main' ? Math.min(2, count) : 1, count - cut.sets);
          if (lightLegs.has(d.date) && isLegLoad(o.draft.exercise)) count = Math.min(count, LIGHT_LEGS_MAX_SETS);
          if (inLightPullWindow(o.draft.exercise.id, d.date, outline.meetDate)) count = Math.min(count, LIGHT_PULL_MAX_SETS);
          // A mild ache: the lifts that load the part stay, a set fewer and further from failure (so lighter).
          let draft = o.draft;
          let lighter = 1;
          if (eased && draft.role !== 'power' && (eased.patterns.includes(draft.exercise.pattern) || draft.exercise.stresses.some((l) => eased.limitations.includes(l)))) {
            count = Math.max(draft.role === 'main' ? Math.min(2, count) : 1, count - eased.sets);
            draft = { ...draft, rir: Math.max(draft.rir, Math.min(4, draft.rir + eased.rir)) };
            lighter = eased.load;
          }
          const e = prescribe(draft, count, dayMaxes, lighter, caps, usedToday);
          usedToday.add(e.exerciseId);
          return e;
        });
      // Heavy before light whatever order the lifts were drafted in (a stable sort: same-role lifts keep theirs).
      straight.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
      const exercises = supersets ? applySupersets(straight) : straight;
      trimToMinutes(exercises, req.sessionMinutes - (d.training ? conditioning : 0));
      const notes = [...d.notes];
      const ssNote = supersetNote(exercises);
      if (ssNote) notes.push(ssNote);
      // Time the hard sets cannot use (every muscle at its weekly MRV): low-fatigue work, not empty time. A day
      // pain cut is short on purpose, and its reason is not MRV.
      const lifting = dayMinutes(exercises) + (d.training ? conditioning : 0);
      const gap = d.training && multiplier >= 1 && !painCut.has(dayIdx) && !eased ? Math.floor((req.sessionMinutes * SESSION_FILL_SHARE - lifting + 4.99) / 5) * 5 : 0;
      const filler = gap > 0 ? Math.min(gap, req.sessionMinutes - lifting) : 0;
      if (filler > 0) notes.push(fillerNote(filler, req.upperBodyOnly));
      const unloaded = exercises.some((e) => e.load === null && !e.timed && exerciseById(e.exerciseId)?.implement);
      if (d.training && ow.weekNumber === 1 && unloaded) notes.push(FIRST_SESSION_NOTE);
      if (req.goal === 'fat_loss') {
        const fl = fatLossNotes(req.upperBodyOnly);
        notes.push(!d.training ? fl.restDay : conditioning > 0 ? fl.conditioning : fl.noRoom);
      }
      return {
        date: d.date,
        dayNumber: d.weekday,
        type: d.training ? 'training' : 'rest',
        // A harder variation for a too-light dumbbell may have replaced a main lift: the theme names what is done.
        theme: d.training ? themeFor(d.theme, exercises.map((e) => ({ role: e.role, exercise: { name: e.name } }))) : d.theme,
        loadLevel: d.loadLevel,
        exercises,
        estimatedMinutes: lifting + Math.max(0, filler),
        equipment: [...d.equipment],
        notes,
      };
    });
    const notes: string[] = [];
    if (multiplier !== 1) notes.push(`Weekly sets scaled to ${Math.round(multiplier * 100)}% for recovery.`);
    return { week: assemble(ow, startDate, days, targetsFor(ow, multiplier), overrides, maxes, notes), targets, conditioning };
  }

  /** Deload: the week before's sessions with about half the sets, RIR 4 and ~10 % lighter loads. */
  function deloadWeek(ow: OutlineWeek, startDate: string, overrides: WeekOverrides): StrengthWeek {
    const prev = outline.weekTable[ow.weekNumber - 2];
    const block = blockOf(ow);
    if (!prev || prev.blockType === 'deload') throw new Error(`deload week ${ow.weekNumber} has no loading week before it`);
    const { week: basis, targets, conditioning } = loadingWeek(prev, startDate, overrides);
    const flat = basis.days.flatMap((d, di) => d.exercises.map((e, ei) => ({ di, ei, e })));
    const total = flat.reduce((t, f) => t + f.e.sets, 0);
    const meetWeek = outline.meetDate !== undefined && ow.weekNumber === outline.weeks;
    const next = scaleSetCounts(flat.map((f) => f.e), DELOAD_SET_FACTOR);
    const sum = next.reduce((a, b) => a + b, 0);
    const maxes = basis.inputs.oneRepMaxes;
    const days: StrengthDay[] = basis.days.map((d, di) => {
      if (d.type === 'rest') return d;
      const dayMaxes = maxesOn(d.date, startDate, maxes, prev.mesoIndex);
      const exercises = d.exercises.map((e, ei) => {
        const idx = flat.findIndex((f) => f.di === di && f.ei === ei);
        const ex = exerciseById(e.exerciseId) as Exercise;
        const draft: Draft = {
          exercise: ex,
          role: e.role,
          range: { min: e.repsMin, max: e.repsMax },
          rir: Math.max(DELOAD_RIR, e.rir),
          restSec: restFor(e.role, block.intensityBias, modifiersForWeek(outline, ow).restMultiplier),
          // Weeks stored before `reason` existed: the rationale less its load arithmetic.
          reason: e.reason ?? e.rationale.replace(/ \d[\d.]* (lb|kg) = .*$/, ''),
          keep: false,
        };
        const carried = e.load !== null && !dayMaxes[ex.id] ? { load: e.load, percent1RM: e.percent1RM, tempo: e.tempo ?? null, oneRepMax: e.oneRepMax ?? null } : e.tempo ? { load: e.load ?? 0, percent1RM: e.percent1RM, tempo: e.tempo, oneRepMax: e.oneRepMax ?? null } : undefined;
        // Meet week: the main lifts keep a single at about 85% (RIR 4, not 10% off), sharp but short of the opener.
        // The deadlift has no opener single: its last heavy pull was 10+ days out (light pulls only now).
        const opener = meetWeek && e.role === 'main' && COMPETITION_LIFTS.has(ex.id) && !MEET_PULLS.has(ex.id);
        if (opener) draft.range = SINGLE;
        const p = prescribe(draft, next[idx] as number, dayMaxes, opener ? 1 : DELOAD_LOAD_FACTOR, capsOn(d.date, d.equipment, overrides), new Set(d.exercises.map((x) => x.exerciseId)), carried);
        // The loading week's supersets stay: the same pairs, with the deload's rest.
        return e.superset ? { ...p, superset: e.superset } : p;
      });
      const ssNote = supersetNote(exercises);
      const notes = d.notes.filter((n) => !n.startsWith(SUPERSET_NOTE_PREFIX));
      if (ssNote) notes.splice(d.notes.findIndex((n) => n.startsWith(SUPERSET_NOTE_PREFIX)), 0, ssNote);
      return { ...d, theme: `${themeFor(d.theme, exercises.map((e) => ({ role: e.role, exercise: { name: e.name } })))} (deload)`, loadLevel: 'light' as const, exercises, notes, estimatedMinutes: dayMinutes(exercises) + (d.type === 'training' ? conditioning : 0) };
    });
    const halfTargets = Object.fromEntries(MUSCLES.map((m) => [m, targets[m] * DELOAD_SET_FACTOR])) as Record<Muscle, number>;
    const final = meetWeek ? meetWeekDays(days, outline.meetDate as string) : days;
    const notes = [
      meetWeek
        ? `Meet week: ${final.reduce((t, d) => t + d.exercises.reduce((s, e) => s + e.sets, 0), 0)} sets vs ${total} last week, a single at about 85% on squat and bench (light pulls only), then rest before the meet.`
        : `Deload: ${sum} sets vs ${total} last week, every set with ${DELOAD_RIR} reps in reserve and about 10% lighter.`,
      ...basis.notes,
    ];
    return assemble(ow, startDate, final, halfTargets, overrides, maxes, notes);
  }

  return {
    outline,
    pattern,
    seed,
    picksFor,
    week(weekNumber: number, overrides: WeekOverrides = opts.overrides ?? {}): StrengthWeek {
      const ow = outline.weekTable[weekNumber - 1];
      if (!ow) throw new RangeError(`week ${weekNumber} is outside the ${outline.weeks}-week plan`);
      return ow.blockType === 'deload' ? deloadWeek(ow, ow.startDate, overrides) : loadingWeek(ow, ow.startDate, overrides).week;
    },
  };
}

/** One week of the plan. Deterministic: same inputs → identical output. */
export function strengthWeek(
  req: StrengthRequest,
  outline: StrengthOutline,
  weekNumber: number,
  opts: StrengthWeekOptions = {},
): StrengthWeek {
  // Days told ahead: a week from their date is planned on them (its planner sees those days throughout).
  const start = outline.weekTable[weekNumber - 1]?.startDate;
  return createStrengthPlanner(start ? requestForWeek(req, start) : req, outline, opts).week(weekNumber);
}

/** The whole plan: outline plus every week. */
export function buildStrengthPlan(req: StrengthRequest, opts: StrengthWeekOptions = {}): StrengthPlan {
  const outline = buildStrengthOutline(req);
  const planner = createStrengthPlanner(req, outline, opts);
  const later = req.laterDays ? createStrengthPlanner(requestForWeek(req, req.laterDays.from), outline, opts) : null;
  return { outline, weeks: outline.weekTable.map((w) => (later && w.startDate >= req.laterDays!.from ? later : planner).week(w.weekNumber)) };
}
