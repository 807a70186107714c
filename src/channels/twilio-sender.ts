import twilio from 'twilio';
import { z } from 'zod';
import type RequestClient from 'twilio/lib/base/RequestClient.js';
import type { OutboundSms, SendResult, Sender } from './sender.js';

const TWILIO_API_ORIGIN = 'https://api.twilio.com';

/** Twilio's error code for "the recipient replied STOP at the carrier": permanent, and the client opts out. */
export const TWILIO_OPTED_OUT = 21610;

export const twilioSenderConfigSchema = z
  .object({
    accountSid: z.string({ error: 'accountSid is required' }).regex(/^AC[0-9a-fA-F]{32}$/, 'accountSid must be AC followed by 32 hex characters'),
    authToken: z.string({ error: 'authToken is required' }).min(1, 'authToken must not be empty'),
    from: z.string().regex(/^\+[1-9]\d{6,14}$/, 'from must be an E.164 number such as +14155550123').optional(),
    messagingServiceSid: z.string().regex(/^MG[0-9a-fA-F]{32}$/, 'messagingServiceSid must be MG followed by 32 hex characters').optional(),
    apiBaseUrl: z.url({ error: 'apiBaseUrl must be a URL such as http://127.0.0.1:4010' }).optional(),
    timeoutMs: z.number().int('timeoutMs must be whole milliseconds').min(100, 'timeoutMs must be at least 100').max(120_000, 'timeoutMs must be at most 120000').optional(),
  })
  .refine((c) => c.from !== undefined || c.messagingServiceSid !== undefined, {
    message: 'from or messagingServiceSid is required',
    path: ['from'],
  });

export type TwilioSenderConfig = z.input<typeof twilioSenderConfigSchema>;

/**
 * twilio's RequestClient with the API origin swapped, so the real client code (serialization, auth, error
 * parsing) runs against a local fake in tests. Only api.twilio.com is rewritten; nothing else is called.
 */
class BaseUrlRequestClient extends twilio.RequestClient {
  readonly #baseUrl: string;
  constructor(baseUrl: string, opts: RequestClient.RequestClientOptions) {
    super(opts);
    this.#baseUrl = baseUrl.replace(/\/+$/, '');
  }
  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const uri = opts.uri.startsWith(TWILIO_API_ORIGIN) ? this.#baseUrl + opts.uri.slice(TWILIO_API_ORIGIN.length) : opts.uri;
    return super.request<TData>({ ...opts, uri });
  }
}

const NETWORK_ERROR_CODES = new Set([
  'ECONNABORTED', // axios' own timeout
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_NETWORK',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Maps whatever messages.create threw onto a SendResult. Twilio's REST errors (RestException and the newer
 * RFC 9457 TwilioServiceException) both carry a numeric `status` and usually a `code`.
 */
export function classifyTwilioError(err: unknown): Extract<SendResult, { ok: false }> {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { status?: unknown; code?: unknown; isAxiosError?: unknown; detail?: unknown };
  if (typeof e.status === 'number') {
    const code = typeof e.code === 'number' ? e.code : e.status;
    const detail = typeof e.detail === 'string' && e.detail ? ` (${e.detail})` : '';
    const message = `${errorMessage(err)}${detail}`;
    if (code === TWILIO_OPTED_OUT) return { ok: false, retryable: false, code, message, optedOut: true };
    const retryable = e.status === 429 || e.status >= 500;
    return { ok: false, retryable, code, message, optedOut: false };
  }
  // No HTTP answer at all: a timeout or a dropped connection. Twilio may or may not have taken the message;
  // the spec prefers one more try over a missed morning.
  if (e.isAxiosError === true || (typeof e.code === 'string' && NETWORK_ERROR_CODES.has(e.code))) {
    const reason = typeof e.code === 'string' ? `${e.code}: ` : '';
    return { ok: false, retryable: true, code: null, message: `network error: ${reason}${errorMessage(err)}`, optedOut: false };
  }
  // Anything else is a bug or a misconfiguration on our side; retrying would fail the same way.
  return { ok: false, retryable: false, code: null, message: errorMessage(err), optedOut: false };
}

function toSentStatus(status: string | undefined): 'queued' | 'accepted' | 'sent' {
  if (status === 'accepted' || status === 'scheduled') return 'accepted';
  if (status === 'sending' || status === 'sent' || status === 'delivered') return 'sent';
  return 'queued';
}

/**
 * Sends SMS through Twilio's Messages API with the official client. The client's own 429 retry is off:
 * retries belong to the caller (scheduler backoff), which also knows when to give up. With a messaging
 * service configured, Twilio picks the sender from its pool and `from` is not sent.
 */
export function createTwilioSender(cfg: TwilioSenderConfig): Sender {
  const c = twilioSenderConfigSchema.parse(cfg);
  const timeout = c.timeoutMs ?? 10_000;
  const httpClient = new BaseUrlRequestClient(c.apiBaseUrl ?? TWILIO_API_ORIGIN, { timeout, autoRetry: false, keepAlive: true });
  const client = twilio(c.accountSid, c.authToken, { httpClient, autoRetry: false, timeout });
  const sender = c.messagingServiceSid ? { messagingServiceSid: c.messagingServiceSid } : { from: c.from! };

  return {
    channel: 'twilio',
    async send(message: OutboundSms): Promise<SendResult> {
      try {
        const created = await client.messages.create({
          to: message.to,
          body: message.body,
          ...sender,
          ...(message.statusCallbackUrl ? { statusCallback: message.statusCallbackUrl } : {}),
        });
        return { ok: true, providerSid: created.sid, status: toSentStatus(created.status) };
      } catch (err) {
        return classifyTwilioError(err);
      }
    },
  };
}
