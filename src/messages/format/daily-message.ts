/**
 * The daily workout text and the other day-shaped views (tomorrow, one-line brief). Every number comes
 * from the WorkoutDay as the engine produced it; this file only lays it out for a phone screen within the
 * segment budget: a training day aims for 2 segments and never passes 3 (when lines must go, a
 * "+N more" line says so and "today" brings the whole day); a rest day is 2 short lines.
 */
import { countSegments, fitSegments, toGsm7, type MessageLine } from '../../channels/sms-text.js';
import type { LiftItem, WorkoutDay } from '../../engine/workout/workout.js';
import { formatDateLabel } from './day-brief.js';
import { formatLift, formatRunLines, isTimedHold, type DisplayUnits } from './workout-lines.js';

export type { DisplayUnits } from './workout-lines.js';

export interface DailyMessageOptions {
  name: string | null;
  /** The scheduled morning text greets "Good morning"; an on-demand "what's today" does not. */
  isMorning: boolean;
  /** Show loads / distances in these units instead of the engine's (converted and re-rounded). */
  units?: DisplayUnits;
}

/** The morning text never passes this; it aims for DAILY_TARGET_SEGMENTS. */
export const DAILY_MAX_SEGMENTS = 3;
export const DAILY_TARGET_SEGMENTS = 2;
/** On-demand "today" / "details": the whole day, still one message. */
export const FULL_DAY_MAX_SEGMENTS = 8;
export const REST_MAX_SEGMENTS = 2;
export const REPLY_PROMPT = 'Reply "done", "skipped" or how it went.';
export const RACE_REPLY_PROMPT = 'Good luck! Reply "done" or how it went.';

// Priorities for fitSegments: what a client needs to train goes last when space runs out.
const P = {
  title: 10,
  greeting: 9,
  reply: 9,
  main: 9,
  compound: 8,
  runPart: 8,
  secondary: 7,
  total: 7,
  accessory: 6,
  raceNote: 6,
  core: 5,
  note: 4,
  why: 3.5,
  prep: 3,
  cooldownLifts: 2,
} as const;

const SECTION_PRIORITY: Record<LiftItem['section'], number> = {
  prep: P.prep,
  compound: P.compound,
  secondary: P.secondary,
  accessory: P.accessory,
  core: P.core,
  cardio: P.core,
  cooldown: P.cooldownLifts,
};

function greeting(opts: DailyMessageOptions, position: string): string {
  const name = opts.name?.trim() ? opts.name.trim() : null;
  const hello = opts.isMorning ? (name ? `Good morning, ${name}!` : 'Good morning!') : name ? `Hi ${name}!` : 'Hi!';
  return position.trim() ? `${hello} ${withPeriod(position.trim())}` : hello;
}

