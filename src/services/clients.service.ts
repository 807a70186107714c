/**
 * A client's settings and status changed by text: carrier opt-out/in, morning time, time zone, training
 * days, pause and resume. Each function is one unit of work: the client row locked, the change and its
 * record (a pause adaptation, a new plan version) written together.
 */
import type { AppDeps } from '../app-deps.js';
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { lockClient, optInClient, optOutClient, updateClient } from '../db/repositories/clients.repository.js';
import { closeOpenAdaptation, copyPlanAdaptations, insertPlanAdaptation } from '../db/repositories/plans.repository.js';
import { withLaterTrainingDays, withPlanEquipment, withPlanLoadLimit, withPlanUpperBodyOnly, withPlanLegsBack, sessionMinutesOf, withSessionMinutes, withTrainingDays } from '../engine/program/program.js';
import type { Equipment, IsoWeekday } from '../engine/vocabulary.js';
import { activePlan, startPlan } from './plans.service.js';
import { changePlanForGood } from './plan-for-good.js';
import { storedProfile } from './stored-profile.js';
import { recordPlanNote } from './notes.service.js';
import { addDays } from '../engine/dates.js';
import { LEGS_BACK_DAYS } from '../engine/adaptation/index.js';

export function optOut(deps: Pick<AppDeps, 'db'>, client: ClientRow): Promise<ClientRow> {
  return optOutClient(deps.db, client.id);
}

export function optIn(deps: Pick<AppDeps, 'db'>, client: ClientRow): Promise<ClientRow> {
  return optInClient(deps.db, client.id);
}

export function setMorningTime(db: Db, client: ClientRow, time: string): Promise<ClientRow> {
  return updateClient(db, client.id, { morning_time: time });
}

export function setTimezone(db: Db, client: ClientRow, timezone: string): Promise<ClientRow> {
  return updateClient(db, client.id, { timezone });
}

/** Same plan and position on other weekdays (a new plan version); the error is a reply-ready sentence. */
export async function setTrainingDays(db: Db, client: ClientRow, days: IsoWeekday[], today: string): Promise<{ ok: true } | { ok: false; error: string }> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    if (!plan) return { ok: false, error: 'no_plan' };
    const next = withTrainingDays(plan.request, days, today);
    if (!next.success) return { ok: false, error: next.error };
    const started = await startPlan(trx, client, next.data, today);
    // The same plan on other days: what the client reported (trips, pain, exclusions, pauses, deloads) still holds.
    await copyPlanAdaptations(trx, plan.row.id, started.row.id);
    return { ok: true };
  });
}

/** Same plan and position with sessions of `minutes` (a new plan version); the error is a reply-ready sentence or 'race_plan'. */
export async function setSessionMinutes(db: Db, client: ClientRow, minutes: number, today: string): Promise<{ ok: true; before: number | null } | { ok: false; error: string }> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    if (!plan) return { ok: false, error: 'no_plan' };
    const before = sessionMinutesOf(plan.request);
    const next = withSessionMinutes(plan.request, minutes);
    if (!next.success) return { ok: false, error: next.error };
    const started = await startPlan(trx, client, next.data, today);
    // The same plan, shorter or longer: what the client reported (trips, pain, exclusions, pauses, deloads) still holds.
    await copyPlanAdaptations(trx, plan.row.id, started.row.id);
    return { ok: true, before };
  });
}

/**
 * Training days from a later date ("from january i can only train tue and thu"): the same plan as a new version
 * whose weeks from the first one starting on or after `from` are on `days`; the weeks before stay as they are
 * (what the client reported still holds). The date the new days start is returned; 'not_lifting' for a plan with
 * a race (its days are placed for the whole plan), 'after_plan' when the plan ends before then.
 */
export async function setLaterTrainingDays(db: Db, client: ClientRow, days: IsoWeekday[], from: string, today: string): Promise<{ ok: true; from: string } | { ok: false; error: string }> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    if (!plan) return { ok: false, error: 'no_plan' };
    const start = plan.outline.strength?.weekTable.find((w) => w.startDate >= from)?.startDate;
    if (!start) return { ok: false, error: plan.outline.strength ? 'after_plan' : 'not_lifting' };
    const next = withLaterTrainingDays(plan.request, days, start);
    if (!next) return { ok: false, error: 'not_lifting' };
    if (!next.success) return { ok: false, error: next.error };
    const started = await startPlan(trx, client, next.data, today);
    await copyPlanAdaptations(trx, plan.row.id, started.row.id);
    return { ok: true, from: start };
  });
}

