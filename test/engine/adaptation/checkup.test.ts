import { describe, expect, it } from 'vitest';
import { checkupsDue } from '../../../src/engine/adaptation/checkup.js';
import type { AdaptationInput } from '../../../src/engine/adaptation/inputs.js';

const pain = (over: Partial<Extract<AdaptationInput, { kind: 'pain' }>> = {}): AdaptationInput =>
  ({ kind: 'pain', from: '2026-11-23', to: null, bodyPart: 'knee', redFlag: true, exerciseId: null, reason: 'cant bend my knee without pain', ...over }) as AdaptationInput;

describe('checkupsDue: the morning after a red-flag pain runs out', () => {
  it('asks on the first day after the default 7 days, once', () => {
    expect(checkupsDue([pain()], '2026-11-29')).toEqual([]);
    expect(checkupsDue([pain()], '2026-11-30')).toEqual(['knee']);
    expect(checkupsDue([pain()], '2026-12-01')).toEqual([]);
  });
  it('not for a pain with no red flag, nor one ended by "all clear"', () => {
    expect(checkupsDue([pain({ redFlag: false })], '2026-11-30')).toEqual([]);
    expect(checkupsDue([pain({ to: '2026-11-26' })], '2026-11-27')).toEqual([]);
    expect(checkupsDue([pain({ to: '2026-11-26' })], '2026-11-30')).toEqual([]);
  });
  it('the same with the days written out (a pain replayed from onboarding), and not while a later report holds the part', () => {
    expect(checkupsDue([pain({ to: '2026-11-29' })], '2026-11-30')).toEqual(['knee']);
    expect(checkupsDue([pain({ to: '2026-11-29' }), pain({ from: '2026-11-28', redFlag: false })], '2026-11-30')).toEqual([]);
  });
  it('two reports of one part are one question', () => {
    expect(checkupsDue([pain(), pain({ reason: 'knee still locks' })], '2026-11-30')).toEqual(['knee']);
  });
});