function withPeriod(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** "Lower - squat focus (heavy), ~60 min" */
function titleLine(day: WorkoutDay): string {
  const level = day.loadLevel !== 'rest' && day.kind !== 'race' ? ` (${day.loadLevel})` : '';
  // A race takes as long as it takes: no "~120 min" on race day.
  const minutes = day.estimatedMinutes > 0 && day.kind !== 'race' ? `, ~${Math.round(day.estimatedMinutes)} min` : '';
  return `${day.title}${level}${minutes}`;
}

/** The RIR most of the day's hard sets share (stated once, in plain words), or null when there is none. */
export function commonRir(day: WorkoutDay): number | null {
  const hard = day.items.filter((i): i is LiftItem => i.kind === 'lift' && i.section !== 'prep' && i.section !== 'cooldown' && !isTimedHold(i));
  if (hard.length === 0) return null;
  const counts = new Map<number, number>();
  for (const l of hard) counts.set(l.rir, (counts.get(l.rir) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/** "Effort: end every set with 2 good reps left (RIR 2)." */
export function effortLine(rir: number): string {
  return rir === 0 ? 'Effort: take every set to the last good rep (RIR 0).' : `Effort: end every set with ${rir} good rep${rir === 1 ? '' : 's'} left (RIR ${rir}).`;
}

function liftLines(day: WorkoutDay, units: DisplayUnits): MessageLine[] {
  const lifts = day.items.filter((i): i is LiftItem => i.kind === 'lift');
  const lines: MessageLine[] = [];
  const rir = commonRir(day);
  // Prep and cool-down items are short drills: one line each instead of one line per drill.
  const prep = lifts.filter((l) => l.section === 'prep');
  const cool = lifts.filter((l) => l.section === 'cooldown');
  if (prep.length > 0) lines.push({ text: `Prep: ${prep.map((l) => formatLift(l, units)).join(', ')}`, priority: P.prep });
  for (const l of lifts) {
    if (l.section === 'prep' || l.section === 'cooldown') continue;
    lines.push({ text: formatLift(l, units, rir), priority: SECTION_PRIORITY[l.section] });
  }
  if (rir !== null) lines.push({ text: effortLine(rir), priority: P.main });
  if (cool.length > 0) {
    lines.push({ text: `Cool-down: ${cool.map((l) => formatLift(l, units)).join(', ')}`, priority: P.cooldownLifts });
  }
  return lines;
}

function runLines(day: WorkoutDay, units: DisplayUnits): MessageLine[] {
  const r = formatRunLines(day, units);
  const lines: MessageLine[] = [];
  if (r.warmup) lines.push({ text: r.warmup, priority: P.runPart });
  if (r.main) lines.push({ text: r.main, priority: P.main });
  if (r.cooldown) lines.push({ text: r.cooldown, priority: P.runPart });
  if (r.total) lines.push({ text: r.total, priority: P.total });
  return lines;
}

/** The items of a day as message lines (lifts and runs may both appear on a hybrid day). */
export function workoutLines(day: WorkoutDay, units: DisplayUnits = {}): MessageLine[] {
  return [...liftLines(day, units), ...runLines(day, units)];
}

function whyLine(day: WorkoutDay): MessageLine[] {
  return day.why.trim() ? [{ text: `Why: ${day.why.trim()}`, priority: P.why }] : [];
}

function noteLines(day: WorkoutDay, priority: number): MessageLine[] {
  return day.notes.filter((n) => n.trim() !== '').map((n) => ({ text: n.trim(), priority }));
}

/** A rest day in two lines: where they are, and one thing to do (the day's own note when it has one). */
function restDayLines(day: WorkoutDay): MessageLine[] {
  // The engine's bare "Rest day." adds nothing to "Rest day.": only a real note replaces the default line.
  const note = day.notes.map((n) => n.trim()).find((n) => n !== '' && !/^rest( day)?\.?$/i.test(n));
  const why = day.why.trim().replace(/^Rest:\s*/i, '');
  return [{ text: `Rest day. ${note ?? (why || 'An easy walk or 10 min of mobility helps; sleep and eat well.')}`, priority: P.title }];
}

function fits(lines: readonly MessageLine[], maxSegments: number): boolean {
  return countSegments(toGsm7(lines.map((l) => l.text).join('\n'))).segments <= maxSegments;
}

/** Lines that are the workout itself: dropping one of them earns a "+N more" line. */
const WORKOUT_PRIORITIES = new Set<number>([P.compound, P.secondary, P.accessory, P.core, P.runPart, P.prep, P.cooldownLifts, P.total]);

/**
 * Lays out a training day: the whole day within `target` segments when it fits (dropping notes and the why
 * first), else within `max` segments; when even that needs workout lines cut, the lowest-priority ones go and
 * a "+N more" line tells the client how to get them.
 */
export function fitDay(lines: MessageLine[], target: number, max: number, moreHint: string): string {
  const indexed = lines.map((l, i) => ({ ...l, i }));
  const essential = indexed.filter((l) => l.priority > P.core || WORKOUT_PRIORITIES.has(l.priority));
  const optional = indexed.filter((l) => !essential.includes(l)).sort((a, b) => b.priority - a.priority || a.i - b.i);
  const ordered = (ls: typeof indexed) => [...ls].sort((a, b) => a.i - b.i);
  for (const budget of [target, max]) {
    if (!fits(ordered(essential), budget)) continue;
    const kept = [...essential];
    for (const o of optional) if (fits(ordered([...kept, o]), budget)) kept.push(o);
    return toGsm7(ordered(kept).map((l) => l.text).join('\n'));
  }
  // Cut workout lines, lowest priority (then latest) first, until it fits with the "+N more" line.
  const kept = [...essential];
  const dropOrder = kept
    .filter((l) => WORKOUT_PRIORITIES.has(l.priority))
    .sort((a, b) => a.priority - b.priority || b.i - a.i);
  let dropped = 0;
  const reply = kept.find((l) => l.text === REPLY_PROMPT || l.text === RACE_REPLY_PROMPT);
  const moreAt = reply ? reply.i - 0.5 : Infinity;
  const withMore = () => ordered([...kept, { text: `+${dropped} more: ${moreHint}`, priority: P.reply, i: moreAt }]);
  for (const d of dropOrder) {
    kept.splice(kept.indexOf(d), 1);
    dropped += 1;
    if (fits(withMore(), max)) break;
  }
  return fitSegments(withMore(), max);
}

/**
 * The daily workout text: greeting and where the client is in the plan (one line), the day's title, one
 * line per exercise (or warm-up / main / cool-down / total for a run) with the day's effort stated once, and
 * a prompt to reply. GSM-7 only; aims for 2 segments, never more than 3 (`full`: the whole day, for "today").
 * A rest day is two lines.
 */
export function formatDailyMessage(day: WorkoutDay, opts: DailyMessageOptions & { full?: boolean }): string {
  const units = opts.units ?? {};
  const hello: MessageLine = { text: greeting(opts, day.position), priority: P.greeting };
  if (day.kind === 'rest') {
    return fitSegments([hello, ...restDayLines(day)], REST_MAX_SEGMENTS);
  }
  const isRace = day.kind === 'race';
  const lines: MessageLine[] = [
    hello,
    { text: isRace ? `Race day: ${titleLine(day)}` : `Today: ${titleLine(day)}`, priority: P.title },
    ...workoutLines(day, units),
    ...noteLines(day, isRace ? P.raceNote : P.note),
    ...whyLine(day),
    { text: isRace ? RACE_REPLY_PROMPT : REPLY_PROMPT, priority: P.reply },
  ];
  if (opts.full) return fitSegments(lines, FULL_DAY_MAX_SEGMENTS);
  return fitDay(lines, DAILY_TARGET_SEGMENTS, DAILY_MAX_SEGMENTS, 'text "details" for the full workout');
}

/** Tomorrow's workout as a preview: same layout with a "Tomorrow" header and no reply prompt. */
export function formatTomorrow(day: WorkoutDay, opts: Omit<DailyMessageOptions, 'isMorning'> & { isMorning?: boolean }): string {
  return formatDayPreview(day, { ...opts, label: `Tomorrow (${formatDateLabel(day.date)})`, footer: "I'll send it again in the morning." });
}

/**
 * Any day's workout ahead of time ("thursday", "the 14th"): the daily layout under `label` ("Thu 11/26"),
 * without the reply prompt, ending with `footer` when there is room.
 */
export function formatDayPreview(
  day: WorkoutDay,
  opts: { units?: DisplayUnits; label?: string; footer?: string | null },
): string {
  const units = opts.units ?? {};
  const when = opts.label ?? formatDateLabel(day.date);
  if (day.kind === 'rest') {
    return fitSegments(
      [
        { text: `${when}: rest day.`, priority: P.title },
        // Why an adapted day is rest ("Off sick: …", "No running while your knee hurts: …").
        ...noteLines(day, P.note).filter((l) => !/^rest( day)?\.?$/i.test(l.text)),
        ...(day.position.trim() ? [{ text: withPeriod(day.position.trim()), priority: P.greeting }] : []),
        ...whyLine(day),
      ],
      REST_MAX_SEGMENTS,
    );
  }
  const lines: MessageLine[] = [
    { text: `${when}: ${titleLine(day)}`, priority: P.title },
    ...(day.position.trim() ? [{ text: withPeriod(day.position.trim()), priority: P.note }] : []),
    ...workoutLines(day, units),
    ...noteLines(day, day.kind === 'race' ? P.raceNote : P.note),
    ...whyLine(day),
    ...(opts.footer ? [{ text: opts.footer, priority: P.prep }] : []),
  ];
  return fitSegments(lines, DAILY_MAX_SEGMENTS);
}

export { formatDateLabel, formatDayBrief } from './day-brief.js';
export { formatWeek, type WeekViewOptions } from './week-view.js';
