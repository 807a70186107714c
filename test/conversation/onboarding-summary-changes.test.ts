/**
 * Onboarding as new clients write it, at the summary and on the way to it: a part with a movement ruled out, a
 * long age line beside the kit, goal times and questions mid-onboarding, names at the end or in Spanish, a run
 * or a race result sent at the summary, and a one-day gym visit.
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Tuesday 2026-12-01, 10:00 in New York. */
const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550123', 'America/New_York');
const play = (texts: string[], units: 'imperial' | 'metric' = 'imperial') => playOnboarding(ctx, texts, units);

const LIFTER = ["hi i'm sam, want to get stronger", '2 years', 'mon wed fri', '60 min', 'full gym', 'none'];

describe('onboarding summary changes', () => {
  it('a soreness told at the summary is noted beside the injury already told, not in its place', () => {
    const { last } = play(["hi i'm rosa, want to get stronger", '3 years', 'mon wed fri', '45 min', 'planet fitness', 'my left shoulder gets cranky on overhead press sometimes', 'skip', 'my glutes are sooo sore from yesterday']);
    expect(last.state.answers.limitationAreas).toContain('left shoulder');
    expect(last.state.answers.bodyNotes).toContain('glutes are sooo sore from yesterday');
    expect(last.reply).toMatch(/I'll go easy on your left shoulder/);
  });

  describe('a part with a movement ruled out, told at the summary', () => {
    it.each([
      ['the hip, no deep squats', 'hip', /hips? \(no deep squats\)/],
      ["my knee - can't do lunges", 'knee', /knee \(no lunges\)/],
      ['left shoulder, avoid overhead pressing', 'overhead', /shoulder with overhead work \(avoid overhead pressing\)/],
      // A lift to ease, with how long, and the part after it: taken like the injury it is, not "I didn't catch a change".
      ['go easy on overhead press for a couple weeks, shoulder', 'shoulder', /shoulders? \(overhead press for a couple weeks\)/],
      ['take it easy on squats, my knee', 'knee', /knee \(squats\)/],
    ])('"%s" spares the %s and the summary says so', (text, limitation, said) => {
      const { last } = play([...LIFTER, text]);
      expect(last.state.step).toBe('confirm');
      expect(last.state.answers.limitations).toContain(limitation);
      expect(last.reply).toMatch(/^Updated: I'll go easy on your/);
      expect(last.reply).toMatch(said);
    });

    it('"no squat rack" alone names no part: the kit changes, nothing is spared', () => {
      const { last } = play([...LIFTER, 'no squat rack']);
      expect(last.state.answers.limitations).toEqual([]);
      expect(last.state.answers.equipment).not.toContain('rack');
    });
  });

  it("a 67-year-old's summary says her kit, her injuries and her text time beside the age rules", () => {
    const { last } = play(["Hi, I'm Margaret, I'm 67 and want to stay strong and keep my balance", 'never really lifted', 'tue thu sat', '45 min', 'I have a couple of light dumbbells and a resistance band at home', 'no injuries']);
    expect(last.state.step).toBe('confirm');
    expect(last.reply).toMatch(/You have dumbbells, bands/);
    expect(last.reply).toMatch(/No injuries/);
    expect(last.reply).toMatch(/You're 67/);
    expect(last.reply).toMatch(/workout text comes at 7:00am/);
  });

  describe('a goal time is said back with its race pace', () => {
    it.each([
      ['sub 2 hours', /Got it: 2:00 for the half marathon - about 9:09\/mi on race day\./],
      ['1:55 would be amazing', /Got it: 1:55 for the half marathon - about 8:46\/mi on race day\./],
    ])('"%s" is acknowledged before the next question', (text, said) => {
      const { last } = play(['hey im dan, training for the philly half on april 19', text]);
      expect(last.state.step).toBe('race_recent');
      expect(last.reply).toMatch(said);
    });

    it('in km for a metric client, and nothing said for "none"', () => {
      expect(play(['hey im ana, training for a 10k on march 14', '50 min'], 'metric').last.reply).toMatch(/50:00 for the 10K - about 5:00\/km/);
      expect(play(['hey im dan, training for a 10k on march 14', 'none']).last.reply).not.toMatch(/Got it/);
    });
  });

  describe('a question mid-onboarding is answered and the open question asked again', () => {
    const RUNNER = ['hey im dan, training for the philly half on april 19', 'none', 'none'];
    it.each([
      ['do i need new shoes?', /the comfortable pair you already run in is fine/],
      ['is it ok to run 2 days in a row?', /back-to-back days are fine/],
      ['what should i eat before a long run', /meal 1-3 hours before/],
      ['how fast should my easy runs be?', /conversational/],
      ['do you do meal plans?', /not meals/],
    ])('"%s"', (text, answer) => {
      const { last } = play([...RUNNER, text]);
      expect(last.state.step).toBe('race_mileage');
      expect(last.reply).toMatch(answer);
      expect(last.reply).toMatch(/How many miles a week are you running now\?/);
      expect(last.reply).not.toMatch(/didn't catch/);
    });
  });

  describe('a name signed at the end of a paragraph, or said in Spanish', () => {
    it.each([
      ['want to run a 10k in march, can do tue thu sat mornings around 6am. chris', 'Chris'],
      ['build muscle 4 days a week at home with dumbbells - Priya', 'Priya'],
      ['hola! soy Lucia, quiero correr un 10k', 'Lucia'],
      ['hi me llamo Ana, want to get fit', 'Ana'],
    ])('"%s" is %s', (text, name) => {
      const { last } = play([text]);
      expect(last.state.answers.name).toBe(name);
      expect(last.reply).toMatch(new RegExp(`(Hi|Nice to meet you,) ${name}!`));
    });

    it.each(['want to get stronger, 3 days a week, full gym. thanks', 'half marathon in april, about 20 miles a week. lol', 'training for a marathon in may. 6am works'])('"%s" signs no name', (text) => {
      const { last } = play([text]);
      expect(last.state.answers.name).toBeUndefined();
      expect(last.reply).toMatch(/What's your name\?/);
    });
  });

  describe('a run just done is where their running is, not a race', () => {
    const HALF = ['hey im dan, training for the philly half on april 19', 'none', 'none', '20 miles a week', '3 years', 'tue thu sat sun', 'none'];
    it('at the summary the half stays and the run is said back', () => {
      const { last } = play([...HALF, 'easy 8km @ 5:45/km this morning']);
      expect(last.state.step).toBe('confirm');
      expect(last.state.answers.race?.distance).toBe('half');
      expect(last.reply).toMatch(/^Nice run - 8 km easy at 5:45\/km!/);
      expect(last.reply).toMatch(/reply YES to start/);
    });

    it('with no race distance yet it makes no 8K race', () => {
      const { last } = play(['hi im ana, i want to run a race in april', 'easy 8km @ 5:45/km this morning']);
      expect(last.state.answers.goal).toBe('race');
      expect(last.state.answers.race?.distance).toBeUndefined();
      expect(last.reply).not.toMatch(/8K/);
      expect(last.reply).toMatch(/Nice run/);
    });

    it('at the mileage question it is no weekly mileage', () => {
      const { last } = play([...HALF.slice(0, 3), 'ran 5 miles yesterday at 9:30 pace']);
      expect(last.state.step).toBe('race_mileage');
      expect(last.state.answers.race?.weeklyMileage).toBeUndefined();
      expect(last.reply).toMatch(/^Nice run - 5 miles at 9:30\/mi! How many miles a week/);
    });
  });

  describe('one weekday somewhere else, at the summary', () => {
    const HOME = ["hi i'm jo, build muscle", '3 years', 'mon tue thu fri', '60 min', 'home gym with dumbbells and a bench', 'none'];
    it.each(['can i do thu at the gym instead of home?', "fridays i'm at the gym"])('"%s" keeps the home kit for every day', (text) => {
      const { last } = play([...HOME, text]);
      expect(last.state.answers.equipment).toEqual(play(HOME).last.state.answers.equipment);
      expect(last.reply).toMatch(/kit above for every day/);
      expect(last.reply).toMatch(/'at the gym today'/);
    });

    it('"mon wed fri at the gym" changes the days and the kit for good', () => {
      const { last } = play([...HOME, 'mon wed fri at the gym']);
      expect(last.state.answers.trainingDays).toEqual([1, 3, 5]);
      expect(last.reply).toMatch(/You have a full gym/);
    });
  });

  describe('a race already run, told at the summary', () => {
    const HALF = ['hey im dan, training for the philly half on april 19', 'none', 'none', '20 miles a week', '3 years', 'tue thu sat sun', 'none'];
    it('"race went great! 1:52:14" is no yes: the distance is asked, then the result is kept', () => {
      const asked = play([...HALF, 'race went great! 1:52:14']).last;
      expect(asked.state.step).toBe('confirm');
      expect(asked.profile).toBeUndefined();
      expect(asked.reply).toMatch(/Congrats on the 1:52:14! Which distance was that race\?/);
      const { last } = play([...HALF, 'race went great! 1:52:14', 'it was a half']);
      expect(last.state.answers.race?.recentRace).toEqual({ distance: 'half', time: '1:52:14' });
      expect(last.state.answers.race?.distance).toBe('half');
      expect(last.reply).toMatch(/^Updated: Your recent half marathon was 1:52:14\./);
    });

    it('"yes" to the distance question keeps the time and asks again; the distance then keeps the result', () => {
      const asked = play([...HALF, 'race went great! 1:52:14', 'yes']).last;
      expect(asked.profile).toBeUndefined();
      expect(asked.state.step).toBe('confirm');
      expect(asked.reply).toMatch(/^Which distance was your 1:52:14 race\?.*SKIP/);
      const { last } = play([...HALF, 'race went great! 1:52:14', 'yes', 'half']);
      expect(last.state.answers.race?.recentRace).toEqual({ distance: 'half', time: '1:52:14' });
      const skipped = play([...HALF, 'race went great! 1:52:14', 'skip']).last;
      expect(skipped.profile).toBeUndefined();
      expect(skipped.state.answers.race?.recentRace).toBeNull();
      expect(skipped.reply).toMatch(/^OK, I'll leave that race out\. You're training for a half marathon/);
    });

    describe('a race distance run as an event, with its time, is a result, not a training run', () => {
      it.each([
        ['just ran a 24:10 5k!', { distance: '5k', time: '0:24:10' }, /^Updated: Your recent 5K was 24:10\./],
        ['ran a 10k in 52:30 last month', { distance: '10k', time: '0:52:30' }, /^Updated: Your recent 10K was 52:30\./],
        ['did the turkey trot 5k in 26:40', { distance: '5k', time: '0:26:40' }, /^Updated: Your recent 5K was 26:40\./],
      ])('"%s" at the summary', (text, recent, said) => {
        const { last } = play([...HALF, text]);
        expect(last.state.answers.race?.recentRace).toEqual(recent);
        expect(last.state.answers.race?.distance).toBe('half');
        expect(last.reply).toMatch(said);
      });

      it('mid-onboarding it is kept and said back before the next question', () => {
        const { last } = play([...HALF.slice(0, 3), 'did the turkey trot 5k in 26:40 last week']);
        expect(last.state.answers.race?.recentRace).toEqual({ distance: '5k', time: '0:26:40' });
        expect(last.state.step).toBe('race_mileage');
        expect(last.reply).toMatch(/Your recent 5K was 26:40\. How many miles a week/);
      });

      it('"ran 5k in 24 min this morning" stays a run done; a lifter\'s result is said back as a race', () => {
        const run = play([...HALF, 'ran 5k in 24 min this morning']).last;
        expect(run.state.answers.race?.recentRace).toBeNull();
        expect(run.reply).toMatch(/^Nice run/);
        const lifter = play([...LIFTER, 'skip', 'just ran a 24:10 5k!']).last;
        expect(lifter.reply).toMatch(/^Nice race - 24:10 for the 5K! Your plan stays as above/);
      });
    });

    it('with the distance said, the result is kept at once', () => {
      const { last } = play([...HALF, 'new pr today! 48:30 10k']);
      expect(last.state.answers.race?.recentRace).toEqual({ distance: '10k', time: '0:48:30' });
      expect(last.state.answers.race?.distance).toBe('half');
      expect(last.reply).toMatch(/^Updated: Your recent 10K was 48:30\./);
    });
  });
});
