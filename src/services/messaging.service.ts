import type { AppDeps } from '../app-deps.js';
import type { ClientRow, OutboundChannel, OutboundKind, OutboundRow } from '../db/schema.js';
import { smsBodyCounted } from '../channels/sms-text.js';
import { insertOutbound, recordSendAttempt, recordSendSuccesses, type NewOutbound } from '../db/repositories/outbound-messages.repository.js';
import { optOutClient } from '../db/repositories/clients.repository.js';
import { storeReplyAndMarkProcessed } from '../db/repositories/inbound-messages.repository.js';
import { storeReplyIfUnhandledBatched } from './inbound-batches.js';
import type { SendResult } from '../channels/sender.js';

type Recipient = Pick<ClientRow, 'id' | 'phone' | 'status'>;

/**
 * Records a reply that goes back inside the webhook response (TwiML) or to the local chat. It is stored like
 * any other outbound message so the conversation history is complete; the provider sends it, not us.
 */
export async function recordDirectReply(
  deps: Pick<AppDeps, 'db'>,
  args: { client: Recipient; body: string; channel: Extract<OutboundChannel, 'twiml' | 'local'>; inboundId: string; kind?: OutboundKind; agent?: unknown },
): Promise<OutboundRow> {
  return insertOutbound(deps.db, directReplyRow(args).reply);
}

/**
 * recordDirectReply as the last step of a turn: the reply stored and the inbound message marked processed
 * together (one statement). Returns the body as stored and sent.
 */
export async function recordDirectReplyAndFinish(
  deps: Pick<AppDeps, 'db'>,
  args: DirectReplyArgs,
): Promise<string> {
  const { body, reply, result } = directReply(args);
  await storeReplyAndMarkProcessed(deps.db, args.inboundId, reply, result);
  return body;
}

/**
 * recordDirectReplyAndFinish for a turn that did not lock the message (the read-only answer): stored only if
 * the message is still unhandled. Null: another delivery of it finished first, and its reply stands.
 */
export async function recordDirectReplyIfUnhandled(deps: Pick<AppDeps, 'db' | 'log'>, args: DirectReplyArgs): Promise<string | null> {
  const { body, reply, result } = directReply(args);
  return (await storeReplyIfUnhandledBatched(deps, { id: args.inboundId, reply, result })) ? body : null;
}

export interface DirectReplyArgs {
  client: Recipient;
  body: string;
  channel: Extract<OutboundChannel, 'twiml' | 'local'>;
  inboundId: string;
  intent: string | null;
  agent?: unknown;
}

/** A direct reply as stored: its outbound row and the message's processed columns. */
export function directReply(args: DirectReplyArgs) {
  const { body, reply } = directReplyRow(args);
  return { body, reply, result: { intent: args.intent, agent: args.agent ?? null } };
}

/** The outbound row of a reply sent back in the webhook response (or shown locally): one shape for every path. */
function directReplyRow(args: Omit<DirectReplyArgs, 'intent'> & { kind?: OutboundKind }): { body: string; reply: NewOutbound } {
  const { body, count: seg } = smsBodyCounted(args.body);
  const reply: NewOutbound = {
    clientId: args.client.id,
    toPhone: args.client.phone,
    body,
    kind: args.kind ?? 'reply',
    channel: args.channel,
    status: args.channel === 'local' ? 'local' : 'accepted',
    segments: seg.segments,
    encoding: seg.encoding,
    inboundMessageId: args.inboundId,
    agent: args.agent,
  };
  return { body, reply };
}

export type SendOutcome = { row: OutboundRow; result: SendResult | null };

/**
 * Stores a message to go out through the sender, without sending it: for a caller inside a transaction,
 * which sends (attemptSend) only after commit, so a rolled-back turn never leaves a text sent but unrecorded.
 * Returns null when nothing is to be sent (an opted-out client: stored as `suppressed`).
 */
export async function queueToClient(
  deps: Pick<AppDeps, 'db' | 'sender'>,
  args: OutboundArgs,
): Promise<{ row: OutboundRow; send: boolean }> {
  return storeOutbound(deps, args, 'queued');
}

type OutboundArgs = { client: Recipient; body: string; kind: OutboundKind; inboundId?: string | null; agent?: unknown };

