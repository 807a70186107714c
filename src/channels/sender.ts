/**
 * The one interface every outbound channel implements. The messaging service stores the message first,
 * then calls `send`, then records the result; a sender never touches the database.
 */

export interface OutboundSms {
  /** E.164 recipient. */
  to: string;
  /** GSM-7-clean text (see channels/sms-text.ts). */
  body: string;
  /** Where the provider should post delivery status; null when there is no public URL. */
  statusCallbackUrl: string | null;
}

export type SendResult =
  | { ok: true; providerSid: string; status: 'queued' | 'accepted' | 'sent' | 'local' }
  | {
      ok: false;
      /** 429, 5xx and network errors: try again later. Permanent errors (bad number, opted out) are not. */
      retryable: boolean;
      /** Provider error code (Twilio's, e.g. 21610) or HTTP status when there is no code. */
      code: number | null;
      message: string;
      /** The carrier says the recipient opted out (Twilio 21610): mark the client opted out. */
      optedOut: boolean;
    };

export interface Sender {
  readonly channel: 'twilio' | 'local';
  send(message: OutboundSms): Promise<SendResult>;
}
