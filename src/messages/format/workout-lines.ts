/**
 * The compact SMS spelling of a workout's items: one line per lift, and warm-up / main / cool-down / total
 * lines for a run. Plain ASCII only ('x' not '×', '-' not '—') so a message stays GSM-7.
 */
import type { DistanceUnit, LiftItem, RunItem, WeightUnit, WorkoutDay } from '../../engine/workout/workout.js';
import { loadIsPerDumbbell } from '../../engine/strength/one-dumbbell.js';

export interface DisplayUnits {
  weight?: WeightUnit;
  distance?: DistanceUnit;
}

const KG_PER_LB = 0.45359237;
const KM_PER_MI = 1.609344;

/** Numbers as a coach writes them: 6.2, 0.25, 225, never 6.20 or 225.0. */
export function formatNumber(n: number, maxDecimals = 2): string {
  const f = 10 ** maxDecimals;
  const rounded = Math.round(n * f) / f;
  return String(rounded);
}

/** Converts a load to the client's unit, rounded to what a gym can load (5 lb, 2.5 kg). */
export function convertLoad(load: number, from: WeightUnit, to: WeightUnit): number {
  if (from === to) return load;
  if (to === 'kg') return Math.round((load * KG_PER_LB) / 2.5) * 2.5;
  return Math.round(load / KG_PER_LB / 5) * 5;
}

export function convertDistance(distance: number, from: DistanceUnit, to: DistanceUnit): number {
  if (from === to) return distance;
  const d = to === 'km' ? distance * KM_PER_MI : distance / KM_PER_MI;
  return Math.round(d * 100) / 100;
}

/** "m:ss" per `from` unit → "m:ss" per `to` unit; unparseable paces pass through unchanged. */
export function convertPace(pace: string, from: DistanceUnit, to: DistanceUnit): string {
  if (from === to) return pace;
  const m = /^(\d+):([0-5]\d)$/.exec(pace);
  if (!m) return pace;
  const sec = Number(m[1]) * 60 + Number(m[2]);
  const converted = Math.round(to === 'km' ? sec / KM_PER_MI : sec * KM_PER_MI);
  return `${Math.floor(converted / 60)}:${String(converted % 60).padStart(2, '0')}`;
}

/** Timed holds ("30-45s", "45-60s/side") take seconds, not reps in reserve. */
export function isTimedHold(item: Pick<LiftItem, 'reps'>): boolean {
  return /\ds(\/side)?$/.test(item.reps);
}

/**
 * Shorter exercise names for a morning text that would not fit whole (the "details" reply keeps the full
 * names). Rules as data, applied in order; `plain` rules are the ones a beginner still reads without a
 * glossary, the rest are gym shorthand ("DB", "RDL") kept for experienced lifters.
 */
const SHORT_NAME_RULES: ReadonlyArray<{ from: RegExp; to: string; plain: boolean }> = [
  { from: /\s*\([^)]*\)/g, to: '', plain: true }, // "Dumbbell box squat (to a bench)" → "Dumbbell box squat"
  { from: /^Bodyweight /i, to: '', plain: true }, // no load shown says it already
  { from: /\bSingle-leg\b/gi, to: '1-leg', plain: true },
  { from: /^Banded /i, to: 'Band ', plain: true },
  { from: /\bRomanian deadlift\b/gi, to: 'RDL', plain: false },
  { from: /\bdumbbell\b/gi, to: 'DB', plain: false },
  { from: /\bkettlebell\b/gi, to: 'KB', plain: false },
  { from: /\btriceps extension\b/gi, to: 'triceps ext.', plain: false },
];

/** "Dumbbell Romanian deadlift" → "DB RDL" (or, in plain words, unchanged but for the rules beginners read). */
export function shortLiftName(name: string, plain: boolean): string {
  let out = name;
  for (const r of SHORT_NAME_RULES) if (plain ? r.plain : true) out = out.replace(r.from, r.to);
  out = out.trim();
  return out.charAt(0).toUpperCase() + out.slice(1);
}

export interface LiftStyle {
  /** Shorter names (the morning text when the whole day would not fit otherwise). */
  short?: boolean;
  /** Plain words for beginners: "stop 2 reps short" instead of "RIR 2". */
  plain?: boolean;
}

