/**
 * A race week adapted day by day (after the endurance engine built it, so its volume rules still hold: the
 * changes only ever lower a day). The rules:
 *  - The race, the shakeout two days before and the day before (rest) are never changed: the race date and
 *    the taper are protected. Inside the race window (the 7 days before the race) only illness changes days.
 *  - Illness → rest ("no running until you feel better").
 *  - Pain where running loads it (knee, shin, achilles, foot, ankle, hip, IT band) → no run: rest, or easy
 *    non-impact work (bike, swim, elliptical) if it does not hurt. A mild ache of a joint or tendon ("knees a bit
 *    achy", no red flag) eases the runs instead: each is an easy run of about 70 % of it (no tempo, intervals or
 *    fast finish). Bone-stress sites (shin, foot, heel, toe) rest whatever the word: a mild ache there can be a
 *    stress reaction.
 *  - A heart condition (health.ts) → tempo, interval and race-pace runs become easy runs of the same distance
 *    and a long run's fast finish is run easy, from the day it was told, in the race window too (the race
 *    itself is the client's and their doctor's call).
 *  - Re-entry after illness (see windows.ts) → an easy run of about 70 % of the planned distance.
 *  - Soreness in the legs → the next long or hard run within 3 days becomes an easy run of about 70 % of it
 *    (shorter, no pace work); with no hard run coming and soreness of 4-5, the next run is shortened the
 *    same way. Nothing moves onto another day, so back-to-back rules still hold.
 *  - A lighter week keeps its long run within the share of the week the plan itself allows for the race
 *    (volume.ts longShareMax: 40 % for 5K/10K, 45 % half, 50 % marathon; the share the long-run track builds
 *    to in low-mileage weeks), so losing one easy day does not cut a long run the plan built; when runs were
 *    lost to pain or illness and the long run would pass it, it comes back as an easy run about 70 % as long
 *    instead of a rest day.
 */
import { addDays, isoWeekday } from '../dates.js';
import { easyLaps, HARD_EFFORTS, longLaps } from '../endurance/laps.js';
import { HARD_SHARE_MAX } from '../endurance/slots.js';
import { longShareMax } from '../endurance/volume.js';
import type { RaceOutline } from '../endurance/outline.js';
import { dayHundredths, HARD_TYPES, type RaceDay } from '../endurance/race-day.js';
import { floorTenth, fromHundredths, toHundredths, UNIT_RULES } from '../endurance/units.js';
import { paceZones } from '../endurance/vdot.js';
import type { RaceWeek } from '../endurance/week.js';
import { formatPace } from '../endurance/durations.js';
import { partLabel, RUN_IMPACT_PARTS, RUNNING_SORE_PARTS } from './body.js';
import { addCause, type Cause } from './changes.js';
import { HEALTH_RULES } from './health.js';
import type { AdaptationContext } from './inputs.js';
import { dayLabel, hurts, sorenessWord } from './labels.js';
import { datesFrom } from './strength-overrides.js';
import { covers, lastDay, reentryDates, REENTRY_FACTOR, SORENESS_HORIZON_DAYS } from './windows.js';

/** Joints and tendons a mild ache eases runs for; bone-stress sites (shins, foot, heel, toe) are rested whatever the word. */
const EASED_WHEN_MILD = new Set(['knee', 'hips', 'it_band', 'ankle', 'achilles']);
/** Whether a mild ache of `part` eases a runner's runs rather than resting them. */
export const easedWhenMild = (part: string): boolean => EASED_WHEN_MILD.has(part);
/** A mildly achy part's runs: about 70 % as long, as a first run back. */
const MILD_PAIN_FACTOR = REENTRY_FACTOR;
const isAre = (part: string) => (hurts(part) === 'hurt' ? 'are' : 'is');

function rest(day: RaceDay, notes: string): RaceDay {
  return { ...day, type: 'rest', warmup: [], workout: [], cooldown: [], total: 0, notes };
}

