/**
 * What a client reports about themselves, stored as it is today so nothing is lost: readiness signals
 * (soreness, sleep, stress, energy, pain, illness) and plan notes (travel, exercise exclusions and swaps,
 * missing equipment). Each one bumps the plan's input revision, so the weeks built from them rebuild
 * (services/adaptation-inputs.service.ts maps them to the engine's inputs); one transaction per report.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { lockClient } from '../db/repositories/clients.repository.js';
import { insertReadinessSignal } from '../db/repositories/logs.repository.js';
import { insertPlanAdaptation, listPlanAdaptations } from '../db/repositories/plans.repository.js';
import { endAdaptations, updateAdaptation } from '../db/repositories/adaptations.repository.js';
import { addDays } from '../engine/dates.js';
import { ILLNESS_DEFAULT_DAYS } from '../engine/adaptation/windows.js';
import type { Equipment } from '../engine/vocabulary.js';
import { activePlan, markPlanInputsChanged } from './plans.service.js';
import { readNoteMeta, openMetaSchema, painMetaSchema } from './plan-note-metadata.js';

export type SignalKind = 'soreness' | 'sleep' | 'stress' | 'energy' | 'pain' | 'illness';

export interface SignalNote {
  date: string;
  kind: SignalKind;
  /** 1 (fine) … 5 (wrecked). */
  severity: number;
  /** One body part per signal; several parts are several signals. */
  bodyParts: string[];
  note: string;
  /** Soreness only: stiffness ("tight", "stiff") rather than soreness; the engine names its change so. */
  feel?: 'sore' | 'tight';
}

/** Stores a readiness or pain report: one signal per body part named (or one without a part). */
export async function recordSignal(db: Db, client: ClientRow, s: SignalNote, inboundId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    if (plan) await markPlanInputsChanged(trx, plan.row.id);
    const parts = s.bodyParts.length ? s.bodyParts : [null];
    for (const part of parts) {
      await insertReadinessSignal(trx, {
        clientId: client.id,
        date: s.date,
        kind: s.kind,
        severity: Math.min(5, Math.max(1, Math.round(s.severity))),
        bodyPart: part,
        note: s.note,
        ...(s.feel ? { feel: s.feel } : {}),
        inboundId,
      });
    }
  });
}

export type PlanNoteType = 'health_note' | 'load_limit_note' | 'legs_back_note' | 'travel_note' | 'illness_note' | 'pain_note' | 'exercise_exclusion_request' | 'exercise_swap_request' | 'equipment_note' | 'missed_session' | 'week_days' | 'readiness_proposal' | 'early_deload' | 'intensity_reduction' | 'proposal_declined';

/**
 * Stores a note on the active plan (travel with its dates and equipment, an exclusion or a swap the client
 * asked for). Returns false when there is no active plan to attach it to.
 */
export async function recordPlanNote(
  db: Db,
  client: ClientRow,
  note: { type: PlanNoteType; reason: string; from: string; to: string | null; metadata: Record<string, unknown> },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    if (!plan) return false;
    await markPlanInputsChanged(trx, plan.row.id);
    await insertPlanAdaptation(trx, { clientId: client.id, planId: plan.row.id, type: note.type, reason: note.reason, trigger: 'asked', effectiveFrom: note.from, effectiveTo: note.to, metadata: note.metadata });
    return true;
  });
}

/** Recent plan changes and notes, newest first, for "what changed?". */
export async function recentPlanNotes(db: Db, client: ClientRow, limit = 5) {
  const plan = await activePlan(db, client.id);
  if (!plan) return [];
  const rows = await listPlanAdaptations(db, plan.row.id);
  return rows.slice(-limit).reverse();
}

/**
 * "my knee feels better": open pain notes for these parts end today (today's workout stays as it is; what
 * loads the part is back from tomorrow). Returns how many were open.
 */
export async function endPain(db: Db, client: ClientRow, parts: readonly string[], today: string): Promise<number> {
  return (await endPainWhere(db, client, today, (part) => parts.includes(part))).length;
}

/**
 * "saw the physio, all clear": every pain still held ends, whichever part it was. Returns the parts ended (a
 * part once however many reports held it).
 */
