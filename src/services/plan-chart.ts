/**
 * The numbers the plan chart draws, read from the engine's weeks (never recomputed training logic): weekly
 * volume (hard sets per muscle group for lifting, distance for running), intensity by week, the blocks or
 * phases as shaded bands, and deload / cutback / taper / race weeks marked. Pure.
 */
import { MUSCLES, percentOfOneRepMax, type Muscle } from '../engine/strength/index.js';
import type { PlanOutline, ProgramWeek } from '../engine/program/program.js';

export interface ChartBand {
  /** First and last plan week (1-based, inclusive). */
  from: number;
  to: number;
  label: string;
  kind: string;
}

export interface ChartSeries {
  label: string;
  values: Array<number | null>;
}

export interface PlanChart {
  id: string;
  title: string;
  /** Axis title of the volume bars: "hard sets", "mi", "km". */
  volumeUnit: string;
  intensityLabel: string;
  weeks: number[];
  bands: ChartBand[];
  /** Week number → short mark shown above the week ("Deload", "Cutback", "Taper", "Race"). */
  marks: Record<number, string>;
  currentWeek: number | null;
  /** Stacked bars (one series per muscle group, or one for distance). */
  volume: ChartSeries[];
  intensity: ChartSeries;
}

/**
 * What the run chart's line counts, by race: marathon pace and faster for a marathon (marathon pace is its
 * quality work), tempo pace and faster for every shorter race, where marathon pace (a half's peak long-run
 * finish) is slower than the race itself and so not the work the line is about.
 */
const QUALITY_FLOOR: Record<'marathon' | 'shorter', { label: string; efforts: ReadonlySet<string> }> = {
  marathon: { label: 'At marathon pace or faster, %', efforts: new Set(['threshold', 'interval', 'repetition', 'marathon pace', 'race pace']) },
  shorter: { label: 'At tempo pace or faster, %', efforts: new Set(['threshold', 'interval', 'race pace']) },
};
const MUSCLE_LABEL: Record<Muscle, string> = {
  chest: 'Chest',
  back: 'Back',
  shoulders: 'Shoulders',
  biceps: 'Biceps',
  triceps: 'Triceps',
  quads: 'Quads',
  hamstrings: 'Hamstrings',
  glutes: 'Glutes',
  calves: 'Calves',
  core: 'Core',
};

const round1 = (n: number) => Math.round(n * 10) / 10;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Average %1RM the week's main lifts are prescribed at: the engine's reps x RIR → %1RM table (Epley) at the
 * top of each rep range, times the week's intensity multiplier — the same arithmetic its loads use.
 */
function strengthIntensity(week: NonNullable<ProgramWeek['strength']>): number | null {
  const mult = num(week.modifiers?.intensityMultiplier) ?? 1;
  const pcts: number[] = [];
  for (const day of week.days ?? []) {
    for (const e of day.exercises ?? []) {
      if (e.role !== 'main' || e.timed) continue;
      const reps = num(e.repsMax);
      const rir = num(e.rir);
      if (reps === null || rir === null) continue;
      pcts.push(percentOfOneRepMax(reps, rir) * mult * 100);
    }
  }
  return pcts.length ? Math.round(pcts.reduce((a, b) => a + b, 0) / pcts.length) : null;
}

/**
 * Share of the week's training distance run at the plan's quality floor (QUALITY_FLOOR) or faster, in percent.
 * The race itself is left out (as the engine's trainingVolume leaves it out): race week is a taper, not the
 * hardest week.
 */
function raceIntensity(week: NonNullable<ProgramWeek['race']>, efforts: ReadonlySet<string>): number | null {
  const volume = num(week.trainingVolume) ?? num(week.volume);
  if (!volume) return null;
  let quality = 0;
  for (const day of week.days ?? []) {
    if (day.type === 'race') continue;
    for (const lap of [...(day.warmup ?? []), ...(day.workout ?? []), ...(day.cooldown ?? [])]) {
      if (efforts.has(lap.effort)) quality += num(lap.distance) ?? 0;
    }
  }
  return Math.round((quality / volume) * 100);
}

function strengthBands(outline: PlanOutline): ChartBand[] {
  const bands: ChartBand[] = [];
  for (const meso of outline.strength?.mesocycles ?? []) {
    for (const b of meso.blocks ?? []) {
      const from = num(b.startWeek);
      const to = num(b.endWeek);
      if (from === null || to === null) continue;
      bands.push({ from, to, kind: b.type, label: b.type === 'deload' ? 'Deload' : cap(b.type) });
    }
  }
  return bands;
}

