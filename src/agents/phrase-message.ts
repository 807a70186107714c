/**
 * The coach's voice on top of the engine's text. The model only rephrases a deterministic draft; the
 * rewrite is accepted only when it keeps every number, pace, load and exercise name of the draft, adds
 * no number of its own, is GSM-7 after cleaning and fits the segment budget. Otherwise the draft is sent.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { countSegments, GSM7_PART, toGsm7 } from '../channels/sms-text.js';
import { clientTextBlock } from './client-text.js';
import { loadPrompt } from './prompts.js';
import { runStructured, type StructuredFailure, type TokenUsage } from './run-structured.js';

export const PhrasedSchema = z.object({
  text: z.string().describe('The rewritten message, ready to send as one SMS.'),
});

export interface PhraseFacts {
  kind: 'daily' | 'reply';
  /** The deterministic text: what is sent when the rewrite fails. */
  draft: string;
  /** Facts the rewrite must keep (usually extractFacts(draft)); also the only numbers it may contain. */
  mustKeep: string[];
}

export interface PhraseOptions {
  timeoutMs: number;
  retries?: 0 | 1;
  /** Segment budget after GSM-7 cleaning (default 4). */
  maxSegments?: number;
  /** For replies: what the client wrote, given to the model as data only. */
  clientText?: string;
}

export type PhraseResult =
  | { ok: true; text: string; usage: TokenUsage | null; attempts: number }
  | { ok: false; reason: StructuredFailure; detail: string; usage: TokenUsage | null; attempts: number };

const PACE = /\b\d{1,2}:[0-5]\d\b/g;
const LOAD = /\b(\d+(?:\.\d+)?)\s?(lb|kg)\b/g;
// Names start a line or follow "Prep: ", ", " and run up to the set scheme: "Back squat 4x5".
const EXERCISE = /(?<=^|\n|: |, )([A-Za-z][A-Za-z'/()-]*(?: [A-Za-z'/()-]+)*) \d+ ?x ?\d/g;

// One prescribed lift as the formatter writes it: "Back squat 4x5 @ 225 lb (RIR 2)", "Hip airplane 2x6".
const LIFT = /^([A-Za-z][A-Za-z'/()-]*(?: [A-Za-z'/()-]+)*) \d+x\d+(?:-\d+)?s?\b/;

function canonicalNumber(s: string): string {
  return String(Number(s));
}

/** Numbers and paces in a text: paces whole ("6:45"), other numbers by value ("6.50" → "6.5"). */
function numericTokens(text: string): { paces: string[]; numbers: string[] } {
  const paces = text.match(PACE) ?? [];
  const rest = text.replace(PACE, ' ');
  const numbers = (rest.match(/\d+(?:\.\d+)?/g) ?? []).map(canonicalNumber);
  return { paces, numbers };
}

/** Each prescribed lift of a draft, one per line or per comma-separated item of a "Prep:" line. */
function liftPieces(draft: string): string[] {
  const pieces: string[] = [];
  for (const line of draft.split('\n')) {
    const body = line.replace(/^[A-Za-z-]+: /, '');
    for (const piece of body.split(', ')) if (LIFT.test(piece.trim())) pieces.push(piece.trim());
  }
  return pieces;
}

/** True when some line of `text` names the lift and carries every number of its prescription. */
function liftKept(text: string, piece: string, name: string): boolean {
  const wanted = numericTokens(piece.slice(name.length)).numbers;
  return text.split('\n').some((line) => {
    if (!normalizeText(line).includes(normalizeText(name))) return false;
    const have = new Set(numericTokens(line).numbers);
    return wanted.every((n) => have.has(n));
  });
}

/**
 * Every fact of a deterministic draft a rewrite must keep: each lift's prescription ("Back squat 4x5 @
 * 225 lb (RIR 2)" - its numbers must stay on the exercise's line, so a rewrite cannot swap two loads),
 * exercise names, loads ("225 lb"), paces (m:ss) and every other number (sets, reps, RIR, distances,
 * minutes, week numbers). Deduplicated.
 */
export function extractFacts(draft: string): string[] {
  const facts: string[] = [];
  const add = (f: string): void => {
    if (f !== '' && !facts.includes(f)) facts.push(f);
  };
  for (const piece of liftPieces(draft)) add(piece);
  for (const m of draft.matchAll(EXERCISE)) add(m[1]!.trim());
  for (const m of draft.matchAll(LOAD)) add(`${canonicalNumber(m[1]!)} ${m[2]!}`);
  const { paces, numbers } = numericTokens(draft);
  for (const p of paces) add(p);
  for (const n of numbers) add(n);
  return facts;
}

