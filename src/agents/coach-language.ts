/**
 * The language layer as the conversation uses it: model when configured and useful, the deterministic
 * result otherwise, and a trace of what happened (tokens, attempts, fallback reason) to store per message.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { ParsedIntent } from '../conversation/intent.js';
import { classifyIntent, type ClassifyContext } from './classify-intent.js';
import { extractFacts, phraseMessage } from './phrase-message.js';
import type { StructuredFailure, TokenUsage } from './run-structured.js';

export interface AgentTrace {
  agent: 'classify-intent' | 'phrase-message';
  /** 'model' when the model's answer was used, 'fallback' when the deterministic one was. */
  outcome: 'model' | 'fallback';
  /** Why the deterministic result was used: the model failed, or it was less sure than the parser. */
  reason: StructuredFailure | 'less_confident' | null;
  detail: string | null;
  attempts: number;
  usage: TokenUsage | null;
  ms: number;
}

/** Below this the deterministic parser is "unsure" and the model is asked. */
export const CLASSIFY_THRESHOLD = 0.7;

export interface LanguageOptions {
  timeoutMs: number;
  threshold?: number;
}

/**
 * The parser's intent when it is sure or no model is configured; otherwise the model's, when it answers
 * validly and more confidently. `trace` is null when no model was called.
 */
export async function understandText(
  model: BaseChatModel | null,
  text: string,
  ctx: ClassifyContext,
  parsed: ParsedIntent,
  opts: LanguageOptions,
): Promise<{ intent: ParsedIntent; trace: AgentTrace | null }> {
  if (!model || parsed.confidence >= (opts.threshold ?? CLASSIFY_THRESHOLD)) return { intent: parsed, trace: null };
  const started = Date.now();
  const r = await classifyIntent(model, text, ctx, { timeoutMs: opts.timeoutMs });
  const ms = Date.now() - started;
  if (!r.ok) {
    return {
      intent: parsed,
      trace: { agent: 'classify-intent', outcome: 'fallback', reason: r.reason, detail: r.detail, attempts: r.attempts, usage: r.usage, ms },
    };
  }
  const useModel = r.intent.confidence > parsed.confidence || parsed.intent === 'unknown';
  return {
    intent: useModel ? r.intent : parsed,
    trace: {
      agent: 'classify-intent',
      outcome: useModel ? 'model' : 'fallback',
      reason: useModel ? null : 'less_confident',
      detail: useModel ? null : `model said ${r.intent.intent} at ${r.intent.confidence}`,
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
