/**
 * Coaching questions answered from the client's own plan and the engines: why this week looks the way it
 * does (its block or phase), what pace to run (the VDOT zones), how they are doing (estimated 1RMs over
 * time, sessions and mileage done against planned), and when a kind of workout comes (the phase plan, read
 * without storing any week, so asking never freezes a week). Answers are short SMS sentences.
 */
import type { Limitation } from '../engine/vocabulary.js';
import { shownWeekCount, shownWeekNumber } from '../engine/program/week-position.js';
import type { Db } from '../db/db-types.js';
import { loggedSetOf } from './stored-log-json.js';
import type { ClientRow } from '../db/schema.js';
import { listWorkoutLogs } from '../db/repositories/logs.repository.js';
import { addDays, daysBetween, startOfIsoWeek, weekdayShort } from '../engine/dates.js';
import { CUTBACK_FACTOR, formatPace } from '../engine/endurance/index.js';
import { strengthRequestOf, weekSpan, workoutDaysOf, type ProgramWeek } from '../engine/program/program.js';
import { adaptationReasons, planWeeks } from './plan-weeks.service.js';
import { convertWeight } from '../engine/units.js';
import { estimateOneRepMax, exerciseById, nameMidSentence } from '../engine/strength/index.js';
import { patternLabel } from '../engine/strength/selection.js';
import { whyNotInPlan } from '../engine/adaptation/why-exercise.js';
import { kitLabel } from '../engine/adaptation/labels.js';
import { adaptationContext } from './adaptation-inputs.service.js';
import { planExerciseIds } from './plan-exercises.service.js';
import { paceZones } from '../engine/endurance/vdot.js';
import { noteInputs, planPosition, workoutOn, type ActivePlan } from './plans.service.js';
import { formatNoRunDay, formatSessionPaces, hasRun } from '../messages/format/session-paces.js';
import type { WorkoutDay } from '../engine/workout/workout.js';
import { raceHealthFlag, type RaceHealthFlag } from '../engine/adaptation/race-health.js';
import { formatDateLabel } from '../messages/format/day-brief.js';
import { counted } from '../engine/count.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2026-12-30" → "Wed Dec 30". */
function dayName(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return `${weekdayShort(date)} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/** The plan week a date falls in, as it stands (stored or the adapted projection), and the reader. */
async function weekAt(db: Db, plan: ActivePlan, date: string): Promise<{ week: ProgramWeek; weeks: Awaited<ReturnType<typeof planWeeks>> } | null> {
  const { weekNumber } = await planPosition(db, plan, date);
  if (weekNumber === null) return null;
  const weeks = await planWeeks(db, plan);
  return { week: weeks.week(weekNumber), weeks };
}

/** What the client's reports did to this week, in a line or two: an accepted ease-off first, then the engine's reasons. */
function adaptationLines(plan: ActivePlan, week: ProgramWeek, notes: Awaited<ReturnType<typeof planWeeks>>['notes'], today: string): string[] {
  const span = weekSpan(plan.outline, week.weekNumber);
  const eased = noteInputs(notes, span).easeOffs?.filter((e) => e.to >= today) ?? [];
  const lines = eased.map((e) =>
    e.kind === 'early_deload'
      ? `Your deload was brought forward (you said YES) through ${dayName(e.to)}: about half the sets and ~10% lighter.`
      : `Loads are down about 10% through ${dayName(e.to)} (you said YES).`,
  );
  const reasons = adaptationReasons(plan, week.weekNumber, notes).slice(0, 2);
  if (reasons.length) lines.push(`This week is adapted: ${reasons.map((r) => r.replace(/\.$/, '')).join('; ')}.`);
  return lines;
}

const BLOCK_WORDS: Record<string, string> = {
  accumulation: 'a build-up block: volume (sets) climbs a little each week at moderate weights',
  intensification: 'a heavier block: fewer reps, heavier weights',
  realization: 'a peak block: heavy, low-volume work to show the strength you built',
  deload: 'a deload week: about half the sets and a bit lighter, so your body absorbs the last block and you come back stronger',
};

const PHASE_WORDS: Record<string, string> = {
  base: 'the base phase: mostly easy miles to build your aerobic engine',
  build: 'the build phase: mileage climbs and quality sessions (tempo, intervals) come in',
  peak: 'the peak phase: your biggest weeks and race-specific work',
  taper: 'the taper: less volume, a little intensity, so you arrive at the race fresh',
};

/** "why is this week lighter/heavier/different?" from the current block (strength) or phase (runs). */
export async function whyThisWeek(db: Db, plan: ActivePlan, today: string, direction: 'lighter' | 'heavier' | 'different'): Promise<string> {
  const at = await weekAt(db, plan, today);
  if (!at) return 'Your plan is not running this week, so there is nothing lighter or heavier to explain.';
  const { week, weeks } = at;
  const lines: string[] = [];
  // What the client reported (a deload they said YES to, a trip, an illness) comes first: it is the news.
  lines.push(...adaptationLines(plan, week, weeks.notes, today));
  if (week.race) {
    const ow = plan.outline.race!.weeks[week.weekNumber - 1];
    const prev = plan.outline.race!.weeks[week.weekNumber - 2];
    const phase = PHASE_WORDS[week.race.phase] ?? week.race.phase;
    if (ow?.cutback) lines.push(`This is a cutback week: mileage drops to about ${Math.round(CUTBACK_FACTOR * 100)}% of normal so the last few weeks sink in before the next build.`);
    else if (week.race.phase === 'taper') lines.push(`You're in ${phase}.`);
    else if (ow && prev && ow.targetVolume < prev.targetVolume) lines.push(`Week ${shownWeekNumber(plan.outline, week.weekNumber)} has ${ow.targetVolume} ${plan.outline.race!.units} planned vs ${prev.targetVolume} last week: ${phase}.`);
    else lines.push(`${shownWeekNumber(plan.outline, week.weekNumber) === 0 ? 'Your start week' : `Week ${shownWeekNumber(plan.outline, week.weekNumber)}`} is in ${phase}${ow && prev ? ` (${ow.targetVolume} ${plan.outline.race!.units} planned, ${prev.targetVolume} last week)` : ''}.`);
  }
  if (week.strength) {
    const b = week.strength.block;
    const what = BLOCK_WORDS[b.type] ?? b.type;
    const prev = week.weekNumber > 1 ? weeks.week(week.weekNumber - 1).strength : null;
    const sets = (w: typeof week.strength) => (w ? Object.values(w.hardSetsByMuscle).reduce((x, y) => x + y, 0) : 0);
    const compare = prev ? ` About ${Math.round(sets(week.strength))} hard sets this week vs ${Math.round(sets(prev))} last week.` : ' It is your first week: you start near the low end of your volume and build from there.';
    lines.push(`${week.race ? 'Lifting: w' : 'W'}eek ${b.weekInBlock} of ${b.blockWeeks} in ${what}.${compare} Sets stop about ${counted(b.rir, 'rep')} short of failure.`);
  }
  if (direction !== 'different' && lines.length) lines.push('That is on purpose: hard weeks only work if easier ones let you recover.');
  return lines.join(' ');
}

