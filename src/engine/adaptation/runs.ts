/**
 * Runs (pure): what logged runs say about a runner's fitness, and when that changes their paces.
 *
 * - Easy day run much faster than easy: a short note, never a fitness change. Easy-day speed is not evidence
 *   of fitness (same rule as endurance/execution.ts): running easy days hard just adds fatigue. "Much faster"
 *   = more than EASY_FAST_MARGIN_SEC per mile/km faster than the fast end of the easy range.
 * - VDOT moves only by a stated rule, never on one outlier:
 *   1. A race result (a logged run marked as a race, with distance and time) within RACE_RECENT_DAYS sets VDOT
 *      by Daniels' formula (vdot.ts) — a race is a direct measure — by at most RACE_MAX_STEP points at once
 *      (a typo in a time should not rewrite the plan).
 *   2. Otherwise a pattern of quality runs (tempo, marathon pace; not intervals, whose logged average
 *      includes the recoveries): the last QUALITY_PATTERN_RUNS quality runs within QUALITY_WINDOW_DAYS, each
 *      compared with its planned average pace, ALL at least QUALITY_FASTER_SEC faster → VDOT +1, or ALL at
 *      least QUALITY_SLOWER_SEC slower → VDOT −1. One point at a time: Daniels raises VDOT in small steps,
 *      after the new paces have felt easy for a while (Daniels' Running Formula).
 *   Anything else: VDOT stays.
 */
import { addDays } from '../dates.js';
import { formatPace } from '../endurance/durations.js';
import { formatDuration } from '../endurance/durations.js';
import { paceZones, predictTime, roundVdot, STANDARD_DISTANCES_M, vdotFromRace, type PaceZones } from '../endurance/vdot.js';
import type { DistanceUnit, RunItem, WorkoutDay } from '../workout/workout.js';
import { distanceIn } from '../endurance/units.js';

export const EASY_FAST_MARGIN_SEC = 15;
export const RACE_RECENT_DAYS = 42;
export const RACE_MAX_STEP = 3;
export const QUALITY_PATTERN_RUNS = 2;
export const QUALITY_WINDOW_DAYS = 21;
export const QUALITY_FASTER_SEC = 4;
export const QUALITY_SLOWER_SEC = 8;

export interface RunEvidence {
  date: string;
  /** What the day was planned as (or what the runner called it, for a race). */
  kind: 'easy' | 'long' | 'quality' | 'race' | 'other';
  /** Logged pace, seconds per unit. */
  paceSec: number | null;
  /** The planned day's average pace over all its laps, seconds per unit (quality days). */
  plannedPaceSec?: number | null;
  /** Race distance in meters and finishing time (races). */
  distanceMeters?: number | null;
  durationSec?: number | null;
}

export interface VdotDecision {
  vdot: number;
  changed: boolean;
  /** Why it changed, or why it did not (one line). */
  reason: string;
}

/**
 * The runner's VDOT after the logged runs up to `today`, starting from `current` (the plan's). The runs are
 * read in date order and the rules applied as each arrives, so a change is a step from the VDOT of the time,
 * and only runs after a change count towards the next one (each planned pace already reflects the change).
 */
