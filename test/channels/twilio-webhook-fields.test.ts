import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inboundFields } from '../../src/channels/twilio-webhook.js';
import { HttpError } from '../../src/web/http-error.js';

/** The schema the webhook validated every form with before the direct check (its fields, messages and defaults). */
const zodSchema = z.looseObject({
  MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'must be a Twilio message id (SM… or MM…)'),
  AccountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must be a Twilio id (AC…)').optional(),
  From: z.string().min(1, 'is required'),
  To: z.string().optional(),
  Body: z.string().default(''),
  NumMedia: z.coerce.number().int().min(0).default(0),
  OptOutType: z.string().optional(),
});

/** The fields the webhook uses. */
const used = ({ MessageSid, From, To, Body, NumMedia }: { MessageSid: string; From: string; To?: string | undefined; Body: string; NumMedia: number }) => ({ MessageSid, From, To, Body, NumMedia });

/** The 400's message as parseOr400 wrote it from the schema's issues. */
function viaZod(form: unknown): unknown {
  const parsed = zodSchema.safeParse(form ?? {});
  if (!parsed.success) return { status: 400, message: `Invalid Twilio webhook: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'Twilio webhook'}: ${i.message}`).join('; ')}` };
  return used(parsed.data);
}

function viaWebhook(form: unknown): unknown {
  try {
    return used(inboundFields(form));
  } catch (err) {
    if (err instanceof HttpError) return { status: err.status, message: err.message };
    throw err;
  }
}

const SID = 'SM' + 'ab12'.repeat(8);
const plain = { MessageSid: SID, AccountSid: 'AC' + '0'.repeat(32), From: '+14155550101', To: '+14155550100', Body: "what's today", NumMedia: '0', NumSegments: '1' };

describe('the inbound form read directly (inboundFields) gives what the zod schema gives', () => {
  const cases: Array<[string, unknown]> = [
    ['the usual form', plain],
    ['a picture (NumMedia 2)', { ...plain, NumMedia: '2', MediaUrl0: 'https://x' }],
    ['no AccountSid, To, Body or NumMedia', { MessageSid: SID, From: '+14155550101' }],
    ['an MMS id', { ...plain, MessageSid: 'MM' + 'f'.repeat(32) }],
    ['an opt-out', { ...plain, OptOutType: 'STOP' }],
    ['an empty body', { ...plain, Body: '' }],
    ['NumMedia with a leading zero', { ...plain, NumMedia: '03' }],
    ['NumMedia empty', { ...plain, NumMedia: '' }],
    ['NumMedia negative', { ...plain, NumMedia: '-1' }],
    ['NumMedia a fraction', { ...plain, NumMedia: '1.5' }],
    ['NumMedia a word', { ...plain, NumMedia: 'two' }],
    ['NumMedia spaced', { ...plain, NumMedia: ' 1 ' }],
    ['a bad MessageSid', { ...plain, MessageSid: 'not-a-sid' }],
    ['a MessageSid with a newline after it', { ...plain, MessageSid: SID + '\n' }],
    ['a bad AccountSid', { ...plain, AccountSid: 'AC123' }],
    ['no From', { ...plain, From: undefined }],
    ['an empty From', { ...plain, From: '' }],
    ['no MessageSid or From', { Body: 'hi' }],
    ['a repeated Body (an array)', { ...plain, Body: ['a', 'b'] }],
    ['a repeated To', { ...plain, To: ['+1', '+2'] }],
    ['a repeated OptOutType', { ...plain, OptOutType: ['STOP', 'STOP'] }],
    ['a repeated NumMedia', { ...plain, NumMedia: ['1', '1'] }],
    ['no form at all', undefined],
    ['an empty form', {}],
  ];
  it.each(cases)('%s', (_what, form) => {
    expect(viaWebhook(form)).toEqual(viaZod(form));
  });
});