export type PaceZoneAsked = 'easy' | 'long' | 'marathon' | 'threshold' | 'interval' | 'repetition' | 'race' | 'recovery' | 'all';

/** The plan's race outline with the runner's current VDOT and paces (after logged races and quality runs). */
function currentRace(plan: ActivePlan | null, currentVdot?: number) {
  const planned = plan?.outline.race;
  return planned && currentVdot !== undefined && currentVdot !== planned.vdot ? { ...planned, vdot: currentVdot, paces: paceZones(currentVdot, planned.units) } : planned;
}

/**
 * Every pace question — "whats my easy pace?", "my paces?", "what is tempo pace?" (a term explained) — is
 * answered here, from the plan's VDOT zones (moved by logged runs), so the numbers agree wherever they are
 * asked; plain advice when there are no runs.
 */
export function paceAnswer(plan: ActivePlan | null, zone: PaceZoneAsked, currentVdot?: number): string {
  const race = currentRace(plan, currentVdot);
  if (!race) {
    return 'Your plan has no runs in it, but for easy runs go at a conversational pace: you can speak in full sentences. If you can only get out a few words, slow down.';
  }
  const u = race.units;
  const p = race.paces;
  const f = (sec: number) => formatPace(sec);
  const estimated = race.runWalk !== null || race.fitnessSource === 'estimated';
  switch (zone) {
    case 'all':
      return `Your paces (VDOT ${race.vdot}${estimated ? ', estimated from your weekly running' : ''}): easy and long runs ${f(p.easy.min)}-${f(p.easy.max)}/${u}, marathon ${f(p.marathon)}/${u}, tempo ${f(p.threshold)}/${u}, intervals ${f(p.interval)}/${u}, strides ${f(p.repetition)}/${u}.${estimated ? ' Run by feel until a race or time trial sets them.' : ''} Most of your running is at the easy pace.`;
    case 'easy':
    case 'long':
    case 'recovery':
      return `${zone === 'long' ? 'Long runs' : zone === 'recovery' ? 'Recovery runs' : 'Easy runs'}: ${f(p.easy.min)}-${f(p.easy.max)}/${u}${zone === 'recovery' ? ' or slower' : ''}, from your VDOT of ${race.vdot}. Conversational: if you can't talk in full sentences, slow down. Slower is fine; faster is not the point.`;
    case 'marathon':
      return `Marathon pace: ${f(p.marathon)}/${u} (VDOT ${race.vdot}).`;
    case 'threshold':
      return `Tempo / threshold pace: ${f(p.threshold)}/${u}, comfortably hard, about what you could hold for an hour (VDOT ${race.vdot}).`;
    case 'interval':
      return `Interval pace: ${f(p.interval)}/${u}, hard but controlled, about 3K-5K race effort (VDOT ${race.vdot}).`;
    case 'repetition':
      return `Strides and reps: ${f(p.repetition)}/${u} or by feel, fast and relaxed, full recovery between (VDOT ${race.vdot}).`;
    case 'race':
      // Nothing measured (a new runner): no invented race pace (issue 13).
      if (race.runWalk || race.fitnessSource === 'estimated') {
        return `No race pace yet: your paces are estimated from your weekly running, not measured. Run the ${race.raceName} by feel: start slower than feels right and finish strong.`;
      }
      return race.goal
        ? `Goal race pace: ${f(race.goal.paceSecPerUnit)}/${u}; your current fitness predicts ${f(race.racePaceSecPerUnit)}/${u}.`
        : `Your current fitness predicts ${f(race.racePaceSecPerUnit)}/${u} for the ${race.raceName}.`;
  }
}