function raceBands(outline: PlanOutline): ChartBand[] {
  return (outline.race?.phases ?? []).flatMap((p) => {
    const from = num(p.startWeek);
    const to = num(p.endWeek);
    return from === null || to === null ? [] : [{ from, to, kind: p.name, label: cap(p.name) }];
  });
}

function strengthChart(id: string, title: string, weekNumbers: number[], weekOf: (n: number) => ProgramWeek['strength'], bands: ChartBand[], currentWeek: number | null): PlanChart {
  const sets = new Map<Muscle, Array<number | null>>(MUSCLES.map((m) => [m, []]));
  const intensity: Array<number | null> = [];
  const marks: Record<number, string> = {};
  for (const n of weekNumbers) {
    const w = weekOf(n);
    for (const m of MUSCLES) sets.get(m)!.push(w ? round1(num(w.hardSetsByMuscle?.[m]) ?? 0) : null);
    intensity.push(w ? strengthIntensity(w) : null);
    // A deload inside a deload block is already shaded and named; mark it only where the bands are phases.
    if (w?.block?.type === 'deload' && !bands.some((b) => b.kind === 'deload' && n >= b.from && n <= b.to)) marks[n] = 'Deload';
  }
  return {
    id,
    title,
    volumeUnit: 'hard sets',
    intensityLabel: 'Main lifts, % of 1RM',
    weeks: weekNumbers,
    bands,
    marks,
    currentWeek,
    // Muscles the plan never trains (a limitation, a short session) would only crowd the legend.
    volume: MUSCLES.map((m) => ({ label: MUSCLE_LABEL[m], values: sets.get(m)! })).filter((s) => s.values.some((v) => (v ?? 0) > 0)),
    intensity: { label: 'Main lifts, % of 1RM', values: intensity },
  };
}

/**
 * The charts for a plan: one for running (race and hybrid plans) and one for lifting (strength and hybrid).
 * `weekOf` gives each plan week as built or projected (plan-schedule.service).
 */
export function planCharts(outline: PlanOutline, weekOf: (n: number) => ProgramWeek | undefined, currentWeek: number | null): PlanChart[] {
  const weekNumbers = Array.from({ length: outline.weeks }, (_, i) => i + 1);
  const charts: PlanChart[] = [];
  if (outline.race) {
    const unit = outline.race.units;
    const floor = QUALITY_FLOOR[outline.race.distanceClass === 'marathon' || outline.race.distanceClass === 'ultra' ? 'marathon' : 'shorter'];
    const volume: Array<number | null> = [];
    const intensity: Array<number | null> = [];
    const marks: Record<number, string> = {};
    for (const n of weekNumbers) {
      const w = weekOf(n)?.race;
      volume.push(w ? round1(num(w.volume) ?? 0) : null);
      intensity.push(w ? raceIntensity(w, floor.efforts) : null);
      const ow = outline.race.weeks[n - 1];
      // Taper weeks are their own shaded phase; cutbacks inside a phase need a mark to be seen.
      if (n === outline.weeks) marks[n] = 'Race';
      else if (ow?.phase !== 'taper' && (w?.cutback ?? ow?.cutback)) marks[n] = 'Cutback';
    }
    charts.push({
      id: 'run',
      title: `Weekly ${unit === 'km' ? 'kilometres' : 'miles'} to ${outline.race.raceName}`,
      volumeUnit: unit,
      intensityLabel: floor.label,
      weeks: weekNumbers,
      bands: raceBands(outline),
      marks,
      currentWeek,
      volume: [{ label: unit === 'km' ? 'Kilometres' : 'Miles', values: volume }],
      intensity: { label: floor.label, values: intensity },
    });
  }
  if (outline.strength) {
    const hybrid = outline.race !== null;
    charts.push(
      strengthChart(
        'lift',
        hybrid ? 'Lifting: weekly hard sets per muscle group' : 'Weekly hard sets per muscle group',
        weekNumbers,
        (n) => weekOf(n)?.strength ?? null,
        hybrid ? raceBands(outline) : strengthBands(outline),
        currentWeek,
      ),
    );
  }
  return charts;
}