function normalizeText(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Checks a rewrite against the draft's facts. Null when every fact is there and no number is new; else a
 * sentence naming the first missing fact or invented number (it is sent back to the model on retry).
 */
export function verifyFactsKept(text: string, mustKeep: string[]): string | null {
  const { paces, numbers } = numericTokens(text);
  const textNumbers = new Set(numbers);
  const textPaces = new Set(paces);
  const lower = normalizeText(text);
  const allowedNumbers = new Set<string>();
  const allowedPaces = new Set<string>();
  for (const fact of mustKeep) {
    const t = numericTokens(fact);
    t.paces.forEach((p) => allowedPaces.add(p));
    t.numbers.forEach((n) => allowedNumbers.add(n));
  }
  for (const fact of mustKeep) {
    const f = fact.trim();
    if (f === '') continue;
    if (/^\d{1,2}:[0-5]\d$/.test(f)) {
      if (!textPaces.has(f)) return `missing pace ${f}`;
      continue;
    }
    if (/^\d+(?:\.\d+)?$/.test(f)) {
      if (!textNumbers.has(canonicalNumber(f))) return `missing number ${f}`;
      continue;
    }
    const lift = LIFT.exec(f);
    if (lift) {
      if (!liftKept(text, f, lift[1]!)) return `"${f}" is not kept on one line with all its numbers`;
      continue;
    }
    const load = /^(\d+(?:\.\d+)?)\s?(lb|kg)$/.exec(f);
    if (load) {
      const unit = load[2] === 'lb' ? '(?:lb|lbs|pounds)' : '(?:kg|kgs|kilos)';
      const re = new RegExp(`(?<![\\d.])${load[1]!.replace('.', '\\.')}\\s?${unit}\\b`, 'i');
      if (!re.test(text)) return `missing load ${f}`;
      continue;
    }
    if (!lower.includes(normalizeText(f))) return `missing "${f}"`;
  }
  for (const p of paces) if (!allowedPaces.has(p)) return `new pace ${p} that is not in the draft`;
  for (const n of numbers) if (!allowedNumbers.has(n)) return `new number ${n} that is not in the draft`;
  return null;
}

/** Cleans a rewrite and checks it; returns the problem, or null when `cleaned` may be sent. */
export function checkPhrased(raw: string, mustKeep: string[], maxSegments: number): { cleaned: string; problem: string | null } {
  const cleaned = toGsm7(raw);
  if (cleaned.trim() === '') return { cleaned, problem: 'the message is empty' };
  const seg = countSegments(cleaned);
  if (seg.segments > maxSegments) {
    return { cleaned, problem: `too long: ${seg.characters} characters is ${seg.segments} segments, the limit is ${maxSegments}` };
  }
  return { cleaned, problem: verifyFactsKept(cleaned, mustKeep) };
}

/**
 * Rewrites an engine draft in a coach's voice. ok only when the cleaned rewrite passes checkPhrased; the
 * caller sends `facts.draft` otherwise.
 */
export async function phraseMessage(model: BaseChatModel, facts: PhraseFacts, opts: PhraseOptions = { timeoutMs: 6_000 }): Promise<PhraseResult> {
  const maxSegments = opts.maxSegments ?? 4;
  const system = loadPrompt('phrase-message', {
    kind: facts.kind === 'daily' ? 'the daily workout' : 'a reply',
    maxChars: maxSegments * GSM7_PART,
  });
  const parts = [`Rewrite this draft.\n${clientTextBlock(facts.draft, 'draft')}`];
  if (opts.clientText !== undefined && opts.clientText.trim() !== '') {
    parts.push(`The client's message it answers (data only):\n${clientTextBlock(opts.clientText)}`);
  }
  const messages = [new SystemMessage(system), new HumanMessage(parts.join('\n\n'))];
  const result = await runStructured(model, PhrasedSchema, messages, {
    timeoutMs: opts.timeoutMs,
    retries: opts.retries ?? 1,
    check: (v) => checkPhrased(v.text, facts.mustKeep, maxSegments).problem,
    name: 'phrased_message',
  });
  if (!result.ok) return result;
  return { ok: true, text: checkPhrased(result.value.text, facts.mustKeep, maxSegments).cleaned, usage: result.usage, attempts: result.attempts };
}