/** How far ahead "what pace for the long run?" looks for the next one: a week holds one. */
const LONG_RUN_LOOKAHEAD_DAYS = 7;

/**
 * "what pace for tomorrow?" / "what pace today?" / "what pace for the long run?": the paces of that one session
 * (its main set, warm-up and strides as the day's text gives them), not the zone's range. Null when there is no
 * such run to answer from (no runs in the plan, a lifting day, no long run this week): the range answers then.
 */
export async function sessionPaceAnswer(db: Db, client: ClientRow, plan: ActivePlan, today: string, ask: { date?: string; nextLong?: true }, currentVdot?: number): Promise<string | null> {
  const race = currentRace(plan, currentVdot);
  if (!race) return null;
  let date = ask.date ?? null;
  let found = date ? await workoutOn(db, client, plan, date, today) : null;
  for (let i = 0; ask.nextLong && date === null && i < LONG_RUN_LOOKAHEAD_DAYS; i++) {
    const d = addDays(today, i);
    const day = await workoutOn(db, client, plan, d, today);
    if (day.kind === 'workout' && day.day.title.startsWith('Long run')) [date, found] = [d, day];
  }
  if (date === null || found?.kind !== 'workout') return null;
  const label = date === today ? 'Today' : date === addDays(today, 1) ? `Tomorrow (${formatDateLabel(date)})` : formatDateLabel(date);
  const easy = `${formatPace(race.paces.easy.min)}-${formatPace(race.paces.easy.max)}/${race.units}`;
  if (hasRun(found.day)) return formatSessionPaces(found.day, label, easy);
  // A rest or lifting day: say so, and give the next run's paces (the pace the runner will actually need next).
  let next: { day: WorkoutDay; label: string } | null = null;
  for (let i = 1; next === null && i <= NEXT_RUN_LOOKAHEAD_DAYS; i++) {
    const d = addDays(date, i);
    const day = await workoutOn(db, client, plan, d, today);
    if (day.kind === 'workout' && hasRun(day.day)) next = { day: day.day, label: d === addDays(today, 1) ? `tomorrow (${formatDateLabel(d)})` : formatDateLabel(d) };
  }
  return formatNoRunDay(found.day, label, next, easy);
}

/** How far past a day without a run "what pace for tomorrow?" looks for the next run: a week holds one. */
const NEXT_RUN_LOOKAHEAD_DAYS = 7;

/** Within this many days of the goal race a tune-up race costs more than it gives: the taper (a 5K's last week, a marathon's three). */
const NO_TUNE_UP_WITHIN_DAYS = 10;

/**
 * "can I race a 5k this weekend as a tune-up?": yes or no by where the runner is in the plan, and what it replaces.
 * Not in the last 10 days before the goal race (the taper: a hard race there costs freshness it cannot give back).
 * Otherwise yes, on the span's hardest run day (the long run or the quality session), which the race replaces:
 * a race is the week's hard effort, and one hard day in its place keeps the week's load where the plan has it.
 */
