import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../app-deps.js';
import type { Config } from '../config.js';
import type { MessageLine } from '../channels/sms-text.js';
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { findClientById } from '../db/repositories/clients.repository.js';
import { findLinkByToken, insertLiveLinkOnce, revokeLiveLink } from '../db/repositories/plan-links.repository.js';

/** 24 random bytes = 192 bits, 32 URL-safe characters: unguessable, and short enough for an SMS. */
const TOKEN_BYTES = 24;
export const PLAN_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** The client's live plan-link token, created on first need. */
export async function planLinkToken(db: Db, clientId: string): Promise<string> {
  return (await insertLiveLinkOnce(db, clientId, newToken())).token;
}

/** Revokes the client's link (the old page and feed answer 410 from now on) and issues a new one. */
export async function rotatePlanLink(db: Db, clientId: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await revokeLiveLink(trx, clientId);
    return (await insertLiveLinkOnce(trx, clientId, newToken())).token;
  });
}

export type PlanTokenLookup = { kind: 'ok'; client: ClientRow } | { kind: 'revoked' } | { kind: 'unknown' };

export async function clientForPlanToken(db: Db, token: string): Promise<PlanTokenLookup> {
  if (!PLAN_TOKEN_PATTERN.test(token)) return { kind: 'unknown' };
  const link = await findLinkByToken(db, token);
  if (!link) return { kind: 'unknown' };
  if (link.revoked_at) return { kind: 'revoked' };
  const client = await findClientById(db, link.client_id);
  return client ? { kind: 'ok', client } : { kind: 'unknown' };
}

/** Where links in texts point: PUBLIC_BASE_URL, or this machine's address when running locally. */
export function publicBaseUrl(config: Pick<Config, 'publicBaseUrl' | 'host' | 'port'>): string {
  if (config.publicBaseUrl) return config.publicBaseUrl;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return `http://${host}:${config.port}`;
}

export function planPagePath(token: string): string {
  return `/p/${token}`;
}

export function calendarFeedPath(token: string): string {
  return `/cal/${token}.ics`;
}

/**
 * The link a client gets when they text "plan": their plan page at its private address (created on first
 * need, the same link every time until the coach revokes it).
 */
export async function planPageUrl(deps: Pick<AppDeps, 'db' | 'config'>, clientId: string): Promise<string> {
  return publicBaseUrl(deps.config) + planPagePath(await planLinkToken(deps.db, clientId));
}

/**
 * The line the "plan" text reply carries: the plan page link. Kept over the summary's other lines when the
 * reply must be shortened (the page shows everything they would have said).
 */
export async function planLinkLine(deps: Pick<AppDeps, 'db' | 'config'>, clientId: string): Promise<MessageLine> {
  return { text: `See it charted: ${await planPageUrl(deps, clientId)}`, priority: 1 };
}
