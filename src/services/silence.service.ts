/**
 * A silent week noticed (engine/adaptation/silence.ts) by the morning text, which every active client gets each
 * day (so it comes before their first text back): the days the client went quiet are kept as time off (nothing
 * owed) and the sessions from today ease back in, once. A turn does not check: it would cost every text a
 * statement to find what the morning has already said. Cheap when there is nothing to
 * notice: no statement for a plan under a week old, one (the last log, prefetched by the morning pass) for
 * everyone else; the plan's notes and days are read only for a client who did go quiet. Silence is counted in
 * logs: texts are stamped by the database's clock, not the coach's, so they are not compared with plan dates.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { addDays, daysBetween } from '../engine/dates.js';
import { silentSince, SILENT_DAYS } from '../engine/adaptation/silence.js';
import { sessionClass } from '../engine/adaptation/missed.js';
import type { PlanChange } from '../engine/adaptation/index.js';
import { lastLogDate } from '../db/repositories/logs.repository.js';
import { listPlanAdaptations } from '../db/repositories/plans.repository.js';
import type { ActivePlan } from './plans.service.js';
import { loadPlanSchedule } from './plan-schedule.service.js';
import { recordPlanNote } from './notes.service.js';
import { applyReport } from './adaptation.service.js';
import { writingNow } from '../db/batch-writes.js';
import { forgetBatchReads } from '../db/batch-reads.js';

export interface Silence {
  /** The first and last silent days (the last is yesterday). */
  from: string;
  to: string;
  /** Planned sessions in those days with nothing logged. */
  missed: number;
  /** What easing back in changed (re-entry days). */
  changes: PlanChange[];
}

/**
 * Notices a silence of a week or more before `today` and eases the plan back in; null when there is none (or it
 * held no planned session: nothing was missed).
 */
export async function noticeSilence(db: Db, client: ClientRow, plan: ActivePlan, today: string): Promise<Silence | null> {
  if (daysBetween(plan.outline.startDate, today) < SILENT_DAYS) return null;
  const base = { today, planStart: plan.outline.startDate, lastLog: await lastLogDate(db, client.id) };
  // Without the notes first: most clients were heard from this week, and their notes are never read here.
  if (silentSince({ ...base, notes: [] }) === null) return null;
  const from = silentSince({ ...base, notes: await listPlanAdaptations(db, plan.row.id) });
  if (from === null) return null;
  const to = addDays(today, -1);
  const schedule = await loadPlanSchedule(db, client, plan, today);
  const missed = schedule.days.filter((d) => d.date >= from && d.date <= to && d.status !== 'completed' && d.status !== 'skipped' && sessionClass(d.day) !== 'rest').length;
  if (missed === 0) return null;
  // Written now, also inside a morning batch's deferred writes: the note and the eased weeks commit here, and
  // what the batch read for this client before them is read again.
  forgetBatchReads(db, client.id, plan.row.id);
  return writingNow(async () => {
    await recordPlanNote(db, client, { type: 'illness_note', reason: `No word for ${daysBetween(from, today)} days`, from, to, metadata: { timeOff: true, silent: true } });
    const changes = await applyReport(db, client, today, { types: ['re_entry'], from: today, to: null, concernsToday: true });
    return { from, to, missed, changes };
  });
}
