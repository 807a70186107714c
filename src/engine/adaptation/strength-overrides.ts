/**
 * A strength week's overrides from the client's open adaptations and soreness (see windows.ts for which
 * dates each covers):
 *  - illness → the dates are rest; the first sessions back keep REENTRY_FACTOR of their sets;
 *  - travel → that day's equipment (bodyweight always), dumbbell loads capped at the heaviest pair;
 *  - missing equipment → every later day without it;
 *  - pain → what loads the joint is left out for its dates (the library's limitation for the part);
 *  - exclusion / swap → never selected again; a swap's replacement takes its place when it fits;
 *  - health condition → its rules (health.ts) on every session from then on: a floor on reps in reserve and on
 *    reps a set, and movement patterns left out;
 *  - load limit → no load over it on its dates (heavier sets get more reps or a slower tempo, load-cap.ts);
 *    under an empty bar's weight no barbell, machine or cable work (their loads cannot be kept under it);
 *  - soreness → the next session within 3 days that trains those muscles does 1 set fewer per exercise for those muscles (2 when
 *    severity ≥ 4; a main lift keeps 2 working sets, strength/week.ts). Rule from Renaissance Periodization's set-progression algorithm (Israetel, Hoffmann &
 *    Smith, "Scientific Principles of Hypertrophy Training", 2021): still sore at the next session for a
 *    muscle → hold or remove sets for it.
 */
import { addDays, isoWeekday } from '../dates.js';
import type { StrengthRequest } from '../strength/request.js';
import type { WeekOverrides } from '../strength/types.js';
import { EXERCISES, exerciseById, nameMidSentence } from '../strength/exercises.js';
import { HEALTH_RULES, healthExcludedExercises, healthLine } from './health.js';
import { convertWeight } from '../units.js';
import type { Equipment, Limitation } from '../vocabulary.js';
import type { Muscle } from '../strength/volume-landmarks.js';
import { LIMITATION_FOR_PART, loadsPart, MILD_EASE, MILD_SWAPS, musclesFor, partLabel, PATTERNS_FOR_PART, sidedPartLabel } from './body.js';
import { addCause, type Cause } from './changes.js';
import type { AdaptationContext } from './inputs.js';
import { covers, lastDay, reentryDates, REENTRY_FACTOR, SORENESS_HORIZON_DAYS } from './windows.js';
import { dateLabel, dayLabel, hurts, sorenessWord, kitLabel } from './labels.js';
import { LIGHT_LEGS_MAX_SETS, LIGHT_LEGS_RIR } from '../strength/legs-light.js';

/** Dates from `from` to `to` inclusive. */
export function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const add = addCause;

/** An empty barbell: a limit under it rules the bar out. */
const EMPTY_BAR = { lb: 45, kg: 20 } as const;
/** Kit whose load cannot be kept under a small limit (the bar's own weight; a stack's pick is the client's). */
const UNCAPPED_KIT: readonly Equipment[] = ['barbell', 'rack', 'cable', 'machine'];

/**
 * Overrides for `dates` (a week, or a little more) and the causes behind them. `settled` dates (done or past)
 * are never the target of a soreness cut: the next session still to come is.
 */
