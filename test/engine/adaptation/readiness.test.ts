import { describe, expect, it } from 'vitest';
import { fatigueScores, needsConsent, proposalQuestion, proposeFromReadiness, type ReadinessInput } from '../../../src/engine/adaptation/readiness.js';
import { detectStall } from '../../../src/engine/strength/index.js';

const s = (date: string, kind: ReadinessInput['kind'], severity: number): ReadinessInput => ({ date, kind, severity });

describe('fatigueScores', () => {
  it('weights sleep and energy fully, stress and soreness at 0.75, and takes the worst of a kind', () => {
    // Sleep 4 → 1 − 3/4 = 0.25 (w 1); stress 2 and 4 → worst 4 → 0.25 (w 0.75); soreness 1 → 1 (w 0.75).
    // (0.25 + 0.1875 + 0.75) / 2.5 = 0.475 → 0.48: low.
    expect(fatigueScores([s('2026-03-02', 'sleep', 4), s('2026-03-02', 'stress', 2), s('2026-03-02', 'stress', 4), s('2026-03-02', 'soreness', 1)])).toEqual([
      { date: '2026-03-02', score: 0.48, low: true },
    ]);
  });

  it('illness makes the day 0; pain alone is not fatigue', () => {
    expect(fatigueScores([s('2026-03-02', 'energy', 1), s('2026-03-02', 'illness', 3), s('2026-03-03', 'pain', 5)])).toEqual([{ date: '2026-03-02', score: 0, low: true }]);
  });

  it('a rough day (3: "exhausted") scores 0.5 and is low; a mild one (2) is not', () => {
    expect(fatigueScores([s('2026-03-02', 'energy', 3)])[0]).toMatchObject({ score: 0.5, low: true });
    // Energy 2 → 0.75 (w 1), soreness 3 → 0.5 (w 0.75): (0.75 + 0.375) / 1.75 = 0.64: not low.
    expect(fatigueScores([s('2026-03-02', 'energy', 2), s('2026-03-02', 'soreness', 3)])[0]).toMatchObject({ score: 0.64, low: false });
  });
});

describe('proposeFromReadiness', () => {
  const base = { today: '2026-03-06', nextPlannedEasyWeek: '2026-03-23', lastProposalDate: null };

  it('one bad day proposes nothing; 3 low days of the last 5 propose an early deload from tomorrow for a week', () => {
    expect(proposeFromReadiness({ ...base, signals: [s('2026-03-06', 'sleep', 5)] })).toBeNull();
    const signals = [s('2026-03-02', 'sleep', 5), s('2026-03-04', 'energy', 4), s('2026-03-06', 'stress', 5)];
    // Mon 0, Wed 0.25, Fri 0: three low days within Mar 2-6.
    const p = proposeFromReadiness({ ...base, signals });
    expect(p).toMatchObject({ kind: 'early_deload', from: '2026-03-07', to: '2026-03-13', volumeMultiplier: 0.5, loadMultiplier: 0.9, trigger: 'readiness' });
    expect(proposalQuestion(p!, 'lift')).toBe('3 rough days in the last 5 (readiness 0.00, 0.25, 0.00 of 1). Want me to bring your deload forward: for the next week, about half the sets and ~10% lighter? Reply YES or NO.');
    expect(proposalQuestion(p!, 'run')).toMatch(/easy week for the next week: about half the distance/);
  });

  it('low days older than the 5-day window do not count', () => {
    const signals = [s('2026-03-01', 'sleep', 5), s('2026-03-04', 'energy', 4), s('2026-03-06', 'stress', 5)];
    expect(proposeFromReadiness({ ...base, signals })).toBeNull();
  });

  it('with the planned deload starting within a week, proposes an intensity cut until then instead', () => {
    const signals = [s('2026-03-04', 'sleep', 5), s('2026-03-05', 'energy', 5), s('2026-03-06', 'stress', 5)];
    expect(proposeFromReadiness({ ...base, nextPlannedEasyWeek: '2026-03-09', signals })).toMatchObject({ kind: 'intensity_reduction', from: '2026-03-07', to: '2026-03-08', volumeMultiplier: 1, loadMultiplier: 0.9 });
  });

  it('does not ask again within 7 days of the last proposal', () => {
    const signals = [s('2026-03-04', 'sleep', 5), s('2026-03-05', 'energy', 5), s('2026-03-06', 'stress', 5)];
    expect(proposeFromReadiness({ ...base, lastProposalDate: '2026-03-01', signals })).toBeNull();
    expect(proposeFromReadiness({ ...base, lastProposalDate: '2026-02-27', signals })).not.toBeNull();
  });

  it('a falling stall of a main lift proposes an intensity cut for that lift', () => {
    // Squat e1RMs by session: 300, 290, 280, 270 (each 1 x reps at RIR 0): last 270 < 300 × 0.95 → load reset.
    const h = [300, 290, 280, 270].map((w, i) => ({ exerciseId: 'back_squat', date: `2026-02-0${i + 2}`, weight: w, reps: 1, rir: 0 }));
    const stall = detectStall(h);
    expect(stall).toMatchObject({ stalled: true, intervention: 'load_reset' });
    const p = proposeFromReadiness({ ...base, signals: [], stalls: { back_squat: stall } });
    expect(p).toMatchObject({ kind: 'intensity_reduction', trigger: 'stall', exerciseId: 'back_squat', loadMultiplier: 0.9 });
    expect(proposalQuestion(p!, 'lift')).toMatch(/^No progress in 3 sessions and falling \(270 vs best 300\)\. Want me to take ~10% off your loads/);
  });
});

describe('needsConsent', () => {
  it('over 20% of the week is a proposal: 40 → 31 sets (22.5%) yes, 40 → 33 (17.5%) no', () => {
    expect(needsConsent(40, 31)).toBe(true);
    expect(needsConsent(40, 33)).toBe(false);
    expect(needsConsent(20, 16)).toBe(false); // exactly 20%
  });
});
