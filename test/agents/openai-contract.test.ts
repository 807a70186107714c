/**
 * Contract test: a real ChatOpenAI (createChatModel with baseURL) against a local stub of
 * /v1/chat/completions answering in OpenAI's shape. Proves our zod schemas, structured output and usage
 * reading work with the real client, without the network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { understandText } from '../../src/agents/understand-text.js';
import { createChatModel } from '../../src/agents/model.js';
import { phraseMessage, extractFacts } from '../../src/agents/phrase-message.js';

type Reply = { content: string; delayMs?: number };

let server: Server;
let baseURL: string;
const queue: Reply[] = [];
const requests: Record<string, unknown>[] = [];

/** OpenAI's answer: a forced tool call when tools were sent (our structured output), else content. */
function completion(content: string, toolName: string | null) {
  const message = toolName
    ? { role: 'assistant', content: null, refusal: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: toolName, arguments: content } }] }
    : { role: 'assistant', content, refusal: null };
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_764_000_000,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [{ index: 0, message, finish_reason: toolName ? 'tool_calls' : 'stop', logprobs: null }],
    usage: { prompt_tokens: 812, completion_tokens: 64, total_tokens: 876 },
  };
}

beforeAll(async () => {
  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.post('/v1/chat/completions', async (req, res) => {
    requests.push(req.body as Record<string, unknown>);
    const next = queue.shift() ?? { content: '{}' };
    if (next.delayMs) await new Promise((r) => setTimeout(r, next.delayMs));
    const tools = (req.body as { tools?: { function: { name: string } }[] }).tools;
    if (!res.writableEnded && !req.destroyed) res.json(completion(next.content, tools?.[0]?.function.name ?? null));
  });
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const ctx = { today: '2025-11-24', timezone: 'America/Denver', weekday: 'Monday', units: 'imperial' as const };
const nullItem = {
  date: null, dateFrom: null, dateTo: null, time: null, timezone: null, weekdays: null, exercise: null, toExercise: null, toEquipment: null,
  sets: null, run: null, severity: null, bodyParts: null, redFlags: null, readinessKind: null, equipment: null, maxDumbbell: null, term: null,
  zone: null, nextLong: null, distance: null, workout: null, direction: null, note: null,
};
const nullSlots = {
  name: null, goal: null, trainingAge: null, trainingDays: null, daysPerWeek: null, sessionMinutes: null, equipment: null, missingEquipment: null,
  limitations: null, timezone: null, morningTime: null, raceDistance: null, raceDate: null, goalTime: null, recentRaceDistance: null,
  recentRaceTime: null, weeklyMileage: null, confirm: null,
};
const answer = (items: object[], confidence = 0.9) => JSON.stringify({ items: items.map((i) => ({ ...nullItem, ...i })), onboarding: nullSlots, confidence });

describe('model.createChatModel (contract with a local OpenAI stub)', () => {
  it('when the stub answers with several items, understandText parses every one and reads usage', async () => {
    requests.length = 0;
    queue.push({ content: answer([{ intent: 'change_time', time: '06:30' }, { intent: 'log_strength', date: '2025-11-24', exercise: 'bench', sets: [{ sets: 1, reps: 5, load: 185, unit: null, rpe: null, rir: null }] }]) });
    const model = createChatModel({ apiKey: 'sk-test', model: 'gpt-4o-mini', baseURL, timeoutMs: 2_000 });
    const r = await understandText(model, 'send it at 6:30 instead, bench 185 for 5', ctx, { timeoutMs: 3_000 });
    expect(r).toMatchObject({
      ok: true,
      items: [
        { intent: 'change_time', time: '06:30' },
        { intent: 'log_strength', date: '2025-11-24', lift: { exerciseId: 'bench_press', groups: [{ sets: 1, reps: 5, load: 185 }] } },
      ],
      usage: { input: 812, output: 64, total: 876 },
      attempts: 1,
    });
    // What OpenAI is sent: one forced strict tool whose schema requires every field (nullable, not optional).
    const body = requests[0] as {
      temperature: number;
      tool_choice: { function: { name: string } };
      tools: { function: { name: string; strict?: boolean; parameters: { required: string[]; properties: Record<string, unknown>; additionalProperties?: boolean } } }[];
    };
    expect(body.temperature).toBe(0.3);
    expect(body.tool_choice.function.name).toBe('understand_text');
    const tool = body.tools[0]!.function;
    expect(tool.strict).toBe(true);
    expect([...tool.parameters.required].sort()).toEqual(Object.keys(tool.parameters.properties).sort());
    expect(tool.parameters.additionalProperties).toBe(false);
  });

  it('when the stub first answers non-JSON, the real client path retries and uses the second answer', async () => {
    requests.length = 0;
    queue.push({ content: 'Sorry, I cannot help with that.' });
    queue.push({ content: JSON.stringify({ text: 'Back squat 4x5 @ 225 lb (RIR 2) - own it today.' }) });
    const draft = 'Back squat 4x5 @ 225 lb (RIR 2)';
    const model = createChatModel({ apiKey: 'sk-test', model: 'gpt-4o-mini', baseURL, timeoutMs: 2_000 });
    const r = await phraseMessage(model, { kind: 'daily', draft, mustKeep: extractFacts(draft) }, { timeoutMs: 3_000 });
    // Both attempts were billed: 2 x 876 tokens.
    expect(r).toMatchObject({ ok: true, text: 'Back squat 4x5 @ 225 lb (RIR 2) - own it today.', attempts: 2, usage: { total: 1752 } });
    expect(requests).toHaveLength(2);
  });

  it('when the stub is slower than the deadline, the call ends as a timeout at the deadline', async () => {
    queue.push({ content: answer([{ intent: 'today' }]), delayMs: 2_000 });
    const model = createChatModel({ apiKey: 'sk-test', model: 'gpt-4o-mini', baseURL, timeoutMs: 5_000 });
    const started = Date.now();
    const r = await understandText(model, "what's today", ctx, { timeoutMs: 300 });
    expect(r).toMatchObject({ ok: false, reason: 'timeout', attempts: 1 });
    expect(Date.now() - started).toBeLessThan(600);
  });
});