export function strengthOverrides(
  req: StrengthRequest,
  dates: readonly string[],
  ctx: AdaptationContext,
  settled: ReadonlySet<string> = new Set(),
  musclesOn?: (date: string) => readonly Muscle[] | null,
): { overrides: WeekOverrides; causes: Cause[] } {
  const o: Required<Pick<WeekOverrides, 'skipDates' | 'equipmentByDate' | 'limitationsByDate' | 'maxDumbbellByDate' | 'maxLoadByDate' | 'rirFloorByDate' | 'minRepsByDate' | 'setCutsByDate' | 'setFactorByDate' | 'notesByDate'>> & WeekOverrides = {
    skipDates: [],
    equipmentByDate: {},
    limitationsByDate: {},
    maxDumbbellByDate: {},
    maxLoadByDate: {},
    rirFloorByDate: {},
    minRepsByDate: {},
    setCutsByDate: {},
    setFactorByDate: {},
    notesByDate: {},
  };
  const causes: Cause[] = [];
  const training = (d: string) => req.trainingDays.includes(isoWeekday(d) as never);
  const note = (d: string, text: string) => (o.notesByDate[d] = [...(o.notesByDate[d] ?? []), text]);
  const last = dates[dates.length - 1] ?? '';
  const exclude = new Set<string>();
  const subs: Record<string, string> = {};

  for (const a of ctx.adaptations) {
    if (a.kind === 'exclude' && a.from <= last) {
      if (a.to) {
        // A caution for a while: the lift and its close variants sit out through its last day, then come back.
        const ids = a.exerciseIds?.length ? a.exerciseIds : [a.exerciseId];
        for (const id of ids) exclude.add(id);
        const names = ids.map((id) => nameMidSentence(exerciseById(id)?.name ?? id));
        const lift = names[0]!;
        add(causes, {
          type: 'exercise_swap',
          key: `exclude:${a.exerciseId}`,
          dates: dates.filter((d) => d >= a.from && d <= a.to! && training(d)),
          reason: `No ${names.length > 3 ? `${lift} or lifts like it (${names.slice(1, 3).join(', ')} and more)` : names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : lift} through ${dateLabel(a.to)}, as you asked: another movement for the same muscles takes ${names.length > 1 ? 'their' : 'its'} place. ${lift[0]!.toUpperCase()}${lift.slice(1)} comes back from ${dateLabel(addDays(a.to, 1))}.`,
        });
        continue;
      }
      exclude.add(a.exerciseId);
      // "can't kneel": every lift done kneeling is out for good, not only the one named.
      for (const id of a.exerciseIds ?? []) exclude.add(id);
      if (a.toExerciseId) subs[a.exerciseId] = a.toExerciseId;
      const fromIds = a.exerciseIds?.length ? a.exerciseIds : [a.exerciseId];
      const fromNames = fromIds.map((id) => nameMidSentence(exerciseById(id)?.name ?? id));
      const from = fromNames.length > 1 ? `${fromNames.slice(0, -1).join(', ')} or ${fromNames.at(-1)}` : fromNames[0]!;
      const toEx = a.toExerciseId ? exerciseById(a.toExerciseId) : undefined;
      const to = toEx ? nameMidSentence(toEx.name) : null;
      add(causes, {
        type: 'exercise_swap',
        key: `exclude:${a.exerciseId}`,
        dates: dates.filter((d) => d >= a.from && training(d)),
        reason: to ? `${to[0]!.toUpperCase()}${to.slice(1)} instead of ${from} in every session from now on, as you asked.` : `No more ${from}: replaced by a movement for the same muscles.`,
      });
    }
  }

  for (const d of dates) {
    const ill = ctx.adaptations.find((a) => a.kind === 'illness' && covers(a, d));
    if (ill) {
      if (training(d)) {
        o.skipDates.push(d);
        note(d, ill.kind === 'illness' && ill.timeOff ? 'Time off: no training.' : 'Off sick: no training until you feel better.');
        add(causes, { type: 'rest_days', dates: [d], reason: `${ill.kind === 'illness' && ill.timeOff ? 'Time off' : 'Off sick'} through ${dayLabel(lastDay(ill)!)}: rest days, no training.` });
      }
      continue;
    }
    // Equipment: the gym minus what it lacks, unless traveling.
    let eq: Equipment[] = [...req.equipment];
    for (const a of ctx.adaptations) {
      if (a.kind === 'missing_equipment' && a.from <= d) {
        eq = eq.filter((e) => !a.equipment.includes(e));
        if (training(d)) add(causes, { type: 'equipment_change', dates: [d], reason: `No ${kitLabel(a.equipment)} at your gym: sessions use what you have.` });
      }
    }
    const trip = ctx.adaptations.find((a) => a.kind === 'travel' && covers(a, d));
    if (trip && trip.kind === 'travel') {
      eq = [...new Set<Equipment>([...(trip.equipment ?? []), 'bodyweight'])];
      if (trip.maxDumbbell && eq.includes('dumbbell')) o.maxDumbbellByDate[d] = convertWeight(trip.maxDumbbell.load, trip.maxDumbbell.unit, req.units);
      if (training(d)) {
        const kit = trip.equipment?.some((e) => e !== 'bodyweight') ? kitLabel(trip.equipment.filter((e) => e !== 'bodyweight')) : 'bodyweight';
        const cap = trip.maxDumbbell ? ` (dumbbells to ${trip.maxDumbbell.load} ${trip.maxDumbbell.unit})` : '';
        add(causes, { type: 'equipment_change', dates: [d], reason: `Traveling ${lastDay(trip) === trip.from ? dayLabel(trip.from) : `${dayLabel(trip.from)}-${dayLabel(lastDay(trip)!)}`}: sessions for ${kit}${cap}, same block and effort.` });
        note(d, `Travel day: planned for ${kit}${cap}.`);
      }
    }
    for (const a of ctx.adaptations) {
      if (a.kind !== 'load_limit' || !covers(a, d)) continue;
      const limit = convertWeight(a.load, a.unit, req.units);
      if (a.exerciseIds?.length) {
        // "keep it under 135 on squats": that lift only; the rest of the day keeps its loads.
        const byEx = (o.maxLoadByExerciseByDate ??= {})[d] ?? {};
        for (const id of a.exerciseIds) byEx[id] = Math.min(byEx[id] ?? Infinity, limit);
        o.maxLoadByExerciseByDate[d] = byEx;
        if (training(d)) {
          const w = `${a.load} ${a.unit}`;
          const lifts = a.exerciseIds.map((id) => nameMidSentence(exerciseById(id)?.name ?? id)).join(' and ');
          const until = a.to ? `through ${dateLabel(a.to)}` : 'until you tell me it is lifted';
          add(causes, { type: 'load_limit', key: 'load_limit', dates: [d], reason: `Nothing over ${w} on ${lifts} ${until}: heavier sets use ${w} for more reps or a slower tempo, same effort; your other lifts keep their loads.` });
          note(d, `Your limit: nothing over ${w} on ${lifts}${a.to ? ` through ${dateLabel(a.to)}` : ''}.`);
        }
        continue;
      }
      o.maxLoadByDate[d] = Math.min(o.maxLoadByDate[d] ?? Infinity, limit);
      if (limit < EMPTY_BAR[req.units]) eq = [...new Set<Equipment>([...eq.filter((e) => !UNCAPPED_KIT.includes(e)), 'bodyweight'])];
      if (training(d)) {
        const w = `${a.load} ${a.unit}`;
        const until = a.to ? `through ${dateLabel(a.to)}` : 'until you tell me it is lifted';
        const how = limit < EMPTY_BAR[req.units] ? `dumbbells and kettlebells up to ${w}, no barbell, machine or cable lifts` : `heavier sets use ${w} for more reps or a slower tempo, same effort; keep machines and cables under it too`;
        add(causes, { type: 'load_limit', key: 'load_limit', dates: [d], reason: `Nothing over ${w} ${until}: ${how}.` });
        note(d, `Your limit: nothing over ${w}${a.to ? ` through ${dateLabel(a.to)}` : ''}.`);
      }
    }
    if (eq.length !== req.equipment.length || eq.some((e) => !req.equipment.includes(e))) o.equipmentByDate[d] = eq;

    for (const a of ctx.adaptations) {
      if (a.kind !== 'health' || a.from > d || !training(d)) continue;
      // Told at onboarding: the plan was built with it (request health), so it changes nothing more.
      if (req.health?.some((h) => h.condition === a.condition && h.label === a.label)) continue;
      const rule = HEALTH_RULES[a.condition];
      o.rirFloorByDate[d] = Math.max(o.rirFloorByDate[d] ?? 0, rule.rirFloor);
      o.minRepsByDate[d] = Math.max(o.minRepsByDate[d] ?? 0, rule.minReps);
      for (const ex of EXERCISES) if (rule.excludePatterns.includes(ex.pattern)) exclude.add(ex.id);
      // The lifts it swaps for a safer one (a moving lunge with osteopenia, a flat bench while pregnant).
      for (const id of healthExcludedExercises([a], req.trainingAge).keys()) exclude.add(id);
      add(causes, { type: 'health_limitation', key: `health:${a.condition}`, dates: [d], reason: `With ${a.label}: ${healthLine(a)}.` });
    }

    const limits: Limitation[] = [];
    for (const a of ctx.adaptations) {
      if (a.kind !== 'pain' || !covers(a, d)) continue;
      const lim = LIMITATION_FOR_PART[a.bodyPart];
      if (a.mild && !a.redFlag && lim && training(d)) {
        // A mild ache: the lifts stay, eased; only the worst offenders and any jump that loads the part are swapped.
        const patterns = [...(PATTERNS_FOR_PART[a.bodyPart] ?? [])];
        const worst = EXERCISES.filter((ex) => (MILD_SWAPS[lim] ?? []).includes(ex.id) || (ex.pattern === 'power' && loadsPart(ex, a.bodyPart))).map((ex) => ex.id);
        if (a.exerciseId && !worst.includes(a.exerciseId)) worst.push(a.exerciseId);
        const cur = (o.easedByDate ??= {})[d];
        o.easedByDate[d] = {
          patterns: [...new Set([...(cur?.patterns ?? []), ...patterns])],
          limitations: [...new Set([...(cur?.limitations ?? []), lim])],
          ...MILD_EASE,
          swap: [...new Set([...(cur?.swap ?? []), ...worst])],
        };
        const said = sidedPartLabel(a.bodyPart, a.reason);
        const them = hurts(said) === 'hurt' ? 'them' : 'it';
        const easing = `about ${Math.round((1 - MILD_EASE.load) * 100)}% lighter, a rep more in the tank and a set fewer`;
        note(d, `Your ${said}: the lifts that load ${them} are ${easing} today. Stop a set that hurts.`);
        add(causes, {
          type: 'injury_limitation',
          dates: [d],
          reason: `Your ${said}: through ${dayLabel(lastDay(a)!)} the lifts that load ${them} stay, ${easing}; only the hardest on ${them} are swapped.`,
          key: `pain:${a.bodyPart}`,
        });
        continue;
      }
      if (lim) limits.push(lim);
      else if (a.exerciseId) exclude.add(a.exerciseId);
      // The lifts of the patterns that load the part (sore hips: hinges, hip thrusts, squats), on its dates only.
      const patterns = PATTERNS_FOR_PART[a.bodyPart];
      if (patterns && training(d)) {
        const out = EXERCISES.filter((ex) => patterns.includes(ex.pattern)).map((ex) => ex.id);
        (o.excludeByDate ??= {})[d] = [...new Set([...(o.excludeByDate[d] ?? []), ...out])];
      }
      if (training(d)) {
        const said = sidedPartLabel(a.bodyPart, a.reason);
        add(causes, {
          type: 'injury_limitation',
          dates: [d],
          reason: `Your ${said} ${hurts(said)}: nothing that loads ${hurts(said) === 'hurt' ? 'them' : 'it'} through ${dayLabel(lastDay(a)!)} (tell me when ${hurts(said) === 'hurt' ? 'they are' : 'it is'} better).`,
          key: `pain:${a.bodyPart}`,
        });
      }
    }
    if (limits.length) o.limitationsByDate[d] = [...new Set(limits)];
  }

  // Legs back after a cast or a wheelchair: leg lifts light (strength/legs-light.ts) through the window.
  for (const a of ctx.adaptations) {
    if (a.kind !== 'legs_back') continue;
    const light = dates.filter((d) => covers(a, d) && training(d) && !o.skipDates.includes(d));
    for (const d of light) {
      o.lightLegsDates = [...(o.lightLegsDates ?? []), d];
      note(d, `Legs back: squats, hinges and lunges light through ${dayLabel(a.to)} (at most ${LIGHT_LEGS_MAX_SETS} sets, ${LIGHT_LEGS_RIR}+ reps in reserve), then they build as planned. Stop if the leg hurts.`);
    }
    if (light.length) add(causes, { type: 're_entry', key: 'legs_back', dates: light, reason: `Legs back: lower-body lifts return light through ${dayLabel(a.to)}, then build as planned.` });
  }

  // Re-entry after illness: the first sessions back at reduced volume.
  for (const a of ctx.adaptations) {
    if (a.kind !== 'illness') continue;
    const back = reentryDates(a, req.trainingDays).filter((d) => dates.includes(d) && !o.skipDates.includes(d));
    for (const d of back) {
      o.setFactorByDate[d] = REENTRY_FACTOR;
      note(d, a.timeOff ? `First sessions back after time off: about ${Math.round(REENTRY_FACTOR * 100)}% of the usual sets.` : `First sessions back after being sick: about ${Math.round(REENTRY_FACTOR * 100)}% of the usual sets. Stop if you feel unwell.`);
    }
    if (back.length) add(causes, { type: 're_entry', dates: back, reason: `Back after ${a.timeOff ? 'time off' : 'being sick'}: first sessions at about ${Math.round(REENTRY_FACTOR * 100)}% of the sets.` });
  }

  // Soreness: the next session still to come within the horizon.
  for (const s of ctx.soreness) {
    const muscles = musclesFor(s.bodyParts);
    if (!muscles.length) continue;
    // The next session that trains those muscles (an upper day after sore legs is left alone). A session
    // whose exercises are unknown here (another week) counts as the next one: that week's build applies it.
    const next = datesFrom(s.date, addDays(s.date, SORENESS_HORIZON_DAYS)).find((d) => {
      if (!training(d) || settled.has(d) || o.skipDates.includes(d)) return false;
      const trained = musclesOn ? musclesOn(d) : null;
      return trained === null || trained.some((m) => muscles.includes(m));
    });
    if (!next || !dates.includes(next)) continue;
    const sets = s.severity >= 4 ? 2 : 1;
    const cur = o.setCutsByDate[next];
    o.setCutsByDate[next] = { muscles: [...new Set([...(cur?.muscles ?? []), ...muscles])], sets: Math.max(cur?.sets ?? 0, sets) };
    const parts = s.bodyParts.map(partLabel).join(' and ');
    add(causes, { type: 'volume_reduction', dates: [next], reason: `${sorenessWord(s)} ${parts}: ${sets} set${sets > 1 ? 's' : ''} fewer per exercise for those muscles next session${sets > 1 ? ' (the main lift keeps 2 working sets)' : ''}.` });
  }

  if (exclude.size) o.excludeExerciseIds = [...exclude];
  if (Object.keys(subs).length) o.substitutions = subs;
  return { overrides: compact(o), causes };
}

/** Drops empty fields so an unadapted week stores `overrides: null` as before. */
function compact(o: WeekOverrides): WeekOverrides {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.keys(v).length : v !== undefined) out[k] = v;
  }
  return out as WeekOverrides;
}