export function vdotFromRuns(input: { current: number; runs: readonly RunEvidence[]; today: string }): VdotDecision {
  const { today } = input;
  const runs = input.runs.filter((r) => r.date <= today).sort((a, b) => (a.date < b.date ? -1 : 1));
  let vdot = input.current;
  let reason = `paces change on a pattern: ${QUALITY_PATTERN_RUNS} quality runs within ${QUALITY_WINDOW_DAYS} days pointing the same way, or a race`;
  let pending: RunEvidence[] = [];
  for (const r of runs) {
    if (r.kind === 'race' && r.distanceMeters && r.durationSec && r.date >= addDays(today, -RACE_RECENT_DAYS)) {
      const measured = vdotFromRace(r.distanceMeters, r.durationSec);
      const next = roundVdot(Math.min(vdot + RACE_MAX_STEP, Math.max(vdot - RACE_MAX_STEP, measured)));
      pending = [];
      if (Math.abs(next - vdot) >= 0.5) {
        vdot = next;
        reason = `${raceName(r)} works out to VDOT ${roundVdot(measured)}`;
      } else reason = `${raceName(r)} matches your current paces`;
      continue;
    }
    if (r.kind !== 'quality' || !r.paceSec || !r.plannedPaceSec) continue;
    pending = [...pending.filter((p) => p.date >= addDays(r.date, -(QUALITY_WINDOW_DAYS - 1))), r].slice(-QUALITY_PATTERN_RUNS);
    if (pending.length < QUALITY_PATTERN_RUNS) continue;
    const deltas = pending.map((p) => Math.round(p.paceSec! - p.plannedPaceSec!));
    const list = deltas.map((d) => `${Math.abs(d)} s ${d < 0 ? 'faster' : 'slower'}`).join(' and ');
    const step = deltas.every((d) => d <= -QUALITY_FASTER_SEC) ? 1 : deltas.every((d) => d >= QUALITY_SLOWER_SEC) ? -1 : 0;
    if (step !== 0) {
      vdot = roundVdot(vdot + step);
      reason = `your last ${QUALITY_PATTERN_RUNS} quality runs were ${list} than planned`;
      pending = [];
    } else reason = `your last ${QUALITY_PATTERN_RUNS} quality runs do not point the same way (${list})`;
  }
  return { vdot, changed: vdot !== input.current, reason };
}

/** "your 10K race", or "your race of 2026-11-25" for a distance that is no standard race. */
function raceName(r: RunEvidence): string {
  const d = r.distanceMeters ? raceDistanceOf(r.distanceMeters) : null;
  return d ? `your ${RACE_LABEL[d[0]]} race` : `your race of ${r.date}`;
}

/** How far from a standard distance a logged run may be and still be that race (a watch's 5.02 km is a 5K). */
const RACE_DISTANCE_TOLERANCE = 0.03;
/** A standard distance run within this share of the time the runner's VDOT predicts for it was raced, not jogged. */
const RACE_EFFORT_SHARE = 1.05;

/**
 * A run logged as a standard race distance with its time ("5k in 24:10 today!!") within 5 % of the time the
 * runner's VDOT predicts for it is a race or a time trial, not an easy run run too fast: one line with what it is worth (Daniels' VDOT),
 * instead of the easy-pace reminder. Paces change only when the runner says it was a race (a stated rule,
 * never an inference): the line says how. Null for any other run.
 */
export function raceEffortNote(run: { distanceMeters: number; durationSec: number }, current: { vdot: number }): string | null {
  const entry = raceDistanceOf(run.distanceMeters);
  if (!entry || !isRaceEffort(run, current)) return null;
  const label = { '5k': '5K', '10k': '10K', half: 'half', marathon: 'marathon' }[entry[0] as keyof typeof STANDARD_DISTANCES_M];
  const measured = roundVdot(vdotFromRace(run.distanceMeters, run.durationSec));
  // As a runner writes it: "23:30" under an hour, "1:52:10" over.
  const time = formatDuration(run.durationSec).replace(/^0:0?/, '');
  if (Math.abs(measured - current.vdot) < 0.5) return `Strong ${label}: ${time} matches the fitness your paces are set from (VDOT ${current.vdot}).`;
  const way = measured > current.vdot ? 'faster than' : 'a bit slower than';
  return `Strong ${label}! ${time} works out to VDOT ${measured}, ${way} the ${current.vdot} your paces use. If it was a race or all-out time trial, text "no, raced ${label.toLowerCase()} in ${time}" and I'll set your paces from it.`;
}

/** The standard race distance a logged distance is (a watch's 5.02 km is a 5K), or null. */
function raceDistanceOf(meters: number): [string, number] | null {
  return Object.entries(STANDARD_DISTANCES_M).find(([, m]) => Math.abs(meters - m) <= m * RACE_DISTANCE_TOLERANCE) ?? null;
}

/**
 * A run at a standard race distance within 5 % of the time the runner's VDOT predicts for it: raced, not
 * jogged (at VDOT 40 a 5K under 25:20, 24:08 predicted; a half under 1:56:30).
 */
