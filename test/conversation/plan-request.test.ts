import { describe, expect, it } from 'vitest';
import { profileToPlanRequest } from '../../src/conversation/plan-request.js';
import type { OnboardingProfile } from '../../src/conversation/onboarding/types.js';
import { buildPlanJson } from '../../src/engine/program/plan-json.js';
import type { HybridPlanJson } from '../../src/engine/program/plan-json.js';
import { isoWeekday } from '../../src/engine/dates.js';

function hybridProfile(raceDate: string): OnboardingProfile {
  return {
    name: 'Kim',
    goal: 'hybrid',
    trainingAge: 'intermediate',
    trainingDays: [2, 4, 6, 7],
    sessionMinutes: 60,
    equipment: ['barbell', 'rack', 'bench', 'dumbbell'],
    limitations: [],
    timezone: 'America/Chicago',
    morningTime: '07:00',
    units: 'imperial',
    race: { distance: 'half', date: raceDate, goalTime: null, recentRace: { distance: '10k', time: '50:00' }, weeklyMileage: 20 },
  };
}

describe('plan-request.profileToPlanRequest (hybrid)', () => {
  it('when the race is 40 weeks out, the lifting lasts the whole race plan, not a 15-week block', () => {
    // Monday 2026-03-02 to Sunday 2026-12-06: 40 ISO weeks.
    const req = profileToPlanRequest(hybridProfile('2026-12-06'), '2026-03-02');
    expect(req.kind).toBe('hybrid');
    if (req.kind !== 'hybrid') return;
    expect(req.strength!.weeks).toBe(40);
    const json = buildPlanJson(req) as HybridPlanJson;
    expect(json.validation).toEqual({ ok: true, errors: [] });
    // Lifting is still there in the last full weeks before the race.
    expect(json.strength!.weeks.at(-2)!.days.some((d) => d.type === 'training')).toBe(true);
  });

  it('when the client named the lifting days ("run mon wed fri sat and lift tue thu"), the plan lifts on them and validates', () => {
    const p = { ...hybridProfile('2026-06-14'), trainingDays: [1, 3, 5, 6], liftDaysPerWeek: 2, liftDays: [2, 4] } as OnboardingProfile;
    const req = profileToPlanRequest(p, '2026-03-02');
    if (req.kind !== 'hybrid') throw new Error('hybrid expected');
    // Was Thu, Sun: the days the plan picks when none are named.
    expect(req.strength!.trainingDays).toEqual([2, 4]);
    expect((buildPlanJson(req) as HybridPlanJson).validation).toEqual({ ok: true, errors: [] });
    const { liftDays: _named, ...unnamed } = p;
    expect((profileToPlanRequest(unnamed, '2026-03-02') as { strength: { trainingDays: number[] } }).strength.trainingDays).not.toEqual([2, 4]);
  });

  it('when the named lifting days and the runs fill all seven days ("run tue thu sat sun, lift mon wed fri"), one stays a rest day and the plan validates', () => {
    const p = { ...hybridProfile('2026-06-14'), trainingDays: [2, 4, 6, 7], liftDaysPerWeek: 3, liftDays: [1, 3, 5] } as OnboardingProfile;
    const req = profileToPlanRequest(p, '2026-03-02');
    if (req.kind !== 'hybrid') throw new Error('hybrid expected');
    expect(req.strength!.trainingDays).toHaveLength(2);
    expect(req.strength!.trainingDays.every((d) => [1, 3, 5].includes(d))).toBe(true);
    expect((buildPlanJson(req) as HybridPlanJson).validation).toEqual({ ok: true, errors: [] });
  });

  it('when the race is 10 weeks out, lifting is 10 weeks too', () => {
    const req = profileToPlanRequest(hybridProfile('2026-05-10'), '2026-03-02');
    expect(req.kind === 'hybrid' && req.strength!.weeks).toBe(10);
  });
});

describe('plan-request.profileToPlanRequest (owned bells and dumbbells)', () => {
  it('when the client owns kettlebells of 15, 25 and 35 lb, the request carries them in its units; a heaviest alone carries no list', () => {
    const base: OnboardingProfile = { name: 'Ana', goal: 'general_fitness', trainingAge: 'beginner', trainingDays: [1, 3, 5], sessionMinutes: 45, equipment: ['kettlebell', 'dumbbell', 'bodyweight'], limitations: [], timezone: 'America/Chicago', morningTime: '07:00', units: 'imperial' } as OnboardingProfile;
    const req = profileToPlanRequest({ ...base, maxLoads: { kettlebell: { load: 35, unit: 'lb', owned: [15, 25, 35] }, dumbbell: { load: 50, unit: 'lb' } } }, '2026-03-02');
    expect(req.kind === 'strength' && req.ownedLoads).toEqual({ kettlebell: [15, 25, 35] });
    const metric = profileToPlanRequest({ ...base, units: 'metric', maxLoads: { kettlebell: { load: 35, unit: 'lb', owned: [15, 25, 35] } } }, '2026-03-02');
    expect(metric.kind === 'strength' && metric.ownedLoads).toEqual({ kettlebell: [6.8, 11.3, 15.9] });
  });
});

