import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import type { OutboundStatus } from '../db/schema.js';
import { HttpError } from '../web/http-error.js';
import { parseOr400 } from '../web/validate.js';
import { normalizePhone } from './phone.js';
import { receiveInbound } from '../services/inbound.service.js';
import { converse } from '../conversation/converse.js';
import { applyStatusCallback } from '../db/repositories/outbound-messages.repository.js';
import { toPgText } from '../db/pg-text.js';
import { messagingTwiml, TWIML_CONTENT_TYPE } from './twiml.js';
import { twilioSignatureChecker } from './twilio-signature.js';
import { formBody } from '../web/form-body.js';
import { answerDirect, nodeOnly } from '../web/direct-route.js';

/**
 * Twilio signs the public URL it posted to plus every form field. Behind a proxy the Host header is not that
 * URL, so we always rebuild it from PUBLIC_BASE_URL. Without an auth token the route is closed (503), never
 * open: an unauthenticated webhook would let anyone text as any client.
 */
export function verifyTwilioSignature(deps: Pick<AppDeps, 'config' | 'log'>): RequestHandler {
  const token = deps.config.twilio.authToken;
  const base = deps.config.publicBaseUrl;
  const isValid = token ? twilioSignatureChecker(token) : null;
  return nodeOnly((req, _res, next) => {
    if (!isValid || !base) {
      next(new HttpError(503, 'twilio_not_configured', 'Twilio webhooks are disabled: set TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL.'));
      return;
    }
    // What req.header('x-twilio-signature') reads, without express's request prototype (web/direct-route.ts).
    const signature = req.headers['x-twilio-signature'] as string | undefined;
    const url = base + req.originalUrl;
    const params = (req.body ?? {}) as Record<string, string>;
    if (!signature || !isValid(signature, url, params)) {
      deps.log.warn({ url, hasSignature: Boolean(signature) }, 'rejected webhook with a bad signature');
      next(new HttpError(403, 'bad_signature', 'Missing or invalid X-Twilio-Signature.'));
      return;
    }
    next();
  });
}


const MESSAGE_SID = /^(SM|MM)[0-9a-fA-F]{32}$/;
const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;

// Twilio adds fields without notice: validate what we use, keep the rest (stored with the message).
const inboundSchema = z.looseObject({
  MessageSid: z.string().regex(MESSAGE_SID, 'must be a Twilio message id (SM… or MM…)'),
  AccountSid: z.string().regex(ACCOUNT_SID, 'must be a Twilio id (AC…)').optional(),
  From: z.string().min(1, 'is required'),
  To: z.string().optional(),
  Body: z.string().default(''),
  NumMedia: z.coerce.number().int().min(0).default(0),
  OptOutType: z.string().optional(),
});

/** The fields of an inbound text the webhook uses, as inboundSchema gives them. */
export interface InboundFields {
  MessageSid: string;
  From: string;
  To?: string | undefined;
  Body: string;
  NumMedia: number;
}

/** NumMedia as Twilio writes it: a count in plain digits (anything else is zod's to coerce or refuse). */
const PLAIN_COUNT = /^(?:0|[1-9][0-9]{0,5})$/;

/**
 * What inboundSchema gives for the fields used, checked directly for the usual form (every field a string, the
 * ids well formed, NumMedia plain digits); anything else goes to zod, whose 400 names every bad field. zod's
 * parse of the whole form (a loose object: every one of Twilio's ~20 fields looked at) was ~2% of a texting
 * rush's CPU. test/channels/twilio-webhook-fields.test.ts compares the two on the usual and the unusual forms.
 */
export function inboundFields(form: unknown): InboundFields {
  const f = (form ?? {}) as Record<string, unknown>;
  const { MessageSid, AccountSid, From, To, Body, NumMedia, OptOutType } = f;
  if (
    typeof MessageSid === 'string' &&
    MESSAGE_SID.test(MessageSid) &&
    (AccountSid === undefined || (typeof AccountSid === 'string' && ACCOUNT_SID.test(AccountSid))) &&
    typeof From === 'string' &&
    From.length >= 1 &&
    (To === undefined || typeof To === 'string') &&
    (Body === undefined || typeof Body === 'string') &&
    (OptOutType === undefined || typeof OptOutType === 'string') &&
    (NumMedia === undefined || (typeof NumMedia === 'string' && PLAIN_COUNT.test(NumMedia)))
  ) {
    return { MessageSid, From, To, Body: Body ?? '', NumMedia: NumMedia === undefined ? 0 : Number(NumMedia) };
  }
  return parseOr400(inboundSchema, form, 'Twilio webhook');
}

