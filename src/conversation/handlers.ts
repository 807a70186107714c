/**
 * One handler per intent, as a mapped type over INTENTS: an intent without a handler does not compile.
 * Handlers call services (never repositories) and return the reply lines for their items. Log intents are
 * not answered one by one: they become log entries (LOG_ENTRIES, also a mapped type) that the coach stores
 * together in one unit of work, one echo line each.
 */
import type { AppDeps } from '../app-deps.js';
import type { ClientRow } from '../db/schema.js';
import { addDays, startOfIsoWeek } from '../engine/dates.js';
import { summarizePlan } from '../engine/program/program.js';
import { exerciseById } from '../engine/strength/index.js';
import type { Equipment, IsoWeekday } from '../engine/vocabulary.js';
import { fitSegments } from '../channels/sms-text.js';
import { formatDailyMessage, formatDayPreview, formatTomorrow, formatWeek } from '../messages/format/daily-message.js';
import { formatDateLabel } from '../messages/format/day-brief.js';
import type { WorkoutDay } from '../engine/workout/workout.js';
import { pauseClient, resumeClient, setMorningTime, setTimezone, setTrainingDays } from '../services/clients.service.js';
import { paceAnswer, progressAnswer, whenAnswer, whyThisWeek } from '../services/coaching-answers.service.js';
import { correctLastLogs, undoLastLogs, type LogEntry, type LogOutcome } from '../services/logs.service.js';
import { endPain, recentPlanNotes, recordPlanNote, recordSignal } from '../services/notes.service.js';
import { activePlan, planPosition, workoutOn, type ActivePlan } from '../services/plans.service.js';
import { applyReport, recentChanges, type Report } from '../services/adaptation.service.js';
import { formatChangeLines, formatNextChanged, formatRecentChanges } from '../messages/format/plan-changes.js';
import { applyMissedSession } from '../services/missed.service.js';
import { runnerVdot } from '../services/run-fitness.service.js';
import { planLinkLine } from '../services/plan-links.service.js';
import { GLOSSARY } from './answers/glossary.js';
import { exercisesNeeding, substituteFor } from './answers/substitutes.js';
import { beginOnboarding } from './onboarding-flow.js';
import { formatDay } from './parse/dates.js';
import { formatClock } from './parse/time-of-day.js';
import { describeTimezone } from './parse/timezone.js';
import { formatWeekdays } from './parse/weekdays.js';
import { HELP_REPLY, NOT_UNDERSTOOD_REPLY } from './replies.js';
import type { Intent, ItemOf } from './understand/items.js';
import { LOG_INTENTS } from './understand/items.js';

export interface TurnContext {
  deps: AppDeps;
  client: ClientRow;
  text: string;
  now: Date;
  today: string;
  inboundId: string;
  plan: ActivePlan | null;
}

export type LogIntent = (typeof LOG_INTENTS)[number];
export type AnswerIntent = Exclude<Intent, LogIntent>;
/** Reply lines for one item; an empty list adds nothing to the reply. */
export type Handler<K extends AnswerIntent> = (c: TurnContext, item: ItemOf<K>) => Promise<string[]>;
export type Handlers = { [K in AnswerIntent]: Handler<K> };
export type LogEntries = { [K in LogIntent]: (item: ItemOf<K>) => LogEntry[] };

export const NO_PLAN = 'You have no active plan yet. Text "new plan" and I\'ll build one with you.';

/** Log items as the logs service stores them. */
export const LOG_ENTRIES: LogEntries = {
  done: (i) => [{ kind: 'done', date: i.date, skippedExerciseIds: i.skippedExerciseIds, note: i.note }],
  skipped: (i) => [{ kind: 'skipped', date: i.date, note: i.note }],
  log_strength: (i) => [{ kind: 'strength', date: i.date, exerciseId: i.lift.exerciseId, name: i.lift.name, written: i.lift.written, groups: i.lift.groups }],
  log_run: (i) => [{ kind: 'run', date: i.date, distance: i.run.distance, unit: i.run.unit, durationSec: i.run.durationSec, pace: i.run.pace, walked: i.run.walked, runKind: i.run.kind }],
  // Stated maxes are stored as single-rep sets: the engine's known-maxes read them like any logged set.
  stated_maxes: (i) => i.maxes.map((m) => ({ kind: 'max', date: '', exerciseId: m.exerciseId, name: m.name, weight: m.weight, unit: m.unit, reps: m.reps })),
};

