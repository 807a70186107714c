import { randomUUID } from 'node:crypto';
import type { OutboundSms, SendResult, Sender } from './sender.js';

export interface LocalSenderOptions {
  /** Called with every message "sent", e.g. to echo it in the terminal chat. */
  onSend?: (message: OutboundSms & { providerSid: string }) => void;
}

/**
 * The embedded channel: nothing leaves the machine. The message already sits in outbound_messages, which is
 * where the web chat and terminal chat read it from, so sending only hands back a unique id.
 */
export function createLocalSender(opts: LocalSenderOptions = {}): Sender {
  return {
    channel: 'local',
    async send(message: OutboundSms): Promise<SendResult> {
      const providerSid = `local-${randomUUID()}`;
      opts.onSend?.({ ...message, providerSid });
      return { ok: true, providerSid, status: 'local' };
    },
  };
}
