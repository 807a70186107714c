/**
 * The daily workout text and the other day-shaped views (tomorrow, one-line brief). Every number comes
 * from the WorkoutDay as the engine produced it; this file only lays it out for a phone screen within the
 * segment budget (4 segments for a training day, 2 for a rest day).
 */
import { fitSegments, type MessageLine } from '../../channels/sms-text.js';
import type { LiftItem, WorkoutDay } from '../../engine/workout/workout.js';
import { formatDateLabel } from './day-brief.js';
import { formatLift, formatRunLines, type DisplayUnits } from './workout-lines.js';

export type { DisplayUnits } from './workout-lines.js';

export interface DailyMessageOptions {
  name: string | null;
  /** The scheduled morning text greets "Good morning"; an on-demand "what's today" does not. */
  isMorning: boolean;
  /** Show loads / distances in these units instead of the engine's (converted and re-rounded). */
  units?: DisplayUnits;
}

export const DAILY_MAX_SEGMENTS = 4;
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
  why: 5,
  note: 4,
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

function liftLines(day: WorkoutDay, units: DisplayUnits): MessageLine[] {
  const lifts = day.items.filter((i): i is LiftItem => i.kind === 'lift');
  const lines: MessageLine[] = [];
  // Prep and cool-down items are short drills: one line each instead of one line per drill.
  const prep = lifts.filter((l) => l.section === 'prep');
  const cool = lifts.filter((l) => l.section === 'cooldown');
  if (prep.length > 0) lines.push({ text: `Prep: ${prep.map((l) => formatLift(l, units)).join(', ')}`, priority: P.prep });
  for (const l of lifts) {
    if (l.section === 'prep' || l.section === 'cooldown') continue;
    lines.push({ text: formatLift(l, units), priority: SECTION_PRIORITY[l.section] });
  }
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

function restDayLines(day: WorkoutDay, opts: DailyMessageOptions, header: string): MessageLine[] {
  return [
    { text: header, priority: P.title },
    ...whyLine(day),
    ...noteLines(day, P.note),
    { text: 'An easy walk or 10 min of mobility helps; sleep and eat well.', priority: P.prep },
    { text: opts.isMorning ? 'Text "week" to see what is ahead.' : 'Text "tomorrow" to see what is next.', priority: P.cooldownLifts },
  ];
}

/**
 * The daily workout text: greeting and where the client is in the plan, the day's title, one line per
 * exercise (or warm-up / main / cool-down / total for a run), one line of why, and a prompt to reply.
 * GSM-7 only; at most 4 segments (a rest day at most 2), dropping prep and notes first when it must.
 */
export function formatDailyMessage(day: WorkoutDay, opts: DailyMessageOptions): string {
  const units = opts.units ?? {};
  const hello: MessageLine = { text: greeting(opts, day.position), priority: P.greeting };
  if (day.kind === 'rest') {
    return fitSegments([hello, ...restDayLines(day, opts, 'Rest day today - recovery is where the training sticks.')], REST_MAX_SEGMENTS);
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
  return fitSegments(lines, DAILY_MAX_SEGMENTS);
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
