import { describe, expect, it } from 'vitest';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { z } from 'zod';
import { runStructured } from '../../src/agents/run-structured.js';
import { messageText, ScriptedChatModel } from './fake-models.js';

const Schema = z.object({ answer: z.enum(['yes', 'no']), count: z.number().int() });
const messages = [new SystemMessage('Answer yes or no.'), new HumanMessage('Is it?')];

describe('run-structured.runStructured', () => {
  it('when the model answers to the schema, the value and its token usage come back after one attempt', async () => {
    const model = new ScriptedChatModel([{ answer: { answer: 'yes', count: 3 }, usage: { input: 120, output: 15 } }]);
    const r = await runStructured(model, Schema, messages, { timeoutMs: 1000 });
    expect(r).toEqual({ ok: true, value: { answer: 'yes', count: 3 }, usage: { input: 120, output: 15, total: 135 }, attempts: 1 });
  });

  it('when the first answer is garbage, it retries once telling the model why, and sums usage over both', async () => {
    const model = new ScriptedChatModel([
      { raw: 'Sure! The answer is yes.', usage: { input: 100, output: 10 } },
      { answer: { answer: 'no', count: 0 }, usage: { input: 130, output: 12 } },
    ]);
    const r = await runStructured(model, Schema, messages, { timeoutMs: 1000 });
    expect(r).toMatchObject({ ok: true, value: { answer: 'no', count: 0 }, attempts: 2, usage: { input: 230, output: 22, total: 252 } });
    const retryPrompt = model.calls[1]!.map(messageText).join('\n');
    expect(retryPrompt).toContain('rejected (invalid)');
  });

  it('when both answers break the schema (wrong enum, missing field), it fails as invalid after 2 attempts', async () => {
    const model = new ScriptedChatModel([{ answer: { answer: 'maybe', count: 1 } }, { answer: { answer: 'yes' } }]);
    const r = await runStructured(model, Schema, messages, { timeoutMs: 1000 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('invalid');
    expect(r.detail).toContain('count');
    expect(r.attempts).toBe(2);
  });

  it('when retries is 0, a bad answer is not retried', async () => {
    const model = new ScriptedChatModel([{ raw: 'nope' }, { answer: { answer: 'yes', count: 1 } }]);
    const r = await runStructured(model, Schema, messages, { timeoutMs: 1000, retries: 0 });
    expect(r).toMatchObject({ ok: false, reason: 'invalid', attempts: 1 });
    expect(model.callCount).toBe(1);
  });

  it('when the check rejects the value, it fails as check_failed with the check message', async () => {
    const model = new ScriptedChatModel([{ answer: { answer: 'yes', count: 99 } }]);
    const r = await runStructured(model, Schema, messages, {
      timeoutMs: 1000,
      check: (v) => (v.count > 10 ? `count ${v.count} is over 10` : null),
    });
    expect(r).toMatchObject({ ok: false, reason: 'check_failed', detail: 'count 99 is over 10', attempts: 2 });
  });

  it('when the model hangs, it gives up at the deadline (plus a small margin) and does not retry', async () => {
    const model = new ScriptedChatModel([{ hangMs: 5_000 }]);
    const started = Date.now();
    const r = await runStructured(model, Schema, messages, { timeoutMs: 200 });
    const elapsed = Date.now() - started;
    expect(r).toMatchObject({ ok: false, reason: 'timeout', attempts: 1 });
    expect(elapsed).toBeGreaterThanOrEqual(190);
    // The hang lasts 5 s: anything well under it proves the deadline held (a loaded CI machine runs timers late).
    expect(elapsed).toBeLessThan(2_000);
  });

  it('when the first answer is bad and the second hangs, the whole call still ends at the deadline', async () => {
    const model = new ScriptedChatModel([{ raw: 'garbage' }, { hangMs: 5_000 }]);
    const started = Date.now();
    const r = await runStructured(model, Schema, messages, { timeoutMs: 250 });
    expect(r).toMatchObject({ ok: false, reason: 'timeout', attempts: 2 });
    expect(Date.now() - started).toBeLessThan(450);
  });

  it('when the provider throws, it retries once and then fails as error with the message', async () => {
    const model = new ScriptedChatModel([{ throws: '500 upstream' }]);
    const r = await runStructured(model, Schema, messages, { timeoutMs: 1000 });
    expect(r).toMatchObject({ ok: false, reason: 'error', detail: '500 upstream', attempts: 2 });
  });

  it('when the model is LangChain FakeListChatModel (no includeRaw, no validation), our own zod parse still applies', async () => {
    const good = new FakeListChatModel({ responses: ['{"answer":"yes","count":2}'] });
    expect(await runStructured(good, Schema, messages, { timeoutMs: 1000 })).toEqual({
      ok: true,
      value: { answer: 'yes', count: 2 },
      usage: null,
      attempts: 1,
    });
    const bad = new FakeListChatModel({ responses: ['{"answer":"perhaps","count":2}', 'not json at all'] });
    expect(await runStructured(bad, Schema, messages, { timeoutMs: 1000 })).toMatchObject({ ok: false, reason: 'invalid', attempts: 2 });
  });

  it('when FakeListChatModel sleeps past the timeout, it times out', async () => {
    const slow = new FakeListChatModel({ responses: ['{"answer":"yes","count":2}'], sleep: 2_000 });
    const started = Date.now();
    const r = await runStructured(slow, Schema, messages, { timeoutMs: 150 });
    expect(r).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(350);
  });
});