function outsidePlan(found: { kind: 'before_plan'; startDate: string } | { kind: 'after_plan'; endDate: string }, date: string): string {
  return found.kind === 'before_plan'
    ? `Your plan starts ${formatDateLabel(found.startDate)}; nothing scheduled ${formatDateLabel(date)}.`
    : `Your plan ended ${formatDateLabel(found.endDate)}. Text "new plan" to build the next one.`;
}

async function showDay(c: TurnContext, date: string, which: 'today' | 'tomorrow' | 'day'): Promise<string[]> {
  if (!c.plan) return [NO_PLAN];
  const found = await workoutOn(c.deps.db, c.client, c.plan, date, c.today);
  if (found.kind !== 'workout') return [outsidePlan(found, date)];
  if (which === 'today') {
    const lead = found.status === 'completed' ? 'Already logged as done today - nice. ' : found.status === 'skipped' ? 'Logged as skipped today. ' : '';
    const paused = c.client.status === 'paused' ? 'Your plan is paused (text "resume" to restart). ' : '';
    // Asked for: the whole day (the morning text may have cut lines with "+N more").
    return [lead + paused + formatDailyMessage(found.day, { name: null, isMorning: false, full: true })];
  }
  if (which === 'tomorrow') return [formatTomorrow(found.day, { name: null })];
  return [formatDayPreview(found.day, {})];
}

/** The dates "this week" (or a week containing `anyDate`) shows, asked on `today`. */
export function weekDates(today: string, anyDate: string): { dates: string[]; rollsOver: boolean; monday: string } {
  const monday = startOfIsoWeek(anyDate);
  // Weeks run Monday to Sunday, so on a Sunday "this week" would be one line (today); a client asking then
  // wants what is coming: today and the next Monday to Sunday.
  const rollsOver = addDays(monday, 6) === today;
  const from = rollsOver ? today : monday;
  return { dates: Array.from({ length: rollsOver ? 8 : 7 }, (_, i) => addDays(from, i)), rollsOver, monday };
}

async function showWeek(c: TurnContext, anyDate: string): Promise<string[]> {
  if (!c.plan) return [NO_PLAN];
  const { dates, rollsOver, monday } = weekDates(c.today, anyDate);
  const days: WorkoutDay[] = [];
  for (const date of dates) {
    const found = await workoutOn(c.deps.db, c.client, c.plan, date, c.today);
    if (found.kind === 'workout') days.push(found.day);
  }
  if (days.length === 0) return [outsidePlan({ kind: 'after_plan', endDate: c.plan.outline.endDate }, anyDate)];
  const header = rollsOver ? 'Today and the week ahead:' : monday > c.today ? 'Next week:' : null;
  return [formatWeek(days, { today: c.today, ...(header ? { header } : {}) })];
}

/**
 * After a report is stored: rebuild what it touches and say what changed (one or two lines in the client's
 * sport, then the first changed day as it is now). Today's workout changes only when the report is about
 * today, and then the reply shows today's new version. Empty when nothing changed.
 */
async function applyAndTell(c: TurnContext, report: Report): Promise<string[]> {
  if (!c.plan) return [];
  const changes = await applyReport(c.deps.db, c.client, c.today, report);
  if (!changes.length) return [];
  const lines = formatChangeLines(changes, 2, c.today);
  const today = changes.some((ch) => ch.dates.includes(c.today));
  if (today) {
    const fresh = await activePlan(c.deps.db, c.client.id);
    const found = fresh ? await workoutOn(c.deps.db, c.client, fresh, c.today, c.today) : null;
    if (found?.kind === 'workout' && found.status === 'scheduled') lines.push(formatDayPreview(found.day, { label: 'Today, updated' }));
  } else {
    const next = formatNextChanged(changes, c.today);
    if (next) lines.push(next);
  }
  return lines;
}