/**
 * "Back squat 4x5 @ 225 lb (RIR 2)", "Dumbbell bench press 3x8-10 @ 65 lb each (RIR 2)", "Goblet squat
 * 3x12-15 @ 50 lb, 3 s down (RIR 2)" (a capped weight at a slow tempo), or "Romanian deadlift
 * 3x8-10 @ RIR 2" when no load is known; a timed
 * hold is "Plank 3x30-45s" (no RIR on a hold). With `commonRir` (the day's effort, stated once on its own
 * line) a lift at that RIR drops the suffix: "Back squat 4x5 @ 225 lb".
 */
export function formatLift(item: LiftItem, units: DisplayUnits = {}, commonRir: number | null = null, style: LiftStyle = {}): string {
  const shown = style.short ? shortLiftName(item.name, style.plain === true) : item.name;
  // A superset's lifts carry their letter, so "A1 ... / A2 ..." reads as one pair done in alternation.
  const name = item.superset ? `${item.superset} ${shown}` : shown;
  const scheme = `${name} ${item.sets}x${item.reps}`;
  if (item.section === 'prep' || item.section === 'cooldown' || isTimedHold(item)) return scheme;
  const rirShown = commonRir === null || item.rir !== commonRir;
  const effort = style.plain ? `stop ${item.rir} short` : `RIR ${item.rir}`;
  if (item.load !== null && item.load > 0) {
    const unit = units.weight ?? item.unit;
    const load = convertLoad(item.load, item.unit, unit);
    const each = loadIsPerDumbbell(item.exerciseId) ? ' each' : '';
    // A capped dumbbell made harder by tempo reads as a coach writes it: "3x12-15 @ 50 lb each, 3 s down".
    // The short spelling says where the pause is only in "details" ("2 s pause" is at the bottom of a rep).
    const tempo = item.tempo ? `, ${style.short ? item.tempo.replace(/ at the bottom$/, '') : item.tempo}` : '';
    return `${scheme} @ ${formatNumber(load, 1)} ${unit}${each}${tempo}${rirShown ? ` (${effort})` : ''}`;
  }
  if (!rirShown) return scheme;
  return style.plain ? `${scheme} (${effort})` : `${scheme} @ ${effort}`;
}

function formatDistance(distance: number, unit: DistanceUnit): string {
  return `${formatNumber(distance)} ${unit}`;
}

/** A run lap in display units. */
export interface RunChunk {
  distance: number;
  unit: DistanceUnit;
  pace: string | null;
  effort: string;
}

function toChunk(item: RunItem, units: DisplayUnits): RunChunk {
  const unit = units.distance ?? item.unit;
  return {
    distance: convertDistance(item.distance, item.unit, unit),
    unit,
    pace: item.paceGoal === null ? null : convertPace(item.paceGoal, item.unit, unit),
    effort: item.effort,
  };
}

function sameChunk(a: RunChunk, b: RunChunk): boolean {
  return a.distance === b.distance && a.unit === b.unit && a.pace === b.pace && a.effort === b.effort;
}

/** "easy", "jog" for recovery laps, else the engine's effort word. */
function effortWord(effort: string): string {
  const e = effort.trim().toLowerCase();
  if (e.includes('jog') || e.includes('recovery')) return 'jog';
  return e === '' ? 'easy' : e;
}

function describeChunk(c: RunChunk): string {
  if (c.pace !== null) return `${formatDistance(c.distance, c.unit)} @ ${c.pace}/${c.unit}`;
  return `${formatDistance(c.distance, c.unit)} ${effortWord(c.effort)}`;
}

/** Continuous easy running reads better as one distance ("5 mi easy") than as laps ("5 x 1 mi easy"). */
function isContinuous(c: RunChunk): boolean {
  return c.pace === null;
}

/**
 * Main set in one phrase. Repeats with recoveries ("4 x 1 mi @ 6:45/mi, 0.25 mi jog" — the last recovery
 * may be missing), runs of identical paced laps ("3 x 1 mi @ 7:10/mi"), and otherwise the laps in order.
 */
