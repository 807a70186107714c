import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import type { ClientRow, ClientStatus, OutboundKind, ProgramType } from '../db/schema.js';
import { countClients, listDashboardRows, LOOKBACK_DAYS } from '../db/repositories/coach-dashboard.repository.js';
import { findClientById } from '../db/repositories/clients.repository.js';
import { listConversation, type ConversationEntry } from '../db/repositories/conversation-history.repository.js';
import { listClientAdaptations, listRecentSignals } from '../db/repositories/coach-client.repository.js';
import { findLiveLinkForClient } from '../db/repositories/plan-links.repository.js';
import { addDays } from '../engine/dates.js';
import { pauseShiftDays } from './plans.service.js';
import { planPositionLabel } from './plan-position.js';
import { breakDaysBefore, readBreakRows } from './plan-breaks.js';
import { planView, type PlanView } from './plan-view.service.js';
import { failedPlanChecks, localToday } from './plans.service.js';
import { findActivePlan } from '../db/repositories/plans.repository.js';
import { calendarFeedPath, planPagePath, publicBaseUrl } from './plan-links.service.js';
import { sendToClient } from './messaging.service.js';

export type ClientFlag = 'missed_workouts' | 'pain' | 'health' | 'opted_out' | 'failed_sends' | 'plan_checks';

export interface ClientSummary {
  id: string;
  name: string | null;
  phone: string;
  status: ClientStatus;
  plan: { programType: ProgramType; weeks: number; label: string } | null;
  position: string;
  last: { direction: 'in' | 'out'; body: string; at: Date; kind: OutboundKind | null } | null;
  compliance: { planned: number; completed: number; percent: number | null };
  flags: Array<{ flag: ClientFlag; text: string }>;
}

/** Missed training days in the lookback window from which a client is flagged. */
export const MISSED_FLAG_AT = 2;

const PROGRAM_LABEL: Record<ProgramType, string> = { strength: 'Strength', race: 'Race', hybrid: 'Race + lifting' };

function planLabel(programType: ProgramType, weeks: number, slices: unknown): string {
  const raceName = typeof slices === 'object' && slices !== null ? (slices as Record<string, unknown>).raceName : undefined;
  return `${PROGRAM_LABEL[programType]}${typeof raceName === 'string' ? ` (${raceName})` : ''}, ${weeks} wk`;
}

/**
 * The coach's client list: one page of clients, those needing attention first. Two queries per page
 * whatever the number of clients (coach-dashboard.repository).
 */
export async function dashboard(deps: Pick<AppDeps, 'db' | 'now'>, opts: { page: number; pageSize: number }) {
  const [rows, total] = await Promise.all([
    listDashboardRows(deps.db, { now: deps.now(), limit: opts.pageSize, offset: (opts.page - 1) * opts.pageSize }),
    countClients(deps.db),
  ]);
  const clients: ClientSummary[] = rows.map((r) => {
    const missed = r.plannedDays - r.completedDays;
    const flags: ClientSummary['flags'] = [];
    if (r.status === 'opted_out') flags.push({ flag: 'opted_out', text: 'Opted out' });
    // A health condition the plan now trains around (no max efforts, no jumps): the coach reviews it with the client.
    if (r.health) flags.push({ flag: 'health', text: `Health: ${r.health}` });
    if (r.painReports > 0) flags.push({ flag: 'pain', text: `Pain reported${r.painReports > 1 ? ` x${r.painReports}` : ''}` });
    if (missed >= MISSED_FLAG_AT) flags.push({ flag: 'missed_workouts', text: `${missed} missed` });
    // The engine's checks the plan failed when it was stored (plans.service startPlan): the plan still runs,
    // so the coach reviews it before the client trains on it.
    const failedChecks = failedPlanChecks(r.planNotes);
    if (failedChecks.length > 0) flags.push({ flag: 'plan_checks', text: `Plan failed ${failedChecks.length} check${failedChecks.length > 1 ? 's' : ''}` });
    if (r.failedSends > 0) flags.push({ flag: 'failed_sends', text: `${r.failedSends} failed send${r.failedSends > 1 ? 's' : ''}` });
    // Pauses and long illness breaks move a strength plan's calendar by the plan's own rule (plan-breaks.ts).
    const shift = r.programType === 'strength' ? pauseShiftDays({ race: null }, breakDaysBefore(readBreakRows(r.breaks), r.today)) : 0;
    const position = r.planId ? planPositionLabel(r.outlinePosition, addDays(r.today, -shift)).label : r.status === 'onboarding' ? 'Onboarding' : 'No plan';
    return {
      id: r.id,
      name: r.name,
      phone: r.phone,
      status: r.status,
      plan: r.programType && r.planWeeks ? { programType: r.programType, weeks: r.planWeeks, label: planLabel(r.programType, r.planWeeks, r.outlinePosition) } : null,
      position: r.status === 'paused' && position ? `${position} (paused)` : position,
      last: r.lastDirection && r.lastBody !== null && r.lastAt ? { direction: r.lastDirection, body: r.lastBody, at: r.lastAt, kind: r.lastKind } : null,
      compliance: {
        planned: r.plannedDays,
        completed: r.completedDays,
        percent: r.plannedDays > 0 ? Math.round((r.completedDays / r.plannedDays) * 100) : null,
      },
      flags,
    };
  });
  return { clients, total, page: opts.page, pageSize: opts.pageSize, lookbackDays: LOOKBACK_DAYS };
}

