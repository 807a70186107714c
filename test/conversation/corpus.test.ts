/**
 * The client-text corpus as a test: every text must be read as its entry says, item by item. A misread
 * found in a conversation becomes a new entry (test/conversation/corpus/client-texts.ts).
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/conversation/understand/read.js';
import { CORPUS } from './corpus/client-texts.js';
import { ONBOARDING_CORPUS, readOnboardingEntry } from './corpus/onboarding-texts.js';

const FRIDAY = '2026-11-27T15:00:00Z';

describe('corpus.clientTexts', () => {
  it('when counted, the corpus (onboarded clients plus onboarding answers) holds at least 200 texts', () => {
    expect(CORPUS.length + ONBOARDING_CORPUS.length).toBeGreaterThanOrEqual(200);
  });

  it.each(CORPUS.map((e, i) => [i, e.text, e] as const))('#%i "%s" is read as expected', (_i, _text, entry) => {
    const read = readText(entry.text, { now: new Date(entry.now ?? FRIDAY), timezone: 'America/New_York', units: entry.units ?? 'imperial' });
    expect(read.items.map((i) => i.intent)).toEqual(entry.read.map((r) => r.intent));
    entry.read.forEach((expected, n) => expect(read.items[n]).toMatchObject(expected));
  });
});

describe('corpus.onboardingTexts', () => {
  it.each(ONBOARDING_CORPUS.map((e, i) => [i, e.text, e] as const))('#%i "%s" fills the slots it names', (_i, _text, entry) => {
    const answers = readOnboardingEntry(entry);
    expect(answers).toMatchObject(entry.expect);
    for (const key of entry.absent ?? []) expect(answers[key as keyof typeof answers], key).toBeUndefined();
  });
});
