/**
 * Onboarding as new clients wrote it (onboard10's sessions): two goals in one text with typos and slang, Spanish
 * mixed in, and real words that sit one letter from an answer word.
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Tuesday 2026-12-01, 10:00 in New York. */
const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550123', 'America/New_York');
const play = (texts: string[]) => playOnboarding(ctx, texts);

const REST = ['2 years', 'mon wed fri', '60 min', 'full gym', 'none'];

describe('onboarding: two goals in one text', () => {
  it('"get strnger n lose the gut" keeps strength as the plan\'s goal and says the fat loss back beside it', () => {
    const { turns, last } = play(['get strnger n lose the gut', 'Sam', ...REST]);
    expect(turns[0]!.reply).toMatch(/^Got it\. Your goal is to get stronger and lose fat: the lifting keeps your muscle/);
    expect(last.state.step).toBe('confirm');
    expect(last.state.answers).toMatchObject({ goal: 'strength', alsoGoal: 'fat_loss' });
    expect(last.reply).toMatch(/Your goal is to get stronger and lose fat/);
  });

  it('"also wanna lose the gut" at the summary adds the second goal; "actually build muscle" replaces both', () => {
    const base = ["hi i'm sam, want to get stronger", ...REST];
    const added = play([...base, 'also wanna lose the gut']).last;
    expect(added.state.answers).toMatchObject({ goal: 'strength', alsoGoal: 'fat_loss' });
    expect(added.reply).toMatch(/^Updated: Your goal is to get stronger and lose fat/);
    const changed = play([...base, 'also wanna lose the gut', 'actually build muscle']).last;
    expect(changed.state.answers.goal).toBe('hypertrophy');
    expect(changed.state.answers.alsoGoal).toBeUndefined();
  });

  it('the finished profile carries the second goal', () => {
    const { last } = play(['get strnger n lose the gut', 'Sam', ...REST, 'yes']);
    expect(last.profile).toMatchObject({ goal: 'strength', alsoGoal: 'fat_loss' });
  });
});

describe('onboarding: Spanish mixed in', () => {
  it('"hola! soy Lucia, quiero correr un 10k" reads the name and the 10K goal, and asks its date', () => {
    const { last } = play(['hola! soy Lucia, quiero correr un 10k']);
    expect(last.state.answers).toMatchObject({ name: 'Lucia', goal: 'race', race: { distance: '10k' } });
    expect(last.state.step).toBe('race_event');
    expect(last.reply).toMatch(/^Hi Lucia! Got it\. You're training for a 10K\. When is your 10K\?/);
  });

  it('a Spanish lifter answers every question in Spanish and reaches the summary', () => {
    const { last } = play(['hola soy Marco, quiero bajar de peso', '6 meses', '3 dias a la semana', 'una hora', 'gimnasio completo', 'me duele la rodilla']);
    expect(last.state.step).toBe('confirm');
    expect(last.state.answers).toMatchObject({ goal: 'fat_loss', trainingAge: 'beginner', sessionMinutes: 60, limitations: ['knee'] });
    expect(last.state.answers.trainingDays).toHaveLength(3);
    expect(last.reply).toMatch(/You have a full gym/);
  });

  it('"ninguno" to the goal-time question is none', () => {
    const { last } = play(['hola! soy Lucia, quiero correr un 10k el 14 de marzo', 'ninguno']);
    expect(last.state.answers.race?.goalTime).toBeNull();
    expect(last.state.step).toBe('race_recent');
  });
});

describe('onboarding: real words are not slips', () => {
  it('"i want to lose weight and get stronger" is the fat-loss goal said first (it was read as "lose weights": strength)', () => {
    const { last } = play(["hi i'm dee", 'i want to lose weight and get stronger']);
    expect(last.state.answers).toMatchObject({ goal: 'fat_loss', alsoGoal: 'strength' });
  });
});