export async function endAllPain(db: Db, client: ClientRow, today: string): Promise<string[]> {
  return [...new Set(await endPainWhere(db, client, today, () => true))];
}

/** Ends the open pain notes whose part `ends` picks; the parts of those ended. */
async function endPainWhere(db: Db, client: ClientRow, today: string, ends: (part: string) => boolean): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    if (!plan) return [];
    const open = (await listPlanAdaptations(trx, plan.row.id))
      .filter((a) => a.type === 'pain_note' && (a.effective_to === null || a.effective_to > today))
      .map((a) => ({ id: a.id, part: String(readNoteMeta(painMetaSchema, a.metadata)?.bodyPart ?? null) }))
      .filter((a) => ends(a.part));
    if (!open.length) return [];
    await endAdaptations(trx, open.map((a) => a.id), today);
    await markPlanInputsChanged(trx, plan.row.id);
    return open.map((a) => a.part);
  });
}

/**
 * "feeling better now": the sick days still open end. The last sick day is yesterday (today trains again, as a
 * re-entry day), or today when they fell sick today. Returns the last sick day now, or null when none was open.
 */
export async function endIllness(db: Db, client: ClientRow, today: string): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    if (!plan) return null;
    const open = (await listPlanAdaptations(trx, plan.row.id)).filter((a) => a.type === 'illness_note' && a.effective_from <= today && (a.effective_to ?? addDays(a.effective_from, ILLNESS_DEFAULT_DAYS - 1)) >= today);
    if (!open.length) return null;
    const ends = open.map((a) => (a.effective_from < today ? addDays(today, -1) : today));
    for (const [k, a] of open.entries()) await endAdaptations(trx, [a.id], ends[k]!);
    await markPlanInputsChanged(trx, plan.row.id);
    return ends.sort().at(-1)!;
  });
}

/**
 * "doctor cleared me": open load limits end today (today's workout stays; the plan's loads are back from
 * tomorrow). Returns how many were open.
 */
export async function endLoadLimits(db: Db, client: ClientRow, today: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    if (!plan) return 0;
    const open = (await listPlanAdaptations(trx, plan.row.id)).filter((a) => a.type === 'load_limit_note' && (a.effective_to === null || a.effective_to > today));
    if (!open.length) return 0;
    await endAdaptations(trx, open.map((a) => a.id), today);
    await markPlanInputsChanged(trx, plan.row.id);
    return open.length;
  });
}

/** The health conditions on file for the active plan ("heart", "bone"), with the client's words for each. */
export async function healthOnFile(db: Db, client: ClientRow): Promise<Array<{ condition: string; label: string }>> {
  const plan = await activePlan(db, client.id);
  if (!plan) return [];
  return (await listPlanAdaptations(db, plan.row.id))
    .filter((a) => a.type === 'health_note')
    .map((a) => {
      const m = readNoteMeta(openMetaSchema, a.metadata) ?? {};
      return { condition: String(m.condition ?? ''), label: String(m.label ?? '') };
    });
}

/** A trip as stored: its dates and what the client said they have there. */
export interface StoredTrip {
  from: string;
  to: string;
  equipment: Equipment[];
  maxDumbbell: { load: number; unit: 'kg' | 'lb' } | null;
  cardio: string[];
  /** The zone the morning text follows on the trip's days, when it moves. */
  timezone: string | null;
}

/** Follow-up details about a trip: what is not there after all, what is, the heaviest dumbbell. */
export interface TripDetails {
  missing: readonly Equipment[];
  have: readonly Equipment[];
  maxDumbbell: { load: number; unit: 'kg' | 'lb' } | null;
  cardio: readonly string[];
  note: string;
  /** The kit named is all there is ("just bands"), not an addition. */
  only?: boolean;
  /** A new last day ("staying an extra day"). */
  to?: string | null;
}

/** How far ahead a trip told still counts as "the" trip a follow-up text is about (about two months). */
const TRIP_FOLLOW_UP_DAYS = 60;

type AdaptationRow = Awaited<ReturnType<typeof listPlanAdaptations>>[number];

