/**
 * The language layer as the conversation uses it: model when configured and useful, the deterministic
 * result otherwise, and a trace of what happened (tokens, attempts, fallback reason) to store per message.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { DateTime } from 'luxon';
import type { Understanding } from '../conversation/understand/items.js';
import { understandText, type UnderstandContext } from './understand-text.js';
import { extractFacts, phraseMessage } from './phrase-message.js';
import type { StructuredFailure, TokenUsage } from './run-structured.js';

export interface AgentTrace {
  agent: 'understand-text' | 'phrase-message';
  /** 'model' when the model's answer was used, 'fallback' when the deterministic one was. */
  outcome: 'model' | 'fallback';
  /** Why the deterministic result was used: the model failed, or it was less sure than the parser. */
  reason: StructuredFailure | 'less_confident' | null;
  detail: string | null;
  attempts: number;
  usage: TokenUsage | null;
  ms: number;
}

/** Below this the deterministic reader is "unsure": the model is asked when configured, else the client. */
export const CLASSIFY_THRESHOLD = 0.7;

export interface LanguageOptions {
  timeoutMs: number;
}

/**
 * The rules' reading when no model is configured or the model fails; the model's when it answers validly
 * and is surer. `trace` is null when no model was called. The same object comes back when the model's
 * reading was not used, so the caller can tell.
 */
export async function understandWithModel(
  model: BaseChatModel | null,
  text: string,
  ctx: UnderstandContext,
  read: Understanding,
  opts: LanguageOptions,
): Promise<{ understanding: Understanding; trace: AgentTrace | null }> {
  if (!model) return { understanding: read, trace: null };
  const started = Date.now();
  const weekday = DateTime.fromISO(ctx.today).setLocale('en').weekdayLong ?? '';
  const r = await understandText(model, text, { ...ctx, weekday }, { timeoutMs: opts.timeoutMs });
  const ms = Date.now() - started;
  if (!r.ok) {
    return { understanding: read, trace: { agent: 'understand-text', outcome: 'fallback', reason: r.reason, detail: r.detail, attempts: r.attempts, usage: r.usage, ms } };
  }
  const useModel = r.confidence > read.confidence || read.items.every((i) => i.intent === 'unknown');
  return {
    understanding: useModel ? { items: r.items, confidence: r.confidence, alternatives: null } : read,
    trace: {
      agent: 'understand-text',
      outcome: useModel ? 'model' : 'fallback',
      reason: useModel ? null : 'less_confident',
      detail: useModel ? null : `model read ${r.items.map((i) => i.intent).join('+')} at ${r.confidence}`,
      attempts: r.attempts,
      usage: r.usage,
      ms,
    },
  };
}

/**
 * The draft in a coach's voice when a model is configured and its rewrite keeps every fact; the draft
 * itself otherwise. `trace` is null when no model was called.
 */
export async function phraseOrDraft(
  model: BaseChatModel | null,
  kind: 'daily' | 'reply',
  draft: string,
  opts: { timeoutMs: number; maxSegments?: number; clientText?: string },
): Promise<{ text: string; trace: AgentTrace | null }> {
  if (!model) return { text: draft, trace: null };
  const started = Date.now();
  const r = await phraseMessage(model, { kind, draft, mustKeep: extractFacts(draft) }, opts);
  const ms = Date.now() - started;
  if (!r.ok) {
    return {
      text: draft,
      trace: { agent: 'phrase-message', outcome: 'fallback', reason: r.reason, detail: r.detail, attempts: r.attempts, usage: r.usage, ms },
    };
  }
  return {
    text: r.text,
    trace: { agent: 'phrase-message', outcome: 'model', reason: null, detail: null, attempts: r.attempts, usage: r.usage, ms },
  };
}
