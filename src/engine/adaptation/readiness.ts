/**
 * Readiness (pure): what a client says about sleep, stress, energy, soreness and illness becomes a daily
 * fatigue score (seed 001's ReadinessSignal.fatigueScore: 0 = exhausted, 1 = fresh), and a run of low days —
 * or a stalled main lift — becomes a PROPOSAL (early deload or intensity cut) that is applied only when the
 * client answers YES. One bad day never rewrites a block: that is the complaint clients of adaptive apps make.
 *
 * Scoring (coaching heuristic, in the spirit of seed 001's subjective readiness inputs):
 * - each signal's severity 1 (fine) … 5 (wrecked) maps to 1 − (severity − 1) / 4: 5 → 0, 3 → 0.5, 1 → 1;
 * - a day's score is the weighted mean over the signals of that day (several of one kind: the worst counts),
 *   weights below: sleep and energy are whole-body and count fully, stress and soreness 0.75;
 * - illness that day: the score is 0 (illness is handled as a break, never trained through);
 * - pain is not fatigue (it is local and handled by the pain rules), so it is left out.
 * A day is LOW when its score is 0.5 or under: on average a rough day (the text readers put "slept terribly",
 * "exhausted", "super stressed" at severity 3, "only slept 4 hours" at 4).
 *
 * Trigger (coaching heuristic; seed 001 names "lowRecoveryDays" as a deload trigger): at least
 * LOW_DAYS_NEEDED low days among the last LOW_DAYS_WINDOW calendar days (today included). Days without any
 * signal are not low: silence is not fatigue. A stall (strength/progression.ts detectStall: no e1RM progress
 * over 3 sessions) of a main lift is the other trigger.
 */
import { addDays, daysBetween } from '../dates.js';
import type { StallVerdict } from '../strength/progression.js';
import { exerciseById } from '../strength/exercises.js';
import { roundLoad } from '../units.js';
import type { PlanOutline, ProgramWeek } from '../program/program.js';
import { easyLaps } from '../endurance/laps.js';
import { dayHundredths, HARD_TYPES, type RaceDay } from '../endurance/race-day.js';
import { floorTenth, fromHundredths, toHundredths, UNIT_RULES } from '../endurance/units.js';
import { paceZones } from '../endurance/vdot.js';
import { counted } from '../count.js';

export type ReadinessKind = 'sleep' | 'stress' | 'energy' | 'soreness' | 'illness' | 'pain';

export interface ReadinessInput {
  date: string;
  kind: ReadinessKind;
  /** 1 (fine) … 5 (wrecked). */
  severity: number;
}

export const SIGNAL_WEIGHTS: Record<Exclude<ReadinessKind, 'illness' | 'pain'>, number> = { sleep: 1, energy: 1, stress: 0.75, soreness: 0.75 };
export const LOW_SCORE = 0.5;
export const LOW_DAYS_NEEDED = 3;
export const LOW_DAYS_WINDOW = 5;

