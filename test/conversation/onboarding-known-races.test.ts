/**
 * Well-known races named the way runners text them (onboard13's sessions): "training for broad street", "running the
 * peachtree", "got a place in the london marathon". The race's day is proposed from its rule and its distance is
 * the race's own (Broad Street is 10 miles, Bay to Breakers 12K), confirmed by the client's yes.
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';
import { findKnownRace, knownRaceDate, knownRaceById } from '../../src/conversation/parse/race-calendar.js';

/** Tuesday 2026-12-01, 10:00 in Philadelphia. */
const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550123', 'America/New_York');
const play = (texts: string[]) => playOnboarding(ctx, texts);

describe('onboarding: a well-known race named without its distance or date', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ["hey im priya, training for broad street this year", 'broad_street', 'Broad Street Run 2027 is Sun May 2', /10-mile race/],
    ['hi! Priya here. doing broad st again 🏃‍♀️', 'broad_street', 'Broad Street Run 2027 is Sun May 2', /10-mile race/],
    ['im dan, running the peachtree this summer', 'peachtree', 'Peachtree Road Race 2027 is Sun Jul 4', /10K/],
    ['hi im ana. signed up for bay to breakers!!', 'bay_to_breakers', 'Bay to Breakers 2027 is Sun May 16', /12K race/],
    ['sam here, registered for the cherry blossom 10 miler', 'cherry_blossom', 'Cherry Blossom Ten Miler 2027 is Sun Apr 4', /10-mile race/],
    ['im lee, training for the houston marathon', 'houston', 'Houston Marathon 2027 is Sun Jan 17', /marathon/],
    ["im jo, got into the berlin marathon", 'berlin', 'Berlin Marathon 2027 is Sun Sep 26', /marathon/],
    ["I'm Sophie, got a place in the London Marathon! first marathon ever eek", 'london', 'London Marathon 2027 is Sun Apr 25', /marathon/],
    ['im kai, doing grandmas marathon in duluth', 'grandmas', "Grandma's Marathon 2027 is Sat Jun 19", /marathon/],
    ['im bo, training for big sur', 'big_sur', 'Big Sur Marathon 2027 is Sun Apr 25', /marathon/],
    ['im al, pittsburgh marathon is the goal', 'pittsburgh', 'Pittsburgh Marathon 2027 is Sun May 2', /marathon/],
    ['im cy, training for falmouth', 'falmouth', 'Falmouth Road Race 2027 is Sun Aug 15', /7-mile race/],
  ];
  for (const [text, id, day, distance] of cases) {
    it(`"${text}" proposes the ${day.split(' 2027')[0]} on its day`, () => {
      const { last } = play([text]);
      expect(last.state.answers).toMatchObject({ goal: 'race', race: { event: id } });
      expect(last.reply).toContain(`The ${day} - is that your race?`);
      expect(last.reply).toMatch(distance);
    });
  }

  it('YES takes the proposed day; Broad Street is run over 10 miles', () => {
    const { last } = play(['hey im priya, training for broad street this year', 'yes']);
    expect(last.state.answers.race).toMatchObject({ date: '2027-05-02', distance: 'custom', customDistanceKm: 16.09 });
  });

  it('a street, a city or a place is no race: "i live on broad st", "moving to london", "peachtree st"', () => {
    expect(findKnownRace('i live on broad st and want to get stronger')).toBeNull();
    expect(findKnownRace('just moved to london, want to lose weight')).toBeNull();
    expect(findKnownRace('my gym is on peachtree st')).toBeNull();
    expect(findKnownRace('road trip to big sur last summer')).toBeNull();
    // The city's other race is not its marathon: "training for the london half on march 8".
    expect(findKnownRace('training for the london half on march 8')).toBeNull();
    expect(findKnownRace('running the berlin 10k in april')).toBeNull();
    const { last } = play(['hi im tom, i live on broad st and want to get stronger']);
    expect(last.state.answers.goal).toBe('strength');
  });

  it('each rule gives the organisers\' published days', () => {
    const day = (id: string, year: number) => knownRaceDate(knownRaceById(id)!, year);
    expect([2023, 2024, 2025].map((y) => day('broad_street', y))).toEqual(['2023-05-07', '2024-05-05', '2025-05-04']);
    expect([2023, 2024, 2025, 2026].map((y) => day('houston', y))).toEqual(['2023-01-15', '2024-01-14', '2025-01-19', '2026-01-18']);
    expect([2023, 2024, 2025, 2026].map((y) => day('disney', y))).toEqual(['2023-01-08', '2024-01-07', '2025-01-05', '2026-01-11']);
    expect([2023, 2024, 2025].map((y) => day('grandmas', y))).toEqual(['2023-06-17', '2024-06-22', '2025-06-21']);
    expect([2023, 2024, 2025].map((y) => day('bay_to_breakers', y))).toEqual(['2023-05-21', '2024-05-19', '2025-05-18']);
    expect([2023, 2024, 2025].map((y) => day('falmouth', y))).toEqual(['2023-08-20', '2024-08-18', '2025-08-17']);
    expect([2023, 2024, 2025].map((y) => day('big_sur', y))).toEqual(['2023-04-30', '2024-04-28', '2025-04-27']);
    expect(day('peachtree', 2026)).toBe('2026-07-04');
  });
});
