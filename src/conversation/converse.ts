import type { AppDeps } from '../app-deps.js';
import type { ClientRow } from '../db/schema.js';
import { optIn, optOut } from '../services/clients.service.js';
import { carrierKeyword } from './keywords.js';
import { HELP_REPLY, OPT_IN_REPLY, OPT_OUT_REPLY } from './replies.js';
import { answerFromStore, coach, type CoachTurn, type TurnPrefetch } from './coach.js';

export interface ConverseInput {
  client: ClientRow;
  text: string;
  inboundId: string;
  /**
   * Set when Twilio's Advanced Opt-Out already matched a keyword and answered it (the OptOutType webhook
   * field): we record the state change but send no second confirmation.
   */
  carrierHandled: boolean;
  /** The client's conversation state and active plan when the caller read them with the client (the inbound turn does). */
  prefetched?: TurnPrefetch;
}

export interface ConverseResult extends CoachTurn {
  client: ClientRow;
}

/**
 * The one conversation entry point every channel uses: (client, text) → reply. Carrier keywords come first
 * and work in any state; an opted-out client hears nothing until START (HELP is still answered, as
 * carriers require); everything else goes to the coach.
 */
export async function converse(deps: AppDeps, input: ConverseInput): Promise<ConverseResult> {
  const { client, text } = input;
  const keyword = carrierKeyword(text);

  if (keyword?.kind === 'opt_out') {
    const updated = await optOut(deps, client);
    return { client: updated, reply: input.carrierHandled && !keyword.phrase ? null : OPT_OUT_REPLY, intent: 'opt_out', agent: null };
  }
  if (keyword?.kind === 'help') {
    return { client, reply: input.carrierHandled ? null : HELP_REPLY, intent: 'help', agent: null };
  }
  if (client.status === 'opted_out') {
    if (keyword?.kind === 'opt_in') {
      const updated = await optIn(deps, client);
      return { client: updated, reply: input.carrierHandled ? null : OPT_IN_REPLY, intent: 'opt_in', agent: null };
    }
    // Nothing of any kind goes to an opted-out number; the text is stored, unanswered.
    return { client, reply: null, intent: 'ignored_opted_out', agent: null };
  }
  // "YES" from a subscribed client is an answer (onboarding's confirmation), not an opt-in: the coach takes it.
  const turn = await coach(deps, client, text, { inboundId: input.inboundId, now: deps.now(), ...(input.prefetched ? { prefetched: input.prefetched } : {}) });
  return { client, ...turn };
}

/**
 * The read-only answer (see answerFromStore): a question about planned days answered from stored days,
 * or null when the text needs a full turn. Carrier keywords and opted-out numbers always take the full turn.
 */
converse.fromStore = async function fromStore(deps: AppDeps, input: ConverseInput): Promise<ConverseResult | null> {
  const { client, text } = input;
  if (client.status === 'opted_out' || carrierKeyword(text)) return null;
  const turn = await answerFromStore(deps, client, text, { inboundId: input.inboundId, now: deps.now(), ...(input.prefetched ? { prefetched: input.prefetched } : {}) });
  return turn ? { client, ...turn } : null;
};
