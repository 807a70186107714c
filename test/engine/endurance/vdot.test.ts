import { describe, expect, it } from 'vitest';
import { formatDuration, formatPace, paceZones, parseDuration, predictStandardTimes, predictTime, vdotFromRace } from '../../../src/engine/endurance/index.js';

const sec = (s: string) => parseDuration(s)!;

describe('vdot.vdotFromRace', () => {
  it('when a 20:00 5K is given, returns Daniels\' VDOT 49.8', () => {
    // v = 5000/20 = 250 m/min → VO2 = −4.60 + 0.182258·250 + 0.000104·250² = 47.46;
    // %max(20) = 0.8 + 0.1894·e^(−0.2556) + 0.2990·e^(−3.865) = 0.9530 → 47.46 / 0.9530 = 49.8
    expect(vdotFromRace(5000, 1200)).toBeCloseTo(49.8, 1);
  });

  it('when a 40:00 10K or a 1:30 half is given, matches Daniels\' tables (≈51.9, ≈51.0)', () => {
    expect(vdotFromRace(10000, 2400)).toBeCloseTo(51.9, 1);
    expect(vdotFromRace(21097.5, 5400)).toBeCloseTo(51.0, 1);
  });

  it('when the same runner runs faster, the VDOT goes up', () => {
    expect(vdotFromRace(5000, 1140)).toBeGreaterThan(vdotFromRace(5000, 1200));
  });
});

describe('vdot.predictTime', () => {
  it('when VDOT is 50, predicts Daniels\' table times within 10 s (19:57, 41:21, 1:31:35, 3:10:49)', () => {
    const p = predictStandardTimes(50);
    expect(Math.abs(p['5k'] - sec('19:57'))).toBeLessThanOrEqual(10);
    expect(Math.abs(p['10k'] - sec('41:21'))).toBeLessThanOrEqual(10);
    expect(Math.abs(p.half - sec('1:31:35'))).toBeLessThanOrEqual(10);
    expect(Math.abs(p.marathon - sec('3:10:49'))).toBeLessThanOrEqual(10);
  });

  it('when fed back into vdotFromRace, returns the same VDOT', () => {
    for (const v of [35, 48.3, 62]) expect(vdotFromRace(42195, predictTime(v, 42195))).toBeCloseTo(v, 3);
  });
});

describe('vdot.paceZones', () => {
  it('when VDOT is 50, gives Daniels\' per-mile paces within 3 s (E 8:15–9:04, M 7:17, T 6:51, I 6:10, R 5:46)', () => {
    const z = paceZones(50, 'mi');
    expect(Math.abs(z.easy.min - sec('8:15'))).toBeLessThanOrEqual(3);
    expect(Math.abs(z.easy.max - sec('9:04'))).toBeLessThanOrEqual(3);
    expect(Math.abs(z.marathon - sec('7:17'))).toBeLessThanOrEqual(3);
    expect(Math.abs(z.threshold - sec('6:51'))).toBeLessThanOrEqual(3);
    expect(Math.abs(z.interval - sec('6:10'))).toBeLessThanOrEqual(3);
    expect(Math.abs(z.repetition - sec('5:46'))).toBeLessThanOrEqual(3);
  });

  it('when units are km, gives per-km paces (VDOT 50: T 4:15, I 3:50)', () => {
    const z = paceZones(50, 'km');
    expect(formatPace(z.threshold)).toBe('4:15');
    expect(formatPace(z.interval)).toBe('3:50');
  });

  it('when fitter, every zone is faster and easy stays slower than marathon pace', () => {
    const a = paceZones(45, 'mi');
    const b = paceZones(55, 'mi');
    for (const k of ['marathon', 'threshold', 'interval', 'repetition'] as const) expect(b[k]).toBeLessThan(a[k]);
    expect(b.easy.min).toBeGreaterThan(b.marathon);
    expect(b.repetition).toBeLessThan(b.interval);
  });
});

describe('durations', () => {
  it('when formatting, gives m:ss paces and h:mm:ss durations', () => {
    expect(formatPace(445.6)).toBe('7:26');
    expect(formatPace(59.6)).toBe('1:00');
    expect(formatDuration(11449)).toBe('3:10:49');
    expect(formatDuration(1199.6)).toBe('0:20:00');
  });

  it('when parsing, accepts h:mm:ss, mm:ss and m:ss and rejects nonsense', () => {
    expect(parseDuration('3:10:49')).toBe(11449);
    expect(parseDuration('20:00')).toBe(1200);
    expect(parseDuration('7:05')).toBe(425);
    expect(parseDuration('7:65')).toBeNull();
    expect(parseDuration('fast')).toBeNull();
    expect(parseDuration('0:00')).toBeNull();
  });
});
