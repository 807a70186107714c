import type { AppDeps } from '../app-deps.js';
import type { ClientRow } from '../db/schema.js';
import { DAILY_MAX_SEGMENTS, formatDailyMessage } from '../messages/format/daily-message.js';
import { phraseOrDraft } from '../agents/coach-language.js';
import { activePlan, weekStamp, workoutOn, type ActivePlan } from './plans.service.js';
import { readBuiltWith, readStoredPlan } from './stored-plan-json.js';
import { deepFreeze } from './week-memo.js';
import { emptyBatchReads, type BatchReads } from '../db/batch-reads.js';
import { findActivePlans, findMicrocyclesFor, findWorkoutsOn, listAdaptationsForPlans } from '../db/repositories/plans.repository.js';
import { listWorkoutLogsFor } from '../db/repositories/logs.repository.js';
import { listSignalsSinceFor } from '../db/repositories/adaptations.repository.js';
import { SORENESS_HORIZON_DAYS } from '../engine/adaptation/index.js';
import { addDays } from '../engine/dates.js';
import { weekNumberFor } from '../engine/program/program.js';
import { SILENT_DAYS } from '../engine/adaptation/silence.js';
import { lastLogDatesFor } from '../db/repositories/logs.repository.js';
import { silenceLine } from '../messages/format/silence.js';
import { noticeSilence } from './silence.service.js';
import { checkupsDue } from '../engine/adaptation/checkup.js';
import { checkupLine } from '../messages/format/checkup.js';
import { listPlanAdaptations } from '../db/repositories/plans.repository.js';
import { toAdaptationInputs } from './adaptation-inputs.service.js';

/**
 * The morning text for one client and local date, from the coaching flow: the plan's position → the week
 * (got or created) → today's workout (got or created) → the daily-message formatter, phrased by the model
 * when one is configured and its rewrite keeps every number. Throws when there is no plan to read (the
 * scheduler then sends its fallback); a finished plan gets a short message offering a new one.
 */
export async function composeMorningMessage(deps: AppDeps, client: ClientRow, localDate: string): Promise<{ body: string; agent?: unknown }> {
  const first = await activePlan(deps.db, client.id);
  if (!first) throw new Error(`client ${client.id} is active without a plan`);
  // A week or more without a word: noticed here, the plan eased back in, and said before the day (which shows it).
  const quiet = await noticeSilence(deps.db, client, first, localDate);
  const plan = quiet ? ((await activePlan(deps.db, client.id)) ?? first) : first;
  const found = await workoutOn(deps.db, client, plan, localDate);
  const name = client.name;
  if (found.kind === 'before_plan') {
    return { body: `Good morning${name ? ` ${name}` : ''}! Your plan starts ${found.startDate}. Rest up until then.` };
  }
  if (found.kind === 'after_plan') {
    return { body: `Good morning${name ? ` ${name}` : ''}! Your plan finished on ${found.endDate}. Text "new plan" to build the next one.` };
  }
  const day = formatDailyMessage(found.day, { name, isMorning: true });
  // After the greeting line: "Good morning, Ida! Week 2 of 23 - base." then what was noticed, then the day.
  // A red-flag pain whose days ran out yesterday, never said to be checked: asked once, this morning.
  const due = checkupsDue(toAdaptationInputs(await listPlanAdaptations(deps.db, plan.row.id)), localDate);
  const lines = [quiet ? silenceLine(quiet, { planStart: plan.outline.startDate, runner: !!plan.outline.race && !plan.outline.strength }) : null, due.length ? checkupLine(due) : null].filter((l): l is string => l !== null);
  const noticed = lines.length ? lines.join('\n') : null;
  const draft = noticed ? day.replace(/^([^\n]*)(\n|$)/, (_m, first: string, nl: string) => `${first}\n${noticed}${nl}`) : day;
  // The coach's voice may not lengthen a morning text past 3 segments (issue 13).
  const phrased = await phraseOrDraft(deps.model, 'daily', draft, { timeoutMs: deps.config.openai.timeoutMs, maxSegments: DAILY_MAX_SEGMENTS });
  return { body: phrased.text, agent: phrased.trace };
}

/**
 * Everything composeMorningMessage reads for a batch of clients, in a handful of statements: plans, the day's
 * stored workouts, the plans' adaptations, this (and for race plans last) week's stored weeks, and for weeks
 * to be built or rebuilt (none stored, or stored for other inputs: see weekStamp) the plan's logs and recent
 * soreness.
 * The morning pass runs each client's composeMorningMessage with these (db/batch-reads.ts), so a warm morning
 * reads nothing per client; a week being (re)built still reads what only it needs.
 */