/**
 * A lifting limit told after onboarding ("doctor said no lifting over 20 lb"): the same plan (dates,
 * position, notes) as a new version whose lifting keeps every load under it; the profile keeps it for a
 * new plan. 'no_lifting' when the plan has no lifting to limit.
 */
export async function setLoadLimit(db: Db, client: ClientRow, limit: { load: number; unit: 'kg' | 'lb' }, today: string): Promise<'ok' | 'no_plan' | 'no_lifting'> {
  const r = await changePlanForGood(db, client, { plan: (req) => withPlanLoadLimit(req, limit), profile: (p) => ({ ...storedProfile(p), loadLimit: limit }) }, today);
  return r === 'unchanged' ? 'no_lifting' : r;
}

/**
 * New kit for good ("cancelled my gym, just dumbbells at home now"): the same plan and position as a new
 * version whose lifting uses `equipment` from today; what the client reported still holds, and the profile
 * keeps the kit for a new plan. 'no_lifting' when the plan has no lifting to re-kit.
 */
export async function setEquipment(db: Db, client: ClientRow, equipment: readonly Equipment[], today: string): Promise<'ok' | 'no_plan' | 'no_lifting'> {
  const r = await changePlanForGood(db, client, { plan: (req) => withPlanEquipment(req, equipment), profile: (p) => ({ ...storedProfile(p), equipment: [...equipment] }) }, today);
  return r === 'unchanged' ? 'no_lifting' : r;
}

/**
 * The client cannot use their legs now (a wheelchair, a leg in a cast): the same plan and position as a new
 * version whose lifting is upper body only, seated, from today; the profile keeps it for a new plan.
 * 'unchanged' when the plan has no lifting to change or is upper body only already.
 */
export async function setUpperBodyOnly(db: Db, client: ClientRow, today: string): Promise<'ok' | 'no_plan' | 'unchanged'> {
  return changePlanForGood(db, client, { plan: withPlanUpperBodyOnly, profile: (p) => ({ ...storedProfile(p), upperBodyOnly: true }) }, today);
}

/**
 * The legs back ("cast is off"): the whole-body plan from today, its leg lifts light through `LEGS_BACK_DAYS`
 * (a legs_back_note: adaptation/strength-overrides.ts), and the profile no longer upper-body only.
 */
export async function setLegsBack(db: Db, client: ClientRow, today: string, reason: string): Promise<'ok' | 'no_plan' | 'unchanged'> {
  const r = await changePlanForGood(db, client, { plan: withPlanLegsBack, profile: (p) => { const { upperBodyOnly: _, ...rest } = storedProfile(p) as Record<string, unknown>; return rest; } }, today);
  if (r === 'ok') await recordPlanNote(db, client, { type: 'legs_back_note', reason, from: today, to: addDays(today, LEGS_BACK_DAYS - 1), metadata: {} });
  return r;
}

/** Pause: no morning texts until resume; the pause is recorded on the plan (strength plans resume where they stopped). */
export async function pauseClient(db: Db, client: ClientRow, reason: string, from: string, to: string | null): Promise<'paused' | 'already'> {
  if (client.status === 'paused') return 'already';
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    await updateClient(trx, client.id, { status: 'paused' });
    const plan = await activePlan(trx, client.id);
    if (plan) await insertPlanAdaptation(trx, { clientId: client.id, planId: plan.row.id, type: 'pause', reason, trigger: 'asked', effectiveFrom: from, effectiveTo: to });
    return 'paused' as const;
  });
}

export async function resumeClient(db: Db, client: ClientRow, today: string): Promise<'resumed' | 'not_paused'> {
  if (client.status !== 'paused') return 'not_paused';
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    await updateClient(trx, client.id, { status: 'active' });
    const plan = await activePlan(trx, client.id);
    if (plan) await closeOpenAdaptation(trx, plan.row.id, 'pause', today);
    return 'resumed' as const;
  });
}