/**
 * What the client told at onboarding that the plan keeps but does not act on (or acts on quietly), in their
 * words, for the coach: injuries or limits (spared by the exercise library), body notes ("knee clicks but
 * doesn't hurt": nothing spared) and other sports (kept off the run days). Read from the stored profile with
 * zod; a field of another shape is left out, never cast.
 */
export interface ProfileNotes {
  limitations: string[];
  bodyNotes: string[];
  crossTraining: string[];
}

const words = z.array(z.string()).catch([]);
const profileNotesSchema = z.object({ limitations: words, bodyNotes: words, crossTraining: words }).catch({ limitations: [], bodyNotes: [], crossTraining: [] });

export function profileNotes(profile: unknown): ProfileNotes {
  return profileNotesSchema.parse(profile ?? {});
}

export interface ClientDetail {
  client: ClientRow;
  notes: ProfileNotes;
  conversation: ConversationEntry[];
  view: PlanView | null;
  adaptations: Awaited<ReturnType<typeof listClientAdaptations>>;
  signals: Awaited<ReturnType<typeof listRecentSignals>>;
  links: { page: string; feed: string } | null;
  /** The checks the active plan failed when it was stored, each as the engine said it (none: empty). */
  planChecks: string[];
}

export const CONVERSATION_LIMIT = 300;

export async function clientDetail(deps: Pick<AppDeps, 'db' | 'now' | 'config'>, clientId: string): Promise<ClientDetail | null> {
  const client = await findClientById(deps.db, clientId);
  if (!client) return null;
  const today = localToday(client, deps.now());
  const [conversation, view, adaptations, signals, link, planRow] = await Promise.all([
    listConversation(deps.db, client.id, { limit: CONVERSATION_LIMIT }),
    planView(deps, client),
    listClientAdaptations(deps.db, client.id, 100),
    listRecentSignals(deps.db, client.id, addDays(today, -LOOKBACK_DAYS)),
    findLiveLinkForClient(deps.db, client.id),
    findActivePlan(deps.db, client.id),
  ]);
  const base = publicBaseUrl(deps.config);
  return {
    client,
    notes: profileNotes(client.profile),
    conversation,
    view,
    adaptations,
    signals,
    links: link ? { page: base + planPagePath(link.token), feed: base + calendarFeedPath(link.token) } : null,
    planChecks: failedPlanChecks(planRow?.notes ?? null),
  };
}

export type CoachMessageOutcome =
  | { success: true; data: { status: string } }
  | { success: false; error: string };

/**
 * A message the coach writes on the dashboard: stored and sent through the same path as every other
 * outbound message (GSM-7 cleaned, segment-counted, suppressed for an opted-out client, status recorded).
 */
export async function sendCoachMessage(deps: AppDeps, clientId: string, text: string): Promise<CoachMessageOutcome> {
  const client = await findClientById(deps.db, clientId);
  if (!client) return { success: false, error: 'No such client.' };
  const { row, result } = await sendToClient(deps, { client, body: text, kind: 'coach' });
  if (row.status === 'suppressed') return { success: false, error: `Not sent: ${client.name ?? client.phone} has opted out (texted STOP). The message is stored as suppressed.` };
  if (result && !result.ok) return { success: false, error: `Stored, but the send failed: ${result.message}${result.retryable ? ' (it can be retried)' : ''}.` };
  return { success: true, data: { status: result?.ok ? result.status : row.status } };
}
