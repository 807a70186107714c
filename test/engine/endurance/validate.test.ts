import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan, validateRaceWeek } from '../../../src/engine/endurance/index.js';
import type { RacePlan, RaceWeek } from '../../../src/engine/endurance/index.js';
import { raceRequest } from './builders.js';

const req = raceRequest();
const fresh = (): RacePlan => structuredClone(buildRacePlan(req));
const weekErrors = (plan: RacePlan, n: number) =>
  validateRaceWeek(plan.weeks[n - 1]!, { outline: plan.outline, previousWeek: plan.weeks[n - 2] ?? null }).errors;

function runDay(w: RaceWeek, type?: string) {
  return w.days.find((d) => (type ? d.type === type : d.type !== 'rest'))!;
}

describe('validate.validateRaceWeek', () => {
  it('when lap indexes repeat, reports that they must run 1, 2, 3', () => {
    const plan = fresh();
    const d = runDay(plan.weeks[12]!, 'tempo');
    d.workout[1]!.lapIndex = 1;
    expect(weekErrors(plan, 13).join('\n')).toMatch(/lapIndex 1 at position 2/);
  });

  it('when a lap has zero distance or a pace that is not m:ss, reports both', () => {
    const plan = fresh();
    const d = runDay(plan.weeks[2]!, 'easy');
    d.workout[0]!.distance = 0;
    d.workout[0]!.paceGoal = '8.30';
    const errs = weekErrors(plan, 3).join('\n');
    expect(errs).toMatch(/distance 0 must be > 0/);
    expect(errs).toMatch(/paceGoal "8.30" is not m:ss/);
  });

  it('when a rest day has laps, a quality day an empty warm-up or an easy run a warm-up lap, reports it', () => {
    const plan = fresh();
    const w = plan.weeks[2]!;
    const rest = w.days.find((d) => d.type === 'rest')!;
    rest.workout.push({ lapIndex: 1, distance: 2, paceGoal: null, effort: 'easy', description: 'x' });
    // A quality day with its warm-up taken away (week 3 of this plan has none: one made from its easy run).
    const quality = w.days.find((d) => d.type === 'easy')!;
    quality.type = 'tempo';
    quality.workout.push({ ...quality.workout[0]!, lapIndex: quality.workout.length + 1, distance: 0, effort: 'threshold' });
    // An easy run is easy from the first step, like a long run (laps.ts easyLaps).
    const easy = w.days.find((d) => d.type === 'easy' || d.type === 'recovery')!;
    easy.warmup.push({ lapIndex: 0, distance: 0.5, paceGoal: null, effort: 'warm-up', description: 'x' });
    const errs = weekErrors(plan, 3).join('\n');
    expect(errs).toMatch(/rest day must have three empty arrays/);
    expect(errs).toMatch(/tempo day needs at least one lap in warmup, workout and cooldown/);
    expect(errs).toMatch(new RegExp(`${easy.type} run needs workout laps and no warm-up or cool-down`));
  });

  it('when a long run has a warm-up lap, reports it: a long run is easy from the first step', () => {
    const plan = fresh();
    const long = runDay(plan.weeks[2]!, 'long');
    expect(long.warmup).toEqual([]);
    expect(long.cooldown).toEqual([]);
    long.warmup = [{ lapIndex: 1, distance: 1, paceGoal: null, effort: 'warm-up', description: 'easy start' }];
    expect(weekErrors(plan, 3).join('\n')).toMatch(/long run needs workout laps and no warm-up or cool-down/);
  });

  it('when an easy day is 11 mi, reports it is outside 2–10 (a short easy run may be 2)', () => {
    const plan = fresh();
    const d = runDay(plan.weeks[2]!, 'easy');
    d.workout[0]!.distance += 11 - d.total;
    d.total = 11;
    expect(weekErrors(plan, 3).join('\n')).toMatch(/easy day of 11 outside 2–10/);
  });

  it('when the day total is not the sum of laps, reports it', () => {
    const plan = fresh();
    runDay(plan.weeks[2]!, 'easy').total += 1;
    expect(weekErrors(plan, 3).join('\n')).toMatch(/is not the sum of its laps/);
  });

  it('when a non-first week has 6 days, reports the count', () => {
    const plan = fresh();
    plan.weeks[2]!.days.pop();
    expect(weekErrors(plan, 3).join('\n')).toMatch(/6 days, expected 7/);
  });

  it('when a tempo sits in base, reports that quality starts in build', () => {
    const plan = fresh();
    const base = plan.weeks[2]!;
    const build = plan.weeks[6]!;
    const tempo = runDay(build, 'tempo');
    const i = base.days.findIndex((d) => d.dayNumber === tempo.dayNumber);
    base.days[i] = { ...tempo, date: base.days[i]!.date };
    expect(weekErrors(plan, 3).join('\n')).toMatch(/tempo in base/);
  });

  it('when two hard days touch, reports back-to-back hard days', () => {
    const plan = fresh();
    const w = plan.weeks[6]!; // Tue MP, Thu tempo, Sun long
    const sat = w.days.find((d) => d.dayNumber === 6)!;
    sat.type = 'tempo';
    expect(weekErrors(plan, 7).join('\n')).toMatch(/hard days back to back/);
  });

  it('when volume jumps more than 10 % over the week before, reports it', () => {
    const plan = fresh();
    const w = plan.weeks[2]!;
    const prev = plan.weeks[1]!;
    prev.trainingVolume = w.trainingVolume / 1.2;
    expect(weekErrors(plan, 3).join('\n')).toMatch(/more than 10% over the previous load/);
  });

  it('when the long run is over 50 % of the (marathon) week, reports it', () => {
    const plan = fresh();
    const w = plan.weeks[16]!;
    const long = runDay(w, 'long');
    long.workout[0]!.distance += 40;
    long.total += 40;
    w.volume += 40;
    w.trainingVolume += 40;
    expect(weekErrors(plan, 17).join('\n')).toMatch(/over 50% of the week/);
  });

  it('when the day before the race is a run, reports the race-week rule', () => {
    const plan = fresh();
    const last = plan.weeks[19]!;
    const i = last.days.findIndex((d) => d.type === 'race');
    last.days[i - 1] = { ...last.days[i - 2]!, date: last.days[i - 1]!.date, dayNumber: last.days[i - 1]!.dayNumber };
    expect(weekErrors(plan, 20).join('\n')).toMatch(/day before the race must be rest/);
  });
});

