import type { AppDeps } from '../app-deps.js';
import type { ClientRow } from '../db/schema.js';
import type { ParsedIntent } from './intent.js';
import { addDays, startOfIsoWeek } from '../engine/dates.js';
import { estimateOneRepMax, findExercise } from '../engine/strength/index.js';
import { formatDailyMessage, formatDayPreview, formatTomorrow, formatWeek } from '../messages/format/daily-message.js';
import { formatDateLabel } from '../messages/format/day-brief.js';
import { fitSegments } from '../channels/sms-text.js';
import { activePlan, localToday, planPosition, startPlan, workoutOn, type ActivePlan } from '../services/plans.service.js';
import { setWorkoutStatus, closeOpenAdaptation, insertPlanAdaptation } from '../db/repositories/plans.repository.js';
import { insertReadinessSignal, insertWorkoutLog } from '../db/repositories/logs.repository.js';
import { setClientStatus, updateClient } from '../db/repositories/clients.repository.js';
import { summarizePlan, withTrainingDays } from '../engine/program/program.js';
import { describeTimezone } from './parse/timezone.js';
import { formatClock } from './parse/time-of-day.js';
import { readinessKind } from './parse/readiness.js';
import { formatWeekdays } from './parse/weekdays.js';
import { HELP_REPLY, NOT_UNDERSTOOD_REPLY } from './replies.js';
import { beginOnboarding } from './onboarding-flow.js';
import type { WorkoutDay } from '../engine/workout/workout.js';
import type { IsoWeekday } from '../engine/vocabulary.js';

export interface IntentContext {
  deps: AppDeps;
  client: ClientRow;
  text: string;
  now: Date;
  inboundId: string;
}

type Reply = { reply: string; intent?: string };

const NO_PLAN = 'You have no active plan yet. Text "new plan" and I\'ll build one with you.';

function outsidePlan(found: { kind: 'before_plan'; startDate: string } | { kind: 'after_plan'; endDate: string }, date: string): string {
  return found.kind === 'before_plan'
    ? `Your plan starts ${formatDateLabel(found.startDate)}; nothing scheduled ${formatDateLabel(date)}.`
    : `Your plan ended ${formatDateLabel(found.endDate)}. Text "new plan" to build the next one.`;
}

async function showDay(c: IntentContext, plan: ActivePlan, date: string, which: 'today' | 'tomorrow' | 'day'): Promise<string> {
  const found = await workoutOn(c.deps.db, c.client, plan, date, localToday(c.client, c.now));
  if (found.kind !== 'workout') return outsidePlan(found, date);
  if (which === 'today') {
    const lead = found.status === 'completed' ? 'Already logged as done today - nice. ' : found.status === 'skipped' ? 'Logged as skipped today. ' : '';
    const paused = c.client.status === 'paused' ? 'Your plan is paused (text "resume" to restart). ' : '';
    return lead + paused + formatDailyMessage(found.day, { name: null, isMorning: false });
  }
  if (which === 'tomorrow') return formatTomorrow(found.day, { name: null });
  return formatDayPreview(found.day, {});
}

async function showWeek(c: IntentContext, plan: ActivePlan, anyDate: string, today: string): Promise<string> {
  const monday = startOfIsoWeek(anyDate);
  const days: WorkoutDay[] = [];
  for (let i = 0; i < 7; i++) {
    const date = addDays(monday, i);
    const found = await workoutOn(c.deps.db, c.client, plan, date, localToday(c.client, c.now));
    if (found.kind === 'workout') days.push(found.day);
  }
  if (days.length === 0) return outsidePlan({ kind: 'after_plan', endDate: plan.outline.endDate }, anyDate);
  return formatWeek(days, { today, ...(monday > today ? { header: 'Next week:' } : {}) });
}