function clientEquipment(c: TurnContext): Equipment[] {
  const req = c.plan?.request;
  const eq = req?.kind === 'strength' ? req.equipment : req?.kind === 'hybrid' ? req.strength?.equipment : undefined;
  return eq ?? (c.client.profile as { equipment?: Equipment[] }).equipment ?? ['bodyweight'];
}

/** How long pain keeps what loads it out: "for 3 days", "a week", "two weeks"; 7 days when unsaid. */
const PAIN_SPANS: Array<[RegExp, (m: RegExpMatchArray) => number]> = [
  [/\bfor (\d{1,2}) days?\b/, (m) => Number(m[1])],
  [/\b(?:for )?(?:a|one|1) week\b/, () => 7],
  [/\b(?:for )?(?:two|2) weeks\b/, () => 14],
  [/\b(?:for )?(?:a )?few days\b/, () => 3],
];
function painDays(note: string): number {
  const t = note.toLowerCase();
  for (const [re, days] of PAIN_SPANS) {
    const m = t.match(re);
    if (m) return Math.min(28, Math.max(1, days(m)));
  }
  return 7;
}

const PART_WORDS: Record<string, string> = { lower_back: 'lower back', upper_back: 'upper back', hip_flexors: 'hip flexors', it_band: 'IT band', whole_body: 'whole body' };
const partName = (p: string) => PART_WORDS[p] ?? p;

/** Plain answers to "is that ok?" about a change the client made, by what they changed. */
const MODIFICATIONS: Array<[RegExp, string]> = [
  [/\bknees?\b.*\bpush ?-?ups?\b|\bpush ?-?ups?\b.*\bknees?\b|\bincline push/, 'Yes - push-ups from your knees (or hands on a bench) work the same muscles. Do them that way with good form, and try a few full ones at the start of each set as you get stronger.'],
  [/\b(lighter|less weight|dropped the weight|went light|lowered the weight)\b/, 'Yes. A lighter weight with good form beats grinding a heavy one. Log what you used and I will base the next loads on it.'],
  [/\b(fewer|less) (sets|reps)|\bcut (it|the session) short|only (did|got) \d/, 'Yes, that is fine. Some work beats none; log what you did. If it keeps happening, tell me and we can shorten the sessions.'],
  [/\b(walk|walked|walking)\b/, 'Yes. Walk breaks are a normal way to build up; keep the effort easy and run a little more each week.'],
  [/\b(treadmill|bike|elliptical|rower|swim)\b/, 'Yes, that counts. Keep the effort the same as the planned run (easy stays easy) and log it as time or distance.'],
  [/\b(swap|swapped|instead|different|substitut|replaced)\b/, 'Yes, if it worked the same muscles. Log it under the exercise you actually did so your loads stay right.'],
  [/\b(skip|skipped|missed)\b/, 'Yes, one missed piece is fine. Carry on with the plan; do not try to make it up by doubling the next session.'],
];

