import { describe, expect, it } from 'vitest';
import express, { type RequestHandler } from 'express';
import supertest from 'supertest';
import { helmetHeaders, replayed, securityHeaders } from '../../src/web/security.js';

function headersOf(middleware: RequestHandler) {
  const app = express();
  app.use(middleware);
  app.get('/', (_req, res) => {
    res.json({ ok: true });
  });
  return supertest(app)
    .get('/')
    .then((res) => {
      const { date: _date, etag: _etag, ...rest } = res.headers as Record<string, string>;
      return rest;
    });
}

describe('web.security', () => {
  it('when helmet is replayed, a response carries exactly the headers helmet sets (and no X-Powered-By)', async () => {
    const ours = await headersOf(securityHeaders());
    expect(ours).toEqual(await headersOf(helmetHeaders()));
    expect(ours['x-powered-by']).toBeUndefined();
    expect(ours['content-security-policy']).toContain("default-src 'none'");
    expect(Object.keys(ours).length).toBeGreaterThan(12);
  });

  it('when a middleware reads the request, or does anything but set headers and pass on, it is not replayed', () => {
    const readsRequest: RequestHandler = (req, res, next) => {
      res.setHeader('X-Path', req.path);
      next();
    };
    const fails: RequestHandler = (_req, _res, next) => next(new Error('no'));
    const waits: RequestHandler = (_req, res, next) => {
      res.setHeader('X-A', '1');
      setImmediate(next);
    };
    const writes: RequestHandler = (_req, res) => {
      res.end('hi');
    };
    for (const m of [readsRequest, fails, waits, writes]) expect(replayed(m)).toBeNull();
    const plain: RequestHandler = (_req, res, next) => {
      res.setHeader('X-A', '1');
      res.removeHeader('X-B');
      next();
    };
    expect(replayed(plain)).not.toBeNull();
  });
});
