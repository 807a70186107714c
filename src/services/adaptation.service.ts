/**
 * Applying what a client reported: after a report is stored (which bumps the plan's input revision), the
 * weeks it touches are rebuilt now — not on the next read — so the reply can say what changed. Every change
 * is stored in plan_changes with its reason, dates and before/after.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { lockClient } from '../db/repositories/clients.repository.js';
import { insertPlanChanges, listRecentPlanChanges } from '../db/repositories/adaptations.repository.js';
import { addDays } from '../engine/dates.js';
import type { ChangeType, PlanChange } from '../engine/adaptation/index.js';
import { weekNumberFor } from '../engine/program/program.js';
import { activePlan, getOrCreateWeek, pausedDaysBefore } from './plans.service.js';

/** How far ahead a report rebuilds weeks (a trip or illness further out is applied when its week is read). */
const HORIZON_DAYS = 13;
const MAX_AHEAD_DAYS = 42;

export interface Report {
  /** The kinds of change this report can cause; other changes the rebuild finds are not repeated to the client. */
  types: readonly ChangeType[];
  from: string;
  to: string | null;
  /** Only changes with this key (one exclusion or swap), when set. */
  key?: string;
  /** The report is about today: today's stored workout may be rewritten (and the reply shows it). */
  concernsToday: boolean;
}

/** Rebuilds the weeks a report touches and stores what changed (trigger "asked"). One transaction. */
export async function applyReport(db: Db, client: ClientRow, today: string, report: Report): Promise<PlanChange[]> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    if (!plan) return [];
    const shift = await pausedDaysBefore(trx, plan, today);
    const start = report.from > today ? report.from : today;
    const end = [addDays(today, HORIZON_DAYS), report.to ?? start].sort().pop()!;
    const last = [end, addDays(today, MAX_AHEAD_DAYS)].sort()[0]!;
    const weeks = new Set<number>();
    for (let d = today; d <= last; d = addDays(d, 1)) {
      const n = weekNumberFor(plan.outline, addDays(d, -shift));
      if (n !== null) weeks.add(n);
    }
    const out: PlanChange[] = [];
    for (const n of [...weeks].sort((a, b) => a - b)) {
      const r = await getOrCreateWeek(trx, client, plan, n, today, { rewriteToday: report.concernsToday, shift });
      out.push(...r.changes.filter((c) => report.types.includes(c.type) && (report.key === undefined || c.key === report.key)));
    }
    await insertPlanChanges(trx, out.map((c) => ({ clientId: client.id, planId: plan.row.id, type: c.type, reason: c.reason, dates: c.dates, before: c.before, after: c.after, trigger: 'asked' as const })));
    return out;
  });
}

/** The latest changes, newest first, for "what changed?". */
export async function recentChanges(db: Db, client: ClientRow, limit = 4) {
  const plan = await activePlan(db, client.id);
  if (!plan) return [];
  return listRecentPlanChanges(db, plan.row.id, limit);
}
