import type { AppDeps } from '../app-deps.js';
import type { ClientRow } from '../db/schema.js';
import { DAILY_MAX_SEGMENTS, formatDailyMessage } from '../messages/format/daily-message.js';
import { phraseOrDraft } from '../agents/coach-language.js';
import { activePlan, workoutOn } from './plans.service.js';

/**
 * The morning text for one client and local date, from the coaching flow: the plan's position → the week
 * (got or created) → today's workout (got or created) → the daily-message formatter, phrased by the model
 * when one is configured and its rewrite keeps every number. Throws when there is no plan to read (the
 * scheduler then sends its fallback); a finished plan gets a short message offering a new one.
 */
export async function composeMorningMessage(deps: AppDeps, client: ClientRow, localDate: string): Promise<{ body: string; agent?: unknown }> {
  const plan = await activePlan(deps.db, client.id);
  if (!plan) throw new Error(`client ${client.id} is active without a plan`);
  const found = await workoutOn(deps.db, client, plan, localDate);
  const name = client.name;
  if (found.kind === 'before_plan') {
    return { body: `Good morning${name ? ` ${name}` : ''}! Your plan starts ${found.startDate}. Rest up until then.` };
  }
  if (found.kind === 'after_plan') {
    return { body: `Good morning${name ? ` ${name}` : ''}! Your plan finished on ${found.endDate}. Text "new plan" to build the next one.` };
  }
  const draft = formatDailyMessage(found.day, { name, isMorning: true });
  // The coach's voice may not lengthen a morning text past 3 segments (issue 13).
  const phrased = await phraseOrDraft(deps.model, 'daily', draft, { timeoutMs: deps.config.openai.timeoutMs, maxSegments: DAILY_MAX_SEGMENTS });
  return { body: phrased.text, agent: phrased.trace };
}
