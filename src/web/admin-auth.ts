/**
 * The coach's session: ADMIN_TOKEN typed once into a login form becomes an HttpOnly, SameSite=Strict cookie
 * holding a signed expiry (no server-side session table: the signing key is derived from ADMIN_TOKEN, so
 * changing the token signs everyone out). Forms carry a CSRF token derived from the session; a POST whose
 * Origin names another site is refused as well.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';

export const SESSION_COOKIE = 'cadence_admin';
const SESSION_HOURS = 12;

function key(adminToken: string): Buffer {
  return createHash('sha256').update(`cadence-admin-session\0${adminToken}`).digest();
}

function mac(adminToken: string, text: string): string {
  return createHmac('sha256', key(adminToken)).update(text).digest('base64url');
}

function sameText(a: string, b: string): boolean {
  // Hash both sides so lengths match and the comparison time says nothing about the secret.
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** Whether a typed token is the configured one, in constant time. */
export function tokenMatches(config: Pick<Config, 'adminToken'>, typed: string): boolean {
  return config.adminToken !== null && sameText(config.adminToken, typed);
}

export interface AdminSession {
  nonce: string;
  expiresAt: number;
  csrf: string;
}

export function createSessionValue(adminToken: string, now: Date): string {
  const expiresAt = now.getTime() + SESSION_HOURS * 3600_000;
  const nonce = randomBytes(16).toString('base64url');
  const body = `${expiresAt}.${nonce}`;
  return `${body}.${mac(adminToken, body)}`;
}

export function readSession(config: Pick<Config, 'adminToken'>, req: Request, now: Date): AdminSession | null {
  if (!config.adminToken) return null;
  const value = cookieValue(req, SESSION_COOKIE);
  if (!value) return null;
  const [exp, nonce, sig, ...rest] = value.split('.');
  if (!exp || !nonce || !sig || rest.length) return null;
  if (!sameText(sig, mac(config.adminToken, `${exp}.${nonce}`))) return null;
  const expiresAt = Number(exp);
  if (!Number.isFinite(expiresAt) || expiresAt <= now.getTime()) return null;
  return { nonce, expiresAt, csrf: mac(config.adminToken, `csrf.${nonce}`) };
}

export function csrfMatches(session: AdminSession, submitted: unknown): boolean {
  return typeof submitted === 'string' && sameText(session.csrf, submitted);
}

function cookieValue(req: Request, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

function secureCookie(config: Pick<Config, 'publicBaseUrl'>, req: Request): boolean {
  return req.secure || (config.publicBaseUrl?.startsWith('https://') ?? false);
}

export function setSessionCookie(config: Pick<Config, 'publicBaseUrl'>, req: Request, res: Response, value: string): void {
  res.cookie(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookie(config, req),
    path: '/admin',
    maxAge: SESSION_HOURS * 3600_000,
  });
}

export function clearSessionCookie(config: Pick<Config, 'publicBaseUrl'>, req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: secureCookie(config, req), path: '/admin' });
}

/**
 * A POST from a page of another site names that site in Origin. Browsers send `Origin: null` under a
 * no-referrer policy (ours, and helmet's default), so "null" and a missing header fall through to the
 * CSRF token, which every form carries.
 */
export function foreignOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

/**
 * Failed logins per address: a 12+ character token cannot be guessed online, but there is no reason to let
 * anyone try thousands. In memory, per process: a restart forgets, which is fine at this scale.
 */
export class LoginThrottle {
  private failures = new Map<string, { count: number; since: number }>();
  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 15 * 60_000,
  ) {}

  blocked(ip: string, now: number): boolean {
    const f = this.failures.get(ip);
    if (!f) return false;
    if (now - f.since > this.windowMs) {
      this.failures.delete(ip);
      return false;
    }
    return f.count >= this.maxFailures;
  }

  fail(ip: string, now: number): void {
    const f = this.failures.get(ip);
    if (!f || now - f.since > this.windowMs) this.failures.set(ip, { count: 1, since: now });
    else f.count += 1;
    if (this.failures.size > 10_000) this.failures.clear();
  }

  succeed(ip: string): void {
    this.failures.delete(ip);
  }
}