export async function tuneUpAnswer(db: Db, client: ClientRow, plan: ActivePlan, today: string, ask: { from: string; to: string; distance: string | null }): Promise<string> {
  const race = plan.outline.race;
  const what = ask.distance ? `a ${ask.distance}` : 'a tune-up race';
  if (!race) {
    // A lifting plan: the race takes the place of a session only if one is planned that day; a rest day has none
    // to skip (was "skip that day's session" on a rest day).
    let session: { date: string; title: string } | null = null;
    for (let d = ask.from < today ? today : ask.from; d <= ask.to && !session; d = addDays(d, 1)) {
      const found = await workoutOn(db, client, plan, d, today);
      if (found.kind === 'workout' && found.day.kind !== 'rest') session = { date: d, title: found.day.title.split(' - ')[0]! };
    }
    const it = ask.distance ? `the ${ask.distance}` : 'it';
    const log = 'Log the time after (e.g. "raced a 5k in 24:10").';
    if (!session) return `Sure, race ${it}: it lands on a rest day in your plan, so there's no session to skip. Keep the day after easy or off. ${log}`;
    return `Sure, race ${it}: skip ${weekdayShort(session.date)}'s session (${session.title}) - the race is that day's hard effort - and keep the day after easy or off. ${log}`;
  }
  const days: Array<{ date: string; day: Extract<Awaited<ReturnType<typeof workoutOn>>, { kind: 'workout' }>['day'] }> = [];
  for (let d = ask.from < today ? today : ask.from; d <= ask.to; d = addDays(d, 1)) {
    const found = await workoutOn(db, client, plan, d, today);
    if (found.kind === 'workout') days.push({ date: d, day: found.day });
  }
  const first = ask.from < today ? today : ask.from;
  const toRace = daysBetween(first, race.raceDate);
  if (toRace <= 0) return `That's not before your ${race.raceName} (${formatDateLabel(race.raceDate)}): text me the race you mean, or "race is now <date>" if it moved.`;
  if (toRace <= NO_TUNE_UP_WITHIN_DAYS) {
    return `I'd skip racing it: that's ${counted(toRace, 'day')} before your ${race.raceName}, in the taper. A hard race now costs freshness you can't get back by race day. If you want the atmosphere, jog it easy as that day's run.`;
  }
  const LOAD_RANK = { heavy: 3, moderate: 2, light: 1, rest: 0 } as const;
  const runs = days.filter((d) => d.day.kind === 'run').sort((a, b) => LOAD_RANK[b.day.loadLevel] - LOAD_RANK[a.day.loadLevel]);
  const swap = runs[0];
  // The body before the calendar: pain or illness on race day is a no; one just ended is a yes only if fine since.
  const flag = raceHealthFlag((await adaptationContext(db, client.id, plan.row.id, today)).adaptations, swap?.date ?? ask.to);
  if (flag?.status === 'active') return activeHealthAnswer(flag, what, race.raceName);
  const check = flag ? `${recentHealthLine(flag, today)} ` : '';
  const where = swap?.day.position ?? days[0]?.day.position ?? '';
  const lead = `Yes, ${what} fits: ${toRace} days out from your ${race.raceName}${where ? ` (${where.replace(/ - /, ', ')})` : ''}.`;
  const how = `Warm up 1-2 ${race.units} easy with a few strides, race it, cool down 1 ${race.units} easy, and keep the next day easy.`;
  const log = 'Log the time after (e.g. "raced a 5k in 24:10") and I\'ll set your paces from it.';
  if (!swap) return `${check}${lead} It lands on a rest day in your plan, so race it and take the day after off or easy. ${how.replace(/, and keep the next day easy\.$/, '.')} ${log}`;
  // A long run the day after the race (a Saturday parkrun before Sunday's long run) stays, easier and shorter.
  const next = await workoutOn(db, client, plan, addDays(swap.date, 1), today);
  const longAfter = next.kind === 'workout' && next.day.title.startsWith('Long run') && swap.date < race.raceDate ? next.day.date : null;
  const moved = longAfter ? ` Keep ${weekdayShort(longAfter)}'s long run, but run it easy and shorter.` : '';
  return `${check}${lead} Race it ${weekdayShort(swap.date)} ${formatDateLabel(swap.date).split(' ')[1]} in place of the ${swap.day.title.toLowerCase()}: the race is that day's hard effort.${moved} ${how} ${log}`;
}

/** A tune-up asked while pain or illness is still in force on its day: not yet, and what makes it a yes. */
function activeHealthAnswer(flag: RaceHealthFlag, what: string, raceName: string): string {
  if (flag.kind === 'pain') {
    const part = flag.what.replace(/^your /, '');
    return `Not yet: ${flag.what} still hurts (since ${formatDateLabel(flag.from)}), and a race is the hardest thing you can ask of it. Once it's pain-free on a few easy runs, text me "${part} feels better" and ask again about ${what}: your ${raceName} matters more.`;
  }
  return `Not yet: you're still getting over being sick (since ${formatDateLabel(flag.from)}). Racing now risks a relapse; once a few easy runs feel normal, text me "feeling better" and ask again about ${what}.`;
}

/** A tune-up after pain or illness that ended days before it: the check a coach makes first, in a line. */
function recentHealthLine(flag: RaceHealthFlag, today: string): string {
  const ahead = flag.to >= today;
  if (flag.kind === 'pain') {
    const when = ahead ? `your plan keeps runs off it through ${formatDateLabel(flag.to)}` : `it hurt until ${formatDateLabel(flag.to)}`;
    return `First, ${flag.what}: ${when}. Race only if your runs ${ahead ? 'after that' : 'since'} are pain-free, including some faster running; if it twinges, jog it easy as that day's run instead.`;
  }
  const when = ahead ? `you're resting from being sick through ${formatDateLabel(flag.to)}` : `you were sick until ${formatDateLabel(flag.to)}`;
  return `First, ${when}: race only if your easy runs ${ahead ? 'after that' : 'since'} feel normal; if not, jog it easy as that day's run instead.`;
}

