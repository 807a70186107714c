import { describe, expect, it } from 'vitest';
import { parseRaceRequest, raceOutline } from '../../../src/engine/endurance/index.js';
import { raceInput, raceRequest } from './builders.js';

describe('race-request.parseRaceRequest', () => {
  it('when the request is complete, succeeds and defaults units to miles', () => {
    const { units, ...rest } = raceInput();
    void units;
    const r = parseRaceRequest(rest);
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.units).toBe('mi');
  });

  it('when the race is under 8 days away (race week already), rejects it naming raceDate and the minimum', () => {
    const r = parseRaceRequest(raceInput({ startDate: '2027-03-01', raceDate: '2027-03-06' }));
    expect(r).toEqual({ success: false, error: 'raceDate must be at least 8 days after startDate; got 5 days' });
  });

  it('when the race is 19 days away (under the 4 weeks of a full plan), accepts it: a short plan is built', () => {
    expect(parseRaceRequest(raceInput({ startDate: '2027-03-01', raceDate: '2027-03-20' })).success).toBe(true);
  });

  it('when the race is before the start, rejects it', () => {
    const r = parseRaceRequest(raceInput({ startDate: '2027-05-01', raceDate: '2027-04-18' }));
    expect(r.success).toBe(false);
  });

  it('when neither a recent race nor a 5K pace is given, accepts it (fitness is then estimated, see coach-rules)', () => {
    const r = parseRaceRequest(raceInput({ recentRace: undefined }));
    expect(r.success).toBe(true);
  });

  it('when distance is custom without km, names customDistanceKm', () => {
    const r = parseRaceRequest(raceInput({ distance: 'custom' }));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error).toMatch(/customDistanceKm/);
  });

  it('when fewer than 3 training days are given, names trainingDays', () => {
    const r = parseRaceRequest(raceInput({ trainingDays: [2, 6] }));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error).toMatch(/^trainingDays/);
  });

  it('when the long-run day is not a training day, names longRunDay', () => {
    const r = parseRaceRequest(raceInput({ longRunDay: 5 }));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error).toMatch(/^longRunDay/);
  });

  it('when the goal time or a date is malformed, names the field', () => {
    const g = parseRaceRequest(raceInput({ goalTime: 'sub 3' }));
    expect(!g.success && g.error.startsWith('goalTime')).toBe(true);
    const d = parseRaceRequest(raceInput({ raceDate: '2027-02-30' }));
    expect(!d.success && d.error.startsWith('raceDate')).toBe(true);
  });
});

describe('outline.raceOutline fitness', () => {
  it('when a 5K pace per mile is given instead of a race, derives VDOT from it (6:26/mi ≈ 20:00 5K ≈ 49.8)', () => {
    const o = raceOutline(raceRequest({ recentRace: undefined, fiveKPace: '6:26' }));
    expect(o.vdot).toBeCloseTo(49.8, 0);
  });

  it('when the goal is far faster than predicted, says so honestly', () => {
    // 1:35 half → VDOT ≈ 47.9 → marathon ≈ 3:17. A 2:50 goal is ~14 % faster.
    const o = raceOutline(raceRequest({ goalTime: '2:50:00' }));
    expect(o.goal?.note).toMatch(/14% faster than the 3:1\d:\d\d your current fitness predicts/);
  });

  it('when the goal is close to the prediction, adds no note and races at goal pace', () => {
    const o = raceOutline(raceRequest({ goalTime: '3:17:00' }));
    expect(o.goal?.note).toBeNull();
    expect(o.goal?.paceSecPerUnit).toBeCloseTo(11820 / 26.219, 0);
  });
});
