/**
 * The answer to the question a held race week asks about last week's runs with nothing logged ("I have 1 of 4
 * runs logged last week … Did you run Wed, Fri and Sun too? Reply YES if you ran them as planned …",
 * engine/endurance/execution.ts). No question is stored: the week itself holds it, so the answer is taken while
 * this week's held line asks it, whether the client read it in the morning text or in "what's today".
 *  - YES: those days are logged done as planned, and the week is rebuilt from what was run.
 *  - NO: those days are logged skipped (so nothing asks again), and the week stays held.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { listWorkoutLogs } from '../db/repositories/logs.repository.js';
import { findMicrocycle } from '../db/repositories/plans.repository.js';
import { weekNumberFor, weekSpan } from '../engine/program/program.js';
import { HELD_LINE } from '../engine/endurance/execution.js';
import { formatDateLabel } from '../messages/format/day-brief.js';
import { recordLogs, type LogEntry } from './logs.service.js';
import { activePlan, getOrCreateWeek, type ActivePlan } from './plans.service.js';
import { readProgramWeek } from './stored-plan-json.js';

/** Last week's planned run days with nothing logged, while this week's held line asks about them; else null. */
async function openQuestion(db: Db, client: ClientRow, plan: ActivePlan, today: string): Promise<{ dates: string[] } | null> {
  if (!plan.outline.race) return null;
  const n = weekNumberFor(plan.outline, today);
  if (n === null || n < 2) return null;
  const week = await getOrCreateWeek(db, client, plan, n, today);
  const held = week.week.race?.held;
  if (!held || !HELD_LINE.test(held) || !/\bDid you run\b/.test(held)) return null;
  const prev = weekSpan(plan.outline, n - 1);
  const prevRow = await findMicrocycle(db, plan.row.id, n - 1);
  const prevWeek = prevRow ? readProgramWeek(prevRow.pattern) : null;
  if (!prevWeek?.race) return null;
  const said = new Set((await listWorkoutLogs(db, client.id, { from: prev.startDate, to: prev.endDate })).map((l) => l.date));
  const dates = prevWeek.race.days.filter((d) => d.type !== 'rest' && !said.has(d.date)).map((d) => d.date);
  return dates.length ? { dates } : null;
}

const dayList = (dates: readonly string[]) => {
  const names = dates.map(formatDateLabel);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
};

/**
 * The reply to YES / NO about last week's unlogged runs, with the logs stored; null when no such question is
 * open (the text is then read as any other).
 */
export async function answerUnloggedRuns(db: Db, client: ClientRow, plan: ActivePlan, today: string, ran: boolean, inboundId: string, rawText: string): Promise<string | null> {
  const open = await openQuestion(db, client, plan, today);
  if (!open) return null;
  const entries: LogEntry[] = open.dates.map((date) =>
    ran
      ? { kind: 'done', date, skippedExerciseIds: [], note: 'ran as planned (said after the week)' }
      : { kind: 'skipped', date, note: 'not run (said after the week)', week: true },
  );
  await recordLogs(db, client, entries, { today, inboundId, rawText, plan });
  const fresh = (await activePlan(db, client.id)) ?? plan;
  const n = weekNumberFor(fresh.outline, today)!;
  // Today's day too (the question is on it, and the week's level is today's): a day already logged is never rewritten.
  const week = (await getOrCreateWeek(db, client, fresh, n, today, { rewriteToday: true })).week.race;
  const u = fresh.outline.race?.units ?? 'mi';
  const volume = week ? `${week.trainingVolume} ${u}` : null;
  const long = week?.days.find((d) => d.type === 'long' && d.date >= today);
  const longLine = long ? `, long run ${formatDateLabel(long.date)} ${long.total} ${u}` : '';
  if (ran) {
    return `Great, thanks! Logged ${dayList(open.dates)} as run as planned. This week is back on track${volume ? `: ${volume}${longLine}` : ''}. Text "this week" for the days.`;
  }
  return `Thanks for telling me - missed runs happen. ${dayList(open.dates)} ${open.dates.length > 1 ? 'are' : 'is'} logged as missed (nothing to make up), and this week stays lighter${volume ? ` at ${volume}` : ''} so you build back from what you ran.`;
}