export function isRaceEffort(run: { distanceMeters: number; durationSec: number }, current: { vdot: number }): boolean {
  const entry = raceDistanceOf(run.distanceMeters);
  if (!entry) return false;
  const predicted = predictTime(current.vdot, entry[1]) * (run.distanceMeters / entry[1]);
  return run.durationSec <= predicted * RACE_EFFORT_SHARE;
}

const RACE_LABEL: Record<string, string> = { '5k': '5K', '10k': '10K', half: 'half marathon', marathon: 'marathon' };

/** A run meant at easy pace, by the session it was (the planned day's title): its name and why it stays easy. */
const EASY_SESSIONS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/^long run/i, 'Long runs are easy pace,', 'Keep the long run easy: it builds endurance at easy effort; run fast, it turns into a race you need days to recover from.'],
  [/^rest/i, 'A run on a rest day is best easy,', 'An extra run is easy miles or none: rest days are when the training soaks in.'],
  [/^(recovery run|easy start)/i, 'Recovery runs are easy pace,', 'Keep them truly easy: they get the blood moving after a hard day, they are not for fitness.'],
  [/^steady run/i, 'Steady runs are the quick end of easy,', 'Keep it steady, not a tempo: the hard days are where the speed comes from.'],
  [/./, 'Easy days are', 'Keep easy days easy: they build the base without the fatigue, so your hard days can be hard.'],
];

/**
 * A short note when a run meant at easy pace (an easy, recovery or long run) was much faster than easy, naming
 * the session and its zone; else null. `title` is the planned day's.
 */
export function easyRunNote(paceSec: number, zones: PaceZones, units: DistanceUnit, title = 'Easy run'): string | null {
  if (paceSec >= zones.easy.min - EASY_FAST_MARGIN_SEC) return null;
  const [, named, keep] = EASY_SESSIONS.find(([re]) => re.test(title))!;
  // Quicker than tempo on a day meant easy: either a hard day by mistake or paces set from an old, slower race.
  // Only a race moves paces (vdotFromRuns), so the line says how to give one.
  const stale =
    paceSec < zones.threshold
      ? ` ${formatPace(paceSec)} is even quicker than your tempo pace (${formatPace(zones.threshold)}/${units}): if that felt easy, your paces are set too slow - text a recent race or time trial (e.g. "raced a 5k in 24:30") and I'll update them.`
      : '';
  return `${named} ${formatPace(zones.easy.min)}-${formatPace(zones.easy.max)}/${units}; ${formatPace(paceSec)} is faster than that. ${keep}${stale}`;
}

/** The pace a logged run on a quality day is held to, and what it is: the work alone, or the whole session. */
export interface PlannedPace {
  targetSec: number;
  /** 'work': the runner logged the tempo/marathon-pace part only; 'session': warm-up and cool-down included. */
  part: 'work' | 'session';
  /** The work's name as a runner says it ("tempo", "marathon"). */
  name: string;
  /** The work's own pace, seconds per unit. */
  workSec: number;
}

/**
 * What a run logged on a tempo or marathon-pace day is compared with. Runners log either the whole session
 * ("did the tempo, 6 mi at 9:40 avg", the watch's average over warm-up, work and cool-down) or the work alone
 * ("tempo 3 mi at 8:55"): whichever the logged distance is nearer to. Null on days without steady work at a
 * set pace (easy and long days; intervals, whose average includes the jogs: their reps are checked instead).
 */
export function plannedPaceFor(day: Pick<WorkoutDay, 'items'>, zones: PaceZones, loggedDistance: number | null): PlannedPace | null {
  const runs = day.items.filter((i): i is RunItem => i.kind === 'run');
  const work = runs.filter((i) => i.segment === 'workout' && (i.effort === 'threshold' || i.effort === 'marathon pace') && i.paceGoal !== null);
  const workSec = work.length ? parsePace(work[0]!.paceGoal!) : null;
  const session = plannedAveragePace(day, zones);
  if (workSec === null || session === null) return null;
  const workDist = work.reduce((s, i) => s + i.distance, 0);
  const total = runs.reduce((s, i) => s + i.distance, 0);
  const part = loggedDistance !== null && Math.abs(loggedDistance - workDist) < Math.abs(loggedDistance - total) ? 'work' : 'session';
  return { targetSec: part === 'work' ? workSec : session, part, name: WORK_NAMES[work[0]!.effort]!, workSec };
}

