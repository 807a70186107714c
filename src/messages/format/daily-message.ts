/**
 * The daily workout text and the other day-shaped views (tomorrow, one-line brief). Every number comes
 * from the WorkoutDay as the engine produced it; this file only lays it out for a phone screen within the
 * segment budget: a training day aims for 2 segments and never passes 3 (when lines must go, a
 * "+N more" line says so and "today" brings the whole day); a rest day is 2 short lines.
 */
import { countSegments, fitSegments, isPlainSeptets, toGsm7, type MessageLine } from '../../channels/sms-text.js';
import type { LiftItem, WorkoutDay } from '../../engine/workout/workout.js';
import { formatDateLabel } from './day-brief.js';
import { HELD_LINE } from '../../engine/endurance/execution.js';
import { formatLift, formatRunLines, isTimedHold, type DisplayUnits, type LiftStyle } from './workout-lines.js';

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
export const REPLY_PROMPT = 'Reply "done" or how it went.';
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
  /** A workout note (WORKOUT_NOTES): after the accessories, before core work. */
  workoutNote: 5.5,
  core: 5,
  note: 4,
  position: 3.8,
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

/**
 * The morning text greets once ("Good morning, Sam!") before the plan position. An asked-for day ("what's
 * today", a second time the same morning) is an answer, not a new conversation: no greeting, only the position.
 */
function greeting(opts: DailyMessageOptions, position: string): string {
  const name = opts.name?.trim() ? opts.name.trim() : null;
  const where = position.trim() ? withPeriod(position.trim()) : '';
  if (!opts.isMorning) return where;
  const hello = name ? `Good morning, ${name}!` : 'Good morning!';
  return where ? `${hello} ${where}` : hello;
}

