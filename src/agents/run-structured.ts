/**
 * One structured model call done defensively: structured output, our own zod parse (fakes and some
 * providers do not validate), a domain check, one retry that tells the model what was wrong, and a hard
 * deadline so a hung model can never hold a Twilio webhook past its 15 s.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, HumanMessage, type BaseMessage } from '@langchain/core/messages';
import { ChatOpenAI } from '@langchain/openai';
import { z } from 'zod';

export interface TokenUsage {
  input: number;
  output: number;
  total: number;
}

export type StructuredFailure = 'timeout' | 'invalid' | 'check_failed' | 'error';

export type StructuredResult<T> =
  | { ok: true; value: T; usage: TokenUsage | null; attempts: number }
  | { ok: false; reason: StructuredFailure; detail: string; attempts: number; usage: TokenUsage | null };

export interface RunStructuredOptions<T> {
  /** Deadline for the whole call, retry included. */
  timeoutMs: number;
  /** Domain check after the zod parse: null when fine, else what is wrong (sent back to the model on retry). */
  check?: (value: T) => string | null;
  /** 0 or 1 extra attempt after an invalid, failed-check or erroring answer. A timeout is never retried. */
  retries?: 0 | 1;
  /** Name of the structured output (the tool / json_schema name OpenAI sees). */
  name?: string;
}

class DeadlineError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'DeadlineError';
  }
}

type AttemptOutcome<T> =
  | { ok: true; value: T; usage: TokenUsage | null }
  | { ok: false; reason: StructuredFailure; detail: string; usage: TokenUsage | null };

interface LooseRunnable {
  invoke(input: BaseMessage[], config?: { signal?: AbortSignal; timeout?: number }): Promise<unknown>;
}

function usageOf(raw: unknown): TokenUsage | null {
  if (!AIMessage.isInstance(raw)) return null;
  const u = raw.usage_metadata;
  if (!u) return null;
  return { input: u.input_tokens ?? 0, output: u.output_tokens ?? 0, total: u.total_tokens ?? 0 };
}

function addUsage(a: TokenUsage | null, b: TokenUsage | null): TokenUsage | null {
  if (!a) return b;
  if (!b) return a;
  return { input: a.input + b.input, output: a.output + b.output, total: a.total + b.total };
}

/** When the provider's own parser failed (parsed: null), read the answer from the raw message ourselves. */
function candidateFromRaw(raw: unknown): unknown {
  if (!AIMessage.isInstance(raw)) return undefined;
  const args = raw.tool_calls?.[0]?.args;
  if (args !== undefined) return args;
  if (typeof raw.content === 'string') return JSON.parse(raw.content);
  const text = raw.content
    .map((part) => (typeof part === 'object' && part !== null && 'text' in part && typeof part.text === 'string' ? part.text : ''))
    .join('');
  return JSON.parse(text);
}

function isIncludeRawShape(v: unknown): v is { raw: unknown; parsed: unknown } {
  return typeof v === 'object' && v !== null && 'raw' in v && 'parsed' in v && AIMessage.isInstance((v as { raw: unknown }).raw);
}

