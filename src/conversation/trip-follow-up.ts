/**
 * A follow-up about a trip already told ("no pull-up bar at the hotel, what instead?", "hotel gym has
 * dumbbells to 40") amends that trip instead of starting a new one today: the trip's equipment changes, its
 * days are rebuilt, and the reply names each swap on those days. A text that names days is a new trip.
 */
import { addDays } from '../engine/dates.js';
import { exerciseById, standsInFor, nameMidSentence } from '../engine/strength/index.js';
import type { Equipment } from '../engine/vocabulary.js';
import type { WorkoutDay } from '../engine/workout/workout.js';
import { applyReport } from '../services/adaptation.service.js';
import { amendTrip, cancelTrip, currentTrip } from '../services/notes.service.js';
import { activePlan, workoutOn } from '../services/plans.service.js';
import { substituteFor, exercisesNeeding } from './answers/substitutes.js';
import type { TurnContext } from './handlers.js';
import { formatDay } from './parse/dates.js';
import { askedLift } from './understand/asked-lift.js';
import type { ItemOf } from './understand/items.js';
import { EQUIPMENT_NAMES } from './words.js';

/** A trip's days read at most this far (a longer trip's later weeks are rebuilt when read). */
const DAYS_SHOWN = 7;

const kitName = (e: Equipment) => EQUIPMENT_NAMES[e] ?? e.replace('_', ' ');

async function tripDays(c: TurnContext, from: string, to: string): Promise<WorkoutDay[]> {
  const plan = await activePlan(c.deps.db, c.client.id);
  if (!plan) return [];
  const out: WorkoutDay[] = [];
  const start = from > c.today ? from : c.today;
  for (let d = start; d <= to && d < addDays(start, DAYS_SHOWN); d = addDays(d, 1)) {
    const found = await workoutOn(c.deps.db, c.client, plan, d, c.today);
    if (found.kind === 'workout' && found.status === 'scheduled') out.push(found.day);
  }
  return out;
}

/** "Wed Dec 2: inverted row instead of pull-up": the lifts that changed on each day, by their slot. */
function swapLines(before: WorkoutDay[], after: WorkoutDay[]): string[] {
  const lines: string[] = [];
  for (const day of after) {
    const old = before.find((b) => b.date === day.date);
    if (!old) continue;
    // Pair what left the day with what came in by movement pattern (a row for a row), not by position.
    const ids = (d: WorkoutDay) => d.items.flatMap((i) => (i.kind === 'lift' ? [i.exerciseId] : []));
    const gone = ids(old).filter((id) => !ids(day).includes(id));
    const added = ids(day).filter((id) => !ids(old).includes(id));
    const unpaired: string[] = [];
    const swaps = gone.flatMap((id) => {
      const was = exerciseById(id);
      const k = added.findIndex((a) => exerciseById(a)?.pattern === was?.pattern);
      if (!was || k < 0) {
        unpaired.push(id);
        return [];
      }
      const now = exerciseById(added.splice(k, 1)[0]!)!;
      return [`${nameMidSentence(now.name)} instead of ${nameMidSentence(was.name)}`];
    });
    // A pull in another plane when the kit allows it ("cables there": a lat pulldown where the bent-over row stood):
    // what is left pairs in order, so no change on the day goes unsaid.
    for (const id of unpaired) {
      const was = exerciseById(id);
      const now = added.length ? exerciseById(added.shift()!) : undefined;
      if (was && now) swaps.push(`${nameMidSentence(now.name)} instead of ${nameMidSentence(was.name)}`);
    }
    if (swaps.length) lines.push(`${formatDay(day.date)}: ${swaps.join(', ')}`);
  }
  return lines;
}

/** "For rows on the trip: chest-supported dumbbell row 2x10-12 on Thu Dec 3": the asked lift as the trip does it. */
function askedLine(note: string, days: readonly WorkoutDay[], equipment: readonly Equipment[]): string | null {
  const asked = askedLift(note);
  const ex = asked ? exerciseById(asked.exerciseId) : null;
  if (!asked || !ex) return null;
  // A too-light dumbbell can turn the squat into its single-leg variation (load-cap.ts): that is the trip's squat.
  const covers = (id: string) => exerciseById(id)?.pattern === ex.pattern || standsInFor(id, ex.pattern);
  const found = days.flatMap((d) => d.items.flatMap((item) => (item.kind === 'lift' && covers(item.exerciseId) ? [{ date: d.date, lift: item }] : [])))[0];
  if (found) {
    const l = found.lift;
    return `For ${asked.label} on the trip: ${nameMidSentence(l.name)} ${l.sets}x${l.reps}${l.load ? ` @ ${l.load} ${l.unit}` : ''}${l.tempo ? `, ${l.tempo}` : ''} on ${formatDay(found.date)}.`;
  }
  // No trip day has one: what would stand in for it with the trip's kit.
  const sub = ex.equipment.every((e) => equipment.includes(e)) ? ex : substituteFor(ex.id, equipment);
  return sub ? `For ${asked.label} on the trip: ${nameMidSentence(sub.name)}, same sets and reps.` : null;
}

