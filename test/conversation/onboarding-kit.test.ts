/**
 * The kit a client told at onboarding survives what they say after it: a lift named beside an ache, a question
 * about a machine, a one-item addition. Found texting as a Planet Fitness member whose wrist "gets cranky on
 * push ups and bench" left her with a bench and nothing else, so her plan was bodyweight moves.
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Wednesday 2026-12-02, 7:00 in Philadelphia. */
const CTX = onboardingContext(new Date('2026-12-02T12:00:00Z'), '+12155550111', 'America/New_York');
const play = (texts: string[]) => playOnboarding(CTX, texts).last;

const PLANET_FITNESS = ['im nadia', 'get stronger', '2 years, mostly machines', 'mon wed sat', 'planet fitness, smith machines and dumbbells up to 75'];

describe('onboarding kit', () => {
  it('when an ache names the bench press, the kit stays the gym told', () => {
    for (const ache of ['my right wrist gets cranky on push ups and bench sometimes', 'wrist hurts on bench press sometimes']) {
      const last = play([...PLANET_FITNESS, ache]);
      expect(last.state.answers.equipment).toEqual(expect.arrayContaining(['dumbbell', 'machine', 'cable', 'bench']));
      expect(last.state.answers.limitations).toContain('wrist');
      expect(last.reply).not.toMatch(/You have a bench \(/);
    }
  });

  it('when the gym is named after machines were mentioned with the experience, the gym is the kit ("planet" is no plank)', () => {
    const last = play(['im nadia', 'get stronger', 'ive been lifting on and off for like 2 years, mostly machines tho', 'i can do 3 days, usually mon wed and sat. planet fitness so they have smith machines and dumbbells up to 75']);
    expect(last.state.answers.equipment).toEqual(expect.arrayContaining(['dumbbell', 'machine', 'cable', 'bench']));
    expect(last.state.answers.maxLoads?.dumbbell?.load).toBe(75);
  });

  it('when a question names kit, the kit does not change', () => {
    const last = play([...PLANET_FITNESS, 'is the smith machine ok for squats or should i find a real rack']);
    expect(last.state.answers.equipment).not.toContain('rack');
  });

  it('when one more item is told, it is added to the kit, not put in its place', () => {
    const last = play([...PLANET_FITNESS, '45 min', 'none', 'oh i also have a pull up bar at home']);
    expect(last.state.answers.equipment).toEqual(expect.arrayContaining(['dumbbell', 'machine', 'pullup_bar']));
  });

  it('when a goal says "nothing crazy", no kit is assumed before it is asked', () => {
    const last = play(['im nadia', 'i want to get stronger and look a bit more toned, nothing crazy']);
    expect(last.state.answers.equipment).toBeUndefined();
    expect(last.reply).not.toMatch(/bodyweight only/);
  });

  it('when "6:30 is good" answers the text time just told, it is the morning time whatever was asked', () => {
    const last = play([...PLANET_FITNESS, 'eastern, im in philly', '6:30 is good']);
    expect(last.state.answers.morningTime).toBe('06:30');
    expect(last.reply).toMatch(/6:30am/);
  });
});
