import { sql } from 'kysely';
import type { Db } from '../db-types.js';
import type { OutboundKind, OutboundStatus } from '../schema.js';

/** One message of a client's conversation, whichever side wrote it. */
export interface ConversationEntry {
  id: string;
  direction: 'in' | 'out';
  body: string;
  at: Date;
  /** Outbound only: reply, morning, system or coach. */
  kind: OutboundKind | null;
  /** Outbound only: the delivery status (failed and suppressed messages included, so a coach sees them). */
  status: OutboundStatus | null;
  /** Inbound only: the provider's message id (the local chat's client-generated id is in it). */
  providerSid: string | null;
  /** Inbound only: what the text was taken to mean. */
  intent: string | null;
  errorMessage: string | null;
}

interface Row {
  id: string;
  direction: 'in' | 'out';
  body: string;
  at: Date | string;
  kind: OutboundKind | null;
  status: OutboundStatus | null;
  provider_sid: string | null;
  intent: string | null;
  error_message: string | null;
}

/**
 * Both sides of a client's conversation in the order they happened: the client's texts (stored before they
 * are handled) and every message stored for them. With `after`, only newer messages (polling); otherwise
 * the latest `limit`, returned oldest first. At an equal instant the client's text comes first — a reply
 * is stored after the text it answers.
 *
 * Timestamps leave as milliseconds (JSON, Date) but Postgres keeps microseconds, so `after` means "from the
 * next millisecond on": the message the caller last saw is not returned again.
 */
export async function listConversation(db: Db, clientId: string, opts: { after?: Date; limit: number }): Promise<ConversationEntry[]> {
  const after = opts.after ? new Date(opts.after.getTime() + 1) : null;
  const res = await sql<Row>`
    select * from (
      select id, direction, body, at, kind, status, provider_sid, intent, error_message from (
        select i.id, 'in' as direction, i.body, i.received_at as at, null::text as kind, null::text as status,
               i.provider_sid, i.intent, null::text as error_message, 0 as side
          from inbound_messages i
         where i.client_id = ${clientId} and (${after}::timestamptz is null or i.received_at >= ${after}::timestamptz)
        union all
        select o.id, 'out', o.body, o.created_at, o.kind, o.status, null, null, o.error_message, 1
          from outbound_messages o
         where o.client_id = ${clientId} and (${after}::timestamptz is null or o.created_at >= ${after}::timestamptz)
      ) both_sides
      order by at desc, side desc
      limit ${opts.limit}
    ) latest
    order by at asc, (direction = 'out') asc`.execute(db);
  return res.rows.map((r) => ({
    id: r.id,
    direction: r.direction,
    body: r.body,
    at: r.at instanceof Date ? r.at : new Date(r.at),
    kind: r.kind,
    status: r.status,
    providerSid: r.provider_sid,
    intent: r.intent,
    errorMessage: r.error_message,
  }));
}