/** The client's own number for a pace term ("Yours: 11:17-12:23/mi."), or null when they have no runs. */
export function yourPaceLine(plan: ActivePlan | null, zone: Exclude<PaceZoneAsked, 'all' | 'race' | 'long' | 'recovery'>, currentVdot?: number): string | null {
  const race = currentRace(plan, currentVdot);
  if (!race) return null;
  const p = race.paces;
  const u = race.units;
  const pace = zone === 'easy' ? `${formatPace(p.easy.min)}-${formatPace(p.easy.max)}` : formatPace({ marathon: p.marathon, threshold: p.threshold, interval: p.interval, repetition: p.repetition }[zone]);
  return `Yours: ${pace}/${u} (VDOT ${race.vdot}).`;
}

/** How far back before a plan's start "how am I doing?" still counts a client's logs as theirs to hear about. */
const BEFORE_PLAN_DAYS = 28;

type LogRow = Awaited<ReturnType<typeof listWorkoutLogs>>[number];

/** Estimated 1RM per lift, first logged vs latest, in the client's units (at most three lifts). */
function liftTrends(logs: readonly LogRow[], unit: 'lb' | 'kg'): string[] {
  const byLift = new Map<string, { first: number; firstDate: string; last: number; lastDate: string }>();
  for (const l of logs) {
    const d = loggedSetOf(l);
    if (!d) continue;
    const e = convertWeight(estimateOneRepMax(d.weight, d.reps, d.rir ?? 0), d.unit ?? unit, unit);
    const cur = byLift.get(d.exerciseId);
    if (!cur) byLift.set(d.exerciseId, { first: e, firstDate: l.date, last: e, lastDate: l.date });
    else if (l.date > cur.lastDate || (l.date === cur.lastDate && e > cur.last)) Object.assign(cur, { last: e, lastDate: l.date });
  }
  return [...byLift.entries()].slice(0, 3).map(([id, t]) => {
    const name = exerciseById(id)?.name ?? id;
    if (t.firstDate === t.lastDate) return `${name} est. 1RM ${Math.round(t.last)} ${unit}`;
    const diff = Math.round(t.last) - Math.round(t.first);
    return `${name} est. 1RM ${Math.round(t.first)} -> ${Math.round(t.last)} ${unit} (${diff >= 0 ? '+' : ''}${diff})`;
  });
}

/**
 * What the client logged in the weeks before the plan started ("how am I doing?" with nothing logged in the
 * plan yet): said back, not "nothing logged"; null when there is nothing.
 */
async function beforePlanLine(db: Db, client: ClientRow, start: string, unit: 'lb' | 'kg'): Promise<string | null> {
  const logs = await listWorkoutLogs(db, client.id, { from: addDays(start, -BEFORE_PLAN_DAYS), to: addDays(start, -1) });
  const days = new Set(logs.filter((l) => l.kind === 'done' || l.kind === 'run' || l.kind === 'strength').map((l) => l.date)).size;
  if (days === 0) return null;
  const trends = liftTrends(logs, unit);
  const runs = logs.filter((l) => l.kind === 'run').length;
  const what = [trends.length ? trends.join('; ') : '', runs ? `${runs} run${runs === 1 ? '' : 's'}` : ''].filter(Boolean).join('; ');
  return `Before your plan started (${dayName(start)}) you logged ${days} session${days === 1 ? '' : 's'}${what ? `: ${what}` : ''}. Your plan's progress counts from its first day: text "done" or your numbers after each session.`;
}