/** A quality run this far off its planned pace gets a line (s per unit): Daniels' paces are narrow targets. */
export const QUALITY_NOTE_FAST_SEC = 10;
export const QUALITY_NOTE_SLOW_SEC = 15;

/**
 * One line on a tempo or marathon-pace run's pace against the plan's: on it, too fast (why tempo is
 * "comfortably hard", not a race), or much slower (fine on a bad day; a pattern lowers the paces, see
 * vdotFromRuns). The logged pace is said against what it is comparable with (the work, or the session's average).
 */
export function qualityPaceNote(paceSec: number, planned: PlannedPace, units: DistanceUnit): string {
  const u = units;
  const off = Math.round(paceSec - planned.targetSec);
  const pace = planned.part === 'work' ? `${formatPace(paceSec)}/${u}` : `${formatPace(paceSec)}/${u} average`;
  const what = `${planned.name === 'tempo' ? 'Tempo' : 'Marathon-pace'} ${planned.part === 'work' ? 'work' : 'day'}`;
  const against = planned.part === 'work' ? `your ${planned.name} pace (${formatPace(planned.workSec)}/${u})` : `the plan's ${formatPace(planned.targetSec)}/${u} average with warm-up and cool-down (${planned.name} ${formatPace(planned.workSec)}/${u})`;
  if (off <= -QUALITY_NOTE_FAST_SEC) {
    const why =
      planned.name === 'tempo'
        ? 'Tempo is "comfortably hard", a pace you could hold for about an hour: faster turns it into a race effort that costs days of recovery for no extra gain.'
        : 'Marathon pace is practice for race day: holding it, not beating it, is the skill.';
    return `${what} at ${pace}: ${-off} s/${u} faster than ${against}. ${why} If it felt easy, text a recent race and I'll check your paces.`;
  }
  if (off >= QUALITY_NOTE_SLOW_SEC) return `${what} at ${pace}: ${off} s/${u} slower than ${against}. Fine on a tired, hot or hilly day; if the next one lands there too, I'll ease your paces.`;
  return `${what} at ${pace}: right on ${against}. Nicely judged.`;
}

/**
 * A run with more walking than planned ("had to walk a lot"): it counts. On a run/walk day the walk breaks are
 * the plan; on a running day a walk is fine once, and a pattern is something to tell (the reports that ease the plan).
 */
export function walkedNote(runWalkDay: boolean): string {
  return runWalkDay
    ? 'Walk breaks are part of the plan, however many you needed: it all counts. Keep the running parts slow enough to talk.'
    : 'Walking some of it is fine on a tough day, and it counts. If runs keep feeling that hard, tell me (tired, sore, sick) and I will ease things off.';
}

/** Warm-up and cool-down of a short quality run, minutes each. */
const SHORT_QUALITY_EASY_MIN = 5;
/** The fewest minutes a short quality run needs to keep its work (5 easy, 10 at pace, 5 easy). */
export const SHORT_QUALITY_MIN = 20;

/**
 * What to run on a day the runner has only `minutes` for ("only 20 min tue"): the planned run when it fits, else
 * a shorter run of the same kind: easy running for an easy or long day (about the distance those minutes cover
 * at easy pace), and for a tempo or marathon-pace day with 20+ minutes a warm-up, the minutes left at the work's
 * pace, and a cool-down. Nothing is made up on other days (missed.ts: easy miles are not made up). `label` names
 * the day ("Tue 12/8").
 */
