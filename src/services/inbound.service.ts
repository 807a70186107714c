import type { AppDeps } from '../app-deps.js';
import { findClientByPhone, getOrCreateClient } from '../db/repositories/clients.repository.js';
import {
  attachInboundClient,
  insertInboundOnce,
  markInboundFailed,
  markInboundProcessed,
  type NewInbound,
} from '../db/repositories/inbound-messages.repository.js';
import { recordDirectReply, sendToClient } from './messaging.service.js';
import type { ClientRow } from '../db/schema.js';
import { timezoneForPhone } from '../channels/phone-region.js';

/** One client text handled: the reply, what it meant, and model usage. */
export interface TurnResult {
  client: ClientRow;
  reply: string | null;
  intent: string | null;
  agent: unknown;
}

/**
 * Handles one client text: the conversation layer's entry point, passed in by the routes so this service
 * never imports the conversation (the conversation calls services, not the other way round).
 */
export type HandleTurn = (deps: AppDeps, input: { client: ClientRow; text: string; inboundId: string; carrierHandled: boolean }) => Promise<TurnResult>;

export const SORRY_REPLY =
  "Sorry, something went wrong on my side. Your message is saved; try again in a minute or text HELP.";

export interface InboundOutcome {
  /** The reply to send back in the same exchange (TwiML or the chat response); null = answer nothing. */
  reply: string | null;
  /** A repeated provider message id: nothing was handled again, the first answer is repeated. */
  duplicate: boolean;
  clientId: string | null;
}

/**
 * Stores an inbound message, then handles it once. Storing first means a crash mid-handling loses nothing
 * (the row stays `received`); the unique provider id means a retried webhook delivery is answered with the
 * reply already given instead of being coached twice.
 */
export async function receiveInbound(
  deps: AppDeps,
  message: NewInbound,
  channel: 'twiml' | 'local',
  handle: HandleTurn,
): Promise<InboundOutcome> {
  const { row, inserted } = await insertInboundOnce(deps.db, message);
  if (!inserted) {
    deps.log.info({ providerSid: message.providerSid, status: row.status }, 'duplicate inbound delivery');
    return { reply: row.status === 'received' ? null : row.reply, duplicate: true, clientId: row.client_id };
  }

  // A new client starts on the zone their number points to (onboarding states it and lets them change it).
  const known = await findClientByPhone(deps.db, message.fromPhone);
  const client = known ?? (await getOrCreateClient(deps.db, message.fromPhone, (await timezoneForPhone(message.fromPhone)) ?? deps.config.defaultTimezone)).client;
  await attachInboundClient(deps.db, row.id, client.id);

  const handling = handle(deps, {
    client,
    text: message.body,
    inboundId: row.id,
    carrierHandled: Boolean(message.params['OptOutType']),
  });

  // Twilio gives a webhook 15 s. A reply still being worked out (a slow model) at the deadline is not lost:
  // the webhook answers empty and the reply follows through the sender when it is ready.
  if (channel === 'twiml') {
    const late = Symbol('late');
    let timer: NodeJS.Timeout | undefined;
    const first = await Promise.race([
      handling.then(() => null, () => null),
      new Promise<typeof late>((resolve) => {
        timer = setTimeout(() => resolve(late), deps.config.webhookReplyDeadlineMs);
      }),
    ]);
    clearTimeout(timer);
    if (first === late) {
      deps.log.warn({ inboundId: row.id }, 'reply not ready by the webhook deadline; it will follow through the sender');
      void finishLate(deps, row.id, client, handling);
      return { reply: null, duplicate: false, clientId: client.id };
    }
  }

  try {
    const result = await handling;
    if (result.reply !== null) {
      await recordDirectReply(deps, { client: result.client, body: result.reply, channel, inboundId: row.id, agent: result.agent });
    }
    await markInboundProcessed(deps.db, row.id, { reply: result.reply, intent: result.intent, agent: result.agent });
    return { reply: result.reply, duplicate: false, clientId: client.id };
  } catch (cause) {
    deps.log.error({ err: cause, inboundId: row.id }, 'inbound handling failed');
    const apology = client.status === 'opted_out' ? null : SORRY_REPLY;
    await markInboundFailed(deps.db, row.id, cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause), apology);
    if (apology === null) return { reply: null, duplicate: false, clientId: client.id };
    await recordDirectReply(deps, { client, body: SORRY_REPLY, channel, inboundId: row.id, kind: 'system' }).catch(() => undefined);
    return { reply: SORRY_REPLY, duplicate: false, clientId: client.id };
  }
}

/** Completes a turn that missed the webhook deadline: the reply goes out as its own message. */
async function finishLate(deps: AppDeps, inboundId: string, client: ClientRow, handling: Promise<TurnResult>): Promise<void> {
  try {
    const result = await handling;
    if (result.reply !== null) {
      await sendToClient(deps, { client: result.client, body: result.reply, kind: 'reply', inboundId, agent: result.agent });
    }
    await markInboundProcessed(deps.db, inboundId, { reply: result.reply, intent: result.intent, agent: result.agent });
  } catch (cause) {
    deps.log.error({ err: cause, inboundId }, 'late inbound handling failed');
    await markInboundFailed(deps.db, inboundId, cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)).catch(() => undefined);
    if (client.status !== 'opted_out') await sendToClient(deps, { client, body: SORRY_REPLY, kind: 'system', inboundId }).catch(() => undefined);
  }
}
