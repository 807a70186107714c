import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type Request, type Response } from 'express';
import twilio from 'twilio';
import { createRng } from '../../src/engine/rng.js';

/**
 * A local stand-in for Twilio's Messages API (POST /2010-04-01/Accounts/:sid/Messages.json), answering with
 * Twilio's real JSON shapes so the official client parses it exactly as it parses Twilio. Faults are scripted
 * per request; delivery status callbacks are signed like Twilio's.
 */

export type FakeTwilioFault = 'ok' | 'hang' | { status: number; code?: number; message?: string };

export interface ReceivedMessage {
  sid: string;
  to: string;
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
  statusCallback: string | null;
  status: string;
  /** The form fields exactly as posted. */
  form: Record<string, string>;
}

export interface ReceivedRequest {
  accountSidInPath: string;
  /** Basic-auth user name, or null when there was none. */
  username: string | null;
  form: Record<string, string>;
  /** What the fake answered: HTTP status, or 'hang'. */
  answer: number | 'hang';
}

export interface FakeTwilioOptions {
  accountSid?: string;
  authToken?: string;
  /** Recipients that replied STOP at the carrier: sending to them fails with 21610, as on Twilio. */
  optedOut?: string[];
  /**
   * Milliseconds before each request to the Messages endpoint is answered, asked once per request (a carrier's network and API
   * time: Twilio's Messages API answers in ~100-300 ms). Absent: at once. See jitteredLatency.
   */
  answerDelayMs?: () => number;
}

/** Requests in flight at the fake over its life: how well a sender overlapped the carrier's answer times. */
export interface FakeTwilioLoad {
  /** Most requests waiting for their answer at one time. */
  peakInFlight: number;
  /** Sum over time of the requests in flight (ms x requests): divided by a span's length, the mean in flight. */
  inFlightMs: number;
}

/**
 * A seeded answer delay for answerDelayMs: uniform in meanMs x (1 ± spread), the same sequence for the same seed.
 * Twilio's API time varies from request to request, and the tail of a group of parallel sends is its slowest one.
 */
export function jitteredLatency(meanMs: number, seed: number | string, spread = 0.5): () => number {
  const rng = createRng(seed);
  return () => meanMs * (1 - spread + 2 * spread * rng());
}

export interface FakeTwilio {
  /** Base URL to use as the sender's apiBaseUrl, e.g. http://127.0.0.1:54321. */
  url: string;
  accountSid: string;
  authToken: string;
  /** Messages accepted (201), in order. */
  messages: ReceivedMessage[];
  /** Every request to the Messages endpoint, accepted or not, in order. */
  requests: ReceivedRequest[];
  /** Requests in flight so far (see FakeTwilioLoad); resetLoad() starts counting again from now. */
  load(): FakeTwilioLoad;
  resetLoad(): void;
  /** Faults for the next authenticated requests, consumed one per request in order; then 'ok'. */
  script(faults: FakeTwilioFault[]): void;
  /** Posts a signed status callback for a message to its StatusCallback URL; resolves with the HTTP status. */
  deliver(sid: string, status: string, errorCode?: number): Promise<number>;
  close(): Promise<void>;
}

const DEFAULT_CODES: Record<number, { code: number; message: string }> = {
  400: { code: 21211, message: 'Invalid parameter' },
  401: { code: 20003, message: 'Authenticate' },
  404: { code: 20404, message: 'The requested resource was not found' },
  429: { code: 20429, message: 'Too Many Requests' },
  500: { code: 20500, message: 'Internal Server Error' },
  503: { code: 20503, message: 'Service Unavailable' },
};

const KNOWN_MESSAGES: Record<number, string> = {
  21610: 'Attempt to send to unsubscribed recipient',
  21211: "The 'To' number is not a valid phone number.",
  21614: "'To' number is not a valid mobile number",
  21408: 'Permission to send an SMS has not been enabled for the region indicated by the \'To\' number',
};

function twilioError(res: Response, status: number, code: number | null, message: string): void {
  res.status(status).json({
    code,
    message,
    more_info: code === null ? null : `https://www.twilio.com/docs/errors/${code}`,
    status,
  });
}

// GSM 03.38 basic set, and the extension set whose characters take two septets.
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

/** Segments as Twilio counts them: GSM-7 160 / 153 per part, otherwise UCS-2 70 / 67 per part. */
export function fakeSegmentCount(body: string): number {
  let septets = 0;
  let gsm = true;
  for (const ch of body) {
    if (GSM_BASIC.has(ch)) septets += 1;
    else if (GSM_EXTENDED.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return septets <= 160 ? 1 : Math.ceil(septets / 153);
  const units = body.length; // UTF-16 code units, as UCS-2 counts them
  return units <= 70 ? 1 : Math.ceil(units / 67);
}

function basicAuth(req: Request): { username: string; password: string } | null {
  const header = req.get('authorization');
  if (!header?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return null;
  return { username: decoded.slice(0, i), password: decoded.slice(i + 1) };
}

function formOf(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body)) out[k] = Array.isArray(v) ? String(v[0]) : String(v);
  }
  return out;
}