function withPeriod(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** "Lower - squat focus (heavy), ~60 min" */
function titleLine(day: WorkoutDay): string {
  // A lifting day's theme names its main lifts ("Full body A - back squat & bench press"); the lines below
  // list them, so a long theme shortens to its name.
  const long = day.kind === 'strength' && day.title.length > 32 && day.title.includes(' - ');
  const title = long ? (day.title.split(' - ')[0] ?? day.title) + (day.title.endsWith('(deload)') ? ' (deload)' : '') : day.title;
  const level = day.loadLevel !== 'rest' && day.kind !== 'race' ? ` (${day.loadLevel})` : '';
  // A race takes as long as it takes: no "~120 min" on race day.
  const minutes = day.estimatedMinutes > 0 && day.kind !== 'race' ? `, ~${Math.round(day.estimatedMinutes)} min` : '';
  return `${title}${level}${minutes}`;
}

/** The RIR most of the day's hard sets share (stated once, in plain words), or null when there is none. */
export function commonRir(day: WorkoutDay): number | null {
  const hard = day.items.filter((i): i is LiftItem => i.kind === 'lift' && i.section !== 'prep' && i.section !== 'cooldown' && !isTimedHold(i));
  if (hard.length === 0) return null;
  const counts = new Map<number, number>();
  for (const l of hard) counts.set(l.rir, (counts.get(l.rir) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/**
 * "Effort: stop 2 reps short of failure (RIR 2)."; in plain words (beginners) without the term, and short
 * ("Effort: RIR 2 (2 reps left).") for an experienced lifter's morning text that needs the room.
 */
export function effortLine(rir: number, style: LiftStyle = {}): string {
  if (style.plain) return rir === 0 ? 'Effort: every set to the last good rep.' : `Effort: stop ${rir} rep${rir === 1 ? '' : 's'} short of failure.`;
  if (style.short) return `Effort: RIR ${rir} (${rir} rep${rir === 1 ? '' : 's'} left).`;
  return rir === 0 ? 'Effort: every set to the last good rep (RIR 0).' : `Effort: stop ${rir} rep${rir === 1 ? '' : 's'} short of failure (RIR ${rir}).`;
}

function liftLines(day: WorkoutDay, units: DisplayUnits, short = false): MessageLine[] {
  const style: LiftStyle = { short, plain: day.plainWords === true };
  const lifts = day.items.filter((i): i is LiftItem => i.kind === 'lift');
  const lines: MessageLine[] = [];
  const rir = commonRir(day);
  // Prep and cool-down items are short drills: one line each instead of one line per drill.
  const prep = lifts.filter((l) => l.section === 'prep');
  const cool = lifts.filter((l) => l.section === 'cooldown');
  if (prep.length > 0) lines.push({ text: `Prep: ${prep.map((l) => formatLift(l, units, null, style)).join(', ')}`, priority: P.prep });
  for (const l of lifts) {
    if (l.section === 'prep' || l.section === 'cooldown') continue;
    lines.push({ text: formatLift(l, units, rir, style), priority: SECTION_PRIORITY[l.section] });
  }
  if (rir !== null) lines.push({ text: effortLine(rir, style), priority: P.main });
  if (cool.length > 0) {
    lines.push({ text: `Cool-down: ${cool.map((l) => formatLift(l, units, null, style)).join(', ')}`, priority: P.cooldownLifts });
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

/**
 * The items of a day as message lines (lifts and runs may both appear on a hybrid day); `short` spells the
 * lifts the compact way (short names, effort in a few words) for a morning text that needs the room.
 */
export function workoutLines(day: WorkoutDay, units: DisplayUnits = {}, short = false): MessageLine[] {
  return [...liftLines(day, units, short), ...runLines(day, units)];
}

/** Block names that lead the engine's "why" ("Accumulation: more sets …"): beginners read only the words after. */
const BLOCK_TERM = /^(Accumulation|Intensification|Realization|Deload):\s*/;

function whyLine(day: WorkoutDay): MessageLine[] {
  let why = day.why.trim();
  if (day.plainWords) why = why.replace(BLOCK_TERM, '').replace(/^./, (c) => c.toUpperCase());
  return why ? [{ text: `Why: ${why}`, priority: P.why }] : [];
}

/**
 * Day notes that are part of the workout, not context: a cardio finisher (the fat-loss walk and steps), strides
 * after an easy run, how to do the day's supersets, how to pick a first weight. They are laid out like workout
 * lines (kept before the why; one cut counts in "+N more"), with a short spelling for the compact text.
 * Measured on the review grid's morning texts: 1,892 of 6,021 training days lost one of these notes silently.
 */
const WORKOUT_NOTES: ReadonlyArray<{ re: RegExp; priority: number; short: (m: RegExpExecArray) => string }> = [
  { re: /^Supersets [A-Z0-9/, ]+:/, priority: P.workoutNote, short: () => 'Supersets: alternate the sets of each pair, rest after the 2nd.' },
  { re: /^Then (\d+) min brisk cardio\b.*?(\d[\d,]*\+ steps today)/, priority: P.workoutNote, short: (m) => `Then ${m[1]} min brisk cardio; ${m[2]}.` },
  { re: /^Finish with (\d+) min easy cardio/, priority: P.workoutNote, short: (m) => `Finish with ${m[1]} min easy cardio (bike, rower or walk).` },
  { re: /Finish with (\d+ × \d+ s strides) at about ([\d:]+\/\w+)/, priority: P.runPart, short: (m) => `Finish with ${m[1]} at about ${m[2]}.` },
  { re: /^Lifts without a weight: pick one you could lift (\d+) more times/, priority: P.workoutNote, short: (m) => `No weight listed: pick one you could lift ${m[1]} more times.` },
];

/** A workout note's two spellings (as written, short), or null for a note that is only context. */
export function workoutNoteSpellings(note: string): [string, string] | null {
  for (const rule of WORKOUT_NOTES) {
    const m = rule.re.exec(note.trim());
    if (m) return [note.trim(), rule.short(m)];
  }
  return null;
}

/** A line of a day's text; `note`: a workout note (WORKOUT_NOTES), cut without counting against the lines a text may hide. */
type DayLine = MessageLine & { note?: boolean };

/** The day's notes as lines; `fitted`: laid out by fitDay (a morning text), where workout notes count as the workout. */
function noteLines(day: WorkoutDay, priority: number, fitted?: { short: boolean }): DayLine[] {
  const short = fitted?.short === true;
  return day.notes
    .map((n) => n.trim())
    .filter((n) => n !== '' && !HELD_LINE.test(n))
    .map((n) => {
      for (const rule of fitted ? WORKOUT_NOTES : []) {
        const m = rule.re.exec(n);
        if (m) return { text: short ? rule.short(m) : n, priority: rule.priority, note: true };
      }
      return { text: n, priority };
    });
}

/** A rest day in two lines: where they are, and one thing to do (the day's own note when it has one). */
function restDayLines(day: WorkoutDay, label = 'Rest day. '): MessageLine[] {
  // The engine's bare "Rest day." adds nothing to "Rest day.": only a real note replaces the default line.
  const note = day.notes.map((n) => n.trim()).find((n) => n !== '' && !/^rest( day)?\.?$/i.test(n) && !HELD_LINE.test(n));
  const bare = day.why.trim().replace(/^Rest:\s*/i, '');
  const why = bare.charAt(0).toUpperCase() + bare.slice(1);
  return [{ text: `${label}${note ?? (why || 'An easy walk or 10 min of mobility helps; sleep and eat well.')}`, priority: P.title }];
}

function fits(lines: readonly MessageLine[], maxSegments: number): boolean {
  return countSegments(toGsm7(lines.map((l) => l.text).join('\n'))).segments <= maxSegments;
}

/** Lines that are the workout itself: dropping one of them earns a "+N more" line. */
const WORKOUT_PRIORITIES = new Set<number>([P.compound, P.secondary, P.accessory, P.workoutNote, P.core, P.runPart, P.prep, P.cooldownLifts, P.total]);

/**
 * Lays out a training day, trying each spelling of it in turn (`variants`: the full one, then the compact
 * one): the whole day within `target` segments when it fits (dropping notes and the why first); else the
 * compact spelling within `target` with at most three accessory / core / prep lines (or four lines, secondary
 * lifts included) left for "details"; else the whole day within `max`; and when even that needs workout
 * lines cut, the lowest-priority ones go. A "+N more" line tells the client how to get what was cut.
 */
export function fitDay(variants: DayLine[][], target: number, max: number, moreHint: string): string {
  const plans = variants.map((v) => dayFitter(v, moreHint));
  for (const p of plans) {
    const whole = p.whole(target);
    if (whole) return whole;
  }
  const last = plans[plans.length - 1]!;
  // Accessories, core and prep first; then secondary lifts too (four lines at most). Compound lifts stay.
  const small = last.cut(target, P.secondary, 3) ?? last.cut(target, P.compound, 4);
  if (small) return small;
  for (const p of plans) {
    const whole = p.whole(max);
    if (whole) return whole;
  }
  return last.cut(max, P.main, Infinity) ?? last.forced(max);
}

/** The ways one spelling of a day can be laid out (see fitDay). */
function dayFitter(lines: DayLine[], moreHint: string) {
  const indexed = lines.map((l, i) => ({ ...l, i }));
  const essential = indexed.filter((l) => l.priority > P.core || WORKOUT_PRIORITIES.has(l.priority));
  const optional = indexed.filter((l) => !essential.includes(l)).sort((a, b) => b.priority - a.priority || a.i - b.i);
  const ordered = (ls: typeof indexed) => [...ls].sort((a, b) => a.i - b.i);
  const reply = essential.find((l) => l.text === REPLY_PROMPT || l.text === RACE_REPLY_PROMPT);
  const moreAt = reply ? reply.i - 0.5 : Infinity;
  const withOptional = (kept: typeof indexed, budget: number) => {
    const out = [...kept];
    for (const o of optional) if (fits(ordered([...out, o]), budget)) out.push(o);
    return toGsm7(ordered(out).map((l) => l.text).join('\n'));
  };
  /** Drops workout lines below `floor` priority, lowest (then latest) first, until it fits `budget`. */
  const cut = (budget: number, floor: number, limit: number): typeof indexed | null => {
    const kept = [...essential];
    const order = kept.filter((l) => WORKOUT_PRIORITIES.has(l.priority) && l.priority < floor).sort((a, b) => a.priority - b.priority || b.i - a.i);
    let dropped = 0;
    let hidden = 0;
    const more = () => ({ text: `+${dropped} more: ${moreHint}`, priority: P.reply, i: moreAt });
    for (const d of order) {
      // The limit is on exercises hidden; a workout note (a finisher, strides) goes without counting.
      if (!d.note && hidden++ >= limit) break;
      kept.splice(kept.indexOf(d), 1);
      dropped += 1;
      if (fits(ordered([...kept, more()]), budget)) return ordered([...kept, more()]);
    }
    return null;
  };
  return {
    /** The whole day (optional lines as room allows), or null when the workout itself does not fit. */
    whole: (budget: number) => (fits(ordered(essential), budget) ? withOptional(essential, budget) : null),
    /** Workout lines below `floor` cut (at most `limit`), lowest priority first, with a "+N more" line. */
    cut: (budget: number, floor: number, limit: number) => {
      const kept = cut(budget, floor, limit);
      return kept ? toGsm7(kept.map((l) => l.text).join('\n')) : null;
    },
    forced: (budget: number) => fitSegments(ordered(essential), budget),
  };
}

/**
 * The daily workout text: greeting and where the client is in the plan (one line), the day's title, one
 * line per exercise (or warm-up / main / cool-down / total for a run) with the day's effort stated once, and
 * a prompt to reply. GSM-7 only; aims for 2 segments, never more than 3 (`full`: the whole day, for "today").
 * A rest day is two lines.
 */
export function formatDailyMessage(day: WorkoutDay, opts: DailyMessageOptions & { full?: boolean }): string {
  return sharedMorningText(day, opts) ?? sharedDayText(day, opts) ?? formatDay(day, opts);
}

/**
 * Laid-out texts of shared (frozen) days: the morning's by the greeting's name length and the display units
 * (`m|…`), the on-demand day's by whole or not and the units (`d|…`).
 */
const morningTexts = new WeakMap<WorkoutDay, Map<string, string>>();

/**
 * The on-demand text of a shared (frozen) day, with no name ("what's today": the whole day): a frozen day never
 * changes (a stored day is frozen once per id and version, stored-plan-json.ts), so its text is laid out once and
 * every later question of the same day gets it, instead of the same lines being worked out and fitted again for
 * each text of a rush. Null (lay it out directly) for anything else.
 */
function sharedDayText(day: WorkoutDay, opts: DailyMessageOptions & { full?: boolean }): string | null {
  if (opts.isMorning || (opts.name !== null && opts.name !== undefined) || !Object.isFrozen(day)) return null;
  const key = `d|${opts.full === true}|${JSON.stringify(opts.units ?? {})}`;
  let texts = morningTexts.get(day);
  if (!texts) morningTexts.set(day, (texts = new Map()));
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = formatDay(day, { name: null, isMorning: false, full: opts.full === true, ...(opts.units ? { units: opts.units } : {}) })));
  return text;
}

/**
 * The morning text of a day shared by many clients (frozen: a morning batch's days, stored-plan-json.ts), laid
 * out once per name length instead of once per client. The name is the only thing that differs between them,
 * and only its length counts in the layout: with a name of plain one-septet characters, a stand-in name of
 * the same length makes every fit decision the same, so the text is the stand-in's with the name put back.
 * Null (lay it out directly) for anything else.
 */
function sharedMorningText(day: WorkoutDay, opts: DailyMessageOptions & { full?: boolean }): string | null {
  if (!opts.isMorning || opts.full || !Object.isFrozen(day)) return null;
  const name = opts.name?.trim() ? opts.name.trim() : null;
  if (name !== null && !isPlainSeptets(name)) return null;
  const stand = name === null ? null : 'x'.repeat(name.length);
  const key = `m|${stand?.length ?? -1}|${JSON.stringify(opts.units ?? {})}`;
  let texts = morningTexts.get(day);
  if (!texts) morningTexts.set(day, (texts = new Map()));
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = formatDay(day, { ...opts, name: stand })));
  if (stand === null) return text;
  // The stand-in greets first ("Good morning, xxx!"); a layout that cut into the greeting is not reused.
  const hello = `Good morning, ${stand}!`;
  return text.startsWith(hello) ? `Good morning, ${name}!${text.slice(hello.length)}` : null;
}

function formatDay(day: WorkoutDay, opts: DailyMessageOptions & { full?: boolean }): string {
  const units = opts.units ?? {};
  const said = greeting(opts, day.position);
  const hello: MessageLine[] = said ? [{ text: said, priority: P.greeting }] : [];
  // Asked for, the day leads ("Today: rest day. …") and the position follows; the morning text greets first.
  // Last week's runs not logged (the week held, and a question asked): said before the day, never cut, like a
  // greeting - a morning text that dropped it cut the week in silence (was: "what's today" alone showed it).
  const held: MessageLine[] = day.notes.map((n) => n.trim()).filter((n) => HELD_LINE.test(n)).map((text) => ({ text, priority: P.greeting }));
  const first = (title: MessageLine): MessageLine[] => (opts.isMorning ? [...hello, ...held, title] : [title, ...hello, ...held]);
  if (day.kind === 'rest') {
    const [rest] = restDayLines(day, opts.isMorning ? 'Rest day. ' : 'Today: rest day. ');
    return fitSegments(first(rest!), held.length ? DAILY_MAX_SEGMENTS : REST_MAX_SEGMENTS);
  }
  const isRace = day.kind === 'race';
  const spelled = (short: boolean): MessageLine[] => [
    ...first({ text: isRace ? `Race day: ${titleLine(day)}` : `Today: ${titleLine(day)}`, priority: P.title }),
    ...workoutLines(day, units, short),
    ...noteLines(day, isRace ? P.raceNote : P.note, { short }),
    ...whyLine(day),
    { text: isRace ? RACE_REPLY_PROMPT : REPLY_PROMPT, priority: P.reply },
  ];
  if (opts.full) return fitSegments(spelled(false), FULL_DAY_MAX_SEGMENTS);
  return fitDay([spelled(false), spelled(true)], DAILY_TARGET_SEGMENTS, DAILY_MAX_SEGMENTS, 'text "details"');
}

/** A day asked ahead of time is not today: the engine's notes say "today" as the morning text would ("8,000+ steps today"). */
function notToday<L extends MessageLine>(line: L): L {
  return { ...line, text: line.text.replace(/\btoday\b/g, 'that day') };
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
        ...noteLines(day, P.note).filter((l) => !/^rest( day)?\.?$/i.test(l.text)).map(notToday),
        ...(day.position.trim() ? [{ text: withPeriod(day.position.trim()), priority: P.greeting }] : []),
        ...whyLine(day).map(notToday),
      ],
      REST_MAX_SEGMENTS,
    );
  }
  const lines: MessageLine[] = [
    { text: `${when}: ${titleLine(day)}`, priority: P.title },
    // Where in the plan the day sits goes before a note saying why the day differs ("Travel day: …").
    ...(day.position.trim() ? [{ text: withPeriod(day.position.trim()), priority: P.position }] : []),
    ...workoutLines(day, units),
    ...noteLines(day, day.kind === 'race' ? P.raceNote : P.note).map(notToday),
    ...whyLine(day).map(notToday),
    ...(opts.footer ? [{ text: opts.footer, priority: P.prep }] : []),
  ];
  return fitSegments(lines, DAILY_MAX_SEGMENTS);
}

export { formatDateLabel, formatDayBrief } from './day-brief.js';
export { formatWeek, type WeekViewOptions } from './week-view.js';