export async function prefetchMorningReads(deps: Pick<AppDeps, 'db'>, batch: Array<{ clientId: string; localDate: string }>): Promise<BatchReads> {
  const reads = emptyBatchReads();
  if (batch.length === 0) return reads;
  const db = deps.db;
  const [plans, workouts] = await Promise.all([
    findActivePlans(db, batch.map((b) => b.clientId)),
    findWorkoutsOn(db, batch.map((b) => ({ clientId: b.clientId, date: b.localDate }))),
  ]);
  // Clients on one template share one request and outline object (findActivePlans): frozen, like shared weeks.
  const planOf = new Map(plans.map((p) => [p.client_id, { ...p, request: deepFreeze(p.request), outline: deepFreeze(p.outline) }]));
  for (const b of batch) reads.activePlans.set(b.clientId, planOf.get(b.clientId) ?? null);
  for (const b of batch) reads.workouts.set(`${b.clientId}|${b.localDate}`, null);
  for (const w of workouts) reads.workouts.set(`${w.client_id}|${w.date}`, w);

  // The week a date falls in before any pause moved it; a paused plan's other week is read as usual.
  const withPlan = batch.flatMap((b) => {
    const row = planOf.get(b.clientId);
    if (!row) return [];
    // A plan that does not parse is left to this client's compose, which fails alone (the operator sees it
    // logged with the plan id, the client gets the morning fallback); the rest of the batch goes on.
    const read = readStoredPlan(row);
    if (!read.success) return [];
    const plan: ActivePlan = { row, ...read.data };
    return [{ clientId: b.clientId, plan, week: weekNumberFor(plan.outline, b.localDate), localDate: b.localDate }];
  });
  if (withPlan.length === 0) return reads;
  const weekKeys: Array<{ planId: string; weekNumber: number }> = [];
  for (const c of withPlan) {
    if (c.week === null) continue;
    weekKeys.push({ planId: c.plan.row.id, weekNumber: c.week });
    if (c.plan.outline.race && c.week > 1) weekKeys.push({ planId: c.plan.row.id, weekNumber: c.week - 1 });
  }
  // The last log of each client whose plan is a week old or more: a silent week is noticed (silence.service.ts).
  const aged = withPlan.filter((c) => addDays(c.plan.outline.startDate, SILENT_DAYS) <= c.localDate).map((c) => c.clientId);
  const [adaptations, weeks, lastLogs] = await Promise.all([listAdaptationsForPlans(db, withPlan.map((c) => c.plan.row.id)), findMicrocyclesFor(db, weekKeys), lastLogDatesFor(db, aged)]);
  for (const id of aged) reads.lastLogs.set(id, lastLogs.get(id) ?? null);
  for (const c of withPlan) reads.adaptations.set(c.plan.row.id, []);
  for (const a of adaptations) reads.adaptations.get(a.plan_id)?.push(a);
  for (const k of weekKeys) reads.microcycles.set(`${k.planId}|${k.weekNumber}`, null);
  // Clients on one template share one stored week object (findMicrocyclesFor): frozen, so no client's
  // composing can change another's week, as with the week memo's.
  for (const w of weeks) reads.microcycles.set(`${w.plan_id}|${w.week_number}`, { ...w, pattern: deepFreeze(w.pattern) });

  // Weeks this morning builds or rebuilds read the plan's logs (the history, and which days are logged) and
  // recent soreness: one statement each for all of them.
  const building = withPlan.filter((c) => {
    if (c.week === null) return false;
    const stored = reads.microcycles.get(`${c.plan.row.id}|${c.week}`);
    return !stored || readBuiltWith(stored.engine_input).stamp !== weekStamp(c.plan, c.week, c.localDate);
  });
  if (building.length) {
    const range = building.map((c) => {
      const near = addDays(c.localDate, -14);
      return { c, from: c.plan.outline.startDate < near ? c.plan.outline.startDate : near, to: addDays(c.localDate, 14), signalsFrom: addDays(c.localDate, -SORENESS_HORIZON_DAYS) };
    });
    const from = range.reduce((m, r) => (r.from < m ? r.from : m), '9999-12-31');
    const to = range.reduce((m, r) => (r.to > m ? r.to : m), '0000-01-01');
    const signalsFrom = range.reduce((m, r) => (r.signalsFrom < m ? r.signalsFrom : m), '9999-12-31');
    const ids = building.map((c) => c.clientId);
    const [logs, signals] = await Promise.all([listWorkoutLogsFor(db, ids, from, to), listSignalsSinceFor(db, ids, ['soreness'], signalsFrom)]);
    const byClient = <T extends { client_id: string }>(rows: T[]) => {
      const out = new Map<string, T[]>();
      for (const r of rows) {
        const list = out.get(r.client_id);
        if (list) list.push(r);
        else out.set(r.client_id, [r]);
      }
      return out;
    };
    const logsOf = byClient(logs);
    const signalsOf = byClient(signals);
    for (const r of range) {
      reads.logs.set(r.c.clientId, { from: r.from, to: r.to, rows: logsOf.get(r.c.clientId) ?? [] });
      reads.signals.set(r.c.clientId, { kinds: ['soreness'], from: r.signalsFrom, rows: signalsOf.get(r.c.clientId) ?? [] });
    }
  }
  return reads;
}

// The morning pass reads a batch's plans and days with this before composing each client's text.
composeMorningMessage.prefetch = prefetchMorningReads;