/** Answers one understood text from an onboarded client. */
export async function handleIntent(c: IntentContext, parsed: ParsedIntent): Promise<Reply> {
  const { deps, client } = c;
  const today = localToday(client, c.now);
  const e = parsed.entities;
  const plan = await activePlan(deps.db, client.id);
  const needPlan = (fn: (p: ActivePlan) => Promise<string>): Promise<string> => (plan ? fn(plan) : Promise.resolve(NO_PLAN));

  switch (parsed.intent) {
    case 'today':
      return { reply: await needPlan((p) => showDay(c, p, today, 'today')) };
    case 'tomorrow':
      return { reply: await needPlan((p) => showDay(c, p, addDays(today, 1), 'tomorrow')) };
    case 'day': {
      const date = e.date ?? today;
      const which = date === today ? 'today' : date === addDays(today, 1) ? 'tomorrow' : 'day';
      return { reply: await needPlan((p) => showDay(c, p, date, which)) };
    }
    case 'week':
      return { reply: await needPlan((p) => showWeek(c, p, e.dateFrom ?? e.date ?? today, today)) };
    case 'plan':
      return {
        reply: await needPlan(async (p) => {
          const { weekNumber } = await planPosition(deps.db, p, today);
          const where = weekNumber ? `You're in week ${weekNumber} of ${p.outline.weeks}.` : '';
          return fitSegments([summarizePlan(p.outline, null), where, 'Text "this week" for the days.'], 3);
        }),
      };
    case 'done':
    case 'skipped': {
      if (!plan) return { reply: NO_PLAN };
      const date = e.date ?? today;
      const found = await workoutOn(deps.db, client, plan, date, today);
      const workoutId = found.kind === 'workout' ? found.workoutId : null;
      await insertWorkoutLog(deps.db, { clientId: client.id, workoutId, date, kind: parsed.intent, details: e.note ? { note: e.note } : {}, rawText: c.text, inboundId: c.inboundId });
      if (workoutId) await setWorkoutStatus(deps.db, workoutId, parsed.intent === 'done' ? 'completed' : 'skipped');
      const title = found.kind === 'workout' ? found.day.title : 'today';
      if (parsed.intent === 'done') {
        const rest = found.kind === 'workout' && found.day.kind === 'rest';
        return { reply: rest ? 'Logged. Today was a rest day, so go easy on yourself tomorrow.' : `Logged: ${title} done. Nice work! Reply with numbers (e.g. "squat 3x5 at 225 rpe 8") and I'll use them for your loads.` };
      }
      return { reply: `No problem - logged ${title} as skipped. Text "tomorrow" to see what's next.` };
    }
    case 'log_strength': {
      const s = e.strength;
      if (!s) return { reply: NOT_UNDERSTOOD_REPLY };
      const exercise = findExercise(s.exercise);
      // A set we cannot tie to a lift would feed no progression and could only echo back nonsense.
      if (!exercise) return { reply: `I couldn't tell which lift that was. Try e.g. "squat 3x5 at 225 rpe 8" or "bench 185 for 5".`, intent: 'log_strength_unrecognised' };
      const unit = s.unit ?? (client.units === 'metric' ? 'kg' : 'lb');
      const rir = s.rir ?? (s.rpe !== null ? Math.max(0, 10 - s.rpe) : null);
      const date = e.date ?? today;
      const found = plan ? await workoutOn(deps.db, client, plan, date, today) : null;
      await insertWorkoutLog(deps.db, {
        clientId: client.id,
        workoutId: found?.kind === 'workout' ? found.workoutId : null,
        date,
        kind: 'strength',
        details: { exerciseId: exercise.id, exercise: s.exercise, sets: s.sets, reps: s.reps, weight: s.load, unit, rpe: s.rpe, rir },
        rawText: c.text,
        inboundId: c.inboundId,
      });
      const what = `${exercise.name}${s.sets && s.reps ? ` ${s.sets}x${s.reps}` : s.reps ? ` x${s.reps}` : ''}${s.load ? ` @ ${s.load} ${unit}` : ''}${rir !== null ? ` (RIR ${rir})` : ''}`;
      // Epley on reps to failure (reps + RIR), the engine's own estimate, so the number matches future loads.
      const e1rm = s.load && s.reps ? Math.round(estimateOneRepMax(s.load, s.reps, rir ?? 0)) : null;
      const tail = e1rm ? ` Est. 1RM about ${e1rm} ${unit}; next loads will use it.` : '';
      return { reply: `Logged ${what}.${tail}` };
    }
    case 'log_run': {
      const r = e.run;
      if (!r) return { reply: NOT_UNDERSTOOD_REPLY };
      const date = e.date ?? today;
      const found = plan ? await workoutOn(deps.db, client, plan, date, today) : null;
      const unit = r.unit ?? (client.units === 'metric' ? 'km' : 'mi');
      await insertWorkoutLog(deps.db, {
        clientId: client.id,
        workoutId: found?.kind === 'workout' ? found.workoutId : null,
        date,
        kind: 'run',
        details: { distance: r.distance, unit, pace: r.pace, durationSec: r.durationSec },
        rawText: c.text,
        inboundId: c.inboundId,
      });
      if (found?.kind === 'workout') await setWorkoutStatus(deps.db, found.workoutId, 'completed');
      const planned = found?.kind === 'workout' && found.day.totalDistance ? ` (planned ${found.day.totalDistance} ${found.day.distanceUnit})` : '';
      return { reply: `Logged ${r.distance ?? '?'} ${unit}${r.pace ? ` at ${r.pace}/${unit}` : ''}${planned}. Nice running!` };
    }
    case 'readiness':
    case 'pain': {
      const pain = parsed.intent === 'pain';
      await insertReadinessSignal(deps.db, {
        clientId: client.id,
        date: today,
        kind: pain ? 'pain' : readinessKind(c.text),
        severity: Math.min(5, Math.max(1, Math.round(e.severity ?? 3))),
        bodyPart: e.bodyPart ?? null,
        note: c.text,
        inboundId: c.inboundId,
      });
      return {
        reply: pain
          ? `Sorry about the ${e.bodyPart ?? 'pain'}. Noted. Skip any movement that hurts today and keep the rest easy. If it is sharp, swelling or lasts, see a doctor or physio.`
          : 'Thanks for telling me - noted. Take it easier today: stop a set 1-2 reps earlier than written. Text "skipped" if you need the day off.',
      };
    }
    case 'travel':
      if (plan) {
        await insertPlanAdaptation(deps.db, {
          clientId: client.id,
          planId: plan.row.id,
          type: 'travel_note',
          reason: c.text,
          trigger: 'asked',
          effectiveFrom: e.dateFrom ?? today,
          effectiveTo: e.dateTo ?? null,
          metadata: { equipment: e.equipment ?? [] },
        });
      }
      return { reply: 'Noted your travel. Text "what\'s today" each day and swap barbell lifts for the dumbbell or bodyweight version you have.' };
    case 'change_time': {
      if (!e.time) return { reply: 'What time should the daily text come? e.g. "6:30am".' };
      await updateClient(deps.db, client.id, { morning_time: e.time });
      return { reply: `Done: your workout text now comes at ${formatClock(e.time)} (${describeTimezone(client.timezone)}).` };
    }
    case 'change_timezone': {
      if (!e.timezone) return { reply: 'Which time zone or city are you in now? e.g. "Denver" or "Europe/London".' };
      await updateClient(deps.db, client.id, { timezone: e.timezone });
      return { reply: `Done: you're on ${describeTimezone(e.timezone)} now. Your text still comes at ${formatClock(client.morning_time)} local time.` };
    }
    case 'change_days': {
      if (!plan) return { reply: NO_PLAN };
      if (!e.weekdays?.length) return { reply: 'Which days can you train? e.g. "mon wed fri".' };
      const next = withTrainingDays(plan.request, e.weekdays as IsoWeekday[]);
      if (!next.success) return { reply: next.error };
      await deps.db.transaction().execute((trx) => startPlan(trx, client, next.data, today));
      return { reply: `Updated: you train ${formatWeekdays(e.weekdays as IsoWeekday[])} from now on. Same plan and phase, new days. Text "this week" to see it.` };
    }
    case 'pause': {
      if (client.status === 'paused') return { reply: 'Your plan is already paused. Text "resume" when you\'re ready.' };
      await setClientStatus(deps.db, client.id, 'paused');
      if (plan) await insertPlanAdaptation(deps.db, { clientId: client.id, planId: plan.row.id, type: 'pause', reason: c.text, trigger: 'asked', effectiveFrom: today });
      return { reply: 'Paused: no morning texts until you text "resume". Your plan picks up where you left off.' };
    }
    case 'resume': {
      if (client.status !== 'paused') return { reply: 'You\'re active - nothing to resume. Text "what\'s today" for today\'s workout.' };
      await setClientStatus(deps.db, client.id, 'active');
      if (plan) await closeOpenAdaptation(deps.db, plan.row.id, 'pause', today);
      return { reply: 'Welcome back! Morning texts are on again. Text "what\'s today" for today\'s workout.' };
    }
    case 'new_plan': {
      const turn = await beginOnboarding(deps, client, c.now, "Let's build a new plan. Your current one stays active until you confirm.");
      return { reply: turn.reply ?? '', intent: 'new_plan' };
    }
    case 'help':
      return { reply: HELP_REPLY };
    case 'greeting':
      return { reply: `Hi${client.name ? ` ${client.name}` : ''}! Text "what's today", "tomorrow" or "this week", or log a workout with "done".` };
    case 'thanks':
      return { reply: 'Anytime! Text "what\'s today" whenever you need it.' };
    case 'unknown':
    default:
      return { reply: NOT_UNDERSTOOD_REPLY };
  }
}