/** The trip in force today, or else the next one starting within TRIP_FOLLOW_UP_DAYS. */
function tripRow(rows: readonly AdaptationRow[], today: string): AdaptationRow | undefined {
  // A called-off trip ends before it starts (cancelTrip): it is no longer "the" trip.
  const trips = rows.filter((a) => a.type === 'travel_note' && (a.effective_to ?? a.effective_from) >= a.effective_from && (a.effective_to ?? a.effective_from) >= today && a.effective_from <= addDays(today, TRIP_FOLLOW_UP_DAYS));
  return trips.sort((a, b) => a.effective_from.localeCompare(b.effective_from))[0];
}

function storedTrip(row: AdaptationRow): StoredTrip {
  const m = (row.metadata ?? {}) as { equipment?: Equipment[]; maxDumbbell?: StoredTrip['maxDumbbell']; cardio?: string[]; timezone?: string | null };
  return { from: row.effective_from, to: row.effective_to ?? row.effective_from, equipment: m.equipment?.length ? m.equipment : ['bodyweight'], maxDumbbell: m.maxDumbbell ?? null, cardio: m.cardio ?? [], timezone: typeof m.timezone === 'string' ? m.timezone : null };
}

/** The trip a follow-up text would amend (see amendTrip), or null. */
export async function currentTrip(db: Db, client: ClientRow, today: string): Promise<StoredTrip | null> {
  const plan = await activePlan(db, client.id);
  const row = plan ? tripRow(await listPlanAdaptations(db, plan.row.id), today) : undefined;
  return row ? storedTrip(row) : null;
}

/**
 * Amends the trip in force today, or the next one starting within two months, with follow-up details ("no
 * pull-up bar at the hotel", "hotel gym has dumbbells to 40"): equipment = what the trip had, plus what is
 * named, minus what is missing. Returns the trip before and after, or null when there is no such trip (the
 * text is then a new trip). Bumps the plan's input revision; one transaction.
 */
export async function amendTrip(db: Db, client: ClientRow, today: string, d: TripDetails): Promise<{ before: StoredTrip; after: StoredTrip } | null> {
  return onTrip(db, client, today, async (trx, row, before) => {
    // "just bands": what is named replaces the trip's kit; otherwise it adds to it.
    const kept = d.only && d.have.length ? [] : before.equipment;
    const equipment = [...new Set<Equipment>([...kept, ...d.have, ...(d.maxDumbbell ? (['dumbbell'] as Equipment[]) : []), 'bodyweight'])].filter((e) => !d.missing.includes(e));
    const to = d.to && d.to >= before.from ? d.to : before.to;
    if (to !== before.to) await endAdaptations(trx, [row.id], to);
    const after: StoredTrip = { ...before, to, equipment, maxDumbbell: !equipment.includes('dumbbell') ? null : (d.maxDumbbell ?? before.maxDumbbell), cardio: [...new Set([...before.cardio, ...d.cardio])] };
    await updateAdaptation(trx, row.id, `${row.reason}; ${d.note}`, { ...readNoteMeta(openMetaSchema, row.metadata), equipment: after.equipment, maxDumbbell: after.maxDumbbell, cardio: after.cardio });
    return { before, after };
  });
}

/**
 * Calls off the trip a follow-up is about ("the trip got cancelled"): a trip not started yet ends the day
 * before it starts (no days), one in force ends yesterday. Returns the trip as it was, or null when there is
 * none. Bumps the plan's input revision; one transaction.
 */
export async function cancelTrip(db: Db, client: ClientRow, today: string): Promise<StoredTrip | null> {
  return onTrip(db, client, today, async (trx, row, trip) => {
    await endAdaptations(trx, [row.id], addDays(trip.from > today ? trip.from : today, -1));
    return trip;
  });
}

/**
 * The shared frame of amendTrip and cancelTrip: in one transaction with the client locked, finds the trip a
 * follow-up is about (as currentTrip does), runs `change` on it and bumps the plan's input revision. Null,
 * with nothing changed, when there is no active plan or no such trip.
 */
async function onTrip<T>(
  db: Db,
  client: ClientRow,
  today: string,
  change: (trx: Db, row: AdaptationRow, trip: StoredTrip) => Promise<T>,
): Promise<T | null> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    if (!plan) return null;
    const row = tripRow(await listPlanAdaptations(trx, plan.row.id), today);
    if (!row) return null;
    const result = await change(trx, row, storedTrip(row));
    await markPlanInputsChanged(trx, plan.row.id);
    return result;
  });
}
