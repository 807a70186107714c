/**
 * The one place a real language model is constructed. Everything else takes a BaseChatModel, so tests
 * inject fakes and the app can run without any model at all.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOpenAI } from '@langchain/openai';

export interface ChatModelConfig {
  apiKey: string;
  model: string;
  /** An OpenAI-compatible endpoint (a proxy, or a local stub in contract tests). */
  baseURL?: string;
  /** Per request; keep it well under Twilio's 15 s webhook limit. */
  timeoutMs: number;
}

/**
 * ChatOpenAI with temperature 0.3 and no client-side retries: runStructured retries once itself, and
 * the SDK's default of 6 retries would blow through the webhook deadline.
 */
export function createChatModel(cfg: ChatModelConfig): BaseChatModel {
  return new ChatOpenAI({
    model: cfg.model,
    apiKey: cfg.apiKey,
    temperature: 0.3,
    maxRetries: 0,
    timeout: cfg.timeoutMs,
    ...(cfg.baseURL ? { configuration: { baseURL: cfg.baseURL } } : {}),
  });
}

/** The app's model from its parsed config, or null when no key is set (the deterministic coach serves). */
export function chatModelFromConfig(openai: {
  apiKey: string | null;
  model: string;
  baseUrl: string | null;
  timeoutMs: number;
}): BaseChatModel | null {
  if (!openai.apiKey) return null;
  return createChatModel({
    apiKey: openai.apiKey,
    model: openai.model,
    timeoutMs: openai.timeoutMs,
    ...(openai.baseUrl ? { baseURL: openai.baseUrl } : {}),
  });
}