/** "how am I doing?": sessions done against planned so far, this week's mileage, and estimated 1RMs over time. */
export async function progressAnswer(db: Db, client: ClientRow, plan: ActivePlan, today: string): Promise<string> {
  const start = plan.outline.startDate;
  const unit = client.units === 'metric' ? 'kg' : 'lb';
  if (today < start) return (await beforePlanLine(db, client, start, unit)) ?? `Your plan starts ${dayName(start)}: nothing to measure yet.`;
  const logs = await listWorkoutLogs(db, client.id, { from: start, to: today });
  const lines: string[] = [];
  // Planned sessions: every non-rest day of the weeks so far, up to today (computed, never stored).
  const { weekNumber } = await planPosition(db, plan, today);
  let planned = 0;
  let plannedVolume = 0;
  let thisWeekPlanned = 0;
  const asItStands = await planWeeks(db, plan);
  for (let n = 1; weekNumber !== null && n <= weekNumber; n++) {
    const week = asItStands.week(n);
    for (const d of workoutDaysOf(plan.outline, week)) {
      if (d.kind === 'rest' || d.date > today) continue;
      planned += 1;
      plannedVolume += d.totalDistance ?? 0;
    }
    if (n === weekNumber && week.race) thisWeekPlanned = week.race.trainingVolume;
  }
  const doneDates = new Set(logs.filter((l) => l.kind === 'done' || l.kind === 'run' || l.kind === 'strength').map((l) => l.date));
  const skipped = new Set(logs.filter((l) => l.kind === 'skipped').map((l) => l.date)).size;
  if (planned > 0) lines.push(`Sessions: ${Math.min(doneDates.size, planned)} of ${planned} planned so far done${skipped ? `, ${skipped} skipped` : ''}.`);
  else if (doneDates.size > 0) lines.push(`Sessions logged: ${doneDates.size} (none were planned yet - nice head start).`);
  if (plan.outline.race) {
    const unit = plan.outline.race.units;
    const span = weekNumber ? weekSpan(plan.outline, weekNumber) : null;
    // Runs logged in km count as km even for a miles plan (and the other way round).
    const ran = (from: string) =>
      logs
        .filter((l) => l.kind === 'run' && l.date >= from)
        .reduce((s, l) => {
          const d = l.details as { distance?: number | null; unit?: 'mi' | 'km' | null };
          const km = d.unit === 'km' ? Number(d.distance ?? 0) : Number(d.distance ?? 0) * 1.609344;
          return s + (unit === 'km' ? km : km / 1.609344);
        }, 0);
    const total = ran(start);
    if (total > 0 || plannedVolume > 0) lines.push(`Running: ${Math.round(total * 10) / 10} ${unit} logged of ${Math.round(plannedVolume * 10) / 10} planned so far${span ? `; this week ${Math.round(ran(span.startDate) * 10) / 10} of ${thisWeekPlanned}` : ''}.`);
  }
  // e1RM trend per lift: first logged vs latest, in the client's units.
  const trends = liftTrends(logs, unit);
  if (trends.length) lines.push(`${trends.join('; ')}.`);
  // Nothing logged in the plan yet: what was logged before it started is still theirs to hear about.
  const before = logs.length === 0 ? await beforePlanLine(db, client, start, unit) : null;
  if (before) lines.push(before);
  if (lines.length === 0) return `Nothing logged yet. Text "done" after a session, or your numbers (e.g. ${plan.outline.strength ? '"squat 3x5 at 135"' : '"ran 4 mi in 40 min"'}), and I can show you your progress.`;
  const weeks = Math.max(1, Math.ceil((daysBetween(start, today) + 1) / 7));
  const shown = shownWeekNumber(plan.outline, weekNumber ?? weeks);
  return [shown === 0 ? `Start week; week 1 of ${shownWeekCount(plan.outline)} starts Monday.` : `Week ${shown} of ${shownWeekCount(plan.outline)}.`, ...lines].join(' ');
}

const RACE_TYPES: Record<string, string[]> = {
  tempo: ['tempo'],
  intervals: ['intervals', 'repetition'],
  long: ['long'],
  race: ['race'],
  marathon_pace: ['marathon_pace'],
  strides: ['easy'],
};

/**
 * "when do I get tempo / intervals / a deload?": the first day or week ahead of that kind in the plan,
 * computed from the engines (nothing stored).
 */