/** An easy run of about `factor` of the day's distance, inside the easy (or recovery) range; null if not shorter. */
function easier(day: RaceDay, week: RaceWeek, outline: RaceOutline, factor: number, notes: string): RaceDay | null {
  const r = UNIT_RULES[outline.units];
  const now = toHundredths(day.total);
  let target = floorTenth(now * factor);
  let kind: 'easy' | 'recovery' = 'easy';
  if (target > r.easy[1]) target = r.easy[1];
  if (target < r.easy[0]) {
    kind = 'recovery';
    target = Math.max(r.recovery[0], Math.min(target, r.recovery[1]));
  }
  if (target >= now && day.type === kind) return null;
  if (target > now) return null;
  const laps = easyLaps(kind, target, { units: outline.units, paces: paceZones(week.vdot, outline.units) });
  const built: RaceDay = { ...day, type: kind, ...laps, total: 0, notes };
  return { ...built, total: fromHundredths(dayHundredths(built)) };
}

export function adaptRaceWeek(
  week: RaceWeek,
  outline: RaceOutline,
  ctx: AdaptationContext,
  settled: ReadonlySet<string> = new Set(),
): { week: RaceWeek; causes: Cause[] } {
  const causes: Cause[] = [];
  const race = outline.raceDate;
  const fixed = new Set([race, addDays(race, -1), addDays(race, -2)]);
  const runDays = outline.pattern.trainingDays as readonly number[];
  // The eased run's own target (easyLaps runs its main miles at the middle of the easy range): "Keep it at X or
  // slower" says the pace on its laps, never a slower one beside a faster lap pace.
  const zones = paceZones(week.vdot, outline.units);
  const easyMax = formatPace((zones.easy.min + zones.easy.max) / 2);
  const u = outline.units;
  const days = week.days.map((d) => ({ ...d }));
  const at = (date: string) => days.findIndex((d) => d.date === date);
  const changed = new Set<string>();

  for (const [i, d] of days.entries()) {
    if (d.type === 'rest' || fixed.has(d.date)) continue;
    const ill = ctx.adaptations.find((a) => a.kind === 'illness' && covers(a, d.date));
    if (ill) {
      const off = ill.kind === 'illness' && ill.timeOff;
      days[i] = rest(d, off ? 'Time off: no running.' : 'Off sick: no running until you feel better.');
      addCause(causes, { type: 'rest_days', dates: [d.date], reason: `${off ? 'Time off' : 'Off sick'} through ${dayLabel(lastDay(ill)!)}: rest days, no runs.` });
      changed.add(d.date);
      continue;
    }
    if (d.date >= outline.raceWindowStart) continue;
    // A worse report of the part ("knee still sore" after "knees a bit achy") outranks the mild one.
    const hurting = ctx.adaptations.filter((a) => a.kind === 'pain' && RUN_IMPACT_PARTS.has(a.bodyPart) && covers(a, d.date));
    const hurt = hurting.find((a) => a.kind === 'pain' && !a.mild) ?? hurting[0];
    if (hurt && hurt.kind === 'pain' && hurt.mild && EASED_WHEN_MILD.has(hurt.bodyPart)) {
      const part = partLabel(hurt.bodyPart);
      const e = easier(d, week, outline, MILD_PAIN_FACTOR, `Easier while your ${part} settles: easy, ${easyMax}/${u} or slower, about ${Math.round(MILD_PAIN_FACTOR * 100)}% as long. Stop if it hurts.`);
      if (e) {
        days[i] = e;
        addCause(causes, { type: 'easy_run', dates: [d.date], reason: `Your ${part} ${isAre(part)} a bit achy: runs through ${dayLabel(lastDay(hurt)!)} are easy and about ${Math.round(MILD_PAIN_FACTOR * 100)}% as long (no tempo or intervals), to let it settle.`, key: `pain:${hurt.bodyPart}` });
      }
      changed.add(d.date);
      continue;
    }
    if (hurt && hurt.kind === 'pain') {
      const part = partLabel(hurt.bodyPart);
      days[i] = rest(d, `No running while your ${part} ${hurts(part)}: rest, or 30-40 min easy bike, swim or elliptical if that is pain-free.`);
      addCause(causes, { type: 'non_impact', dates: [d.date], reason: `Your ${part} ${hurts(part)}: no runs through ${dayLabel(lastDay(hurt)!)}, rest or bike/swim instead.`, key: `pain:${hurt.bodyPart}` });
      changed.add(d.date);
    }
  }

  const hardOf = (d: RaceDay) => d.workout.filter((l) => HARD_EFFORTS.has(l.effort)).reduce((x, l) => x + toHundredths(l.distance), 0);
  for (const [i, d] of days.entries()) {
    if (d.type === 'rest' || d.type === 'race' || fixed.has(d.date) || settled.has(d.date) || changed.has(d.date) || hardOf(d) === 0) continue;
    const health = ctx.adaptations.find((a) => a.kind === 'health' && a.from <= d.date && HEALTH_RULES[a.condition].run.easyOnly);
    if (!health || health.kind !== 'health') continue;
    const label = d.type === 'long' ? 'long run' : d.type.replace('_', '-');
    const notes = `Easy by feel (you can talk in full sentences, RPE 3-4) - no ${d.type === 'long' ? 'fast finish' : 'pace work'} with ${health.label} until your doctor clears harder running.`;
    let next: RaceDay | null;
    if (d.type === 'long') {
      const built: RaceDay = { ...d, ...longLaps(toHundredths(d.total), 'none', { units: u, paces: paceZones(week.vdot, u) }), total: 0, notes };
      next = { ...built, total: fromHundredths(dayHundredths(built)) };
    } else next = easier(d, week, outline, 1, notes);
    if (!next) continue;
    days[i] = next;
    changed.add(d.date);
    addCause(causes, {
      type: 'health_limitation',
      key: `health:${health.condition}`,
      dates: [d.date],
      reason: d.type === 'long'
        ? `With ${health.label}: the long run's fast finish is run easy, by feel.`
        : `With ${health.label}: your ${label} days are easy runs of about the same distance, by feel, until your doctor clears harder running.`,
    });
  }

  for (const a of ctx.adaptations) {
    if (a.kind !== 'illness') continue;
    for (const date of reentryDates(a, runDays)) {
      const i = at(date);
      const d = days[i];
      if (!d || d.type === 'rest' || fixed.has(date) || date >= outline.raceWindowStart || changed.has(date)) continue;
      const why = a.timeOff ? 'time off' : 'being sick';
      const e = easier(d, week, outline, REENTRY_FACTOR, `First run back after ${why}: easy, ${easyMax}/${u} or slower.`);
      if (!e) continue;
      days[i] = e;
      changed.add(date);
      addCause(causes, { type: 're_entry', dates: [date], reason: `Back after ${why}: first runs easy and about ${Math.round(REENTRY_FACTOR * 100)}% as long.` });
    }
  }

  for (const s of ctx.soreness) {
    const parts = s.bodyParts.filter((p) => RUNNING_SORE_PARTS.has(p));
    if (!parts.length) continue;
    const open = (date: string) => {
      const d = days[at(date)];
      return d && d.type !== 'rest' && d.type !== 'race' && !settled.has(date) && !fixed.has(date) && date < outline.raceWindowStart && !changed.has(date);
    };
    const horizon = datesFrom(s.date, addDays(s.date, SORENESS_HORIZON_DAYS));
    // A run day of another week still to come takes the soreness there (that week's build applies it).
    const elsewhere = horizon.find((date) => at(date) < 0 && !settled.has(date) && runDays.includes(isoWeekday(date)));
    if (elsewhere && elsewhere < week.startDate) continue;
    // The next hard or long run; with no hard run coming and heavy soreness (4-5), the next run, shorter.
    const next = horizon.find((date) => open(date) && HARD_TYPES.has(days[at(date)]!.type)) ?? (s.severity >= 4 ? horizon.find(open) : undefined);
    if (!next) continue;
    const i = at(next);
    const d = days[i]!;
    const label = d.type === 'long' ? 'long run' : d.type === 'easy' || d.type === 'moderate' || d.type === 'recovery' ? `${d.type} run` : d.type.replace('_', '-');
    const e = easier(d, week, outline, REENTRY_FACTOR, `Easier than planned: ${sorenessWord(s).toLowerCase()} ${parts.map(partLabel).join(' and ')}. Keep it at ${easyMax}/${u} or slower.`);
    if (!e) continue;
    days[i] = e;
    changed.add(next);
    addCause(causes, {
      type: 'easy_run',
      dates: [next],
      reason: `${sorenessWord(s)} ${parts.map(partLabel).join(' and ')}: ${dayLabel(next)}'s ${label} is now an easy ${e.total} ${u}, ${easyMax}/${u} or slower.`,
    });
  }

  if (!changed.size) return { week, causes };
  // A lighter week keeps its long run within the plan's own long-run share for this race (the engine's rule,
  // validate.ts): shorten it, or make it an easy run when that is under a long run's minimum.
  const li = days.findIndex((d) => d.type === 'long' && !settled.has(d.date));
  const shareMax = longShareMax(outline.distanceClass);
  if (li >= 0) {
    const long = days[li]!;
    const others = days.filter((d, i) => i !== li && d.type !== 'race').reduce((t, d) => t + dayHundredths(d), 0);
    const r = UNIT_RULES[outline.units];
    // A long run's minimum is allowed beside an easy run's worth of other miles, as the engine plans small weeks.
    const cap = Math.max(floorTenth((others * shareMax) / (1 - shareMax)), others >= r.easy[0] ? r.longMin : 0);
    const now = dayHundredths(long);
    // Runs lost to a few days of pain or illness: the long run comes back about 70 % as long, never shorter for the share alone.
    const lost = week.days.some((d, k) => d.type !== 'rest' && d.type !== 'race' && days[k]!.type === 'rest');
    if (now > cap) {
      const ctxLaps = { units: outline.units, paces: paceZones(week.vdot, outline.units) };
      const notes = `Shorter long run: fewer ${u} this week, so the long run stays within ${Math.round(shareMax * 100)}% of them.`;
      let next: RaceDay | null;
      let back: RaceDay | null = null;
      if (cap >= r.longMin && !(lost && floorTenth(now * REENTRY_FACTOR) > cap)) {
        const built: RaceDay = { ...long, ...longLaps(cap, 'none', ctxLaps), total: 0, notes };
        next = { ...built, total: fromHundredths(dayHundredths(built)) };
      } else {
        next = easier(long, week, outline, Math.max(0.01, cap / now), notes);
        // Runs lost to a few days of pain or illness do not cost the long run too: it comes back as an easy run
        // about 70 % as long (as after being sick), not a rest day, even when it is the week's only run left (a mild
        // achilles on Wednesday took Thursday's run; Saturday's long run was rested too, though the pain was over).
        back = lost ? easier(long, week, outline, REENTRY_FACTOR, `First long run back: easy, ${easyMax}/${u} or slower, and shorter than planned. Stop if it hurts.`) : null;
        if (back) next = back;
        else if (next && dayHundredths(next) > cap) next = rest(long, `${notes} Rest today instead.`);
      }
      if (next) {
        days[li] = next;
        const why = back ? 'the first long run back is easy and shorter' : `a lighter week keeps the long run within ${Math.round(shareMax * 100)}% of it`;
        addCause(causes, { type: 'volume_reduction', dates: [long.date], reason: `${dayLabel(long.date)}'s long run is shorter (${next.total} ${u}): ${why}.` });
      }
    }
  }
  // A lighter week stays about 80 % easy (the engine's rule): hard days left, latest first, become easy runs.
  for (;;) {
    const train = days.filter((d) => d.type !== 'race').reduce((t, d) => t + dayHundredths(d), 0);
    const hard = days.filter((d) => d.type !== 'race').reduce((t, d) => t + hardOf(d), 0);
    if (train <= 0 || hard <= train * HARD_SHARE_MAX + 1) break;
    const i = days.map((d, k) => ({ d, k })).reverse().find(({ d }) => hardOf(d) > 0 && d.type !== 'race' && !settled.has(d.date) && !fixed.has(d.date))?.k;
    if (i === undefined) break;
    const d = days[i]!;
    const label = d.type === 'long' ? 'long run' : d.type.replace('_', '-');
    const e = easier(d, week, outline, 1, `Easy instead of your ${label}: a lighter week stays about 80% easy.`);
    if (!e) break;
    days[i] = e;
    addCause(causes, { type: 'easy_run', dates: [d.date], reason: `${dayLabel(d.date)}'s ${label} is an easy ${e.total} ${u}: a lighter week stays about 80% easy.` });
  }
  const volumeH = days.reduce((s, d) => s + dayHundredths(d), 0);
  const raceH = days.filter((d) => d.type === 'race').reduce((s, d) => s + dayHundredths(d), 0);
  const out: RaceWeek = {
    ...week,
    days,
    volume: fromHundredths(volumeH),
    trainingVolume: fromHundredths(volumeH - raceH),
    changes: [...week.changes, ...causes.map((c) => c.reason)],
  };
  return { week: out, causes };
}