export function shortOnTimeRun(day: Pick<WorkoutDay, 'items' | 'title' | 'totalDistance' | 'estimatedMinutes'>, minutes: number, zones: PaceZones, units: DistanceUnit, label: string): string {
  const u = units;
  const easy = `${formatPace(zones.easy.min)}-${formatPace(zones.easy.max)}/${u}`;
  const name = day.title.split(' - ')[0]!.replace(/\s*\((light|moderate|heavy)\)$/, '');
  if (day.estimatedMinutes > 0 && day.estimatedMinutes <= minutes) return `${label}: your ${name.toLowerCase()} (~${Math.round(day.estimatedMinutes)} min) fits in ${minutes} min - run it as planned.`;
  const planned = day.totalDistance ? ` instead of the planned ${day.totalDistance} ${u}` : '';
  const work = day.items.find((i): i is RunItem => i.kind === 'run' && i.segment === 'workout' && (i.effort === 'threshold' || i.effort === 'marathon pace') && i.paceGoal !== null);
  if (work && minutes >= SHORT_QUALITY_MIN) {
    const atPace = minutes - 2 * SHORT_QUALITY_EASY_MIN;
    return `${label}, ${minutes} min: ${SHORT_QUALITY_EASY_MIN} min easy, ${atPace} min at ${WORK_NAMES[work.effort]} pace (${work.paceGoal}/${u}), ${SHORT_QUALITY_EASY_MIN} min easy${planned}. A short ${name.toLowerCase()} keeps the week's work; the rest of the week stays as planned.`;
  }
  const distance = Math.floor(((minutes * 60) / ((zones.easy.min + zones.easy.max) / 2)) * 10) / 10;
  const why = /^long run/i.test(name) ? ' The long run can wait for next week: don\'t squeeze its miles into other days.' : ' A short run beats none; don\'t add the rest to other days.';
  return `${label}, ${minutes} min: an easy run of about ${distance} ${u} (${easy})${planned}.${why}`;
}

/** A long run logged under this share of the planned distance was cut short. */
export const LONG_CUT_SHORT_SHARE = 0.8;

/**
 * A long run cut short: said kindly, with what to do about it (nothing: the miles are not made up; the missed
 * rules say why) and an opening to say why, since pain or illness change the plan. Null when it was near the plan.
 */
export function shortLongRunNote(distance: number, planned: number, units: DistanceUnit): string | null {
  if (!(planned > 0) || distance >= planned * LONG_CUT_SHORT_SHARE) return null;
  // Said as the plan says distances (a 5 km run is 3.1 mi, never 3.1068559611866697).
  return `${Math.round(distance * 10) / 10} of the planned ${planned} ${units} on the long run: that happens, and one short long run costs you little. Don't make up the miles later in the week. If something hurt or you felt unwell, tell me (e.g. "my calf hurts", "sick") and I'll adjust what's next.`;
}

/** Reps said on their own ("6x800 in 3:10"): each rep's distance in `unit` and time, when given. */
export interface RepeatsDone {
  count: number;
  each: number;
  unit: DistanceUnit;
  repSec: number | null;
}

/** A reps-only log on its planned day: the whole session as run, and the reps' pace against the plan's. */
export interface RepeatsSession {
  /** The plan's warm-up, recoveries between the reps and cool-down, with the reps as done, in `unit`. */
  distance: number;
  unit: DistanceUnit;
  /** Seconds per `unit`; null when no rep time was given. */
  repPaceSec: number | null;
  /** The plan's pace for the work, seconds per `unit`, and its name ("interval", "tempo"). */
  targetSec: number;
  target: string;
}

const WORK_NAMES: Record<string, string> = { interval: 'interval', repetition: 'rep', threshold: 'tempo', 'marathon pace': 'marathon', 'race pace': 'race', moderate: 'steady' };

/**
 * The session a reps-only log stands for on a planned quality day: the client ran the warm-up, the jogs and
 * the cool-down too, as planned, so the day's distance is theirs with the reps they did in place of the planned
 * work. Null on a day with no work at a set pace (an easy day: the reps were the run).
 */
export function repeatsSession(day: Pick<WorkoutDay, 'items' | 'distanceUnit'>, reps: RepeatsDone): RepeatsSession | null {
  const runs = day.items.filter((i): i is RunItem => i.kind === 'run');
  const planned = plannedWork(day);
  if (!planned) return null;
  const { unit, targetSec } = planned;
  const around = runs.filter((i) => i.segment !== 'workout').reduce((s, i) => s + i.distance, 0);
  const jog = runs.find((i) => i.segment === 'workout' && /jog|recovery/.test(i.effort))?.distance ?? 0;
  const each = distanceIn(reps.each, reps.unit, unit);
  const distance = Math.round((around + reps.count * each + (reps.count - 1) * jog) * 10) / 10;
  return { distance, unit, repPaceSec: reps.repSec !== null ? reps.repSec / each : null, targetSec, target: planned.target };
}

