import express, { Router } from 'express';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { normalizePhone } from '../channels/phone.js';
import { receiveInbound } from '../services/inbound.service.js';
import { converse } from '../conversation/converse.js';
import { listOutboundForPhone } from '../db/repositories/outbound-messages.repository.js';
import { HttpError } from './http-error.js';
import { parseOr400 } from './validate.js';
import { chatPage } from './pages/chat.page.js';

const phoneField = z.string().trim().min(1, 'is required');

const sendSchema = z.object({
  phone: phoneField,
  text: z.string().max(1600, 'is longer than an SMS can be (1600 characters)'),
  /** Client-generated id: a retried POST (flaky wifi) is answered once, like a Twilio retry. */
  id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'must be 8-64 letters, digits or dashes').optional(),
});

const pollSchema = z.object({
  phone: phoneField,
  after: z.iso.datetime({ offset: true, error: 'must be an ISO timestamp' }).optional(),
});

function e164(raw: string): string {
  const phone = normalizePhone(raw);
  if (!phone.success) throw new HttpError(400, 'invalid_phone', `phone: ${phone.error}`);
  return phone.data;
}

/**
 * The local channel: a phone-like page and a JSON API over the same conversation code as SMS. Open to
 * anyone who can reach the port, so it only runs when Twilio is not the channel (see web/app.ts).
 */
export function chatRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/chat', (_req, res) => {
    res.type('html').send(chatPage());
  });
  router.post('/api/chat/messages', express.json({ limit: '16kb' }), async (req, res) => {
    const body = parseOr400(sendSchema, req.body, 'chat message');
    const phone = e164(body.phone);
    const outcome = await receiveInbound(
      deps,
      {
        provider: 'local',
        providerSid: `local-${body.id ?? randomUUID()}`,
        fromPhone: phone,
        toPhone: null,
        body: body.text,
        numMedia: 0,
        params: {},
      },
      'local',
      converse,
    );
    res.json({ reply: outcome.reply, duplicate: outcome.duplicate });
  });
  router.get('/api/chat/messages', async (req, res) => {
    const query = parseOr400(pollSchema, req.query, 'query');
    const rows = await listOutboundForPhone(deps.db, e164(query.phone), {
      afterCreatedAt: query.after ? new Date(query.after) : undefined,
      limit: 200,
    });
    res.json({
      messages: rows.map((r) => ({ id: r.id, body: r.body, kind: r.kind, status: r.status, createdAt: r.created_at.toISOString() })),
    });
  });
  return router;
}