const NO_TRIP = 'I have no trip on the books. Tell me the days and what the gym has (e.g. "hotel wed-fri, dumbbells to 50").';
const span = (t: { from: string; to: string }) => (t.from === t.to ? formatDay(t.from) : `${formatDay(t.from)} to ${formatDay(t.to)}`);

/** A trip called off, made longer, or asked about ("what about squats at the hotel?"). */
async function changeTrip(c: TurnContext, item: ItemOf<'travel'>): Promise<string[]> {
  if (!c.plan) return [NO_TRIP];
  if (item.change === 'cancel') {
    const trip = await cancelTrip(c.deps.db, c.client, c.today);
    // "back from vacation" with no trip told: welcome back, the plan carries on (was a trip started today).
    if (!trip && /\b(back from|back home|home now|got home|came home)\b/i.test(item.note)) {
      return ['Welcome back! Your plan carries on from today - text "what\'s today" for today\'s session. Missed training while you were away? Tell me how long (e.g. "took a week off") and I\'ll ease you back in.'];
    }
    if (!trip) return [NO_TRIP.replace('.', ' - nothing to cancel.')];
    await applyReport(c.deps.db, c.client, c.today, { types: ['equipment_change'], from: trip.from, to: trip.to, concernsToday: trip.from <= c.today });
    return [`Trip off (${span(trip)}): those days are back to your usual gym and your normal sessions.`];
  }
  const known = await currentTrip(c.deps.db, c.client, c.today);
  if (!known) return [NO_TRIP];
  if (item.change === 'extend') {
    const to = item.extendTo && item.extendTo > known.to ? item.extendTo : addDays(known.to, 1);
    const amended = await amendTrip(c.deps.db, c.client, c.today, { missing: [], have: [], maxDumbbell: null, cardio: [], note: item.note, to });
    if (!amended) return [NO_TRIP];
    await applyReport(c.deps.db, c.client, c.today, { types: ['equipment_change'], from: amended.after.from, to: amended.after.to, concernsToday: amended.after.from <= c.today });
    const added = (await tripDays(c, addDays(known.to, 1), to)).filter((d) => d.kind !== 'rest').map((d) => formatDay(d.date));
    return [`Updated your trip: now ${span(amended.after)}.${added.length ? ` ${added.join(', ')} ${added.length > 1 ? 'are' : 'is'} planned with the trip's kit too.` : ' No training day added, so nothing else changes.'}`];
  }
  const days = (await tripDays(c, known.from, known.to)).filter((d) => d.kind !== 'rest');
  const asked = askedLine(item.note, days, known.equipment);
  if (asked) return [asked];
  // "how many sets on the trip": the count and the days, like "how many sets left this week".
  const sets = days.reduce((n, d) => n + d.items.reduce((x, i) => x + (i.kind === 'lift' ? i.sets : 0), 0), 0);
  if (days.length) return [`Your trip (${span(known)}): ${sets} sets in ${days.length} session${days.length === 1 ? '' : 's'} (${days.map((d) => formatDay(d.date)).join(', ')}). Text a day (e.g. "thu") for the details.`];
  return [`No training days on your trip (${span(known)}).`];
}

/**
 * "no cable machine there either" (or a bare "no cables" from a client whose own gym has them) while a trip is
 * on the books: the trip's kit, not the home gym's. Null when the text is about the home gym.
 */
export async function amendTripForMissingKit(c: TurnContext, item: ItemOf<'missing_equipment'>, home: readonly Equipment[]): Promise<string[] | null> {
  const guessed = !item.aboutTrip;
  if (guessed && !item.equipment.every((e) => home.includes(e))) return null;
  const lines = await amendTripFromText(c, { intent: 'travel', from: c.today, to: null, equipment: null, maxDumbbell: null, cardio: [], timezone: null, note: item.note, datesNamed: false, missing: item.equipment, have: [] });
  if (!lines) return null;
  // Your own gym has it, so the trip is the likely place; say so, so a wrong guess costs one text.
  return guessed ? [...lines, `(I took that as about your trip. If you meant your usual gym, text "no ${item.equipment.map(kitName).join(' or ').replace(/\ba /g, '')} at my gym".)`] : lines;
}

/**
 * Amends the trip in force (or starting within two months) with the details of `item`, when the text names no
 * days and says something about kit. Null when there is no such trip: the caller treats the text as a new trip.
 */
export async function amendTripFromText(c: TurnContext, item: ItemOf<'travel'>): Promise<string[] | null> {
  const missing = item.missing ?? [];
  // "hotel gym" after a trip told without its kit: the place's kit (a preset the reader read) is what it has,
  // when the text says nothing else about kit ("no pull-up bar at the hotel" is about the pull-up bar only).
  const saysNothingElse = missing.length === 0 && !item.have?.length && !item.maxDumbbell && item.cardio.length === 0;
  const have = saysNothingElse ? (item.equipment ?? []).filter((e) => e !== 'bodyweight') : (item.have ?? []);
  if (item.change) return changeTrip(c, item);
  if (!c.plan || item.datesNamed !== false || (missing.length === 0 && have.length === 0 && !item.maxDumbbell && item.cardio.length === 0)) return null;
  const known = await currentTrip(c.deps.db, c.client, c.today);
  if (!known) return null;
  // The trip's days as they are now, read before the amendment makes them stale.
  const beforeDays = await tripDays(c, known.from, known.to);
  // "no pull-up bar at the hotel": the hotel preset the reader guessed is not news; only the named kit is.
  const trip = await amendTrip(c.deps.db, c.client, c.today, { missing, have: have.filter((e) => !missing.includes(e)), maxDumbbell: item.maxDumbbell, cardio: item.cardio, note: item.note, only: item.only ?? false });
  if (!trip) return null;
  const { before, after } = trip;
  await applyReport(c.deps.db, c.client, c.today, { types: ['equipment_change'], from: before.from, to: before.to, concernsToday: before.from <= c.today });
  const afterDays = await tripDays(c, before.from, before.to);
  const told = [
    missing.length ? `no ${missing.map(kitName).join(' or ').replace(/\ba /g, '')}` : null,
    have.filter((e) => !missing.includes(e) && e !== 'bodyweight' && !before.equipment.includes(e)).length ? `${have.filter((e) => !before.equipment.includes(e) && e !== 'bodyweight').map(kitName).join(', ')} there` : null,
    item.maxDumbbell ? `dumbbells to ${item.maxDumbbell.load} ${item.maxDumbbell.unit}` : null,
    // "hotel has a leg press actually" when machines were already counted: said back, so it is not lost.
    have.some((e) => e !== 'bodyweight' && before.equipment.includes(e)) && !item.only ? `${have.filter((e) => e !== 'bodyweight' && before.equipment.includes(e)).map(kitName).join(', ').replace(/\ba /g, '')} there, already counted` : null,
    item.cardio.filter((k) => !before.cardio.includes(k)).length ? `${item.cardio.filter((k) => !before.cardio.includes(k)).join(' and ')} there` : null,
  ].filter(Boolean).join(', ');
  const lines = [`Updated your trip (${span(before)})${told ? `: ${told}` : ''}.`];
  // askedLift reads only the note's question clauses, so a statement ("no pull-up bar there") asks nothing.
  const asked = askedLine(item.note, afterDays, after.equipment);
  const swaps = swapLines(beforeDays, afterDays);
  if (swaps.length) lines.push(`${swaps.join('. ')}.`);
  else if (!asked) {
    // Nothing on the trip days needed it (already planned without it): say what to do if a session calls for it.
    const instead = missing.flatMap((eq) => exercisesNeeding(eq).slice(0, 1).map((ex) => [ex, substituteFor(ex.id, after.equipment)] as const)).filter(([, s]) => s);
    const planned = afterDays.filter((d) => d.kind !== 'rest').map((d) => formatDay(d.date));
    lines.push(
      instead.length
        ? `Your trip sessions${planned.length ? ` (${planned.join(', ')})` : ''} are already planned without ${missing.map(kitName).join(' or ')}: ${instead.map(([ex, s]) => `${nameMidSentence(s!.name)} instead of ${nameMidSentence(exerciseById(ex.id)!.name)}`).join(', ')}.`
        : c.plan.outline.race && !c.plan.outline.strength
          ? `Runs work anywhere${item.cardio.includes('treadmill') ? ': on the treadmill set a 1% incline and run by effort' : ''}.`
          : `Your trip sessions${planned.length ? ` (${planned.join(', ')})` : ''} use only what you have there.`,
    );
  }
  if (asked) lines.push(asked);
  return lines;
}