/** The day's work at a set pace (intervals, tempo, marathon pace): its pace per `unit` and its name; null on a day without. */
export function plannedWork(day: Pick<WorkoutDay, 'items' | 'distanceUnit'>): { targetSec: number; target: string; unit: DistanceUnit } | null {
  const work = day.items.find((i): i is RunItem => i.kind === 'run' && i.segment === 'workout' && i.effort in WORK_NAMES && i.paceGoal !== null);
  const targetSec = work ? parsePace(work.paceGoal!) : null;
  if (!day.distanceUnit || !work || targetSec === null) return null;
  return { targetSec, target: WORK_NAMES[work.effort]!, unit: day.distanceUnit };
}

/** Splits said ("splits 4:18 4:21 4:19"): each as written, in seconds; `each` the rep's distance when reps were said. */
export interface SplitsDone {
  secs: number[];
  each: number | null;
}

/**
 * Splits as paces per unit. A split is a pace or a rep's time, whichever is nearer the pace aimed at: on 800 m
 * reps aimed at 3:50/km, "3:05" is a rep's time (3:05 / 0.8 = 3:51/km), on 3 km reps at 4:20/km "4:18" a pace.
 */
export function splitPaces(s: SplitsDone, targetSec: number | null): number[] {
  const each = s.each;
  if (!each || each === 1) return s.secs;
  // With no pace aimed at, reps under a unit are timed ("6x800 splits 3:05 3:02"), longer ones paced.
  return s.secs.map((x) => (targetSec !== null ? Math.abs(x / each - targetSec) < Math.abs(x - targetSec) : each < 1) ? x / each : x);
}

/**
 * One line on splits against the pace aimed at (the plan's work pace, else the pace the client said): even and
 * on it, all fast, all slow, a fast start that faded, or uneven. With no pace to hold them to, whether they were even.
 */
export function splitsNote(paces: readonly number[], target: { sec: number; name: string } | null, units: DistanceUnit): string | null {
  if (paces.length < 2) return null;
  const u = units;
  const list = `${paces.map((p) => formatPace(p)).join(', ')}/${u}`;
  const spread = Math.round(Math.max(...paces) - Math.min(...paces));
  if (!target) {
    if (spread <= REPS_ON_PACE_SEC) return `Splits ${list}: within ${spread} s of each other. Nicely even.`;
    // Each split no slower than the one before: a negative split, the way to run a steady run or a race.
    if (paces.every((p, i) => i === 0 || p <= paces[i - 1]! + 1)) return `Splits ${list}: a negative split, ${spread} s quicker at the end than the start. That's the way to run it.`;
    return `Splits ${list}: ${spread} s between the fastest and the slowest. Aim for even splits: start at the pace you can hold to the end.`;
  }
  const aim = formatPace(target.sec);
  const offs = paces.map((p) => Math.round(p - target.sec));
  const worst = Math.max(...offs.map(Math.abs));
  const head = `Splits ${list} against ${target.name} (${aim}/${u})`;
  if (worst <= REPS_ON_PACE_SEC) return `${head}: every one within ${worst} s. Even and on pace - nicely judged.`;
  const [first, last] = [offs[0]!, offs.at(-1)!];
  // A fast start that cost the end: the first rep well under, the last over and well slower than the first.
  if (first < -REPS_ON_PACE_SEC && last > 0 && last - first > 2 * REPS_ON_PACE_SEC) return `${head}: the first ${-first} s fast and the last ${last} s slow - the fast start cost the end. Start at ${aim} and the last one holds.`;
  if (offs.every((o) => o <= REPS_ON_PACE_SEC) && offs.some((o) => o < 0)) return `${head}: up to ${-Math.min(...offs)} s fast. Hard, not all-out: at ${aim} the session does its job with less fatigue to carry into the week.`;
  if (offs.every((o) => o >= -REPS_ON_PACE_SEC)) return `${head}: up to ${Math.max(...offs)} s slow. Fine on a tough day; if they keep landing there, log a race or time trial and I'll check your paces.`;
  const on = offs.filter((o) => Math.abs(o) <= REPS_ON_PACE_SEC).length;
  return `${head}: ${on} of ${offs.length} within ${REPS_ON_PACE_SEC} s, the rest from ${-Math.min(...offs)} s fast to ${Math.max(...offs)} s slow. Aim for even reps at ${aim}.`;
}