function describeZodError(err: z.ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

function buildRunnable(model: BaseChatModel, schema: z.ZodType, name: string): LooseRunnable {
  if (typeof model.withStructuredOutput === 'function') {
    // The generic overloads of withStructuredOutput do not line up with zod 4's ZodType<T>; the result is
    // re-validated below, so a loose type here loses nothing.
    // For OpenAI: strict function calling rather than json_schema, because with json_schema the SDK parses
    // the content itself and throws on a bad answer, losing the raw message and with it the token usage.
    const config = model instanceof ChatOpenAI ? { includeRaw: true, name, method: 'functionCalling', strict: true } : { includeRaw: true, name };
    const structured = (model.withStructuredOutput as (s: unknown, c: unknown) => unknown).call(model, schema, config);
    return structured as LooseRunnable;
  }
  return { invoke: (input, config) => (model as unknown as LooseRunnable).invoke(input, config) };
}

async function withDeadline<R>(work: (signal: AbortSignal) => Promise<R>, ms: number): Promise<R> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new DeadlineError(ms));
      reject(new DeadlineError(ms));
    }, Math.max(0, ms));
  });
  const running = work(controller.signal);
  // The losing promise may still settle later; it must not surface as an unhandled rejection.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function attempt<T>(
  runnable: LooseRunnable,
  schema: z.ZodType<T>,
  messages: BaseMessage[],
  check: ((value: T) => string | null) | undefined,
  ms: number,
): Promise<AttemptOutcome<T>> {
  let result: unknown;
  try {
    result = await withDeadline((signal) => runnable.invoke(messages, { signal }), ms);
  } catch (err) {
    if (err instanceof DeadlineError || (err instanceof Error && err.name === 'AbortError')) {
      return { ok: false, reason: 'timeout', detail: `no answer within ${ms} ms`, usage: null };
    }
    // Fakes JSON.parse inside the runnable; a ZodError can come from a provider parser: both are bad answers.
    if (err instanceof SyntaxError) return { ok: false, reason: 'invalid', detail: `not JSON: ${err.message}`, usage: null };
    if (err instanceof z.ZodError) return { ok: false, reason: 'invalid', detail: describeZodError(err), usage: null };
    const message = err instanceof Error ? err.message : String(err);
    const looksLikeParse = err instanceof Error && /OutputParser|parse/i.test(`${err.name} ${message}`);
    return { ok: false, reason: looksLikeParse ? 'invalid' : 'error', detail: message.slice(0, 300), usage: null };
  }

  let candidate: unknown = result;
  let usage: TokenUsage | null = null;
  if (isIncludeRawShape(result)) {
    usage = usageOf(result.raw);
    candidate = result.parsed;
    if (candidate === null || candidate === undefined) {
      try {
        candidate = candidateFromRaw(result.raw);
      } catch (err) {
        return { ok: false, reason: 'invalid', detail: `not JSON: ${err instanceof Error ? err.message : String(err)}`, usage };
      }
    }
  } else if (AIMessage.isInstance(result)) {
    usage = usageOf(result);
    try {
      candidate = candidateFromRaw(result);
    } catch (err) {
      return { ok: false, reason: 'invalid', detail: `not JSON: ${err instanceof Error ? err.message : String(err)}`, usage };
    }
  }

  const parsed = schema.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: describeZodError(parsed.error), usage };
  const problem = check ? check(parsed.data) : null;
  if (problem !== null) return { ok: false, reason: 'check_failed', detail: problem, usage };
  return { ok: true, value: parsed.data, usage };
}

/**
 * Calls `model` for a value of `schema`. Never throws: a timeout, an unparseable or schema-violating
 * answer, a failed `check` or a provider error comes back as `{ ok: false, reason }` for the caller to
 * fall back on its deterministic result. Usage is summed over attempts when the provider reports it.
 */
export async function runStructured<T>(
  model: BaseChatModel,
  schema: z.ZodType<T>,
  messages: BaseMessage[],
  opts: RunStructuredOptions<T>,
): Promise<StructuredResult<T>> {
  const started = Date.now();
  const maxAttempts = 1 + (opts.retries ?? 1);
  let runnable: LooseRunnable;
  try {
    runnable = buildRunnable(model, schema, opts.name ?? 'answer');
  } catch (err) {
    return { ok: false, reason: 'error', detail: err instanceof Error ? err.message : String(err), attempts: 0, usage: null };
  }
  let usage: TokenUsage | null = null;
  let conversation = messages;
  let last: AttemptOutcome<T> = { ok: false, reason: 'error', detail: 'not attempted', usage: null };
  let attempts = 0;
  while (attempts < maxAttempts) {
    const remaining = opts.timeoutMs - (Date.now() - started);
    if (remaining <= 0) {
      if (attempts === 0) last = { ok: false, reason: 'timeout', detail: 'no time left', usage: null };
      break;
    }
    attempts += 1;
    last = await attempt(runnable, schema, conversation, opts.check, remaining);
    usage = addUsage(usage, last.usage);
    if (last.ok) return { ok: true, value: last.value, usage, attempts };
    if (last.reason === 'timeout') break;
    conversation = [
      ...messages,
      new HumanMessage(
        `Your previous answer was rejected (${last.reason}): ${last.detail}\n` +
          'Answer again, following the schema and the rules above exactly.',
      ),
    ];
  }
  const failed = last as Extract<AttemptOutcome<T>, { ok: false }>;
  return { ok: false, reason: failed.reason, detail: failed.detail, attempts, usage };
}
