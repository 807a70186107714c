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
import { activePlan, markPlanInputsChanged } from './plans.service.js';

export type SignalKind = 'soreness' | 'sleep' | 'stress' | 'energy' | 'pain' | 'illness';

export interface SignalNote {
  date: string;
  kind: SignalKind;
  /** 1 (fine) … 5 (wrecked). */
  severity: number;
  /** One body part per signal; several parts are several signals. */
  bodyParts: string[];
  note: string;
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
        inboundId,
      });
    }
  });
}

export type PlanNoteType = 'travel_note' | 'illness_note' | 'pain_note' | 'exercise_exclusion_request' | 'exercise_swap_request' | 'equipment_note';

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