/** Reps within this many seconds per unit of the planned pace are on it. */
export const REPS_ON_PACE_SEC = 3;

/** The zones reps are planned in, by the name a runner knows them by (reps quicker than interval pace count as interval work). */
const REP_ZONES: ReadonlyArray<readonly [string, (z: PaceZones) => number]> = [
  ['interval', (z) => z.interval],
  ['tempo', (z) => z.threshold],
  ['marathon', (z) => z.marathon],
];

/**
 * The reps' pace said against the plan's: on it, too fast (hard, not all-out) or slower. Reps nearer another
 * zone than the planned one (800s at interval pace on a marathon-pace day) were another session: said as that,
 * with what it means for the days after, not as the planned work run too fast.
 */
export function repsPaceNote(s: RepeatsSession, zones?: PaceZones): string | null {
  if (s.repPaceSec === null) return null;
  const u = s.unit;
  const pace = `${formatPace(s.repPaceSec)}/${u}`;
  const target = `${formatPace(s.targetSec)}/${u}`;
  const off = Math.round(s.repPaceSec - s.targetSec);
  const nearest = zones ? [...REP_ZONES].sort(([, a], [, b]) => Math.abs(a(zones) - s.repPaceSec!) - Math.abs(b(zones) - s.repPaceSec!))[0]! : null;
  if (nearest && zones && nearest[0] !== s.target && REP_ZONES.some(([n]) => n === s.target) && Math.abs(off) > 2 * REPS_ON_PACE_SEC) {
    const zonePace = `${formatPace(nearest[1](zones))}/${u}`;
    const where = nearest[0] === 'interval' && s.repPaceSec < zones.interval - REPS_ON_PACE_SEC ? `quicker than your interval pace (${zonePace})` : `about your ${nearest[0]} pace (${zonePace})`;
    const harder = off < 0;
    return `Reps at ${pace}: ${where}, not the ${s.target} pace planned (${target}) - ${harder ? 'a harder session than planned. Keep the next day or two easy so the next hard day gets your best' : 'an easier session than planned, which is fine now and then'}.`;
  }
  if (Math.abs(off) <= REPS_ON_PACE_SEC) return `Reps at ${pace}: right on your ${s.target} pace (${target}). Nicely judged.`;
  if (off < 0) return `Reps at ${pace}: ${-off} s/${u} faster than your ${s.target} pace (${target}). Hard, not all-out: at ${target} the session does its job with less fatigue to carry into the week.`;
  return `Reps at ${pace}: ${off} s/${u} slower than your ${s.target} pace (${target}). Fine on a tough day; if they keep landing there, log a race or time trial and I'll check your paces.`;
}

/**
 * The planned day's average pace: each lap's goal pace, easy laps (no goal) at the middle of the easy range,
 * weighted by distance. Null for a day without run laps.
 */
export function plannedAveragePace(day: Pick<WorkoutDay, 'items'>, zones: PaceZones): number | null {
  let dist = 0;
  let sec = 0;
  for (const it of day.items) {
    if (it.kind !== 'run') continue;
    const pace = it.paceGoal ? parsePace(it.paceGoal) : (zones.easy.min + zones.easy.max) / 2;
    if (pace === null) continue;
    dist += it.distance;
    sec += it.distance * pace;
  }
  return dist > 0 ? sec / dist : null;
}

function parsePace(p: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(p.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The paces a VDOT gives, for a reply: "easy 9:14-10:16, tempo 7:52". */
export function describePaces(vdot: number, units: DistanceUnit): string {
  const z = paceZones(vdot, units);
  return `easy ${formatPace(z.easy.min)}-${formatPace(z.easy.max)}/${units}, tempo ${formatPace(z.threshold)}/${units}`;
}