/** The one place an outbound body becomes a row: GSM-7 and segments as sent, `suppressed` for an opted-out client. */
async function storeOutbound(
  deps: Pick<AppDeps, 'db' | 'sender'>,
  args: OutboundArgs,
  status: 'queued' | 'sending',
): Promise<{ row: OutboundRow; send: boolean }> {
  const { body, count: seg } = smsBodyCounted(args.body);
  const suppressed = args.client.status === 'opted_out';
  const row = await insertOutbound(deps.db, {
    clientId: args.client.id,
    toPhone: args.client.phone,
    body,
    kind: args.kind,
    channel: deps.sender.channel,
    status: suppressed ? 'suppressed' : status,
    segments: seg.segments,
    encoding: seg.encoding,
    inboundMessageId: args.inboundId ?? null,
    agent: args.agent,
  });
  return { row, send: !suppressed };
}

/**
 * Stores a message, then sends it through the configured sender, then records the provider's answer.
 * An opted-out client gets nothing: the row is stored as `suppressed` so an operator can see what was held
 * back. A carrier opt-out (Twilio 21610) marks the client opted out on the spot.
 */
export async function sendToClient(
  deps: Pick<AppDeps, 'db' | 'sender' | 'config' | 'log'>,
  args: OutboundArgs,
): Promise<SendOutcome> {
  const { row, send } = await storeOutbound(deps, args, 'sending');
  if (!send) return { row, result: null };
  const result = await attemptSend(deps, row);
  return { row, result };
}

/** One provider attempt for a stored message; the caller decides about retries. */
export async function attemptSend(
  deps: Pick<AppDeps, 'db' | 'sender' | 'config' | 'log'>,
  row: Pick<OutboundRow, 'id' | 'to_phone' | 'body' | 'client_id'>,
): Promise<SendResult> {
  const statusCallbackUrl = deps.config.publicBaseUrl && deps.sender.channel === 'twilio' ? `${deps.config.publicBaseUrl}/sms/status` : null;
  const result = await callSender(deps, row, statusCallbackUrl);
  if (result.ok) await recordSendAttempt(deps.db, row.id, { ok: true, providerSid: result.providerSid, status: result.status });
  else await recordFailure(deps, row, result);
  return result;
}

/**
 * attemptSend for messages handed over together (the morning pass, a few at a time): the provider calls in
 * parallel, the successes recorded in one statement, failures one by one as attemptSend records them. With
 * `leaveSuccesses` the successes are not recorded here: the caller records them with its next statement
 * (the morning pass: daily-sends.repository insertMorningGroup's `alongside`, with sendSuccessesUpdate).
 */
export async function attemptSends(
  deps: Pick<AppDeps, 'db' | 'sender' | 'config' | 'log'>,
  rows: Array<Pick<OutboundRow, 'id' | 'to_phone' | 'body' | 'client_id'>>,
  opts: { leaveSuccesses?: boolean } = {},
): Promise<SendResult[]> {
  const statusCallbackUrl = deps.config.publicBaseUrl && deps.sender.channel === 'twilio' ? `${deps.config.publicBaseUrl}/sms/status` : null;
  const results = await Promise.all(rows.map((row) => callSender(deps, row, statusCallbackUrl)));
  const ok = rows.flatMap((row, i) => {
    const r = results[i]!;
    return r.ok ? [{ id: row.id, providerSid: r.providerSid, status: r.status }] : [];
  });
  if (!opts.leaveSuccesses) await recordSendSuccesses(deps.db, ok);
  for (const [i, row] of rows.entries()) {
    const r = results[i]!;
    if (!r.ok) await recordFailure(deps, row, r);
  }
  return results;
}

async function callSender(deps: Pick<AppDeps, 'sender'>, row: Pick<OutboundRow, 'to_phone' | 'body'>, statusCallbackUrl: string | null): Promise<SendResult> {
  try {
    return await deps.sender.send({ to: row.to_phone, body: row.body, statusCallbackUrl });
  } catch (cause) {
    // A sender should not throw, but a bug in one must not lose the message's state.
    return { ok: false, retryable: true, code: null, message: cause instanceof Error ? cause.message : String(cause), optedOut: false };
  }
}

async function recordFailure(
  deps: Pick<AppDeps, 'db' | 'log'>,
  row: Pick<OutboundRow, 'id' | 'client_id'>,
  result: Extract<SendResult, { ok: false }>,
): Promise<void> {
  await recordSendAttempt(deps.db, row.id, {
    ok: false,
    status: result.retryable ? 'queued' : 'failed',
    errorCode: result.code === null ? null : String(result.code),
    errorMessage: result.message,
  });
  if (result.optedOut && row.client_id) {
    await optOutClient(deps.db, row.client_id);
    deps.log.warn({ clientId: row.client_id, code: result.code }, 'carrier reports recipient opted out; client marked opted out');
  }
}