export const HANDLERS: Handlers = {
  today: (c, i) => showDay(c, i.date, 'today'),
  tomorrow: (c, i) => showDay(c, i.date, 'tomorrow'),
  day: (c, i) => showDay(c, i.date, i.date === c.today ? 'today' : i.date === addDays(c.today, 1) ? 'tomorrow' : 'day'),
  week: (c, i) => showWeek(c, i.from),
  plan: async (c) => {
    if (!c.plan) return [NO_PLAN];
    const { weekNumber } = await planPosition(c.deps.db, c.plan, c.today);
    const where = weekNumber ? `You're in week ${weekNumber} of ${c.plan.outline.weeks}.` : '';
    return [fitSegments([summarizePlan(c.plan.outline, null), where, await planLinkLine(c.deps, c.client.id), 'Text "this week" for the days.'], 3)];
  },
  correct_log: async (c, i) => {
    if (i.replacement.length === 0) {
      const undone = await undoLastLogs(c.deps.db, c.client);
      return undone.undone
        ? ['Sorry - I removed that log. Send it again the way it should read, e.g. "bench 185x5" or "ran 6 mi at 8:40".']
        : ['There is no log to fix yet. Send what you did, e.g. "squat 3x5 at 225" or "ran 5 mi".'];
    }
    const outcomes = await correctLastLogs(c.deps.db, c.client, i.replacement.flatMap((r) => (r.intent === 'log_strength' ? LOG_ENTRIES.log_strength(r) : LOG_ENTRIES.log_run(r))), { today: c.today, inboundId: c.inboundId, rawText: c.text });
    return outcomeLines(outcomes).map((l) => l.replace(/^Logged/, 'Fixed'));
  },
  soreness: async (c, i) => {
    await recordSignal(c.deps.db, c.client, { date: i.date, kind: 'soreness', severity: i.severity, bodyParts: i.bodyParts, note: i.note }, c.inboundId);
    const where = i.bodyParts.length ? i.bodyParts.map(partName).join(' and ') : 'the soreness';
    const changed = await applyAndTell(c, { types: ['volume_reduction', 'easy_run'], from: i.date, to: null, concernsToday: i.date === c.today });
    if (changed.length) return [`Noted ${where} (${i.severity}/5).`, ...changed];
    return [
      i.severity >= 4
        ? `Noted ${where} (${i.severity}/5). Warm up well; if it is still sore once you are moving, do 1-2 fewer sets for those muscles today. Soreness is not pain: tell me if anything hurts sharply.`
        : `Noted ${where}. Some soreness is normal after hard work and usually eases once you warm up. Train as planned; go lighter if it does not ease.`,
    ];
  },
  readiness: async (c, i) => {
    await recordSignal(c.deps.db, c.client, { date: i.date, kind: i.kind, severity: i.severity, bodyParts: [], note: i.note }, c.inboundId);
    if (i.severity <= 1) return ['Love it - have a good session.'];
    return [`Thanks for telling me - noted. On a rough day keep the plan but stop each set 1-2 reps earlier${c.plan?.outline.race ? ' and keep runs easy' : ''}. Text "skipped" if you need the day off.`];
  },
  pain: async (c, i) => {
    await recordSignal(c.deps.db, c.client, { date: i.date, kind: 'pain', severity: i.severity, bodyParts: i.bodyPart ? [i.bodyPart] : [], note: i.note }, c.inboundId);
    const part = i.bodyPart ? `your ${partName(i.bodyPart)}` : 'that';
    let changed: string[] = [];
    if (i.bodyPart) {
      const days = painDays(i.note);
      await recordPlanNote(c.deps.db, c.client, {
        type: 'pain_note',
        reason: i.note,
        from: i.date,
        to: addDays(i.date, days - 1),
        metadata: { bodyPart: i.bodyPart, redFlag: i.redFlags.length > 0, exerciseId: i.exerciseId },
      });
      changed = await applyAndTell(c, { types: ['injury_limitation', 'non_impact'], from: i.date, to: addDays(i.date, days - 1), concernsToday: true });
    }
    if (i.redFlags.length) {
      return [`Sorry about ${part}. What you describe (${i.redFlags.slice(0, 2).join(', ')}) is a reason to get it checked by a doctor or physio before you train it again - please do not train through it.`, ...changed];
    }
    if (changed.length) return [`Sorry about ${part} - never train through pain. If it is sharp, swells or lasts more than a week, see a physio.`, ...changed];
    const ex = i.exerciseId ? exerciseById(i.exerciseId)?.name : null;
    const runner = c.plan?.outline.race && ['knee', 'ankle', 'foot', 'heel', 'shins', 'achilles', 'hips', 'it_band'].includes(i.bodyPart ?? '');
    return [
      `Sorry about ${part} - noted. ${ex ? `Leave out ${ex.toLowerCase()} for now` : 'Skip any movement that hurts it'}${runner ? ' and swap today\'s run for rest or a bike/swim' : ''}; never train through pain. If it is sharp, swells or lasts more than a week, see a physio.`,
    ];
  },
  recovered: async (c, i) => {
    const ended = await endPain(c.deps.db, c.client, i.bodyParts, c.today);
    const where = i.bodyParts.map(partName).join(' and ');
    if (!ended) return [`Good to hear your ${where} feels better.`];
    // Rebuild now (no change lines: nothing is left out any more); show the next day as it is.
    await applyReport(c.deps.db, c.client, c.today, { types: [], from: c.today, to: null, concernsToday: false });
    return [`Good news. What loads your ${where} is back in your plan from tomorrow: start light, and tell me if it hurts again.`];
  },
  illness: async (c, i) => {
    await recordSignal(c.deps.db, c.client, { date: c.today, kind: 'illness', severity: 5, bodyParts: [], note: i.note }, c.inboundId);
    await recordPlanNote(c.deps.db, c.client, { type: 'illness_note', reason: i.note, from: i.from, to: i.to, metadata: {} });
    const until = i.to && i.to > c.today ? ` through ${formatDay(i.to)}` : '';
    const changed = await applyAndTell(c, { types: ['rest_days', 're_entry'], from: i.from, to: i.to, concernsToday: i.from <= c.today });
    if (changed.length) return [`Feel better soon. Rest is the training now - no hard sessions with a fever or chest symptoms.`, ...changed];
    return [`Feel better soon. Noted: no training${until}. Rest is the training now - no hard sessions with a fever or chest symptoms. When you are back, start with an easy, shorter session. Text "pause" if you want the morning texts to stop.`];
  },
  travel: async (c, i) => {
    const stored = await recordPlanNote(c.deps.db, c.client, {
      type: 'travel_note',
      reason: i.note,
      from: i.from,
      to: i.to,
      metadata: { equipment: i.equipment ?? [], maxDumbbell: i.maxDumbbell, cardio: i.cardio, timezone: i.timezone },
    });
    const when = i.to && i.to !== i.from ? `${formatDay(i.from)} to ${formatDay(i.to)}` : formatDay(i.from);
    const changed = await applyAndTell(c, { types: ['equipment_change'], from: i.from, to: i.to, concernsToday: i.from <= c.today });
    const zone = i.timezone && i.timezone !== c.client.timezone ? ` Your morning text follows you: ${formatClock(c.client.morning_time)} ${describeTimezone(i.timezone)} on those days.` : '';
    if (changed.length || zone) return [`Noted your trip, ${when}.${zone}`, ...changed];
    const kit = [
      i.equipment && i.equipment.some((e) => e !== 'bodyweight') ? i.equipment.filter((e) => e !== 'bodyweight').map((e) => e.replace('_', '-')).join(', ') : 'bodyweight only',
      i.maxDumbbell ? `dumbbells up to ${i.maxDumbbell.load} ${i.maxDumbbell.unit}` : null,
      i.cardio.length ? i.cardio.join(', ') : null,
    ].filter(Boolean).join('; ');
    return [
      `${stored ? 'Noted your travel' : 'Got it, you are traveling'}: ${when}, with ${kit}. On those days swap barbell lifts for the dumbbell or bodyweight version${i.maxDumbbell ? ' (more reps if the heaviest dumbbell is too light)' : ''}${c.plan?.outline.race ? '; runs work anywhere, a treadmill is fine' : ''}.`,
    ];
  },
  exclude_exercise: async (c, i) => {
    await recordPlanNote(c.deps.db, c.client, { type: 'exercise_exclusion_request', reason: i.note, from: c.today, to: null, metadata: { exerciseId: i.exerciseId } });
    const changed = await applyAndTell(c, { types: ['exercise_swap'], key: `exclude:${i.exerciseId}`, from: c.today, to: null, concernsToday: false });
    if (changed.length) return [`Done: no more ${i.name.toLowerCase()}s.`, ...changed];
    if (c.plan) return [`Done: no more ${i.name.toLowerCase()}s. They are not in your coming weeks, and they will stay out.`];
    const sub = substituteFor(i.exerciseId, clientEquipment(c));
    return [`Noted: no more ${i.name.toLowerCase()}s.${sub ? ` Until your plan is rebuilt, do ${sub.name.toLowerCase()} in its place, same sets and reps.` : ' Leave it out until your plan is rebuilt.'}`];
  },
  swap_exercise: async (c, i) => {
    const available = clientEquipment(c);
    const target = i.toExerciseId ? exerciseById(i.toExerciseId) ?? null : substituteFor(i.fromExerciseId, i.toEquipment ? [...new Set([...available, i.toEquipment])] : available, i.toEquipment);
    await recordPlanNote(c.deps.db, c.client, { type: 'exercise_swap_request', reason: i.note, from: c.today, to: null, metadata: { fromExerciseId: i.fromExerciseId, toExerciseId: target?.id ?? null, toEquipment: i.toEquipment } });
    const changed = await applyAndTell(c, { types: ['exercise_swap'], key: `exclude:${i.fromExerciseId}`, from: c.today, to: null, concernsToday: false });
    if (target && changed.length) {
      const perHand = target.implement === 'dumbbell' && exerciseById(i.fromExerciseId)?.implement === 'barbell';
      return [...changed, ...(perHand ? ['Dumbbell weights are per hand: pick a pair you can do for the reps with 2 to spare, then log it.'] : [])];
    }
    if (!target) return [`Noted that you want to swap ${i.fromName.toLowerCase()}. I could not find a replacement for your equipment - tell me what you have.`];
    const perHand = target.implement === 'dumbbell' && exerciseById(i.fromExerciseId)?.implement === 'barbell';
    return [
      `Yes - do ${target.name.toLowerCase()} instead of ${i.fromName.toLowerCase()}, same sets and reps.${perHand ? ' Dumbbell weights are per hand and much lighter than the bar: pick a pair you can do for the reps with 2 to spare, then log it.' : ' Start light, then log what you used.'}`,
    ];
  },
  missing_equipment: async (c, i) => {
    await recordPlanNote(c.deps.db, c.client, { type: 'equipment_note', reason: i.note, from: c.today, to: null, metadata: { missing: i.equipment } });
    const changed = await applyAndTell(c, { types: ['equipment_change'], from: c.today, to: null, concernsToday: false });
    if (changed.length) return changed;
    const available = clientEquipment(c).filter((e) => !i.equipment.includes(e));
    const lines = i.equipment.map((eq) => {
      const needs = i.exerciseId ? [exerciseById(i.exerciseId)!] : exercisesNeeding(eq).slice(0, 1);
      const swaps = needs.map((ex) => [ex, substituteFor(ex.id, available)] as const).filter(([, s]) => s);
      const label = eq.replace('_', '-').replace('pullup-bar', 'pull-up bar');
      return swaps.length ? `No ${label}: do ${swaps.map(([ex, s]) => `${s!.name.toLowerCase()} instead of ${ex.name.toLowerCase()}`).join(', ')}.` : `No ${label}: noted.`;
    });
    return [lines.join(' ')];
  },
  missed_session: async (c, i) => {
    if (!c.plan) return [NO_PLAN];
    const both = /\bboth\b|\bdouble\b|\btwo\b/.test(i.question ?? i.note);
    const found = await applyMissedSession(c.deps.db, c.client, c.plan, i.date, c.today, { longRun: /\blong run\b/i.test(i.note) });
    const lead = both ? "Don't do both on one day: two sessions stacked leave you too tired to do either well. " : '';
    if (!found || found.decision.action === 'none') return [`${lead}${found ? found.line : 'Nothing was planned that day.'} Carry on with the plan from here.`];
    return [`${lead}${found.line}`];
  },
  what_changed: async (c) => {
    const rows = await recentChanges(c.deps.db, c.client, 4);
    if (rows.length) return [formatRecentChanges(rows.map((r) => ({ reason: r.reason, dates: r.dates })))];
    const notes = await recentPlanNotes(c.deps.db, c.client, 4);
    if (notes.length === 0) return [formatRecentChanges([])];
    return [`Nothing in your workouts has changed yet. Notes I have: ${notes.map((n) => `${formatDay(n.effective_from)} ${n.type.replace(/_/g, ' ')}: ${n.reason.slice(0, 60)}`).join('; ')}.`];
  },
  explain_term: async (_c, i) => [GLOSSARY[i.term]],
  why_week: async (c, i) => [c.plan ? await whyThisWeek(c.deps.db, c.plan, c.today, i.direction) : NO_PLAN],
  pace_question: async (c, i) => [paceAnswer(c.plan, i.zone, c.plan ? (await runnerVdot(c.deps.db, c.client, c.plan, c.today))?.vdot : undefined)],
  progress_question: async (c) => [c.plan ? await progressAnswer(c.deps.db, c.client, c.plan, c.today) : NO_PLAN],
  when_question: async (c, i) => [c.plan ? await whenAnswer(c.deps.db, c.plan, c.today, i.workout) : NO_PLAN],
  modification_ok: async (_c, i) => {
    const t = i.note.toLowerCase();
    const found = MODIFICATIONS.find(([re]) => re.test(t));
    return [found ? found[1] : "Yes, that's fine - what counts is that you did the work with good form and no pain. Log what you did and I'll use it."];
  },
  change_time: async (c, i) => {
    if (!i.time) return ['What time should the daily text come? e.g. "6:30am".'];
    await setMorningTime(c.deps.db, c.client, i.time);
    return [`Done: your workout text now comes at ${formatClock(i.time)} (${describeTimezone(c.client.timezone)}).`];
  },
  change_timezone: async (c, i) => {
    if (!i.timezone) return ['Which time zone or city are you in now? e.g. "Denver" or "Europe/London".'];
    await setTimezone(c.deps.db, c.client, i.timezone);
    return [`Done: you're on ${describeTimezone(i.timezone)} now. Your text still comes at ${formatClock(c.client.morning_time)} local time.`];
  },
  change_days: async (c, i) => {
    if (!i.weekdays?.length) return ['Which days can you train? e.g. "mon wed fri".'];
    const r = await setTrainingDays(c.deps.db, c.client, i.weekdays as IsoWeekday[], c.today);
    if (!r.ok) return [r.error === 'no_plan' ? NO_PLAN : r.error];
    return [`Updated: you train ${formatWeekdays(i.weekdays)} from now on. Same plan and phase, new days. Text "this week" to see it.`];
  },
  pause: async (c, i) => {
    const r = await pauseClient(c.deps.db, c.client, c.text, i.from, i.to);
    return [r === 'already' ? 'Your plan is already paused. Text "resume" when you\'re ready.' : 'Paused: no morning texts until you text "resume". Your plan picks up where you left off.'];
  },
  resume: async (c) => {
    const r = await resumeClient(c.deps.db, c.client, c.today);
    return [r === 'not_paused' ? 'You\'re active - nothing to resume. Text "what\'s today" for today\'s workout.' : 'Welcome back! Morning texts are on again. Text "what\'s today" for today\'s workout.'];
  },
  new_plan: async (c) => {
    const turn = await beginOnboarding(c.deps, c.client, c.now, "Let's build a new plan. Your current one stays active until you confirm.");
    return [turn.reply ?? ''];
  },
  help: async () => [HELP_REPLY],
  greeting: async (c) => [`Hi${c.client.name ? ` ${c.client.name}` : ''}! Text "what's today", "tomorrow" or "this week", or log a workout with "done".`],
  thanks: async () => ['Anytime! Text "what\'s today" whenever you need it.'],
  refused: async () => ['I only change your plan from what you actually do. Log a real set (e.g. "squat 3x5 at 225") or tell me your maxes ("my squat max is 275") and your loads follow from that.'],
  unknown: async () => [NOT_UNDERSTOOD_REPLY],
};

/** Echo lines for stored entries, and one question for those held back. */
export function outcomeLines(outcomes: LogOutcome[]): string[] {
  const lines = outcomes.filter((o) => o.question === null).map((o) => o.echo);
  const doubts = outcomes.filter((o) => o.question !== null);
  if (doubts.length) lines.push(`${doubts.map((d) => d.question).join('. ')} - I haven't logged ${doubts.length > 1 ? 'those' : 'that'}. Reply YES to log it as written, or send the right numbers.`);
  return lines;
}