const TWILIO_STATUSES = [
  'accepted', 'scheduled', 'canceled', 'queued', 'sending', 'sent', 'failed', 'delivered', 'undelivered',
  'receiving', 'received', 'read', 'partially_delivered',
] as const;

const statusSchema = z.looseObject({
  MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'must be a Twilio message id (SM… or MM…)'),
  MessageStatus: z.enum(TWILIO_STATUSES),
  ErrorCode: z.string().optional(),
  ErrorMessage: z.string().optional(),
});

/** Twilio's statuses onto ours; states we do not track (read, partially delivered) count as their nearest. */
function toOutboundStatus(s: (typeof TWILIO_STATUSES)[number]): OutboundStatus | null {
  switch (s) {
    case 'accepted':
    case 'scheduled':
      return 'accepted';
    case 'queued':
      return 'queued';
    case 'sending':
      return 'sending';
    case 'sent':
      return 'sent';
    case 'delivered':
    case 'read':
    case 'partially_delivered':
      return 'delivered';
    case 'undelivered':
      return 'undelivered';
    case 'failed':
    case 'canceled':
      return 'failed';
    default:
      return null; // receiving/received describe inbound messages
  }
}

/** Where Twilio posts a client's text. */
export const INBOUND_PATH = '/sms/inbound';
const FORM_LIMIT_BYTES = 64 * 1024;

/**
 * The inbound webhook's handlers in order: the form, the signature, the text handled and answered with TwiML.
 * Routed by twilioRoutes, and served directly for the plain path (web/direct-route.ts, set up in app.ts).
 */
export function inboundWebhookHandlers(deps: AppDeps): RequestHandler[] {
  return [formBody({ limitBytes: FORM_LIMIT_BYTES }), verifyTwilioSignature(deps), inboundText(deps)];
}

function inboundText(deps: AppDeps): RequestHandler {
  return nodeOnly(async (req, res) => {
    const body = inboundFields(req.body);
    const from = normalizePhone(body.From);
    if (!from.success) throw new HttpError(400, 'invalid_phone', `From: ${from.error}`);
    const to = body.To ? normalizePhone(body.To) : null;
    const outcome = await receiveInbound(
      deps,
      {
        provider: 'twilio',
        providerSid: body.MessageSid,
        fromPhone: from.data,
        toPhone: to?.success ? to.data : (body.To ?? null),
        body: body.Body,
        numMedia: body.NumMedia,
        params: req.body as Record<string, string>,
      },
      'twiml',
      converse,
    );
    // Written as is: no ETag to hash (a webhook's answer is never revalidated) and no MIME lookup per text.
    answerDirect(res, 200, TWIML_CONTENT_TYPE, messagingTwiml(outcome.reply));
  });
}

export function twilioRoutes(deps: AppDeps, inbound: readonly RequestHandler[] = inboundWebhookHandlers(deps)): Router {
  const router = Router();
  router.post(INBOUND_PATH, ...inbound);

  router.post('/sms/status', formBody({ limitBytes: FORM_LIMIT_BYTES }), verifyTwilioSignature(deps), async (req, res) => {
    const body = parseOr400(statusSchema, req.body, 'status callback');
    const status = toOutboundStatus(body.MessageStatus);
    if (status) {
      const outcome = await applyStatusCallback(deps.db, body.MessageSid, status, {
        code: body.ErrorCode === undefined ? null : toPgText(body.ErrorCode),
        message: body.ErrorMessage === undefined ? null : toPgText(body.ErrorMessage),
      });
      deps.log.info({ sid: body.MessageSid, status, outcome }, 'status callback');
    }
    res.status(204).end();
  });

  return router;
}