export interface DayScore {
  date: string;
  /** 0 = exhausted … 1 = fresh, two decimals. */
  score: number;
  low: boolean;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** One score per date that has a fatigue signal (pain-only days have none). */
export function fatigueScores(signals: readonly ReadinessInput[]): DayScore[] {
  const byDate = new Map<string, ReadinessInput[]>();
  for (const s of signals) if (s.kind !== 'pain') byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
  return [...byDate.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([date, list]) => {
      if (list.some((s) => s.kind === 'illness')) return { date, score: 0, low: true };
      const worst = new Map<string, number>();
      for (const s of list) worst.set(s.kind, Math.max(worst.get(s.kind) ?? 1, Math.min(5, Math.max(1, s.severity))));
      let sum = 0;
      let weights = 0;
      for (const [kind, sev] of worst) {
        const w = SIGNAL_WEIGHTS[kind as keyof typeof SIGNAL_WEIGHTS];
        sum += w * (1 - (sev - 1) / 4);
        weights += w;
      }
      const score = r2(sum / weights);
      return { date, score, low: score <= LOW_SCORE };
    });
}

export type ProposalKind = 'early_deload' | 'intensity_reduction';

export interface Proposal {
  kind: ProposalKind;
  /** First and last date the change would apply to (inclusive). */
  from: string;
  to: string;
  /** Strength: weekly sets ×, loads ×. Runs: weekly distance ×, quality sessions become easy. */
  volumeMultiplier: number;
  loadMultiplier: number;
  trigger: 'readiness' | 'stall';
  /** One line for the client (the why), without the question. */
  reason: string;
  /** The lift that stalled, for a stall trigger. */
  exerciseId?: string;
}

/** Early deload: about half the sets and ~10% lighter (the engine's own deload, periodization/modifiers.ts). */
export const EARLY_DELOAD = { days: 7, volumeMultiplier: 0.5, loadMultiplier: 0.9 } as const;
/** Intensity cut: same sets, loads ~10% lighter for the rest of the week (a load reset, as detectStall advises). */
export const INTENSITY_CUT = { days: 7, volumeMultiplier: 1, loadMultiplier: 0.9 } as const;
/** The multipliers of each kind of proposal: the kind decides them, wherever the proposal comes from. */
const CUT_OF: Record<ProposalKind, { volumeMultiplier: number; loadMultiplier: number }> = {
  early_deload: EARLY_DELOAD,
  intensity_reduction: INTENSITY_CUT,
};

/** A proposal of `kind` over `from`..`to`, with that kind's multipliers. */
function proposal(kind: ProposalKind, from: string, to: string, why: Pick<Proposal, 'trigger' | 'reason' | 'exerciseId'>): Proposal {
  const { volumeMultiplier, loadMultiplier } = CUT_OF[kind];
  return { kind, from, to, volumeMultiplier, loadMultiplier, ...why };
}

/**
 * A lighter week offered for a life event the client told ("new baby arrived!!", "moving house this week"):
 * the early deload from today for a week, asked like any readiness proposal (YES applies it, NO keeps the plan).
 */
export function lifeEventProposal(today: string, reason: string): Proposal {
  return proposal('early_deload', today, addDays(today, EARLY_DELOAD.days - 1), { trigger: 'readiness', reason });
}

export interface ProposalContext {
  today: string;
  signals: readonly ReadinessInput[];
  /** Stall verdicts of the client's main lifts (by exercise id). */
  stalls?: Readonly<Record<string, StallVerdict>>;
  /** First date of the next planned deload (strength) or cutback/taper week (runs), if any. */
  nextPlannedEasyWeek: string | null;
  /** Dates of the last proposals (answered or not): none is proposed twice within PROPOSAL_COOLDOWN_DAYS. */
  lastProposalDate: string | null;
}

/** After a proposal (accepted or declined), the next one waits this long: asking daily would be nagging. */
export const PROPOSAL_COOLDOWN_DAYS = 7;

/**
 * The proposal the signals call for today, or null. Readiness: 3 low days of the last 5 → an early deload from
 * tomorrow for a week, unless the planned deload/cutback starts within the next 7 days anyway (then the rest of
 * this stretch gets an intensity cut instead, and the planned week does the rest). A stalled main lift that is
 * falling (load_reset) → an intensity cut. Nothing within the cooldown of the last proposal.
 */
export function proposeFromReadiness(ctx: ProposalContext): Proposal | null {
  if (ctx.lastProposalDate && daysBetween(ctx.lastProposalDate, ctx.today) < PROPOSAL_COOLDOWN_DAYS) return null;
  const windowStart = addDays(ctx.today, -(LOW_DAYS_WINDOW - 1));
  const recent = fatigueScores(ctx.signals.filter((s) => s.date >= windowStart && s.date <= ctx.today));
  const low = recent.filter((d) => d.low);
  const from = addDays(ctx.today, 1);
  const deloadSoon = ctx.nextPlannedEasyWeek !== null && ctx.nextPlannedEasyWeek >= ctx.today && daysBetween(ctx.today, ctx.nextPlannedEasyWeek) <= 7;
  if (low.length >= LOW_DAYS_NEEDED) {
    const scores = low.map((d) => d.score.toFixed(2)).join(', ');
    if (deloadSoon) {
      const to = addDays(ctx.nextPlannedEasyWeek!, -1);
      return proposal('intensity_reduction', from, to < from ? from : to, {
        trigger: 'readiness',
        reason: `${low.length} rough days in the last ${LOW_DAYS_WINDOW} (readiness ${scores} of 1) and your lighter week starts soon`,
      });
    }
    return proposal('early_deload', from, addDays(from, EARLY_DELOAD.days - 1), {
      trigger: 'readiness',
      reason: `${low.length} rough days in the last ${LOW_DAYS_WINDOW} (readiness ${scores} of 1)`,
    });
  }
  for (const [exerciseId, v] of Object.entries(ctx.stalls ?? {})) {
    if (!v.stalled || v.intervention !== 'load_reset') continue;
    return proposal('intensity_reduction', from, addDays(from, INTENSITY_CUT.days - 1), {
      trigger: 'stall',
      reason: v.reason.replace(/:.*$/, ''),
      exerciseId,
    });
  }
  return null;
}

/** "Want me to …? Reply YES or NO." — the question for a proposal, in the client's sport. */
export function proposalQuestion(p: Proposal, sport: 'lift' | 'run' | 'both'): string {
  const days = daysBetween(p.from, p.to) + 1;
  const span = days >= 7 ? 'for the next week' : `for the next ${counted(days, 'day')}`;
  const what =
    p.kind === 'early_deload'
      ? sport === 'run'
        ? `take an easy week ${span}: about half the distance, no hard sessions`
        : `bring your deload forward: ${span}, about half the sets and ~10% lighter${sport === 'both' ? ', runs easy' : ''}`
      : sport === 'run'
        ? `keep every run easy ${span}`
        : `take ~10% off your loads ${span}, same sets`;
  return `${capital(p.reason)}. Want me to ${what}? Reply YES or NO.`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Above this share of a week's work (sets or distance), a change is proposed, never applied on its own. */
export const CONSENT_THRESHOLD = 0.2;

/** True when going from `before` to `after` (a week's total sets or distance) changes more than ~20% of it. */
export function needsConsent(before: number, after: number): boolean {
  return before > 0 && Math.abs(before - after) / before > CONSENT_THRESHOLD + 1e-9;
}

/** An accepted proposal in force: the dates it covers and how much it takes off. */
export interface EaseOff {
  kind: ProposalKind;
  from: string;
  to: string;
  volumeMultiplier: number;
  loadMultiplier: number;
  /** Only this lift (a stall), when set. */
  exerciseId?: string | null;
}

const NOTE: Record<ProposalKind, string> = {
  early_deload: 'Early deload (you said YES): fewer sets, lighter, everything easy.',
  intensity_reduction: 'Lighter this week (you said YES): same work, less intensity.',
};

/**
 * The week with accepted ease-offs applied to the days they cover (after the engines built it, so the change
 * only ever lowers a day). Lifting: sets × volumeMultiplier (at least 1), loads × loadMultiplier rounded to the
 * implement. Runs: an early deload makes every run an easy run of about volumeMultiplier of its distance; an
 * intensity cut makes hard runs easy at the same distance (capped at an easy run's length). The race, its
 * shakeout and the race window are never touched (the taper is protected).
 */
export function easeOffWeek(week: ProgramWeek, outline: PlanOutline, eases: readonly EaseOff[]): ProgramWeek {
  if (!eases.length) return week;
  const inRange = (date: string) => eases.find((e) => date >= e.from && date <= e.to);
  let strength = week.strength;
  if (strength) {
    const units = strength.inputs.units;
    strength = {
      ...strength,
      days: strength.days.map((d) => {
        const e = inRange(d.date);
        if (!e || d.type !== 'training') return d;
        const exercises = d.exercises.map((x) => {
          if (e.exerciseId && x.exerciseId !== e.exerciseId) return x;
          const ex = exerciseById(x.exerciseId);
          const sets = Math.max(1, Math.round(x.sets * e.volumeMultiplier));
          const load = x.load !== null && ex?.implement ? roundLoad(x.load * e.loadMultiplier, units, ex.implement) : x.load;
          const percent1RM = x.percent1RM !== null && x.load ? Math.round((x.percent1RM * (load ?? 0)) / x.load) : x.percent1RM;
          return { ...x, sets, load, percent1RM };
        });
        return { ...d, exercises, notes: [...d.notes, NOTE[e.kind]] };
      }),
    };
  }
  let race = week.race;
  const ro = outline.race;
  if (race && ro) {
    const r = UNIT_RULES[ro.units];
    const ctx = { units: ro.units, paces: paceZones(race.vdot, ro.units) };
    race = {
      ...race,
      days: race.days.map((d): RaceDay => {
        const e = inRange(d.date);
        if (!e || d.type === 'rest' || d.type === 'race' || d.type === 'shakeout' || d.date >= ro.raceWindowStart) return d;
        const hard = HARD_TYPES.has(d.type);
        if (e.kind === 'intensity_reduction' && !hard) return d;
        const factor = e.kind === 'early_deload' ? e.volumeMultiplier : 1;
        const target = Math.max(r.recovery[0], Math.min(r.easy[1], floorTenth(toHundredths(d.total) * factor)));
        const kind = target < r.easy[0] ? 'recovery' : 'easy';
        const built: RaceDay = { ...d, type: kind, ...easyLaps(kind, target, ctx), total: 0, notes: [d.notes, NOTE[e.kind]].filter(Boolean).join(' ') };
        return { ...built, total: fromHundredths(dayHundredths(built)) };
      }),
    };
  }
  return { ...week, strength, race };
}