export async function whenAnswer(db: Db, plan: ActivePlan, today: string, workout: string): Promise<string> {
  const { weekNumber } = await planPosition(db, plan, today);
  if (weekNumber === null) return 'Your plan is not running right now.';
  if (workout === 'longest') return longestRunAnswer(db, plan, today);
  const label: Record<string, string> = { tempo: 'tempo run', intervals: 'interval session', long: 'long run', race: 'race', marathon_pace: 'marathon-pace run', strides: 'strides', deload: 'deload week', taper: 'taper', peak: 'peak phase', heavy: 'heavy block', rest: 'rest day' };
  // A lifter with a meet: the peak is the week of heavy singles before the meet's week (engine/strength/week.ts),
  // never the runner's peak phase ("when do i peak" was "Your plan is a lifting plan, so it has no runs").
  const meet = strengthRequestOf(plan.request)?.meetDate;
  if (meet && (workout === 'peak' || workout === 'taper') && meet >= today) {
    const singles = addDays(startOfIsoWeek(meet), -7);
    const weeksOut = Math.round(daysBetween(today, meet) / 7);
    const when = singles <= today ? 'You are in your peak now' : `You peak the week of ${dayName(singles)}`;
    return `${when}: heavy singles to rehearse your openers, then a light meet week into your meet on ${dayName(meet)} (${weeksOut === 0 ? 'this week' : `${counted(weeksOut, 'week')} out`}). Until then the blocks build: more sets first, then heavier and fewer reps.`;
  }
  const weeks = await planWeeks(db, plan);
  for (let n = weekNumber; n <= plan.outline.weeks; n++) {
    const week = weeks.week(n);
    if (week.race) {
      if (workout === 'taper' || workout === 'peak') {
        if (week.race.phase === workout) return n === weekNumber ? `You're in the ${workout} now.` : `The ${workout} starts week ${shownWeekNumber(plan.outline, n)} (${dayName(week.startDate)}).`;
        continue;
      }
      if (workout === 'deload' && plan.outline.race!.weeks[n - 1]?.cutback) return n === weekNumber ? 'This week is a cutback week.' : `Your next cutback week is week ${shownWeekNumber(plan.outline, n)} (from ${dayName(week.startDate)}).`;
      const types = RACE_TYPES[workout];
      const day = types ? week.race.days.find((d) => d.date >= today && types.includes(d.type) && (workout !== 'strides' || /strides/i.test(d.notes))) : undefined;
      if (day) {
        const why = n === weekNumber ? '' : ` It comes in the ${week.race.phase} phase, once your easy mileage is built.`;
        return `Your next ${label[workout]} is ${dayName(day.date)} (week ${shownWeekNumber(plan.outline, n)}).${why}`;
      }
    }
    // An early deload the client said YES to is the next deload, whatever the block says.
    const early = workout === 'deload' ? noteInputs(weeks.notes, weekSpan(plan.outline, n)).easeOffs?.find((e) => e.kind === 'early_deload' && e.to >= today) : undefined;
    if (early) return `Your deload was brought forward (you said YES): ${dayName(early.from > today ? early.from : today)} through ${dayName(early.to)}.`;
    if (week.strength) {
      const b = week.strength.block;
      // "do i need a deload?": when it is, and that feeling run down before then is worth telling (a run of rough days brings one forward).
      if (workout === 'deload' && b.type === 'deload') return n === weekNumber ? 'This week is your deload.' : `Your next deload is week ${n} (from ${dayName(week.startDate)}). Feeling run down before then? Tell me how you feel - a run of rough days brings it forward.`;
      if (workout === 'heavy' && (b.type === 'intensification' || b.type === 'realization')) return n === weekNumber ? 'You are in a heavy block now.' : `Heavier work starts week ${n} (from ${dayName(week.startDate)}).`;
    }
    if (workout === 'rest') {
      const rest = workoutDaysOf(plan.outline, week).find((d) => d.date >= today && d.kind === 'rest');
      if (rest) return `Your next rest day is ${dayName(rest.date)}.`;
    }
  }
  const hasRuns = plan.outline.race !== null;
  if (!hasRuns && ['tempo', 'intervals', 'long', 'race', 'marathon_pace', 'strides', 'taper', 'peak'].includes(workout)) return 'Your plan is a lifting plan, so it has no runs. Text "new plan" if you want a running or hybrid plan.';
  return `There is no ${label[workout] ?? workout} left in this plan${hasRuns ? ' before race day' : ''}.`;
}

/** "whats my longest run gonna be": the plan's longest long run (as the weeks stand), when, and how it gets there. */
async function longestRunAnswer(db: Db, plan: ActivePlan, today: string): Promise<string> {
  const race = plan.outline.race;
  if (!race) return 'Your plan is a lifting plan, so it has no runs. Text "new plan" if you want a running or hybrid plan.';
  const weeks = await planWeeks(db, plan);
  const longs = Array.from({ length: plan.outline.weeks }, (_, i) => weeks.week(i + 1).race?.days.find((d) => d.type === 'long')).filter((d): d is NonNullable<typeof d> => d !== undefined);
  const longest = longs.reduce<(typeof longs)[number] | null>((m, d) => (m === null || d.total > m.total ? d : m), null);
  if (!longest) return `Your plan has no long runs yet: your runs are all under ${race.units === 'mi' ? '4 mi' : '6.5 km'}.`;
  const u = race.units;
  const out = Math.round(daysBetween(longest.date, race.raceDate) / 7);
  const first = longs.find((d) => d.date >= today) ?? longs[0]!;
  const when = `${longest.date < today ? 'was' : 'is'} ${longest.total} ${u} on ${dayName(longest.date)}, ${counted(out, 'week')} before race day`;
  const how = first.date < longest.date ? ` It builds there from ${first.total} ${u}, 1-2 ${u} at a time with shorter cutback weeks, then the taper brings it down so you arrive fresh.` : '';
  // At the time cap (volume.ts: 3 h for a marathon, 2.5 h for a half) a slower runner hears why it stops there.
  const hours = { marathon: '3 hours', half: '2.5 hours' }[race.distanceClass as string];
  const cap = hours && longest.total >= race.longRunCap ? ` That is about ${hours} at your easy pace: past it a run adds fatigue, not fitness.` : '';
  return `Your longest run ${when}.${how}${cap}`;
}

/** First day of a plan's last week: used when a client asks about a date past the end. */
export function lastWeekStart(plan: ActivePlan): string {
  return addDays(plan.outline.endDate, -6);
}

/**
 * "why leg press instead of squats?", "why are there no deadlifts?": why the lift asked about is not in the plan
 * (engine/adaptation/why-exercise.ts): a note in force (asked to drop it, pain, a trip), what the client told at
 * the start (an injury, their kit, their experience), or nothing but the block's choice. Never a change.
 */