export async function startFakeTwilio(opts: FakeTwilioOptions = {}): Promise<FakeTwilio> {
  const accountSid = opts.accountSid ?? `AC${randomBytes(16).toString('hex')}`;
  const authToken = opts.authToken ?? randomBytes(16).toString('hex');
  const optedOut = new Set(opts.optedOut ?? []);
  const messages: ReceivedMessage[] = [];
  const requests: ReceivedRequest[] = [];
  let faults: FakeTwilioFault[] = [];
  // Requests in flight, counted from arrival to answer: their peak and their integral over time.
  let inFlight = 0;
  let peakInFlight = 0;
  let inFlightMs = 0;
  let changedAt = performance.now();
  const moveInFlight = (by: number) => {
    const now = performance.now();
    inFlightMs += inFlight * (now - changedAt);
    changedAt = now;
    inFlight += by;
    peakInFlight = Math.max(peakInFlight, inFlight);
  };

  const app = express();
  app.use(express.urlencoded({ extended: false }));

  app.post('/2010-04-01/Accounts/:sid/Messages.json', (req, res, next) => {
    moveInFlight(1);
    res.once('close', () => moveInFlight(-1));
    const delay = opts.answerDelayMs?.() ?? 0;
    if (delay > 0) setTimeout(next, delay);
    else next();
  });
  app.post('/2010-04-01/Accounts/:sid/Messages.json', (req, res) => {
    const pathSid = String(req.params.sid);
    const auth = basicAuth(req);
    const form = formOf(req.body);
    const record = (answer: number | 'hang') => requests.push({ accountSidInPath: pathSid, username: auth?.username ?? null, form, answer });

    if (!auth || auth.username !== accountSid || auth.password !== authToken) {
      record(401);
      return twilioError(res, 401, 20003, 'Authenticate');
    }
    if (pathSid !== accountSid) {
      record(404);
      return twilioError(res, 404, 20404, `The requested resource /2010-04-01/Accounts/${pathSid}/Messages.json was not found`);
    }

    const fault = faults.shift() ?? 'ok';
    if (fault === 'hang') {
      // Never answer: the client's timeout is what is under test. close() drops the socket.
      record('hang');
      return;
    }
    if (fault !== 'ok') {
      const known = DEFAULT_CODES[fault.status];
      const code = fault.code ?? known?.code ?? null;
      record(fault.status);
      return twilioError(res, fault.status, code, fault.message ?? (code !== null ? KNOWN_MESSAGES[code] : undefined) ?? known?.message ?? 'Error');
    }

    const to = form.To;
    if (to === undefined || to === '') {
      record(400);
      return twilioError(res, 400, 21604, "A 'To' phone number is required.");
    }
    if (!/^\+[1-9]\d{1,14}$/.test(to)) {
      record(400);
      return twilioError(res, 400, 21211, `The 'To' number ${to} is not a valid phone number.`);
    }
    const from = form.From ?? null;
    const messagingServiceSid = form.MessagingServiceSid ?? null;
    if (!from && !messagingServiceSid) {
      record(400);
      return twilioError(res, 400, 21603, "A 'From' phone number is required.");
    }
    const body = form.Body;
    if (body === undefined || body === '') {
      record(400);
      return twilioError(res, 400, 21602, 'Message body is required.');
    }
    if (body.length > 1600) {
      record(400);
      return twilioError(res, 400, 21617, 'The concatenated message body exceeds the 1600 character limit.');
    }
    if (optedOut.has(to)) {
      record(400);
      return twilioError(res, 400, 21610, KNOWN_MESSAGES[21610]!);
    }

    const sid = `SM${randomBytes(16).toString('hex')}`;
    // A messaging service without a From answers 'accepted' (it picks the sender later), a From 'queued'.
    const status = from ? 'queued' : 'accepted';
    const now = new Date().toUTCString().replace('GMT', '+0000');
    const uri = `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`;
    messages.push({ sid, to, from, messagingServiceSid, body, statusCallback: form.StatusCallback ?? null, status, form });
    record(201);
    res.status(201).json({
      account_sid: accountSid,
      api_version: '2010-04-01',
      body,
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from,
      messaging_service_sid: messagingServiceSid,
      num_media: '0',
      num_segments: String(fakeSegmentCount(body)),
      price: null,
      price_unit: 'USD',
      sid,
      status,
      subresource_uris: { media: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}/Media.json` },
      to,
      uri,
    });
  });

  app.use((req, res) => twilioError(res, 404, 20404, `The requested resource ${req.path} was not found`));

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    messages,
    requests,
    load: () => {
      moveInFlight(0);
      return { peakInFlight, inFlightMs };
    },
    resetLoad() {
      moveInFlight(0);
      peakInFlight = inFlight;
      inFlightMs = 0;
    },
    script(next) {
      faults = [...next];
    },
    async deliver(sid, status, errorCode) {
      const msg = messages.find((m) => m.sid === sid);
      if (!msg) throw new Error(`fake twilio: no message ${sid}`);
      if (!msg.statusCallback) throw new Error(`fake twilio: message ${sid} has no StatusCallback`);
      msg.status = status;
      const params: Record<string, string> = {
        AccountSid: accountSid,
        ApiVersion: '2010-04-01',
        From: msg.from ?? '',
        MessageSid: sid,
        MessageStatus: status,
        SmsSid: sid,
        SmsStatus: status,
        To: msg.to,
        ...(msg.messagingServiceSid ? { MessagingServiceSid: msg.messagingServiceSid } : {}),
        // Twilio sends ErrorCode only on failed / undelivered.
        ...(errorCode !== undefined ? { ErrorCode: String(errorCode) } : {}),
      };
      const signature = twilio.getExpectedTwilioSignature(authToken, msg.statusCallback, params);
      const res = await fetch(msg.statusCallback, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        body: new URLSearchParams(params).toString(),
      });
      return res.status;
    },
    close() {
      return new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Hung requests and keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      });
    },
  };
}
