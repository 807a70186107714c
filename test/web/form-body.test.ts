import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import supertest from 'supertest';
import { gzipSync } from 'node:zlib';
import { formBody } from '../../src/web/form-body.js';

/**
 * The webhooks' form reader must give `req.body` exactly as `express.urlencoded({ extended: false })` did for
 * the same request (the Twilio signature is checked over it), and answer every other request as body-parser does.
 */
const LIMIT = 64 * 1024;

function echoApp(parser: RequestHandler) {
  const app = express();
  app.post('/f', parser, (req, res) => {
    // Own keys and values only, with their order: JSON.stringify would drop a "__proto__" key.
    const body = req.body as Record<string, unknown> | undefined;
    res.json({ body: body === undefined ? null : Object.entries(body), proto: body === undefined ? null : Object.getPrototypeOf(body) === Object.prototype });
  });
  const onError: ErrorRequestHandler = (err: { status?: number; type?: string }, _req, res, _next) => {
    res.status(err.status ?? 500).json({ type: err.type ?? null });
  };
  app.use(onError);
  return app;
}

const reference = echoApp(express.urlencoded({ extended: false, limit: LIMIT }));
const ours = echoApp(formBody({ limitBytes: LIMIT }));

async function both(body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' }) {
  const send = (app: express.Express) => {
    let req = supertest(app).post('/f');
    for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
    return req.send(body);
  };
  const [a, b] = await Promise.all([send(reference), send(ours)]);
  return { reference: { status: a.status, body: a.body as unknown }, ours: { status: b.status, body: b.body as unknown } };
}

// Form pieces as Twilio and anyone else might write them: plain names, repeated names, bracketed names,
// prototype names, empty names and values, '+' for spaces, escapes good and broken, any Unicode.
const keyArb = fc.oneof(
  fc.constantFrom('MessageSid', 'From', 'To', 'Body', 'NumMedia', 'MediaUrl0', 'a', 'a[]', 'a[b]', '[x]', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'a.b', '0', '[0]'),
  fc.string({ maxLength: 6 }),
);
const valueArb = fc.oneof(
  fc.constantFrom('', 'hi', "what's today", 'a+b', '%', '%zz', '%E2%82%AC', '%C3', '100%25', '%00', 'x=y', '&amp;'),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const encodeArb = fc.constantFrom('raw', 'uri', 'form');
const pairArb = fc.tuple(keyArb, valueArb, encodeArb, fc.boolean()).map(([k, v, how, withEquals]) => {
  const enc = (s: string) => (how === 'raw' ? s.replace(/[&=]/g, '') : how === 'uri' ? encodeURIComponent(s) : new URLSearchParams({ s }).toString().slice(2));
  return withEquals ? `${enc(k)}=${enc(v)}` : enc(k);
});
const formArb = fc.tuple(fc.array(pairArb, { maxLength: 8 }), fc.constantFrom('', '&', '&&'), fc.boolean()).map(([pairs, extra, bom]) => (bom ? '\uFEFF' : '') + pairs.join('&') + extra);

describe('web.form-body', () => {
  it('when a form arrives the plain way (urlencoded, UTF-8, a length), req.body is what body-parser gives for the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(formArb, fc.constantFrom('application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=UTF-8', 'Application/X-WWW-Form-Urlencoded;charset=utf-8'), async (body, type) => {
        const r = await both(body, { 'content-type': type });
        expect(r.ours).toEqual(r.reference);
      }),
      { numRuns: 150, seed: 14 },
    );
  });

  it('when a signed Twilio form arrives, req.body is its fields as sent', async () => {
    const params = { MessageSid: 'SM' + 'a'.repeat(32), From: '+14155550123', To: '+14155550100', Body: "what's today? 💪 & <b>", NumMedia: '0' };
    const r = await both(new URLSearchParams(params).toString());
    expect(r.ours).toEqual(r.reference);
    expect(r.ours.body).toEqual({ body: Object.entries(params), proto: true });
  });

  it('when the request is not the plain case (too large, too many fields, compressed, another charset or type, no body), answers as body-parser does', async () => {
    const form = 'From=%2B14155550123&Body=hi';
    const cases: Array<[string | Buffer, Record<string, string>]> = [
      ['Body=' + 'x'.repeat(LIMIT), { 'content-type': 'application/x-www-form-urlencoded' }],
      [Array.from({ length: 1001 }, (_, i) => `k${i}=v`).join('&'), { 'content-type': 'application/x-www-form-urlencoded' }],
      [gzipSync(form), { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'gzip' }],
      [form, { 'content-type': 'application/x-www-form-urlencoded; charset=iso-8859-1' }],
      [form, { 'content-type': 'application/x-www-form-urlencoded; charset=koi8-r' }],
      [form, { 'content-type': 'application/json' }],
      [form, { 'content-type': 'text/plain' }],
      ['', { 'content-type': 'application/x-www-form-urlencoded' }],
      [Buffer.from('Body=caf\xe9', 'latin1'), { 'content-type': 'application/x-www-form-urlencoded' }],
    ];
    for (const [body, headers] of cases) {
      const r = await both(body, headers);
      expect(r.ours, JSON.stringify(headers)).toEqual(r.reference);
    }
    const large = await both('Body=' + 'x'.repeat(LIMIT));
    expect(large.ours.status).toBe(413);
    const many = await both(Array.from({ length: 1001 }, (_, i) => `k${i}=v`).join('&'));
    expect(many.ours).toEqual({ status: 413, body: { type: 'parameters.too.many' } });
  });

  it('when a request sends no body at all, req.body stays unset as with body-parser', async () => {
    const [a, b] = await Promise.all([supertest(reference).post('/f'), supertest(ours).post('/f')]);
    expect(b.body).toEqual(a.body);
  });
});
