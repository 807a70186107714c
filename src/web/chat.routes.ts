import express, { Router } from 'express';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { normalizePhone } from '../channels/phone.js';
import { receiveInbound } from '../services/inbound.service.js';
import { converse } from '../conversation/converse.js';
import { listOutboundForPhone } from '../db/repositories/outbound-messages.repository.js';
import { findClientByPhone } from '../db/repositories/clients.repository.js';
import { listConversation } from '../db/repositories/conversation-history.repository.js';
import { HttpError } from './http-error.js';
import { parseOr400 } from './validate.js';
import { chatPage } from './pages/chat.page.js';

const phoneField = z.string().trim().min(1, 'is required');

const sendSchema = z.object({
  phone: phoneField,
  text: z.string().max(1600, 'is longer than an SMS can be (1600 characters)'),
  /** Client-generated id: a retried POST (flaky wifi) from the same phone is answered once, like a Twilio retry. */
  id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'must be 8-64 letters, digits or dashes').optional(),
});

const pollSchema = z.object({
  phone: phoneField,
  after: z.iso.datetime({ offset: true, error: 'must be an ISO timestamp' }).optional(),
});

/** A chat text's provider id: the page's retry key, scoped to the phone so two phones never collide. */
function chatProviderSid(phone: string, id: string): string {
  return `local-${phone}-${id}`;
}

/** The page's own id back from a stored provider id ('local-<id>' as the page knows it), if it was the page's. */
function chatIdOf(phone: string, providerSid: string | null): string | null {
  const prefix = chatProviderSid(phone, '');
  return providerSid?.startsWith(prefix) ? `local-${providerSid.slice(prefix.length)}` : null;
}

function e164(raw: string): string {
  const phone = normalizePhone(raw);
  if (!phone.success) throw new HttpError(400, 'invalid_phone', `phone: ${phone.error}`);
  return phone.data;
}

/**
 * The local channel: a phone-like page and a JSON API over the same conversation code as SMS. Open to
 * anyone who can reach the port, so it is mounted only in local mode (see web/app.ts).
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
        // The id is the chat client's retry key, unique per phone: two phones that pick the same id are
        // two messages, not one message delivered twice.
        providerSid: chatProviderSid(phone, body.id ?? randomUUID()),
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
  // Both sides, in order, so the chat page can show the whole conversation after a reload.
  router.get('/api/chat/conversation', async (req, res) => {
    const query = parseOr400(pollSchema, req.query, 'query');
    const phone = e164(query.phone);
    const client = await findClientByPhone(deps.db, phone);
    const entries = client
      ? await listConversation(deps.db, client.id, { ...(query.after ? { after: new Date(query.after) } : {}), limit: 500 })
      : [];
    res.json({
      messages: entries
        // Held back from an opted-out number: the client's phone never showed it.
        .filter((m) => m.status !== 'suppressed')
        .map((m) => ({
          // The chat page's own id for a text it sent, so a reload or poll does not show that text twice.
          id: m.direction === 'in' ? chatIdOf(phone, m.providerSid) ?? m.id : m.id,
          from: m.direction === 'in' ? 'client' : 'coach',
          body: m.body,
          kind: m.kind,
          at: m.at.toISOString(),
        })),
    });
  });
  return router;
}