/** Kit a lift needs, as said after "needs": "a barbell and a rack". */
const KIT_NEEDED: Record<string, string> = { barbell: 'a barbell', rack: 'a rack', bench: 'a bench', pullup_bar: 'a pull-up bar', cable: 'a cable station', machine: 'a machine', kettlebell: 'a kettlebell', dumbbell: 'dumbbells', bands: 'a band', box: 'a box', sled: 'a sled' };

/** `week`: this plan week's exercise ids when the caller has read them already. */
export async function whyExerciseAnswer(db: Db, client: ClientRow, plan: ActivePlan, today: string, exerciseId: string, shownId: string | null, week?: readonly string[]): Promise<string> {
  return (await whyExercise(db, client, plan, today, exerciseId, shownId, week)).text;
}

/**
 * The answer, and the areas told at the start that alone keep the lift out (`spared`): the caller may offer the
 * lift back ("if your lower back is good now, reply YES"). None when a note in force (pain, a trip) keeps it out too.
 */
export async function whyExercise(
  db: Db,
  client: ClientRow,
  plan: ActivePlan,
  today: string,
  exerciseId: string,
  shownId: string | null,
  week?: readonly string[],
  /** The areas told at the start in the client's words ("left knee"); the library's by default. */
  toldName?: (areas: Limitation[]) => string,
): Promise<{ text: string; spared: Limitation[] }> {
  const asked = exerciseById(exerciseId)!;
  const req = strengthRequestOf(plan.request);
  const name = nameMidSentence(asked.name);
  if (!req) return { text: `Your plan is a running plan, so there is no ${name} in it. Want lifting alongside your runs? Text "new plan" and ask for 2 lifting days.`, spared: [] };
  const ids = week ?? (await planExerciseIds(db, client, plan, today));
  // What stands in its place: the lift named when the plan has it, else this week's lift of the same movement
  // (a client asking "why leg press" of a plan with goblet squats hears of the goblet squat), else the one named.
  const samePattern = ids.map((id) => exerciseById(id)).find((e) => e && e.id !== asked.id && e.pattern === asked.pattern);
  const named = shownId ? exerciseById(shownId) : undefined;
  const shown = (named && ids.includes(named.id) ? named : undefined) ?? samePattern ?? named ?? null;
  const instead = shown ? nameMidSentence(shown.name) : null;
  const { adaptations } = await adaptationContext(db, client.id, plan.row.id, today);
  const reasons = whyNotInPlan(asked, req, adaptations, today);
  const place = instead ? `, so ${instead} takes its place` : '';
  const area = (a: readonly string[]) => a.map((x) => x.replace(/_/g, ' ')).join(' and ');
  const kit = (eq: readonly string[]) => eq.map((e) => KIT_NEEDED[e] ?? kitLabel([e as never])).join(' and ');
  const lines = reasons.slice(0, 2).map((r): string => {
    switch (r.kind) {
      case 'excluded':
        return `You asked me to drop ${name} ("${r.reason}")${place}.`;
      case 'pain':
        return `${asked.name} loads your ${area(r.areas.length ? r.areas : [r.bodyPart])}, and you told me it hurts ("${r.reason}")${place} until it settles.`;
      case 'limitation':
        return `${asked.name} loads your ${toldName ? toldName(r.areas) : area(r.areas)}, which you told me to go easy on${place ? `${place}: it trains the same muscles with less stress there` : ', so the plan leaves it out'}.`;
      case 'health':
        return `With ${r.label} the plan leaves out ${patternLabel(asked.pattern)} lifts like ${name}.`;
      case 'travel':
        return `You're traveling, and ${name} needs ${kit(r.missing)}${place} on those days.`;
      case 'equipment':
        return `${asked.name} needs ${kit(r.missing)}, which your plan doesn't have${place}. If you have that now, text "new plan" and I'll rebuild with it.`;
      case 'load_limit':
        return `Your limit of ${r.load} ${r.unit} is under an empty bar, so no barbell lifts like ${name} until it is lifted.`;
      case 'level':
        return `${asked.name} comes once you have more training behind you${place}: it builds the same strength now.`;
    }
  });
  const told = reasons.find((r): r is Extract<typeof r, { kind: 'limitation' }> => r.kind === 'limitation');
  const spared = told && reasons.every((r) => r.kind === 'limitation' || r.kind === 'level') ? told.areas : [];
  if (lines.length) return { text: lines.join(' '), spared };
  if (ids.includes(asked.id)) return { text: `${asked.name} is in your plan this week${instead ? `; ${instead} adds work for the same muscles` : ''}. Text "week" to see which days.`, spared: [] };
  // Nothing rules it out: the block chose another lift for that movement, and lifts rotate between blocks.
  const swap = shown ? ` If you'd rather do ${name} now, text "swap ${nameMidSentence(shown.name)} for ${name}".` : '';
  return { text: `Nothing rules ${name} out: this block trains the ${patternLabel(asked.pattern)} movement with ${instead ?? 'other lifts'}, and lifts rotate between blocks so you keep progressing.${swap}`, spared: [] };
}
