import { describe, expect, it } from 'vitest';
import { profileToPlanRequest } from '../../src/conversation/plan-request.js';
import type { OnboardingProfile } from '../../src/conversation/onboarding/types.js';
import { buildPlanJson } from '../../src/engine/program/plan-json.js';
import type { HybridPlanJson } from '../../src/engine/program/plan-json.js';

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

  it('when the race is 10 weeks out, lifting is 10 weeks too', () => {
    const req = profileToPlanRequest(hybridProfile('2026-05-10'), '2026-03-02');
    expect(req.kind === 'hybrid' && req.strength!.weeks).toBe(10);
  });
});