export function describeMainSet(laps: RunChunk[]): string {
  if (laps.length === 0) return '';
  const first = laps[0]!;
  const second = laps[1];
  // Alternating work / recovery: A B A B … A (B optional at the end).
  if (second !== undefined && !sameChunk(first, second) && laps.length >= 3) {
    const alternating = laps.every((l, i) => sameChunk(l, i % 2 === 0 ? first : second));
    if (alternating) {
      const reps = Math.ceil(laps.length / 2);
      return `${reps} x ${describeChunk(first)}, ${describeChunk(second)}`;
    }
  }
  // Otherwise group consecutive identical laps.
  const groups: { chunk: RunChunk; count: number }[] = [];
  for (const lap of laps) {
    const last = groups[groups.length - 1];
    if (last && sameChunk(last.chunk, lap)) last.count += 1;
    else groups.push({ chunk: lap, count: 1 });
  }
  return groups
    .map(({ chunk, count }) => {
      if (count === 1) return describeChunk(chunk);
      if (isContinuous(chunk)) return describeChunk({ ...chunk, distance: Math.round(chunk.distance * count * 100) / 100 });
      return `${count} x ${describeChunk(chunk)}`;
    })
    .join(', then ');
}

function describeEasyPart(laps: RunChunk[]): string {
  const first = laps[0];
  if (!first) return '';
  const total = Math.round(laps.reduce((s, l) => s + l.distance, 0) * 100) / 100;
  if (laps.every((l) => sameChunk({ ...l, distance: first.distance }, first))) {
    return describeChunk({ ...first, distance: total });
  }
  return laps.map(describeChunk).join(', ');
}

/** "Warm-up 0.5 mi warm-up" says it twice: drop the effort word when the line's label already says it. */
function withoutEcho(text: string, echo: RegExp): string {
  const trimmed = text.replace(echo, '');
  return trimmed === '' ? text : trimmed;
}

export interface RunLines {
  warmup: string | null;
  main: string | null;
  cooldown: string | null;
  total: string | null;
}

/** Warm-up / main / cool-down / total lines of a run or race day. */
export function formatRunLines(day: WorkoutDay, units: DisplayUnits = {}): RunLines {
  const runs = day.items.filter((i): i is RunItem => i.kind === 'run');
  const bySegment = (seg: RunItem['segment']): RunChunk[] =>
    runs
      .filter((r) => r.segment === seg)
      .sort((a, b) => a.lapIndex - b.lapIndex)
      .map((r) => toChunk(r, units));
  // Run/walk sessions go by time: the title carries the intervals ("Run/walk: 8 x (run 1 min, walk 1:30)"),
  // and the estimated distances would only distract.
  if (runs.some((r) => r.effort === 'run-walk')) {
    return { warmup: 'Warm-up: 5 min brisk walk', main: null, cooldown: 'Cool-down: 5 min easy walk', total: null };
  }
  const warm = bySegment('warmup');
  const main = bySegment('workout');
  const cool = bySegment('cooldown');
  const unit: DistanceUnit | null = units.distance ?? day.distanceUnit ?? runs[0]?.unit ?? null;
  let total: number | null = null;
  if (day.totalDistance !== null && day.distanceUnit !== null && unit !== null) {
    total = convertDistance(day.totalDistance, day.distanceUnit, unit);
  } else if (runs.length > 0 && unit !== null) {
    total = [...warm, ...main, ...cool].reduce((s, l) => s + l.distance, 0);
  }
  // Paces from estimated fitness are approximate and say so once, on the main line.
  let mainText = main.length > 0 ? describeMainSet(main) : null;
  if (mainText !== null && day.paceEstimated && mainText.includes(' @ ')) mainText = `${mainText.replace(/ @ (\d)/g, ' @ ~$1')} (est.)`;
  return {
    warmup: warm.length > 0 ? `Warm-up ${withoutEcho(describeEasyPart(warm), /\s+warm[- ]?up$/i)}` : null,
    main: mainText !== null ? `Main: ${mainText}` : null,
    cooldown: cool.length > 0 ? `Cool-down ${withoutEcho(describeEasyPart(cool), /\s+cool[- ]?down$/i)}` : null,
    total: total !== null && unit !== null && total > 0 ? `Total ${formatNumber(total)} ${unit}` : null,
  };
}
