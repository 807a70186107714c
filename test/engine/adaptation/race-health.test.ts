import { describe, expect, it } from 'vitest';
import { raceHealthFlag } from '../../../src/engine/adaptation/race-health.js';
import type { AdaptationInput } from '../../../src/engine/adaptation/index.js';

const pain = (from: string, to: string | null): AdaptationInput => ({ kind: 'pain', from, to, bodyPart: 'knee', redFlag: false, exerciseId: null, reason: 'knee hurts' });
const sick = (from: string, to: string | null): AdaptationInput => ({ kind: 'illness', from, to, reason: 'flu' });

describe('raceHealthFlag: the body checked before a tune-up race', () => {
  it('pain in force on race day is active; ended within two weeks is recent; older is nothing', () => {
    expect(raceHealthFlag([pain('2026-12-01', null)], '2026-12-06')).toMatchObject({ kind: 'pain', status: 'active', what: 'your knee', to: '2026-12-07' });
    expect(raceHealthFlag([pain('2026-12-01', '2026-12-01')], '2026-12-06')).toMatchObject({ status: 'recent', to: '2026-12-01' });
    expect(raceHealthFlag([pain('2026-11-01', '2026-11-10')], '2026-12-06')).toBeNull();
  });

  it('illness counts for a week after it ends; pain that starts after race day does not count', () => {
    expect(raceHealthFlag([sick('2026-12-01', '2026-12-02')], '2026-12-06')).toMatchObject({ kind: 'illness', status: 'recent' });
    expect(raceHealthFlag([sick('2026-11-20', '2026-11-22')], '2026-12-06')).toBeNull();
    expect(raceHealthFlag([pain('2026-12-08', null)], '2026-12-06')).toBeNull();
  });

  it('active before recent, pain before illness', () => {
    expect(raceHealthFlag([sick('2026-12-01', '2026-12-02'), pain('2026-12-05', null)], '2026-12-06')).toMatchObject({ kind: 'pain', status: 'active' });
    expect(raceHealthFlag([sick('2026-12-01', '2026-12-02'), pain('2026-12-01', '2026-12-02')], '2026-12-06')).toMatchObject({ kind: 'pain', status: 'recent' });
  });
});