describe('validate.validateRacePlan', () => {
  it('when the plan is untouched, passes', () => {
    expect(validateRacePlan(fresh(), req).errors).toEqual([]);
  });

  it('when a cutback week is not cut back, reports the ratio', () => {
    const plan = fresh();
    plan.weeks[3]!.trainingVolume = plan.weeks[2]!.trainingVolume;
    expect(validateRacePlan(plan, req).errors.join('\n')).toMatch(/week 4: cutback at 100% of the week before/);
  });

  it('when the taper barely cuts volume, reports the race window share', () => {
    const plan = fresh();
    const last = plan.weeks[19]!;
    const easy = last.days.find((d) => d.type === 'easy')!;
    easy.workout[0]!.distance += 10;
    easy.total += 10;
    expect(validateRacePlan(plan, req).errors.join('\n')).toMatch(/the 7 days before the race hold .* \(needs 40–60%\)/);
  });

  it('when phases are out of order, reports it', () => {
    const plan = fresh();
    const [a, b] = plan.outline.phases;
    plan.outline.phases[0] = b!;
    plan.outline.phases[1] = a!;
    expect(validateRacePlan(plan, req).errors.join('\n')).toMatch(/must be base, build, peak, taper/);
  });

  it('when a week is missing, reports the count and the broken sequence', () => {
    const plan = fresh();
    plan.weeks.splice(5, 1);
    const errs = validateRacePlan(plan, req).errors.join('\n');
    expect(errs).toMatch(/19 weeks, plan has 20/);
    expect(errs).toMatch(/week at position 6 is numbered 7/);
  });
});