describe('plan-request.profileToPlanRequest (age)', () => {
  const lifter = (age: number | undefined): OnboardingProfile => ({ name: 'Walt', goal: 'strength', trainingAge: 'intermediate', trainingDays: [1, 3, 5], sessionMinutes: 60, equipment: ['barbell', 'rack', 'bench', 'dumbbell'], limitations: [], timezone: 'America/Chicago', morningTime: '07:00', units: 'imperial', ...(age !== undefined ? { age } : {}) }) as OnboardingProfile;

  it('when a lifter is 64, the request carries the older rules: RIR 2+, 5+ reps, a 10-minute warm-up, half load steps', () => {
    const req = profileToPlanRequest(lifter(64), '2026-03-02');
    expect(req.kind === 'strength' && req).toMatchObject({ effortFloor: { rir: 2, minReps: 5 }, warmupMinutes: 10, progressionScale: 0.5, ageNote: expect.stringMatching(/^Warm up 10 min/) });
  });

  it('when a lifter is 40 or gives no age, none of it; a teen keeps the youth floor only', () => {
    for (const age of [40, undefined]) {
      const req = profileToPlanRequest(lifter(age), '2026-03-02');
      expect(req.kind === 'strength' && [req.effortFloor, req.warmupMinutes, req.progressionScale, req.ageNote]).toEqual([undefined, undefined, undefined, undefined]);
    }
    const teen = profileToPlanRequest(lifter(16), '2026-03-02');
    expect(teen.kind === 'strength' && [teen.effortFloor, teen.warmupMinutes, teen.progressionScale]).toEqual([{ rir: 2, minReps: 5 }, undefined, undefined]);
  });
});

/** The weekday of every long run in a race plan's JSON. */
function longRunWeekdays(json: unknown): number[] {
  const weeks = (json as { weeks: Array<{ days: Array<{ type: string; date: string }> }> }).weeks;
  return weeks.flatMap((w) => w.days.filter((d) => d.type === 'long').map((d) => isoWeekday(d.date)));
}

describe('plan-request.profileToPlanRequest (race long-run day)', () => {
  // Marcus runs Mon Wed Thu Sat Sun with "long run sundays": the engine's own pick is Saturday (two quality days fit
  // around it), so the day asked must reach the request, and every week's long run is on Sunday.
  const marcus = (longRunDay?: 6 | 7): OnboardingProfile => ({
    name: 'Marcus',
    goal: 'race',
    trainingAge: 'intermediate',
    trainingDays: [1, 3, 4, 6, 7],
    sessionMinutes: 60,
    equipment: [],
    limitations: [],
    timezone: 'America/Los_Angeles',
    morningTime: '05:30',
    units: 'imperial',
    race: { distance: '10k', date: '2027-04-18', goalTime: '0:45:00', recentRace: { distance: '10k', time: '0:46:50' }, weeklyMileage: 27.5, ...(longRunDay ? { longRunDay } : {}) },
  });

  it('when the runner asked for the long run on Sunday, the plan puts it there', () => {
    const req = profileToPlanRequest(marcus(7), '2026-12-02');
    if (req.kind !== 'race') throw new Error('race expected');
    expect(req.longRunDay).toBe(7);
    const json = buildPlanJson(req);
    expect(json.validation).toEqual({ ok: true, errors: [] });
    const longDays = longRunWeekdays(json);
    expect(longDays.length).toBeGreaterThan(15);
    expect(new Set(longDays)).toEqual(new Set([7]));
  });

  it('when no long-run day was asked, the engine picks it (Saturday here, to fit two quality days)', () => {
    const req = profileToPlanRequest(marcus(), '2026-12-02');
    if (req.kind !== 'race') throw new Error('race expected');
    expect(req.longRunDay).toBeUndefined();
    const longDays = longRunWeekdays(buildPlanJson(req));
    expect(new Set(longDays)).toEqual(new Set([6]));
  });
});
